package org.sppathways.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sppathways.gaps.NeedsAnalysis;
import org.sppathways.gaps.CompetencyNeed;
import org.sppathways.gaps.PopulationNeeds;
import org.sppathways.gaps.ReadinessDistribution;
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
    PopulationNeeds needs;
    try (Progress progress = Progress.of("needs", main.quiet)) {
      NeedsAnalysis analysis = model.queries().needsAnalysis();
      ProfileSource source = action -> reader.forEach(profiles, progress.counting(action));
      needs = role == null ? analysis.needs(source) : analysis.needs(source, Names.role(m, role));
    }
    List<CompetencyNeed> shown = top == null ? needs.competencies()
        : needs.competencies().subList(0, Math.min(top, needs.competencies().size()));
    PrintWriter out = spec.commandLine().getOut();
    List<String> header = List.of("competency", "peopleShort", "totalShortfall");
    List<List<String>> rows = shown.stream().map(n -> List.of(n.competency().value(),
        String.valueOf(n.peopleShort()), String.valueOf(n.totalShortfall()))).toList();
    switch (format) {
      case JSON: {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("people", needs.people());
        doc.put("assessed", needs.assessed());
        needs.target().ifPresent(t -> doc.put("role", t.value()));
        doc.put("competencies", shown.stream().map(NeedsCommand::need).toList());
        needs.readiness().ifPresent(r -> doc.put("readiness", readiness(r)));
        Tables.json(out, doc);
        break;
      }
      case CSV:
        Tables.csv(out, List.of("competency", "competencyName", "peopleShort", "totalShortfall"),
            shown.stream().map(n -> List.of(n.competency().value(), Names.name(m, n.competency()),
                String.valueOf(n.peopleShort()), String.valueOf(n.totalShortfall()))).toList());
        break;
      default:
        out.println(needs.people() + " people, " + needs.assessed() + " assessed against "
            + needs.target().map(t -> "role " + t).orElse("their current role"));
        needs.readiness().ifPresent(r -> out.println("mean readiness " + Formats.ratio(r.mean())
            + "; " + r.bands().get(10) + " fully ready; " + r.essentialMet()
            + " meet every essential requirement"));
        out.println();
        Tables.table(out, header, rows);
    }
    return 0;
  }

  private static Map<String, Object> need(CompetencyNeed n) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("competency", n.competency().value());
    m.put("peopleShort", n.peopleShort());
    m.put("totalShortfall", n.totalShortfall());
    m.put("byRole", n.byRole().stream().map(s -> split("role", s)).toList());
    m.put("byOrganisationType", n.byOrganisationType().stream()
        .map(s -> split("organisationType", s)).toList());
    return m;
  }

  private static Map<String, Object> split(String key, org.sppathways.gaps.NeedSplit s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(key, s.key().isEmpty() ? null : s.key());
    m.put("peopleShort", s.peopleShort());
    m.put("totalShortfall", s.totalShortfall());
    return m;
  }

  private static Map<String, Object> readiness(ReadinessDistribution r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("role", r.role().value());
    m.put("people", r.people());
    m.put("mean", r.mean());
    m.put("essentialMet", r.essentialMet());
    m.put("bands", r.bands());
    return m;
  }
}
