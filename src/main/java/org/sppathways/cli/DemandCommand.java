package org.sppathways.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sppathways.flow.FlowModel;
import org.sppathways.flow.Headcounts;
import org.sppathways.flow.Projection;
import org.sppathways.io.CourseCapacityReader;
import org.sppathways.model.SpPathwaysException;
import org.sppathways.model.WorkforceModel;
import org.sppathways.training.CommissioningPlan;
import org.sppathways.training.CourseDemand;
import org.sppathways.training.DemandForecaster;
import org.sppathways.training.DemandYear;
import org.sppathways.training.Objective;
import org.sppathways.training.TrainingDemand;
import org.sppathways.training.UnclosableEntrants;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code demand}: the training places and cost a workforce projection implies. */
@Command(name = "demand", mixinStandardHelpOptions = true,
    description = "Training places per course per year that a projection implies: entrants to "
        + "each role times the courses their plans need, plus refreshers where training lapses; "
        + "with their cost, the shortfall against --capacity and, with --budget, what to fund "
        + "for year 1.")
final class DemandCommand implements Callable<Integer> {
  /** Years shown as columns of the places-by-course table; longer projections show the last too. */
  private static final int SHOWN_YEARS = 6;
  /** Groups of entrants with targets left open shown in the table, largest first. */
  private static final int SHOWN_GROUPS = 10;

  @Mixin
  ModelOptions model;

  @Mixin
  FlowOptions flow;

  @Option(names = "--years", paramLabel = "N", required = true,
      description = "Years to project, 1 to 1000.")
  int years;

  @Option(names = "--capacity", paramLabel = "FILE",
      description = "Places per year per course (.csv with columns course,placesPerYear; or "
          + ".yaml, .yml, .json): report each course's shortfall.")
  Path capacity;

  @Option(names = "--budget", paramLabel = "AMOUNT",
      description = "Commission places for year 1's entrants within this budget, in the "
          + "model's currency.")
  Double budget;

  @Option(names = "--objective", paramLabel = "hours|cost|count", defaultValue = "cost",
      description = "What each entrant's training plan minimises (default: ${DEFAULT-VALUE}).")
  Objective objective;

  @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table",
      description = "Output format (default: ${DEFAULT-VALUE}). CSV lists places per year and "
          + "course.")
  OutputFormat format;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    if (years < 1 || years > 1000) {
      throw new ParameterException(spec.commandLine(), "--years must be from 1 to 1000, was "
          + years);
    }
    if (budget != null && (!(budget >= 0) || budget.isInfinite())) {
      throw new ParameterException(spec.commandLine(), "--budget must be a number, 0 or more, "
          + "was " + budget);
    }
    WorkforceModel base = flow.model(model);
    Headcounts start = flow.start(base, spec.commandLine());
    FlowModel flows = flow.flows(base, start);
    FlowOptions.requireFlows(flows, model, "no training demand to forecast");
    if (start.total() == 0 && flows.totalRecruits() == 0) {
      throw new SpPathwaysException("no training demand to forecast: no one at the start and no "
          + "recruits, so no one would enter a role or renew training. Give starting headcounts "
          + "with --start FILE or --profiles FILE, or recruits in the model; "
          + FlowOptions.FLOW_DOCS);
    }
    Projection projection = flows.project(start, years);
    DemandForecaster forecaster = DemandForecaster.of(base).withObjective(objective);
    if (capacity != null) {
      forecaster = forecaster.withCapacity(CourseCapacityReader.of(base).read(capacity));
    }
    if (budget != null) {
      forecaster = forecaster.withBudget(budget);
    }
    TrainingDemand demand = forecaster.forecast(flows, projection);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON:
        Tables.result(out, demand);
        break;
      case CSV:
        Tables.resultCsv(out, base, demand);
        break;
      default:
        table(out, base, demand);
    }
    return 0;
  }

  private void table(PrintWriter out, WorkforceModel m, TrainingDemand d) {
    out.println("Training demand of " + model.name() + " over " + years
        + (years == 1 ? " year" : " years") + ", starting from " + flow.startName() + (flow.byOrganisationType ? "; states split by organisation type"
            : "") + "; plans minimise " + objective);
    out.println();
    boolean capacities = capacity != null;
    List<String> header = new ArrayList<>(List.of("year", "entrants", "cannot close",
        "entry places", "refresher places", "cost (" + m.currency() + ")"));
    if (capacities) {
      header.add("shortfall");
    }
    List<List<String>> rows = new ArrayList<>();
    for (DemandYear y : d.years()) {
      double entry = y.courses().stream().mapToDouble(CourseDemand::entryPlaces).sum();
      double refresh = y.courses().stream().mapToDouble(CourseDemand::refresherPlaces).sum();
      List<String> row = new ArrayList<>(List.of(String.valueOf(y.year()),
          FlowOptions.cell(y.entrants()), FlowOptions.cell(y.unclosableEntrants()),
          FlowOptions.cell(entry), FlowOptions.cell(refresh), FlowOptions.cell(y.cost())));
      if (capacities) {
        row.add(FlowOptions.cell(y.courses().stream()
            .mapToDouble(c -> c.shortfall().orElse(0)).sum()));
      }
      rows.add(row);
    }
    Tables.table(out, header, rows);
    out.println();

    List<Integer> shown = new ArrayList<>();
    for (int t = 1; t <= Math.min(years, SHOWN_YEARS); t++) {
      shown.add(t);
    }
    if (years > SHOWN_YEARS) {
      shown.add(years);
    }
    List<String> courseHeader = new ArrayList<>(List.of("course"));
    shown.forEach(t -> courseHeader.add("year " + t));
    List<List<String>> courses = new ArrayList<>();
    List<List<String>> shortfalls = new ArrayList<>();
    for (org.sppathways.model.Course course : m.courses()) {
      List<String> row = new ArrayList<>(List.of(course.id().value()));
      List<String> shortRow = new ArrayList<>(List.of(course.id().value()));
      boolean any = false;
      for (int t : shown) {
        CourseDemand c = line(d.year(t), course);
        double places = c == null ? 0 : c.places();
        any |= places > 0;
        row.add(FlowOptions.cell(places));
        if (c != null && c.capacity().isPresent()) {
          if (shortRow.size() == 1) {
            shortRow.add(FlowOptions.cell(c.capacity().getAsDouble()));
          }
          shortRow.add(FlowOptions.cell(c.shortfall().orElse(0)));
        }
      }
      if (any) {
        courses.add(row);
      }
      if (shortRow.size() > 1) {
        shortfalls.add(shortRow);
      }
    }
    out.println("Places per course (entry and refresher):");
    out.println();
    Tables.table(out, courseHeader, courses);
    if (capacities) {
      out.println();
      out.println("Shortfall: places needed above the capacity given");
      out.println();
      List<String> shortHeader = new ArrayList<>(List.of("course", "capacity"));
      shown.forEach(t -> shortHeader.add("year " + t));
      Tables.table(out, shortHeader, shortfalls);
    }
    if (!d.unclosable().isEmpty()) {
      out.println();
      out.println("Entrants whose plans cannot close every target (counted above, their other "
          + "places included):");
      out.println();
      List<List<String>> open = new ArrayList<>();
      for (UnclosableEntrants u : d.unclosable().subList(0, Math.min(SHOWN_GROUPS,
          d.unclosable().size()))) {
        String from = u.from().map(r -> r.value() + u.fromOrganisationType()
            .map(t -> "@" + t).orElse("")).orElse("(recruits)");
        String to = u.to().value() + u.organisationType().map(t -> "@" + t).orElse("");
        open.add(List.of(from, to, FlowOptions.cell(u.entrants()),
            String.join("; ", u.targets().stream().map(x -> x.competency() + " " + x.level()
                + " (" + x.reason() + ")").toList())));
      }
      Tables.table(out, List.of("from", "to", "entrants", "targets left open"), open);
      if (d.unclosable().size() > SHOWN_GROUPS) {
        out.println("(" + (d.unclosable().size() - SHOWN_GROUPS) + " more groups of entrants; "
            + "--format json lists them all)");
      }
    }
    if (d.commissioning().isPresent()) {
      CommissioningPlan plan = d.commissioning().get();
      out.println();
      out.println("Year 1 commissioning: spent " + Formats.amount(plan.spent()) + " of "
          + Formats.amount(plan.budget()) + " " + m.currency() + " on entrants' places; closes "
          + plan.closed() + " of " + plan.personGaps() + " person-gaps (" + plan.unclosable()
          + " cannot be closed); refresher places are not included");
      if (!plan.courses().isEmpty()) {
        out.println();
        Tables.table(out, List.of("course", "seats", "cost", "personGapsClosed"),
            plan.courses().stream().map(s -> List.of(s.course().value(),
                String.valueOf(s.seats()), Formats.amount(s.cost()),
                String.valueOf(s.personGapsClosed()))).toList());
      }
    }
    ProjectCommand.notes(out, "Notes", d.notes());
  }

  private static CourseDemand line(DemandYear y, org.sppathways.model.Course course) {
    for (CourseDemand c : y.courses()) {
      if (c.course().equals(course.id())) {
        return c;
      }
    }
    return null;
  }
}
