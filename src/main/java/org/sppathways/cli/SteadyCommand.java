package org.sppathways.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.sppathways.flow.FlowModel;
import org.sppathways.flow.FlowState;
import org.sppathways.flow.Headcounts;
import org.sppathways.flow.LongRunAnalysis;
import org.sppathways.flow.LongRunReport;
import org.sppathways.flow.SteadyState;
import org.sppathways.model.WorkforceModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code steady}: the long-run headcounts and expected time in each role. */
@Command(name = "steady", mixinStandardHelpOptions = true,
    description = "The steady state the workforce settles at if rates and recruitment stay as "
        + "they are (or why there is none), with the expected years per spell in each role and "
        + "in the workforce from it.")
final class SteadyCommand implements Callable<Integer> {
  @Mixin
  ModelOptions model;

  @Mixin
  FlowOptions flow;

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
    FlowOptions.requireFlows(flows, model, "no steady state to compute");
    LongRunAnalysis longRun = flows.longRun();
    SteadyState steady = longRun.steadyState();
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON:
        Tables.result(out, LongRunReport.of(longRun));
        break;
      case CSV:
        Tables.resultCsv(out, m, LongRunReport.of(longRun));
        break;
      default:
        List<List<String>> rows = new ArrayList<>();
        for (FlowState s : flows.states()) {
          OptionalDouble spell = longRun.yearsPerSpell(s);
          OptionalDouble workforce = longRun.yearsInWorkforce(s);
          Double headcount = steady.exists() ? steady.headcounts().get(s) : null;
          rows.add(List.of(s.toString(), headcount == null ? "" : FlowOptions.cell(headcount),
              spell.isPresent() ? FlowOptions.cell(spell.getAsDouble()) : "never leaves",
              workforce.isPresent() ? FlowOptions.cell(workforce.getAsDouble()) : ""));
        }
        if (steady.exists()) {
          out.println("Steady state of " + model.name() + ": " + FlowOptions.cell(steady.total())
              + " people, with " + FlowOptions.cell(flows.totalRecruits())
              + " recruits and as many leavers a year");
        } else {
          out.println(steady.reason().get());
        }
        out.println();
        Tables.table(out, List.of("state", "headcount", "yearsPerSpell", "yearsInWorkforce"),
            rows);
        ProjectCommand.notes(out, "Notes", flows.notes());
    }
    return 0;
  }
}
