package org.sppathways.io.internal.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.ArrayList;
import java.util.List;
import org.sppathways.compliance.ComplianceSummary;
import org.sppathways.compliance.RefresherDemand;
import org.sppathways.compliance.StatusCounts;
import org.sppathways.model.WorkforceModel;

/**
 * {@code compliance}: a {@link ComplianceSummary}; dates as ISO text ({@code 2026-06-01}, months
 * {@code 2026-06}). CSV one row per group ({@code by}: {@code all}, then each grouping the summary
 * holds); refresher demand is in JSON only.
 */
final class ComplianceShape implements ResultShape<ComplianceSummary> {

  @Override
  public Class<ComplianceSummary> type() {
    return ComplianceSummary.class;
  }

  @Override
  public String name() {
    return "compliance";
  }

  @Override
  public void setUp(SimpleModule module) {
    module.setMixInAnnotation(ComplianceSummary.class, Mixin.class);
    module.setMixInAnnotation(StatusCounts.class, CountsMixin.class);
    module.setMixInAnnotation(RefresherDemand.class, DemandMixin.class);
  }

  @JsonPropertyOrder({"asOf", "withinMonths", "horizonMonths", "people", "assessed", "total",
      "byRole", "byOrganisationType", "byCompetency", "refreshers"})
  abstract static class Mixin {}

  /** The key is left out when empty (the total; people without an organisation type). */
  @JsonPropertyOrder({"key", "current", "due", "lapsed", "missing", "total"})
  abstract static class CountsMixin {
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract String key();

    @JsonProperty("total")
    abstract long total();
  }

  @JsonPropertyOrder({"month", "course", "competency", "people"})
  abstract static class DemandMixin {}

  @Override
  public List<String> csvHeader() {
    return List.of("by", "key", "current", "due", "lapsed", "missing", "total");
  }

  @Override
  public List<List<String>> csvRows(ComplianceSummary summary, WorkforceModel model) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(row("all", summary.total()));
    for (ComplianceSummary.Grouping g : ComplianceSummary.Grouping.values()) {
      summary.by(g).forEach(c -> rows.add(row(g.toString(), c)));
    }
    return rows;
  }

  private static List<String> row(String by, StatusCounts c) {
    return List.of(by, c.key(), CsvNumbers.whole(c.current()), CsvNumbers.whole(c.due()),
        CsvNumbers.whole(c.lapsed()), CsvNumbers.whole(c.missing()), CsvNumbers.whole(c.total()));
  }
}
