package org.sppathways.io.internal.results;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.ArrayList;
import java.util.List;
import org.sppathways.model.Course;
import org.sppathways.model.WorkforceModel;
import org.sppathways.training.TrainingPlan;
import org.sppathways.training.TrainingPlanReport;

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
  }

  @JsonPropertyOrder({"person", "from", "role", "plan"})
  abstract static class Mixin {
    @JsonUnwrapped
    abstract TrainingPlan plan();

    @JsonIgnore
    abstract List<Course> courses();
  }

  @JsonPropertyOrder({"hours", "cost", "optimal", "objective", "courses", "closes", "unclosable"})
  abstract static class PlanMixin {}

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
