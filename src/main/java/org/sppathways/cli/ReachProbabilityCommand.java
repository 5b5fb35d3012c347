package org.sppathways.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sppathways.flow.FlowModel;
import org.sppathways.flow.Headcounts;
import org.sppathways.flow.ReachProbability;
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
    List<ReachProbability> each = flows.longRun().reach(fromId, toId);
    // A person in the role, over its organisation types by their shares.
    double p = 0;
    double timed = 0;
    for (ReachProbability r : each) {
      double share = flows.share(r.from());
      p += share * r.probability();
      if (r.expectedYears().isPresent()) {
        timed += share * r.probability() * r.expectedYears().getAsDouble();
      }
    }
    Double years = p > 0 ? timed / p : null;
    PrintWriter out = spec.commandLine().getOut();
    List<String> header = List.of("from", "to", "probability", "expectedYears");
    List<List<String>> rows = new ArrayList<>();
    List<List<String>> csv = new ArrayList<>();
    if (flows.isSplitByOrganisationType()) {
      for (ReachProbability r : each) {
        rows.add(List.of(r.from().toString(), toId.value(), Formats.ratio(r.probability()),
            r.expectedYears().isPresent() ? FlowOptions.cell(r.expectedYears().getAsDouble()) : ""));
        csv.add(List.of("organisationType", fromId.value(), Names.title(m, fromId),
            r.from().organisationType().map(Object::toString).orElse(""), toId.value(),
            Names.title(m, toId), Formats.share(r.probability()), r.expectedYears().isPresent()
                ? Formats.amount(r.expectedYears().getAsDouble()) : ""));
      }
    }
    rows.add(List.of(fromId.value(), toId.value(), Formats.ratio(p),
        years == null ? "" : FlowOptions.cell(years)));
    csv.add(List.of("role", fromId.value(), Names.title(m, fromId), "", toId.value(),
        Names.title(m, toId), Formats.share(p), years == null ? "" : Formats.amount(years)));
    switch (format) {
      case JSON: {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("from", fromId.value());
        doc.put("to", toId.value());
        doc.put("probability", FlowOptions.exact(p));
        doc.put("expectedYears", years == null ? null : FlowOptions.exact(years));
        if (flows.isSplitByOrganisationType()) {
          List<Map<String, Object>> byType = new ArrayList<>();
          for (ReachProbability r : each) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("organisationType", r.from().organisationType().map(Object::toString)
                .orElse(null));
            row.put("share", FlowOptions.exact(flows.share(r.from())));
            row.put("probability", FlowOptions.exact(r.probability()));
            row.put("expectedYears", r.expectedYears().isPresent()
                ? FlowOptions.exact(r.expectedYears().getAsDouble()) : null);
            byType.add(row);
          }
          doc.put("byOrganisationType", byType);
        }
        doc.put("notes", flows.notes());
        Tables.json(out, doc);
        break;
      }
      case CSV:
        // part: "role" is the whole role (its types weighted by their shares); with
        // --by-organisation-type, "organisationType" rows come first, one per type.
        Tables.csv(out, List.of("part", "from", "fromTitle", "organisationType", "to", "toTitle",
            "probability", "expectedYears"), csv);
        break;
      default:
        out.println("From " + fromId + " to " + toId + ": probability " + Formats.ratio(p)
            + (years == null ? ", never reached" : ", " + FlowOptions.cell(years)
                + " years on average when reached"));
        if (flows.isSplitByOrganisationType()) {
          out.println();
          Tables.table(out, header, rows);
        }
        ProjectCommand.notes(out, "Notes", flows.notes());
    }
    return 0;
  }
}
