package org.sppathways.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sppathways.gaps.GapAnalysis;
import org.sppathways.gaps.GapReport;
import org.sppathways.gaps.RequirementGap;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gaps}: what a person (or a role's holder) lacks for a role. */
@Command(name = "gaps", mixinStandardHelpOptions = true,
    description = "What a person lacks for a role (--profiles F --person ID), or what moving from "
        + "one role to another demands (--from ROLE).")
final class GapsCommand implements Callable<Integer> {
  @Mixin
  ModelOptions model;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Who who;

  static final class Who {
    @ArgGroup(exclusive = false)
    Person person;

    @Option(names = "--from", paramLabel = "ROLE", description = "Take this role's requirements as held.")
    String from;
  }

  static final class Person {
    @Option(names = "--profiles", paramLabel = "FILE", required = true,
        description = "Worker profiles (.yaml, .yml, .json or .csv).")
    java.nio.file.Path profiles;

    @Option(names = "--person", paramLabel = "ID", required = true, description = "The person's id.")
    String person;
  }

  @Option(names = "--role", paramLabel = "ROLE", required = true, description = "The target role.")
  String role;

  @Mixin
  AsOfOptions asOf;

  @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    WorkforceModel m = model.load();
    GapAnalysis analyzer = model.queries().gapAnalysis();
    GapReport report;
    if (who.from != null) {
      report = asOf.organisationType == null
          ? analyzer.gap(Names.role(m, who.from), Names.role(m, role))
          : analyzer.gap(Names.role(m, who.from), Names.role(m, role),
              Names.organisationType(m, asOf.organisationType));
    } else {
      ProfileOptions profiles = new ProfileOptions();
      profiles.profiles = who.person.profiles;
      asOf.check(m);
      RoleId target = Names.role(m, role);
      report = analyzer.gap(asOf.apply(m, profiles.person(m, who.person.person)), target,
          asOf.day());
    }
    print(spec.commandLine().getOut(), m, report);
    return 0;
  }

  private void print(PrintWriter out, WorkforceModel m, GapReport report) {
    boolean lapses = report.gaps().stream().anyMatch(RequirementGap::lapsed);
    List<List<String>> rows = report.gaps().stream().map(g -> {
      List<String> row = new java.util.ArrayList<>(List.of(g.competency().value(),
          String.valueOf(g.held()), String.valueOf(g.required()), String.valueOf(g.essential())));
      if (lapses) {
        row.add(g.lapsedOn().map(d -> "lapsed " + d).orElse("-"));
      }
      return row;
    }).toList();
    switch (format) {
      case JSON:
        Tables.result(out, report);
        break;
      case CSV:
        Tables.resultCsv(out, m, report);
        break;
      default:
        out.println((report.person().isPresent() ? "person " + report.person().get()
            : "from " + report.from().get()) + " -> " + report.role() + ": readiness "
            + Formats.ratio(report.readiness()) + " (" + report.met() + " of "
            + report.requirements().size() + " requirements met), essential requirements "
            + (report.essentialMet() ? "met" : "not met") + ", shortfall " + report.shortfall()
            + " level steps" + report.asOf().map(d -> ", as of " + d).orElse(""));
        if (!rows.isEmpty()) {
          out.println();
          Tables.table(out, lapses ? List.of("competency", "held", "required", "essential",
              "evidence") : List.of("competency", "held", "required", "essential"), rows);
        }
        out.flush();
    }
  }
}
