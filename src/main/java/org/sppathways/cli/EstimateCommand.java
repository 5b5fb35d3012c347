package org.sppathways.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.sppathways.evidence.ObservedRoute;
import org.sppathways.evidence.RateEstimates;
import org.sppathways.evidence.RateEstimator;
import org.sppathways.evidence.RoleEstimate;
import org.sppathways.evidence.RouteEstimate;
import org.sppathways.evidence.SurvivalCurve;
import org.sppathways.io.HistoriesReader;
import org.sppathways.io.ScenarioWriter;
import org.sppathways.io.YearlyCountsReader;
import org.sppathways.model.WorkforceModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code estimate}: annual leaving and move rates with 95 % intervals from evidence. */
@Command(name = "estimate", mixinStandardHelpOptions = true,
    description = "Annual leaving and move rates, with 95 %% intervals, and the time in a role "
        + "before a move, estimated from career histories (--histories) or yearly counts "
        + "(--counts); --write-flows writes them as a scenario file for project, steady, "
        + "reach-probability and capacity (--apply FILE).")
final class EstimateCommand implements Callable<Integer> {
  @Mixin
  ModelOptions model;

  @Option(names = "--histories", paramLabel = "FILE",
      description = "Career histories: spells person,role,organisationType,start,end,to "
          + "(.csv, .yaml, .yml or .json), each person's spells together.")
  Path histories;

  @Option(names = "--counts", paramLabel = "FILE",
      description = "Yearly counts instead of histories (.csv): year,role,organisationType,"
          + "headcount,starters,leavers,to,movers.")
  Path counts;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = AsOfOptions.Day.class,
      description = "Censor histories at this day: later ends are not seen, later spells not "
          + "counted (default: the latest day in the histories).")
  LocalDate asOf;

  @Option(names = "--by-org-type",
      description = "Also estimate each role per organisation type (rows after the role's).")
  boolean byOrgType;

  @Option(names = "--write-flows", paramLabel = "FILE",
      description = "Write the rates as a scenario file (.yaml, .yml or .json) to use with "
          + "--apply.")
  Path writeFlows;

  @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    if ((histories == null) == (counts == null)) {
      throw new ParameterException(spec.commandLine(), "give --histories FILE or --counts FILE "
          + "(one of them)");
    }
    if (counts != null && asOf != null) {
      throw new ParameterException(spec.commandLine(), "--as-of censors histories; yearly "
          + "counts have no days to censor");
    }
    if (writeFlows != null) {
      ScenarioWriter.of(writeFlows);
    }
    WorkforceModel m = model.load();
    RateEstimator estimator = RateEstimator.of(m).withByOrganisationType(byOrgType);
    if (asOf != null) {
      estimator = estimator.withAsOf(asOf);
    }
    RateEstimates estimates = histories != null
        ? estimator.estimate(action -> HistoriesReader.of(m).forEach(histories, action))
        : estimator.estimate(YearlyCountsReader.of(m).read(counts));
    if (writeFlows != null) {
      ScenarioWriter.of(writeFlows).write(estimates.toScenario(m, "Rates estimated from "
          + (histories != null ? histories.getFileName() : counts.getFileName())), m, writeFlows);
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON:
        Tables.result(out, estimates);
        break;
      case CSV:
        Tables.resultCsv(out, m, estimates);
        break;
      default:
        table(out, estimates);
    }
    return 0;
  }

  private void table(PrintWriter out, RateEstimates e) {
    out.println("Rates estimated from " + (histories != null ? e.spells() + " spells in "
        + histories : "yearly counts in " + counts) + e.asOf().map(d -> ", censored at " + d)
        .orElse("") + ": yearly probabilities with 95 % Wilson intervals");
    out.println();
    List<List<String>> rows = new ArrayList<>();
    for (RoleEstimate r : e.roles()) {
      OptionalDouble median = r.timeToMove().map(SurvivalCurve::median)
          .orElse(OptionalDouble.empty());
      rows.add(List.of(r.key(), Formats.amount(r.exposureYears()), Long.toString(r.leavers()),
          interval(r.leaving().rate(), r.leaving().low(), r.leaving().high()),
          Long.toString(r.moves()), r.timeToMove().isEmpty() ? "" : median.isPresent()
              ? Formats.amount(median.getAsDouble()) + medianInterval(r.timeToMove().get())
              : "not reached"));
    }
    Tables.table(out, List.of("role", "exposureYears", "leavers", "leaving (95 % interval)",
        "moves", "medianMonthsToMove"), rows);
    out.println();
    List<List<String>> routes = new ArrayList<>();
    for (RoleEstimate r : e.roles()) {
      for (RouteEstimate route : r.routes()) {
        routes.add(List.of(r.key(), route.to().value() + (route.modelled() ? "" : " (not in "
            + "the model)"), Long.toString(route.moves()), interval(route.rate(), route.low(),
            route.high())));
      }
    }
    Tables.table(out, List.of("from", "to", "moves", "rate (95 % interval)"), routes);
    if (!e.unobservedRoutes().isEmpty()) {
      out.println();
      out.println("Routes of the model nobody took: " + String.join(", ", e.unobservedRoutes()
          .stream().map(EstimateCommand::route).toList()));
    }
    if (!e.unmodelledRoutes().isEmpty()) {
      out.println("Moves the model has no route for: " + String.join(", ", e.unmodelledRoutes()
          .stream().map(r -> route(r) + " (" + r.moves() + ")").toList()));
    }
    ProjectCommand.notes(out, "Notes", e.notes());
    if (writeFlows != null) {
      out.println();
      out.println("Wrote the rates to " + writeFlows + "; use them with --apply " + writeFlows);
    }
  }

  private static String route(ObservedRoute r) {
    return r.from() + " -> " + r.to();
  }

  private static String interval(double rate, double low, double high) {
    return Formats.share(rate) + " (" + Formats.share(low) + "-" + Formats.share(high) + ")";
  }

  private static String medianInterval(SurvivalCurve c) {
    return " (" + (c.low().isPresent() ? Formats.amount(c.low().getAsDouble()) : "?") + "-"
        + (c.high().isPresent() ? Formats.amount(c.high().getAsDouble()) : "open") + ")";
  }
}
