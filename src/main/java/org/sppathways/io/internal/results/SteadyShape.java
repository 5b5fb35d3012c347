package org.sppathways.io.internal.results;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.List;
import java.util.OptionalDouble;
import org.sppathways.flow.FlowState;
import org.sppathways.flow.LongRunReport;
import org.sppathways.flow.SteadyState;
import org.sppathways.model.WorkforceModel;

/** {@code steady}: a {@link LongRunReport}; CSV one row per state. */
final class SteadyShape implements ResultShape<LongRunReport> {

  @Override
  public Class<LongRunReport> type() {
    return LongRunReport.class;
  }

  @Override
  public String name() {
    return "steady";
  }

  @Override
  public void setUp(SimpleModule module) {
    module.setMixInAnnotation(SteadyState.class, SteadyStateMixin.class);
    module.setMixInAnnotation(FlowState.class, FlowStateMixin.class);
  }

  @JsonPropertyOrder({"exists", "reason", "total", "headcounts"})
  abstract static class SteadyStateMixin {
    @JsonProperty("exists")
    abstract boolean exists();

    @JsonProperty("total")
    abstract double total();
  }

  /** A state by its key, {@code link-worker} or {@code link-worker@vcse-charity}. */
  abstract static class FlowStateMixin {
    @JsonValue
    @Override
    public abstract String toString();
  }

  @Override
  public List<String> csvHeader() {
    return List.of("role", "roleTitle", "organisationType", "headcount", "yearsPerSpell",
        "yearsInWorkforce", "status");
  }

  @Override
  public List<List<String>> csvRows(LongRunReport report, WorkforceModel model) {
    SteadyState steady = report.steadyState();
    return report.states().stream().map(t -> {
      FlowState s = t.state();
      Double headcount = steady.headcounts().get(s);
      return List.of(s.role().value(), model.role(s.role()).title(),
          s.organisationType().map(Object::toString).orElse(""),
          headcount == null ? "" : CsvNumbers.amount(headcount), amount(t.yearsPerSpell()),
          amount(t.yearsInWorkforce()), t.yearsPerSpell().isPresent() ? "" : "never leaves");
    }).toList();
  }

  private static String amount(OptionalDouble value) {
    return value.isPresent() ? CsvNumbers.amount(value.getAsDouble()) : "";
  }
}
