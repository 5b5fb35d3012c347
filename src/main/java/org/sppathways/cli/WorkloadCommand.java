package org.sppathways.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sppathways.io.ProfileReader;
import org.sppathways.model.SpPathwaysException;
import org.sppathways.model.WorkforceModel;
import org.sppathways.structure.Workload;
import org.sppathways.structure.WorkloadGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code workload}: who works beyond contract, by organisation type and seniority. */
@Command(name = "workload", mixinStandardHelpOptions = true,
    description = "The share of people working beyond their contracted hours, and the mean "
        + "excess (hours a week) among them, by organisation type and seniority. Needs profiles "
        + "with contractedHours and workedHours (YAML or JSON).")
final class WorkloadCommand implements Callable<Integer> {
  @Mixin
  ModelOptions model;

  @Option(names = "--profiles", paramLabel = "FILE", required = true,
      description = "Worker profiles (.yaml, .yml or .json; CSV profiles carry no hours).")
  Path profiles;

  @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    WorkforceModel m = model.load();
    ProfileReader reader = ProfileReader.of(m);
    Workload w = model.queries().structureAnalysis().workload(action -> reader.forEach(profiles, action));
    if (w.withHours() == 0) {
      throw new SpPathwaysException("nothing to measure: none of the " + w.people()
          + " people in " + profiles + " has both contractedHours and workedHours. Give YAML or "
          + "JSON profiles with those fields (CSV profiles carry no hours); see "
          + "docs/reference/format.md#profiles-file-sp-pathways-profiles1 and the example "
          + "docs/examples/sp-workload.yaml");
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON:
        Tables.result(out, w);
        break;
      case CSV:
        Tables.resultCsv(out, m, w);
        break;
      default: {
        out.println(w.people() + " people, " + w.withHours()
            + " with contracted and worked hours");
        out.println();
        out.println("By organisation type and seniority");
        Tables.table(out, StructureRows.WORKLOAD_HEADER, cells(w.groups()));
        out.println();
        out.println("By organisation type");
        Tables.table(out, StructureRows.WORKLOAD_HEADER, cells(w.byOrganisationType()));
      }
    }
    return 0;
  }

  private static List<List<String>> cells(List<WorkloadGroup> groups) {
    return groups.stream().map(StructureRows::workloadCells).toList();
  }
}
