package org.sppathways.io.internal.results;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.ArrayList;
import java.util.List;
import org.sppathways.model.WorkforceModel;
import org.sppathways.structure.Workload;
import org.sppathways.structure.WorkloadGroup;

/**
 * {@code workload}: a {@link Workload}; CSV one row for everyone ({@code all}), then one per
 * group ({@code group}) and one per organisation type ({@code organisationType}).
 */
final class WorkloadShape implements ResultShape<Workload> {

  @Override
  public Class<Workload> type() {
    return Workload.class;
  }

  @Override
  public String name() {
    return "workload";
  }

  @Override
  public void setUp(SimpleModule module) {
    module.setMixInAnnotation(Workload.class, WorkloadMixin.class);
    module.setMixInAnnotation(WorkloadGroup.class, GroupMixin.class);
  }

  @JsonPropertyOrder({"people", "withHours", "groups", "byOrganisationType"})
  abstract static class WorkloadMixin {}

  @JsonPropertyOrder({"organisationType", "seniority", "people", "withHours", "beyondContract",
      "shareBeyond", "meanExcess"})
  abstract static class GroupMixin {}

  @Override
  public List<String> csvHeader() {
    return List.of("part", "organisationType", "seniority", "people", "withHours",
        "beyondContract", "shareBeyond", "meanExcess");
  }

  @Override
  public List<List<String>> csvRows(Workload w, WorkforceModel model) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("all", "", "", CsvNumbers.whole(w.people()), CsvNumbers.whole(w.withHours()),
        "", "", ""));
    w.groups().forEach(g -> rows.add(row("group", g)));
    w.byOrganisationType().forEach(g -> rows.add(row("organisationType", g)));
    return rows;
  }

  private static List<String> row(String part, WorkloadGroup g) {
    return List.of(part, g.organisationType().map(t -> t.value()).orElse(""),
        g.seniority().isPresent() ? CsvNumbers.whole(g.seniority().getAsInt()) : "",
        CsvNumbers.whole(g.people()), CsvNumbers.whole(g.withHours()),
        CsvNumbers.whole(g.beyondContract()), CsvNumbers.share(g.shareBeyond()),
        CsvNumbers.amount(g.meanExcess()));
  }
}
