package org.sppathways.io.internal.results;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.sppathways.evidence.AnnualRate;
import org.sppathways.evidence.RateEstimates;
import org.sppathways.evidence.RoleEstimate;
import org.sppathways.evidence.RouteEstimate;
import org.sppathways.evidence.SurvivalCurve;
import org.sppathways.evidence.SurvivalStep;
import org.sppathways.model.WorkforceModel;

/**
 * {@code estimate}: {@link RateEstimates}; CSV one row for leaving and one per route of each
 * role (and role in an organisation type).
 */
final class EstimateShape implements ResultShape<RateEstimates> {
  private static final List<String> HEADER = List.of("role", "roleTitle", "organisationType",
      "exposureYears", "yearsAtRisk", "kind", "to", "toTitle", "modelled", "events", "rate", "low",
      "high", "medianMonthsToMove", "medianLow", "medianHigh");

  @Override
  public Class<RateEstimates> type() {
    return RateEstimates.class;
  }

  @Override
  public String name() {
    return "estimate";
  }

  @Override
  public void setUp(SimpleModule module) {
    module.setMixInAnnotation(SurvivalStep.class, StepMixin.class);
  }

  /** A step of the time to a move: months in the role, and moves for events. */
  @JsonPropertyOrder({"months", "atRisk", "moves", "survival", "standardError"})
  abstract static class StepMixin {
    @JsonProperty("months")
    abstract double time();

    @JsonProperty("moves")
    abstract long events();
  }

  @Override
  public List<String> csvHeader() {
    return HEADER;
  }

  @Override
  public List<List<String>> csvRows(RateEstimates e, WorkforceModel model) {
    List<List<String>> rows = new ArrayList<>();
    for (RoleEstimate r : e.roles()) {
      List<String> start = List.of(r.role().value(), model.role(r.role()).title(),
          r.organisationType().map(Object::toString).orElse(""),
          CsvNumbers.amount(r.exposureYears()), CsvNumbers.amount(r.yearsAtRisk()));
      OptionalDouble[] median = {OptionalDouble.empty(), OptionalDouble.empty(),
          OptionalDouble.empty()};
      if (r.timeToMove().isPresent()) {
        SurvivalCurve c = r.timeToMove().get();
        median = new OptionalDouble[] {c.median(), c.low(), c.high()};
      }
      List<String> end = List.of(amount(median[0]), amount(median[1]), amount(median[2]));
      AnnualRate leaving = r.leaving();
      rows.add(row(start, List.of("leaving", "", "", "", CsvNumbers.whole(r.leavers()),
          CsvNumbers.share(leaving.rate()), CsvNumbers.share(leaving.low()),
          CsvNumbers.share(leaving.high())), end));
      for (RouteEstimate route : r.routes()) {
        rows.add(row(start, List.of("route", route.to().value(), model.role(route.to()).title(),
            String.valueOf(route.modelled()), CsvNumbers.whole(route.moves()),
            CsvNumbers.share(route.rate()), CsvNumbers.share(route.low()),
            CsvNumbers.share(route.high())), end));
      }
    }
    return rows;
  }

  private static List<String> row(List<String> a, List<String> b, List<String> c) {
    List<String> row = new ArrayList<>(a);
    row.addAll(b);
    row.addAll(c);
    return row;
  }

  private static String amount(OptionalDouble value) {
    return value.isPresent() ? CsvNumbers.amount(value.getAsDouble()) : "";
  }
}
