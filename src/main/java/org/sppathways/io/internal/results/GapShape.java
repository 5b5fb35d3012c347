package org.sppathways.io.internal.results;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.List;
import org.sppathways.gaps.GapReport;
import org.sppathways.model.WorkforceModel;

/** {@code gaps}: a {@link GapReport}; CSV one row per requirement not met. */
final class GapShape implements ResultShape<GapReport> {

  @Override
  public Class<GapReport> type() {
    return GapReport.class;
  }

  @Override
  public String name() {
    return "gaps";
  }

  @Override
  public boolean readable() {
    return true;
  }

  @Override
  public void setUp(SimpleModule module) {
    module.setMixInAnnotation(GapReport.class, Mixin.class);
  }

  @JsonPropertyOrder({"person", "from", "role", "readiness", "met", "essentialMet", "shortfall",
      "weightedReadiness", "requirements"})
  @JsonIgnoreProperties(value = {"readiness"}, allowGetters = true)
  abstract static class Mixin {
    @JsonProperty("readiness")
    abstract double readiness();

    @com.fasterxml.jackson.annotation.JsonIgnore
    abstract List<?> gaps();
  }

  @Override
  public List<String> csvHeader() {
    return List.of("competency", "competencyName", "held", "required", "essential", "lapsed",
        "lapsedOn");
  }

  @Override
  public List<List<String>> csvRows(GapReport report, WorkforceModel model) {
    return report.gaps().stream().map(g -> List.of(g.competency().value(),
        model.competency(g.competency()).name(), CsvNumbers.whole(g.held()),
        CsvNumbers.whole(g.required()), String.valueOf(g.essential()),
        String.valueOf(g.lapsed()), g.lapsedOn().map(Object::toString).orElse(""))).toList();
  }
}
