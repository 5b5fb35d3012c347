package org.sppathways.io.internal.results;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.ArrayList;
import java.util.List;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Course;
import org.sppathways.model.WorkforceModel;
import org.sppathways.training.TrainingPlan;
import org.sppathways.training.TrainingPlanReport;
import org.sppathways.training.UnclosableTarget;

/**
 * {@code plan}: a {@link TrainingPlanReport}, the plan's fields beside whose gap it closes; CSV
 * one row per course, in plan order, with the catalogue's title, hours and cost.
 */
final class PlanShape implements ResultShape<TrainingPlanReport> {

  @Override
  public Class<TrainingPlanReport> type() {
    return TrainingPlanReport.class;
  }

  @Override
  public String name() {
    return "plan";
  }

  @Override
  public void setUp(SimpleModule module) {
    module.setMixInAnnotation(TrainingPlanReport.class, Mixin.class);
    module.setMixInAnnotation(TrainingPlan.class, PlanMixin.class);
    module.setMixInAnnotation(UnclosableTarget.class, UnclosableMixin.class);
  }

  @JsonPropertyOrder({"person", "from", "role", "plan"})
  abstract static class Mixin {
    @JsonUnwrapped
    abstract TrainingPlan plan();

    @JsonIgnore
    abstract List<Course> courses();
  }

  @JsonPropertyOrder({"hours", "cost", "optimal", "objective", "courses", "closes", "unclosable"})
  abstract static class PlanMixin {
    @JsonProperty("unclosable")
    abstract List<UnclosableTarget> unclosableTargets();
  }

  /** A target no plan reaches: its competency and level, then why. */
  @JsonPropertyOrder({"competency", "level", "reason", "detail"})
  abstract static class UnclosableMixin {
    @JsonIgnore
    abstract CompetencyLevel target();

    @JsonProperty("competency")
    abstract CompetencyId competency();

    @JsonProperty("level")
    abstract int level();
  }

  @Override
  public List<String> csvHeader() {
    return List.of("order", "course", "title", "hours", "cost");
  }

  @Override
  public List<List<String>> csvRows(TrainingPlanReport report, WorkforceModel model) {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < report.courses().size(); i++) {
      Course c = report.courses().get(i);
      rows.add(List.of(CsvNumbers.whole(i + 1), c.id().value(), c.title(),
          CsvNumbers.amount(c.hours()), CsvNumbers.amount(c.cost())));
    }
    return rows;
  }
}
