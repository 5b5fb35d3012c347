package org.sppathways.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sppathways.gaps.GapAnalysis;
import org.sppathways.gaps.GapReport;
import org.sppathways.model.Competency;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.PersonId;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;

/**
 * Plans on a day: a lapsed course is planned again as a refresher, an in-date one is not, and a
 * lapsed completion no longer meets a prerequisite by itself.
 *
 * <p>The model: {@code core} (2 h, never lapses) teaches listening 2; {@code sg-3} (8 h, needs
 * {@code core}, lapses after 36 months) teaches safeguarding 3; {@code sg-3-online} (20 h) also
 * teaches safeguarding 3. The link worker needs safeguarding 3 and listening 2.
 */
class PlanAsOfTest {
  static final CompetencyId SG = CompetencyId.of("safeguarding");
  static final CompetencyId LISTENING = CompetencyId.of("listening");
  static final RoleId LW = RoleId.of("link-worker");
  static final CourseId CORE = CourseId.of("core");
  static final CourseId SG3 = CourseId.of("sg-3");
  static final LocalDate DONE = LocalDate.of(2023, 5, 2);
  static final LocalDate LAPSE = LocalDate.of(2026, 5, 2);

  static final WorkforceModel MODEL = model(false);

  static WorkforceModel model(boolean coreLapses) {
    Course.Builder core = Course.builder().id(CORE).title("Core").hours(2).cost(0)
        .addCover(CompetencyLevel.of(LISTENING, 2));
    if (coreLapses) {
      core.validForMonths(12);
    }
    return WorkforceModel.builder().name("plans on a day")
      .scale(ProficiencyScale.of("Awareness", "Working", "Practitioner", "Expert"))
      .addCompetency(Competency.builder().id(SG).name("Safeguarding").domain("d").build())
      .addCompetency(Competency.builder().id(LISTENING).name("Listening").domain("d").build())
      .addRole(Role.builder().id(LW).title("Link worker")
          .addRequirements(Requirement.of(SG, 3), Requirement.of(LISTENING, 2)).build())
      .addCourse(core.build())
      .addCourse(Course.builder().id(SG3).title("Safeguarding 3").hours(8).cost(0)
          .addCover(CompetencyLevel.of(SG, 3)).addPrerequisite(CORE).validForMonths(36).build())
      .addCourse(Course.builder().id(CourseId.of("sg-3-online")).title("Safeguarding 3 online")
          .hours(20).cost(0).addCover(CompetencyLevel.of(SG, 3)).build())
      .build();
  }

  static final GapAnalysis GAPS = GapAnalysis.of(MODEL);
  static final TrainingPlanner PLANNER = TrainingPlanner.of(MODEL);

  static TrainingPlan plan(WorkerProfile p, LocalDate day) {
    GapReport gap = GAPS.gap(p, LW, day);
    return PLANNER.plan(p, gap, Objective.HOURS, day);
  }

  @Test
  void beforeTheLapseNothingIsPlanned() {
    WorkerProfile p = WorkerProfile.builder().id(PersonId.of("p1")).role(LW)
        .addCompleted(CORE).addCompleted(SG3, DONE).build();
    assertThat(plan(p, LAPSE.minusDays(1)).courses()).isEmpty();
  }

  @Test
  void onTheLapseDayTheLapsedCourseIsPlannedAgainAsTheCheapestRefresher() {
    WorkerProfile p = WorkerProfile.builder().id(PersonId.of("p1")).role(LW)
        .addCompleted(CORE).addCompleted(SG3, DONE).build();
    TrainingPlan refresher = plan(p, LAPSE);
    assertThat(refresher.courses()).containsExactly(SG3);
    assertThat(refresher.hours()).isEqualTo(8.0);
    assertThat(refresher.unclosable()).isEmpty();
  }

  @Test
  void aLapsedPrerequisiteMeetsNothingByHavingBeenCompleted() {
    WorkforceModel lapsingCore = model(true);
    WorkerProfile p = WorkerProfile.builder().id(PersonId.of("p2")).role(LW)
        .putHold(LISTENING, 2).addCompleted(CORE, DONE).build();
    GapAnalysis gaps = GapAnalysis.of(lapsingCore);
    TrainingPlanner planner = TrainingPlanner.of(lapsingCore);
    TrainingPlan plan = planner.plan(p, gaps.gap(p, LW, LAPSE), Objective.HOURS, LAPSE);
    assertThat(plan.courses()).as("listening 2 is still held (undated), which meets core")
        .containsExactly(SG3);
    WorkerProfile noLevel = WorkerProfile.builder().id(PersonId.of("p3")).role(LW)
        .addCompleted(CORE, DONE).build();
    TrainingPlan again = planner.plan(noLevel, gaps.gap(noLevel, LW, LAPSE), Objective.HOURS,
        LAPSE);
    assertThat(again.courses()).as("core lapsed: taken again before sg-3")
        .containsExactly(CORE, SG3);
  }

  @Test
  void commissioningFundsARefresherOnlyOnceTheCourseHasLapsed() {
    WorkerProfile p = WorkerProfile.builder().id(PersonId.of("p1")).role(LW)
        .addCompleted(CORE).addCompleted(SG3, DONE).build();
    Commissioner commissioner = Commissioner.of(MODEL);
    CommissioningPlan before = commissioner.commission(java.util.List.of(p)::forEach, 1000,
        LAPSE.minusDays(1));
    assertThat(before.personGaps()).isZero();
    assertThat(before.courses()).isEmpty();
    CommissioningPlan after = commissioner.commission(java.util.List.of(p)::forEach, 1000, LAPSE);
    assertThat(after.personGaps()).as("safeguarding 3 lapsed").isEqualTo(1);
    assertThat(after.courses()).singleElement().satisfies(seats -> {
      assertThat(seats.course()).isEqualTo(SG3);
      assertThat(seats.seats()).isEqualTo(1);
    });
  }
}
