package org.sppathways.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sppathways.gaps.NeedsAnalysis;
import org.sppathways.gaps.CompetencyNeed;
import org.sppathways.gaps.PopulationNeeds;
import org.sppathways.io.ProfileReader;
import org.sppathways.model.ProfileSource;
import org.sppathways.model.WorkforceModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code needs}: where a whole population is short, streamed in bounded memory. */
@Command(name = "needs", mixinStandardHelpOptions = true,
    description = "Training needs of everyone in a profiles file, per competency, against each "
        + "person's current role or --role R; most common gaps first. CSV files are streamed.")
final class NeedsCommand implements Callable<Integer> {
  @Mixin
  ModelOptions model;

  @Option(names = "--profiles", paramLabel = "FILE", required = true,
      description = "Worker profiles (.yaml, .yml, .json or .csv).")
  Path profiles;

  @Option(names = "--role", paramLabel = "ROLE", description = "Assess everyone against this role.")
  String role;

  @picocli.CommandLine.Mixin
  AsOfOptions asOf;

  @Option(names = "--top", paramLabel = "N", description = "Show only the N most common gaps.")
  Integer top;

  @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Spec
  CommandSpec spec;

  @picocli.CommandLine.ParentCommand
  Main main;

  @Override
  public Integer call() {
    if (top != null && top < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--top must be 1 or more, was " + top);
    }
    WorkforceModel m = model.load();
    ProfileReader reader = ProfileReader.of(m);
    PopulationNeeds all;
    try (Progress progress = Progress.of("needs", main.quiet)) {
      NeedsAnalysis analysis = model.queries().needsAnalysis();
      asOf.check(m);
      java.util.Optional<org.sppathways.model.RoleId> target = role == null
          ? java.util.Optional.empty() : java.util.Optional.of(Names.role(m, role));
      ProfileSource source = action -> reader.forEach(profiles,
          progress.counting(p -> action.accept(asOf.apply(m, p))));
      all = target.isEmpty() ? analysis.needs(source, asOf.day())
          : analysis.needs(source, target.get(), asOf.day());
    }
    PopulationNeeds needs = top == null ? all : all.mostCommon(top);
    List<CompetencyNeed> shown = needs.competencies();
    PrintWriter out = spec.commandLine().getOut();
    List<String> header = List.of("competency", "peopleShort", "totalShortfall");
    List<List<String>> rows = shown.stream().map(n -> List.of(n.competency().value(),
        String.valueOf(n.peopleShort()), String.valueOf(n.totalShortfall()))).toList();
    switch (format) {
      case JSON:
        Tables.result(out, needs);
        break;
      case CSV:
        Tables.resultCsv(out, m, needs);
        break;
      default:
        out.println(needs.people() + " people, " + needs.assessed() + " assessed against "
            + needs.target().map(t -> "role " + t).orElse("their current role")
            + needs.asOf().map(d -> ", as of " + d).orElse(""));
        needs.readiness().ifPresent(r -> out.println("mean readiness " + Formats.ratio(r.mean())
            + "; " + r.bands().get(10) + " fully ready; " + r.essentialMet()
            + " meet every essential requirement"));
        out.println();
        Tables.table(out, header, rows);
    }
    return 0;
  }
}
