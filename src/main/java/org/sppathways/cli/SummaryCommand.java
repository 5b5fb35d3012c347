package org.sppathways.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sppathways.model.ModelSummary;
import org.sppathways.model.WorkforceModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code summary}: counts of each kind of entity in a model. */
@Command(name = "summary", mixinStandardHelpOptions = true,
    description = "Count the roles, competencies, routes, courses and organisation types of a model.")
final class SummaryCommand implements Callable<Integer> {
  @Mixin
  ModelOptions model;

  @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    WorkforceModel m = model.load();
    ModelSummary summary = ModelSummary.of(m);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON:
        Tables.result(out, summary);
        break;
      case CSV:
        Tables.resultCsv(out, m, summary);
        break;
      default:
        out.println(m.name());
        out.println();
        Tables.table(out, List.of("kind", "count"), List.of(
            List.of("competencies", String.valueOf(summary.competencies())),
            List.of("organisationTypes", String.valueOf(summary.organisationTypes())),
            List.of("roles", String.valueOf(summary.roles())),
            List.of("externalRoles", String.valueOf(summary.externalRoles())),
            List.of("routes", String.valueOf(summary.routes())),
            List.of("courses", String.valueOf(summary.courses()))));
    }
    return 0;
  }
}
