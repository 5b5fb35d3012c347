package org.sppathways.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sppathways.gaps.GapAnalysis;
import org.sppathways.gaps.GapReport;
import org.sppathways.model.Course;
import org.sppathways.model.PersonId;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

/** A plan with its courses looked up: order, a course missing from the catalogue, printing. */
class TrainingPlanReportTest {
  private static final WorkforceModel MODEL = ReferenceModels.socialPrescribing();
  private static final RoleId NURSE = RoleId.of("nurse");
  private static final RoleId LINK_WORKER = RoleId.of("link-worker");

  private final TrainingPlanner planner = TrainingPlanner.of(MODEL);
  private final GapReport gap = GapAnalysis.of(MODEL).gap(NURSE, LINK_WORKER);
  private final TrainingPlan plan = planner.plan(gap, Objective.HOURS);

  @Test
  void theCoursesAreThePlansInPlanOrder() {
    TrainingPlanReport report = TrainingPlanReport.of(gap, plan, planner.catalogue());

    assertThat(plan.courses()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(report.courses()).extracting(Course::id).containsExactlyElementsOf(plan.courses());
    assertThat(report.from()).contains(NURSE);
    assertThat(report.person()).isEmpty();
    assertThat(report.role()).isEqualTo(LINK_WORKER);
    assertThat(report).hasToString("TrainingPlanReport{from=nurse, role=link-worker, "
        + plan.courses().size() + " courses}");
  }

  @Test
  void aPersonsPlanIsPrintedByThePerson() {
    WorkerProfile person = WorkerProfile.builder().id(PersonId.of("p-0001")).role(NURSE).build();
    GapReport personal = GapAnalysis.of(MODEL).gap(person, LINK_WORKER);
    TrainingPlan personalPlan = planner.plan(person, personal, Objective.HOURS);

    assertThat(TrainingPlanReport.of(personal, personalPlan, planner.catalogue()))
        .hasToString("TrainingPlanReport{person=p-0001, role=link-worker, "
            + personalPlan.courses().size() + " courses}");
  }

  @Test
  void aCourseMissingFromTheCatalogueIsNamed() {
    List<Course> without = new ArrayList<>(planner.catalogue());
    without.removeIf(c -> c.id().equals(plan.courses().get(0)));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> TrainingPlanReport.of(gap, plan, without))
        .withMessage("course '" + plan.courses().get(0) + "' of the plan is not in the catalogue");
  }

  @Test
  void coursesOutOfPlanOrderAreRefused() {
    List<Course> reversed = new ArrayList<>(
        TrainingPlanReport.of(gap, plan, planner.catalogue()).courses());
    java.util.Collections.reverse(reversed);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> new TrainingPlanReport(gap.person(), gap.from(), LINK_WORKER, plan,
            reversed))
        .withMessage("courses must be the plan's courses, in plan order");
  }

  @Test
  void objectivesParseTheirPrintedNames() {
    for (Objective o : Objective.values()) {
      assertThat(Objective.parse(o.toString())).isSameAs(o);
    }
  }
}
