package org.sppathways.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sppathways.flow.FlowModel;
import org.sppathways.flow.Headcounts;
import org.sppathways.flow.ReachProbabilityReport;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reach-probability}: the chance of ever reaching a role, and how long it takes. */
@Command(name = "reach-probability", mixinStandardHelpOptions = true,
    description = "The probability that someone in role --from ever reaches role --to before "
        + "leaving the workforce, at the model's rates, and the expected years to get there.")
final class ReachProbabilityCommand implements Callable<Integer> {
  @Mixin
  ModelOptions model;

  @Mixin
  FlowOptions flow;

  @Option(names = "--from", paramLabel = "ROLE", required = true,
      description = "The starting role (a workforce role).")
  String from;

  @Option(names = "--to", paramLabel = "ROLE", required = true,
      description = "The role to reach (an external role means leaving to it).")
  String to;

  @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    WorkforceModel m = flow.model(model);
    Headcounts weights = flow.start(m, spec.commandLine());
    FlowModel flows = flow.flows(m, weights);
    FlowOptions.requireFlows(flows, model, "no reach probability to compute");
    RoleId fromId = Names.role(m, from);
    RoleId toId = Names.role(m, to);
    ReachProbabilityReport report = ReachProbabilityReport.of(flows, fromId, toId);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON:
        Tables.result(out, report);
        break;
      case CSV:
        Tables.resultCsv(out, m, report);
        break;
      default:
        double p = report.probability();
        out.println("From " + fromId + " to " + toId + ": probability " + Formats.ratio(p)
            + (report.expectedYears().isEmpty() ? ", never reached" : ", "
                + FlowOptions.cell(report.expectedYears().getAsDouble())
                + " years on average when reached"));
        if (flows.isSplitByOrganisationType()) {
          List<List<String>> rows = new ArrayList<>();
          for (ReachProbabilityReport.TypeReach r : report.byOrganisationType()) {
            String state = fromId.value()
                + r.organisationType().map(t -> "@" + t.value()).orElse("");
            rows.add(List.of(state, toId.value(), Formats.ratio(r.probability()),
                r.expectedYears().isPresent() ? FlowOptions.cell(r.expectedYears().getAsDouble())
                    : ""));
          }
          rows.add(List.of(fromId.value(), toId.value(), Formats.ratio(p),
              report.expectedYears().isPresent()
                  ? FlowOptions.cell(report.expectedYears().getAsDouble()) : ""));
          out.println();
          Tables.table(out, List.of("from", "to", "probability", "expectedYears"), rows);
        }
        ProjectCommand.notes(out, "Notes", report.notes());
    }
    return 0;
  }
}
