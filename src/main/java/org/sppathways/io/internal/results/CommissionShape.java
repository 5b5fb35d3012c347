package org.sppathways.io.internal.results;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.List;
import java.util.Optional;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;
import org.sppathways.training.CommissioningPlan;
import org.sppathways.training.CourseSeats;

/**
 * {@code commission}: a {@link CommissioningPlan}; the target role is written as {@code role}.
 * CSV one row per funded course.
 */
final class CommissionShape implements ResultShape<CommissioningPlan> {

  @Override
  public Class<CommissioningPlan> type() {
    return CommissioningPlan.class;
  }

  @Override
  public String name() {
    return "commission";
  }

  @Override
  public void setUp(SimpleModule module) {
    module.setMixInAnnotation(CommissioningPlan.class, Mixin.class);
    module.setMixInAnnotation(CourseSeats.class, SeatsMixin.class);
  }

  @JsonPropertyOrder({"role", "budget", "spent", "courses", "personGaps", "closed", "unclosable",
      "remaining", "guarantee"})
  abstract static class Mixin {
    @JsonProperty("role")
    abstract Optional<RoleId> target();
  }

  @JsonPropertyOrder({"course", "seats", "cost", "personGapsClosed"})
  abstract static class SeatsMixin {}

  @Override
  public List<String> csvHeader() {
    return List.of("course", "seats", "cost", "personGapsClosed");
  }

  @Override
  public List<List<String>> csvRows(CommissioningPlan plan, WorkforceModel model) {
    return plan.courses().stream().map(s -> List.of(s.course().value(),
        CsvNumbers.whole(s.seats()), CsvNumbers.amount(s.cost()),
        CsvNumbers.whole(s.personGapsClosed()))).toList();
  }
}
