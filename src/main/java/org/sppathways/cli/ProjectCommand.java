package org.sppathways.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sppathways.flow.FlowModel;
import org.sppathways.flow.FlowParameter;
import org.sppathways.flow.FlowState;
import org.sppathways.flow.Headcounts;
import org.sppathways.flow.Projection;
import org.sppathways.flow.ProjectionYear;
import org.sppathways.flow.Scenario;
import org.sppathways.flow.ScenarioProjection;
import org.sppathways.flow.StaffCost;
import org.sppathways.io.ScenarioReader;
import org.sppathways.model.SpPathwaysException;
import org.sppathways.model.WorkforceModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code project}: expected headcounts year by year, optionally beside a scenario. */
@Command(name = "project", mixinStandardHelpOptions = true,
    description = "Project expected headcounts and staff costs year by year with the model's "
        + "rates, leaving and recruitment (a Markov manpower model), from the model's latest "
        + "figures unless --start or --profiles is given; with --scenario, the scenario side by "
        + "side.")
final class ProjectCommand implements Callable<Integer> {
  @Mixin
  ModelOptions model;

  @Mixin
  FlowOptions flow;

  @Option(names = "--years", paramLabel = "N", required = true,
      description = "Years to project, 0 to 1000.")
  int years;

  @Option(names = "--scenario", paramLabel = "FILE",
      description = "A scenario file (.yaml, .yml, .json) to project beside the model.")
  Path scenario;

  @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    if (years < 0 || years > 1000) {
      throw new ParameterException(spec.commandLine(), "--years must be from 0 to 1000, was "
          + years);
    }
    WorkforceModel base = flow.model(model);
    Headcounts start = flow.start(base, spec.commandLine());
    FlowModel flows = flow.flows(base, start);
    FlowOptions.requireFlows(flows, model, "nothing to project");
    if (start.total() == 0 && flows.totalRecruits() == 0) {
      throw new SpPathwaysException("nothing to project: no one at the start and no recruits, so "
          + "every headcount would be 0. Give starting headcounts with --start FILE or "
          + "--profiles FILE, or recruits in the model; " + FlowOptions.FLOW_DOCS);
    }
    Projection projection = flow.baseline().isPresent()
        ? flows.project(flow.baseline().get(), years) : flows.project(start, years);
    Scenario what = null;
    Projection other = null;
    List<String> otherNotes = new ArrayList<>();
    if (scenario != null) {
      what = ScenarioReader.of(base).read(scenario);
      WorkforceModel changed = what.applyTo(base);
      Headcounts kept = start.filterRoles(r -> changed.findRole(r).isPresent()
          && !changed.role(r).external());
      if (!kept.equals(start)) {
        otherNotes.add("the scenario removes roles with starting headcounts; "
            + (start.total() - kept.total()) + " people are not projected in it");
      }
      FlowModel changedFlows = flow.flows(changed, kept);
      other = flow.baseline().isPresent() && kept.equals(start)
          ? changedFlows.project(flow.baseline().get(), years) : changedFlows.project(kept, years);
      List<String> own = new ArrayList<>(other.notes());
      own.removeAll(projection.notes());
      otherNotes.addAll(0, own);
    }
    PrintWriter out = spec.commandLine().getOut();
    Object result = other == null ? projection
        : ScenarioProjection.of(what.name(), projection, other, otherNotes);
    switch (format) {
      case JSON:
        Tables.result(out, result);
        break;
      case CSV:
        Tables.resultCsv(out, base, result);
        break;
      default:
        table(out, projection, what, other, otherNotes);
    }
    return 0;
  }

  private void table(PrintWriter out, Projection p, Scenario what,
      Projection other, List<String> otherNotes) {
    out.println("Projection of " + model.name() + " over " + years + " years, starting from "
        + flow.startName() + (flow.byOrganisationType ? "; states split by organisation type" : ""));
    if (other != null) {
      out.println("Scenario: " + what.name());
    }
    out.println();
    List<String> header = new ArrayList<>(List.of("year", "headcount", "recruits", "leavers"));
    StaffCost cost = costed(p);
    if (cost != null) {
      header.add("staff cost (" + cost.currency() + ")");
    }
    if (other != null) {
      header.addAll(List.of("scenario", "recruits", "leavers"));
    }
    StaffCost otherCost = other == null ? null : costed(other);
    if (otherCost != null) {
      header.add("staff cost (" + otherCost.currency() + ")");
    }
    List<List<String>> rows = new ArrayList<>();
    for (int t = 0; t <= years; t++) {
      ProjectionYear y = p.year(t);
      List<String> row = new ArrayList<>(List.of(String.valueOf(t), FlowOptions.cell(y.headcount()),
          FlowOptions.cell(y.recruits()), FlowOptions.cell(y.leavers())));
      if (cost != null) {
        row.add(Formats.money(cost.year(t).total()));
      }
      if (other != null) {
        ProjectionYear s = other.year(t);
        row.addAll(List.of(FlowOptions.cell(s.headcount()), FlowOptions.cell(s.recruits()),
            FlowOptions.cell(s.leavers())));
      }
      if (otherCost != null) {
        row.add(Formats.money(otherCost.year(t).total()));
      }
      rows.add(row);
    }
    Tables.table(out, header, rows);
    out.println();
    List<List<String>> roles = new ArrayList<>();
    int hidden = 0;
    String kind = p.isSplitByOrganisationType() ? "state" : "role";
    if (other == null) {
      Map<FlowState, Double> first = p.year(0).headcountByState();
      for (Map.Entry<FlowState, Double> e : p.last().headcountByState().entrySet()) {
        double start = first.get(e.getKey());
        if (start == 0 && e.getValue() == 0) {
          hidden++;
          continue;
        }
        List<String> row = new ArrayList<>(List.of(e.getKey().toString(), FlowOptions.cell(start),
            FlowOptions.cell(e.getValue()), FlowOptions.cell(e.getValue() - start)));
        if (cost != null) {
          row.add(lineCost(cost, e.getKey()));
        }
        roles.add(row);
      }
      List<String> columns = new ArrayList<>(List.of(kind, "start", "year " + years, "change"));
      if (cost != null) {
        columns.add("staff cost, year " + years);
      }
      Tables.table(out, columns, roles);
    } else {
      Map<FlowState, Double> a = p.last().headcountByState();
      Map<FlowState, Double> b = other.last().headcountByState();
      Set<FlowState> keys = new LinkedHashSet<>(a.keySet());
      keys.addAll(b.keySet());
      for (FlowState key : keys) {
        double x = a.getOrDefault(key, 0.0);
        double y = b.getOrDefault(key, 0.0);
        if (x == 0 && y == 0) {
          hidden++;
          continue;
        }
        roles.add(List.of(key.toString(), FlowOptions.cell(x), FlowOptions.cell(y),
            FlowOptions.cell(y - x)));
      }
      Tables.table(out, List.of(kind, "base, year " + years, "scenario, year " + years,
          "difference"), roles);
    }
    if (hidden > 0) {
      out.println("(" + hidden + " " + kind + "s with no one in them are not shown)");
    }
    if (cost != null) {
      out.println();
      out.println("Staff cost: headcount times the annual pay of each role, in " + cost.currency()
          + ", from the first pay figure listed for the role:");
      for (StaffCost.Pay pay : cost.pay()) {
        out.println("  - " + pay.role() + pay.organisationType().map(t -> "@" + t).orElse("")
            + ": " + Formats.money(pay.annual()) + ", " + pay.basis() + ", " + pay.year()
            + pay.confidence().map(c -> " (" + c + ")").orElse(""));
      }
      if (!cost.uncosted().isEmpty()) {
        out.println("  - not costed, no pay figure: " + String.join(", ",
            cost.uncosted().stream().map(Object::toString).toList()));
      }
    }
    parameters(out, p);
    notes(out, "Notes", p.notes());
    if (other != null) {
      notes(out, "Notes on the scenario", otherNotes);
    }
  }

  /** The staff cost when the model gives pay figures, else null (the table shows no cost). */
  private static StaffCost costed(Projection p) {
    return p.staffCost().filter(c -> !c.pay().isEmpty()).orElse(null);
  }

  /** The last year's cost of one state, or "not costed". */
  private static String lineCost(StaffCost cost, FlowState state) {
    StaffCost.Year last = cost.years().get(cost.years().size() - 1);
    return last.lines().stream().filter(l -> l.role().equals(state.role())
            && l.organisationType().equals(state.organisationType()))
        .findFirst().map(l -> Formats.money(l.cost())).orElse("not costed");
  }

  /** One line on where the flow numbers come from; the assumed ones are listed in the notes. */
  private static void parameters(PrintWriter out, Projection p) {
    List<FlowParameter> all = p.parameters();
    if (all.isEmpty()) {
      return;
    }
    long assumed = all.stream().filter(FlowParameter::isAssumed).count();
    long unstated = all.stream().filter(x -> x.confidence().isEmpty()).count();
    long sourced = all.size() - assumed - unstated;
    out.println();
    out.println("Flow parameters: " + all.size() + " in all; " + sourced + " sourced (verified or "
        + "uncertain), " + assumed + " assumed" + (assumed > 0 ? " (listed in the notes)" : "")
        + ", " + unstated + " without a stated source. Each is labelled in --format json.");
  }

  static void notes(PrintWriter out, String title, List<String> notes) {
    if (notes.isEmpty()) {
      return;
    }
    out.println();
    out.println(title + ":");
    notes.forEach(n -> out.println("  - " + n));
  }
}
