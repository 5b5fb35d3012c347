package org.sppathways.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sppathways.model.ModelFixtures.cid;
import static org.sppathways.model.ModelFixtures.kid;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The "as of" rule for held levels: what counts, from when, until when, and what lapsed.
 *
 * <p>The model: {@code sg-2} teaches safeguarding 2 and never lapses; {@code sg-3} teaches
 * safeguarding 3 and listening 2 and lapses after 36 months; {@code fire} teaches listening 1
 * and lapses after 12 months.
 */
class HeldLevelsTest {

  static final CompetencyId SG = cid("safeguarding");
  static final CompetencyId LISTENING = cid("listening");
  static final LocalDate MAY_2023 = LocalDate.of(2023, 5, 2);
  static final LocalDate LAPSE = LocalDate.of(2026, 5, 2);

  static final WorkforceModel MODEL = ModelFixtures.valid()
      .addCourse(Course.builder().id(kid("sg-2")).title("Safeguarding 2").hours(1).cost(0)
          .addCover(CompetencyLevel.of(SG, 2)).build())
      .addCourse(Course.builder().id(kid("sg-3")).title("Safeguarding 3").hours(8).cost(0)
          .addCover(CompetencyLevel.of(SG, 3)).addCover(CompetencyLevel.of(LISTENING, 2))
          .validForMonths(36).build())
      .addCourse(Course.builder().id(kid("fire")).title("Fire").hours(1).cost(0)
          .addCover(CompetencyLevel.of(LISTENING, 1)).validForMonths(12).build())
      .build();

  static WorkerProfile.Builder person() {
    return WorkerProfile.builder().id(PersonId.of("p1"));
  }

  static HeldLevels on(WorkerProfile p, LocalDate day) {
    return HeldLevels.of(MODEL, p, day);
  }

  @Nested
  class TheLapseDay {
    final WorkerProfile p = person().addCompleted(kid("sg-3"), MAY_2023).build();

    @Test
    void aCompletionCountsFromItsDayUpToTheDayBeforeItLapses() {
      assertThat(on(p, MAY_2023).level(SG)).isEqualTo(3);
      assertThat(on(p, LAPSE.minusDays(1)).level(SG)).isEqualTo(3);
    }

    @Test
    void theLapseDayItselfNoLongerCounts() {
      assertThat(on(p, LAPSE).level(SG)).isZero();
      assertThat(on(p, LAPSE).lapsed(SG)).contains(new HeldLevels.Lapse(3, LAPSE,
          Optional.of(kid("sg-3"))));
    }

    @Test
    void evidenceDatedAfterAsOfDoesNotCountYetAndHasNotLapsed() {
      HeldLevels before = on(p, MAY_2023.minusDays(1));
      assertThat(before.level(SG)).isZero();
      assertThat(before.lapsed(SG)).isEmpty();
      assertThat(before.lapsedOn(SG, 3)).isEmpty();
      assertThat(before.completed()).isEmpty();
      assertThat(before.evidence(SG)).singleElement()
          .satisfies(e -> assertThat(e.isNotYetOn(before.asOf())).isTrue());
    }

    @Test
    void anUntilDayIsTheFirstDayTheLevelIsNoLongerHeld() {
      WorkerProfile q = person().putHold(SG, 3, LAPSE).build();
      assertThat(on(q, LAPSE.minusDays(1)).level(SG)).isEqualTo(3);
      assertThat(on(q, LAPSE.minusDays(1)).lapsesOn(SG)).contains(LAPSE);
      assertThat(on(q, LAPSE).level(SG)).isZero();
      assertThat(on(q, LAPSE).lapsed(SG)).contains(new HeldLevels.Lapse(3, LAPSE,
          Optional.empty()));
    }

    @Test
    void monthsAreCalendarMonthsEndingOnTheLastDayOfAShortMonth() {
      Course fire = MODEL.course(kid("fire"));
      assertThat(fire.lapsesOn(LocalDate.of(2023, 2, 28))).contains(LocalDate.of(2024, 2, 28));
      Course oneMonth = Course.builder().from(fire).validForMonths(1).build();
      assertThat(oneMonth.lapsesOn(LocalDate.of(2024, 1, 31))).contains(LocalDate.of(2024, 2, 29));
      assertThat(MODEL.course(kid("sg-2")).lapsesOn(MAY_2023)).isEmpty();
    }
  }

  @Test
  void theIssueExample() {
    // completed: [{course: sg-3, date: 2023-05-02}, sg-2]
    // holds: {safeguarding: {level: 3, until: 2026-05-02}, listening: 3}
    WorkerProfile p = person().addCompleted(kid("sg-3"), MAY_2023).addCompleted(kid("sg-2"))
        .putHold(SG, 3, LAPSE).putHold(LISTENING, 3).build();
    HeldLevels now = on(p, LocalDate.of(2025, 1, 1));
    assertThat(now.levels()).isEqualTo(Map.of(SG, 3, LISTENING, 3));
    assertThat(now.lapsesOn(SG)).contains(LAPSE);
    assertThat(now.lapsesOn(LISTENING)).isEmpty();

    HeldLevels later = on(p, LocalDate.of(2026, 6, 1));
    assertThat(later.level(SG)).as("the undated level 2 course still counts").isEqualTo(2);
    assertThat(later.lapsesOn(SG)).as("level 2 never lapses").isEmpty();
    assertThat(later.lapsed(SG)).contains(new HeldLevels.Lapse(3, LAPSE, Optional.empty()));
    assertThat(later.lapsedOn(SG, 3)).contains(LAPSE);
    assertThat(later.lapsedOn(SG, 2)).as("level 2 is held: no gap, no lapse").isEmpty();
    assertThat(later.level(LISTENING)).isEqualTo(3);
    assertThat(later.completed()).containsExactly(kid("sg-3"), kid("sg-2"));
  }

  @Test
  void undatedEvidenceNeverLapsesAndCoursesAddTheLevelsTheyTeach() {
    WorkerProfile p = person().putHold(SG, 1).addCompleted(kid("core-skills")).build();
    HeldLevels far = on(p, LocalDate.of(9999, 1, 1));
    assertThat(far.levels()).isEqualTo(Map.of(SG, 1, LISTENING, 2));
    assertThat(far.lapsed(SG)).isEmpty();
    assertThat(far.lapsesOn(LISTENING)).isEmpty();
  }

  @Test
  void theHighestLevelStillInDateCounts() {
    WorkerProfile p = person().addCompleted(kid("sg-3"), LocalDate.of(2019, 1, 1))
        .addCompleted(kid("sg-2"), LocalDate.of(2024, 1, 1)).build();
    HeldLevels now = on(p, LocalDate.of(2025, 1, 1));
    assertThat(now.level(SG)).isEqualTo(2);
    assertThat(now.lapsed(SG)).contains(new HeldLevels.Lapse(3, LocalDate.of(2022, 1, 1),
        Optional.of(kid("sg-3"))));
  }

  @Test
  void aRefresherTakenAgainRenewsTheLevelAndTheLatestLapseIsReported() {
    WorkerProfile p = person().addCompleted(kid("fire"), LocalDate.of(2022, 3, 1))
        .addCompleted(kid("fire"), LocalDate.of(2023, 2, 1)).build();
    assertThat(p.completed()).containsExactly(kid("fire"));
    assertThat(on(p, LocalDate.of(2023, 6, 1)).level(LISTENING)).isEqualTo(1);
    assertThat(on(p, LocalDate.of(2023, 6, 1)).lapsesOn(LISTENING))
        .contains(LocalDate.of(2024, 2, 1));
    HeldLevels after = on(p, LocalDate.of(2024, 6, 1));
    assertThat(after.level(LISTENING)).isZero();
    assertThat(after.lapsedOn(LISTENING, 1)).contains(LocalDate.of(2024, 2, 1));
    assertThat(after.completed()).as("a lapsed course was still completed")
        .containsExactly(kid("fire"));
  }

  @Test
  void lapsesBelowTheLevelHeldAreNotReported() {
    WorkerProfile p = person().addCompleted(kid("fire"), LocalDate.of(2020, 1, 1))
        .putHold(LISTENING, 2).build();
    HeldLevels now = on(p, LocalDate.of(2025, 1, 1));
    assertThat(now.level(LISTENING)).isEqualTo(2);
    assertThat(now.lapsed(LISTENING)).isEmpty();
    assertThat(now.evidence(LISTENING)).hasSize(2);
  }

  @Test
  void levelZeroInHoldsIsNoEvidence() {
    WorkerProfile p = person().putHold(SG, 0).build();
    assertThat(on(p, MAY_2023).competencies()).isEmpty();
    assertThat(on(p, MAY_2023).levels()).isEmpty();
  }

  @Test
  void anUnknownCourseIsNamed() {
    WorkerProfile p = person().addCompleted(kid("nope")).build();
    assertThatThrownBy(() -> on(p, MAY_2023)).isInstanceOf(UnknownIdException.class)
        .hasMessageContaining("'nope'");
  }

  @Test
  void toStringShowsCountsOnly() {
    WorkerProfile p = person().putHold(SG, 3).build();
    assertThat(on(p, MAY_2023).toString())
        .isEqualTo("HeldLevels{asOf=2023-05-02, 1 competencies held}")
        .doesNotContain("safeguarding");
  }

  @Test
  void candidatesAsOfADayCountCompletionsByThen() {
    Course needsSg3 = Course.builder().id(kid("x")).title("X").hours(1).cost(0)
        .addEntry(EntryRule.CompletedCourse.of(kid("sg-3"))).build();
    WorkerProfile p = person().addCompleted(kid("sg-3"), MAY_2023).build();
    assertThat(needsSg3.isOpenTo(EntryRule.Candidate.of(on(p, MAY_2023.minusDays(1)), p)))
        .isFalse();
    assertThat(needsSg3.isOpenTo(EntryRule.Candidate.of(on(p, LocalDate.of(2030, 1, 1)), p)))
        .as("lapsed, but completed").isTrue();
    assertThat(needsSg3.isOpenTo(EntryRule.Candidate.of(p))).isTrue();
  }

  @Test
  void lapseDateOfTheHeldLevelIsTheLatestAmongItsEvidence() {
    WorkerProfile p = person().addCompleted(kid("sg-3"), LocalDate.of(2022, 1, 1))
        .addCompleted(kid("sg-3"), LocalDate.of(2023, 1, 1)).putHold(SG, 3, LocalDate.of(2025, 7, 1))
        .build();
    assertThat(on(p, LocalDate.of(2024, 1, 1)).lapsesOn(SG)).contains(LocalDate.of(2026, 1, 1));
    assertThat(on(p, LocalDate.of(2024, 1, 1)).evidence(SG)).extracting(HeldLevels.Evidence::lapsesOn)
        .containsExactly(Optional.of(LocalDate.of(2026, 1, 1)), Optional.of(LocalDate.of(2025, 7, 1)),
            Optional.of(LocalDate.of(2025, 1, 1)));
  }
}
