package org.sppathways.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sppathways.training.TrainingPlannerEntryTest.APPRENTICESHIP;
import static org.sppathways.training.TrainingPlannerEntryTest.CHWW;
import static org.sppathways.training.TrainingPlannerEntryTest.DAY;
import static org.sppathways.training.TrainingPlannerEntryTest.MODEL;
import static org.sppathways.training.TrainingPlannerEntryTest.SG2;
import static org.sppathways.training.TrainingPlannerEntryTest.SG3;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sppathways.model.CourseId;
import org.sppathways.model.ProfileSource;
import org.sppathways.model.WorkerProfile;

/**
 * Commissioning with entry rules (the model of {@link TrainingPlannerEntryTest}): a place is
 * funded only for someone who can enter the course, with what makes them eligible.
 */
class CommissionerEntryTest {

  static CommissioningPlan commission(WorkerProfile person) {
    return Commissioner.of(MODEL).commission(ProfileSource.of(List.of(person)), CHWW, 1_000, DAY);
  }

  static List<CourseId> funded(CommissioningPlan plan) {
    return plan.courses().stream().map(CourseSeats::course).sorted().toList();
  }

  @Test
  void noPlaceOnTheApprenticeshipIsFundedForSomeoneContractedFor20Hours() {
    CommissioningPlan plan = commission(TrainingPlannerEntryTest.person(20));
    assertThat(funded(plan)).doesNotContain(APPRENTICESHIP);
    assertThat(plan.personGaps()).isEqualTo(2);
    assertThat(plan.unclosable()).as("community health: only the apprenticeship reaches it")
        .isEqualTo(1);
  }

  @Test
  void someoneContractedFor37AndAHalfHoursGetsTheApprenticeship() {
    CommissioningPlan plan = commission(TrainingPlannerEntryTest.person(37.5));
    assertThat(funded(plan)).contains(APPRENTICESHIP);
    assertThat(plan.unclosable()).isZero();
    assertThat(plan.closed()).isEqualTo(2);
  }

  @Test
  void aPlaceOnACourseNeedingLevel2FundsTheLevel2CourseWithIt() {
    CommissioningPlan plan = commission(TrainingPlannerEntryTest.person(20));
    assertThat(funded(plan)).containsExactly(SG2, SG3);
    assertThat(plan.closed()).isEqualTo(1);
  }
}
