package org.sppathways.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.sppathways.gaps.GapAnalysis;
import org.sppathways.gaps.NextRoles;
import org.sppathways.gaps.RoleOption;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code next}: the roles a person could move to next. */
@Command(name = "next", mixinStandardHelpOptions = true,
    description = "Roles reachable from a person's current role, ranked by readiness.")
final class NextCommand implements Callable<Integer> {
  @Mixin
  ModelOptions model;

  @Mixin
  ProfileOptions profiles;

  @Mixin
  AsOfOptions asOf;

  @Option(names = "--person", paramLabel = "ID", required = true, description = "The person's id.")
  String person;

  @Option(names = "--steps", paramLabel = "N",
      description = "At most N moves away (default: any number).")
  Integer steps;

  @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    if (steps != null && steps < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--steps must be 1 or more, was " + steps);
    }
    WorkforceModel m = model.load();
    asOf.check(m);
    WorkerProfile p = asOf.apply(m, profiles.person(m, person));
    GapAnalysis analyzer = model.queries().gapAnalysis();
    LocalDate day = asOf.day();
    List<RoleOption> ranked = analyzer.nextRoles(p, steps == null ? Integer.MAX_VALUE : steps, day);
    NextRoles next;
    if (p.hasDates()) {
      next = steps == null ? NextRoles.of(p, day, ranked) : NextRoles.of(p, steps, day, ranked);
    } else {
      next = steps == null ? NextRoles.of(p, ranked) : NextRoles.of(p, steps, ranked);
    }
    List<RoleOption> options = next.roles();
    PrintWriter out = spec.commandLine().getOut();
    List<String> header = List.of("role", "readiness", "essentialMet", "shortfall", "steps");
    switch (format) {
      case JSON:
        Tables.result(out, next);
        break;
      case CSV:
        Tables.resultCsv(out, m, next);
        break;
      default:
        out.println(options.size() + " roles for person " + p.id()
            + p.role().map(r -> ", now " + r).orElse(", no current role")
            + next.asOf().map(d -> ", as of " + d).orElse(""));
        out.println();
        Tables.table(out, header, options.stream().map(o -> List.of(o.role().value(),
            Formats.ratio(o.readiness()), String.valueOf(o.essentialMet()),
            String.valueOf(o.shortfall()), o.steps().isPresent() ? String.valueOf(o.steps().getAsInt())
                : "-")).toList());
    }
    return 0;
  }
}
