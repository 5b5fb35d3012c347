package org.sppathways.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sppathways.gaps.GapAnalysis;
import org.sppathways.gaps.GapReport;
import org.sppathways.model.Competency;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.EntryRule;
import org.sppathways.model.OrganisationType;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.PersonId;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;

/**
 * What plans mean when courses have entry rules, worked by hand.
 *
 * <p>The model: the community health and wellbeing worker (CHWW) role needs community health 3
 * and safeguarding 3. {@code chww-apprenticeship} (100 h) teaches community health 3 and needs a
 * contract of at least 30 hours a week. {@code sg-3} (8 h) teaches safeguarding 3 and needs
 * safeguarding at level 2, which {@code sg-2} (3 h) teaches; {@code sg-3-open} (40 h) teaches
 * safeguarding 3 with no entry rule. {@code pcn-induction} (2 h) teaches induction 2 and is open
 * only to PCNs and NHS trusts.
 */
class TrainingPlannerEntryTest {
  static final CompetencyId HEALTH = CompetencyId.of("community-health");
  static final CompetencyId SG = CompetencyId.of("safeguarding");
  static final CompetencyId INDUCTION = CompetencyId.of("induction");
  static final CompetencyId COACHING = CompetencyId.of("coaching");
  static final RoleId CHWW = RoleId.of("chww");
  static final CourseId APPRENTICESHIP = CourseId.of("chww-apprenticeship");
  static final CourseId SG2 = CourseId.of("sg-2");
  static final CourseId SG3 = CourseId.of("sg-3");
  static final OrganisationTypeId PCN = OrganisationTypeId.of("pcn");
  static final OrganisationTypeId TRUST = OrganisationTypeId.of("nhs-trust");
  static final OrganisationTypeId VCSE = OrganisationTypeId.of("vcse");
  static final LocalDate DAY = LocalDate.of(2026, 12, 3);

  static final WorkforceModel MODEL = WorkforceModel.builder().name("entry rules")
      .scale(ProficiencyScale.of("Awareness", "Working", "Practitioner", "Expert"))
      .addOrganisationType(type(PCN)).addOrganisationType(type(TRUST)).addOrganisationType(type(VCSE))
      .addCompetency(competency(HEALTH)).addCompetency(competency(SG))
      .addCompetency(competency(INDUCTION)).addCompetency(competency(COACHING))
      .addRole(Role.builder().id(CHWW).title("Community health and wellbeing worker")
          .addRequirements(Requirement.of(HEALTH, 3), Requirement.of(SG, 3)).build())
      .addRole(Role.builder().id(RoleId.of("pcn-worker")).title("PCN worker")
          .addRequirements(Requirement.of(INDUCTION, 2)).build())
      .addCourse(Course.builder().id(APPRENTICESHIP).title("CHWW apprenticeship").hours(100)
          .cost(0).addCover(CompetencyLevel.of(HEALTH, 3))
          .addEntry(EntryRule.MinContractedHours.of(30)).build())
      .addCourse(Course.builder().id(SG2).title("Safeguarding 2").hours(3).cost(0)
          .addCover(CompetencyLevel.of(SG, 2)).build())
      .addCourse(Course.builder().id(SG3).title("Safeguarding 3").hours(8).cost(0)
          .addCover(CompetencyLevel.of(SG, 3)).addEntry(EntryRule.HeldLevel.of(SG, 2)).build())
      .addCourse(Course.builder().id(CourseId.of("sg-3-open")).title("Safeguarding 3, open")
          .hours(40).cost(0).addCover(CompetencyLevel.of(SG, 3)).build())
      .addCourse(Course.builder().id(CourseId.of("pcn-induction")).title("PCN induction")
          .hours(2).cost(0).addCover(CompetencyLevel.of(INDUCTION, 2))
          .addEntry(EntryRule.OrganisationTypes.of(new java.util.LinkedHashSet<>(
              List.of(PCN, TRUST)))).build())
      .build();

  static OrganisationType type(OrganisationTypeId id) {
    return OrganisationType.builder().id(id).name(id.value()).sector("s").build();
  }

  static Competency competency(CompetencyId id) {
    return Competency.builder().id(id).name(id.value()).domain("d").build();
  }

  static WorkerProfile person(double hours) {
    return WorkerProfile.builder().id(PersonId.of("p1")).role(RoleId.of("pcn-worker"))
        .organisationType(VCSE).contractedHours(hours).build();
  }

  static TrainingPlan plan(WorkerProfile p) {
    GapReport gap = GapAnalysis.of(MODEL).gap(p, CHWW, DAY);
    return TrainingPlanner.of(MODEL).plan(p, gap, Objective.HOURS, DAY);
  }

  @Test
  void anApprenticeshipNeeding30HoursIsNotPlannedForSomeoneContractedFor20() {
    TrainingPlan plan = plan(person(20));
    assertThat(plan.courses()).doesNotContain(APPRENTICESHIP);
    assertThat(plan.unclosableTargets()).singleElement().satisfies(u -> {
      assertThat(u.target()).isEqualTo(CompetencyLevel.of(HEALTH, 3));
      assertThat(u.reason()).isEqualTo(UnclosableTarget.Reason.NOT_ELIGIBLE);
      assertThat(u.detail()).isEqualTo(
          "course 'chww-apprenticeship' needs a contract of at least 30 hours a week");
      assertThat(u.detail()).as("the person's own hours are not shown").doesNotContain("20");
    });
  }

  @Test
  void theSameApprenticeshipIsPlannedForSomeoneContractedFor37AndAHalf() {
    TrainingPlan plan = plan(person(37.5));
    assertThat(plan.courses()).contains(APPRENTICESHIP);
    assertThat(plan.unclosableTargets()).isEmpty();
  }

  @Test
  void aCourseNeedingALevel2CompetencyIsPlannedWithTheLevel2CourseFirst() {
    // sg-2 then sg-3 (3 + 8 hours) is lighter than sg-3-open (40 hours)
    TrainingPlan plan = plan(person(37.5));
    assertThat(plan.courses()).containsSubsequence(SG2, SG3);
    assertThat(plan.hours()).isEqualTo(111);
  }

  @Test
  void someoneAlreadyHoldingLevel2BeginsTheLevel3CourseAtOnce() {
    WorkerProfile p = WorkerProfile.builder().from(person(37.5)).putHold(SG, 2).build();
    assertThat(plan(p).courses()).containsExactly(APPRENTICESHIP, SG3);
  }

  @Test
  void anAnyOfMetByEitherBranchPicksTheCheaper() {
    // coaching 3: "coach-3" (5 h) needs coaching 1 or course "intro"; "coach-1" teaches coaching
    // 1 in 4 h, "intro" teaches nothing in 1 h, so the plan is intro then coach-3
    CourseId coach3 = CourseId.of("coach-3");
    CourseId coach1 = CourseId.of("coach-1");
    CourseId intro = CourseId.of("intro");
    for (double introHours : new double[] {1, 6}) {
      WorkforceModel m = WorkforceModel.builder().from(MODEL)
          .addCourse(Course.builder().id(coach3).title("Coaching 3").hours(5).cost(0)
              .addCover(CompetencyLevel.of(COACHING, 3))
              .addEntry(EntryRule.AnyOf.of(List.of(EntryRule.HeldLevel.of(COACHING, 1),
                  EntryRule.CompletedCourse.of(intro)))).build())
          .addCourse(Course.builder().id(coach1).title("Coaching 1").hours(4).cost(0)
              .addCover(CompetencyLevel.of(COACHING, 1)).build())
          .addCourse(Course.builder().id(intro).title("Intro").hours(introHours).cost(0).build())
          .build();
      TrainingPlan plan = TrainingPlanner.of(m).plan(List.of(CompetencyLevel.of(COACHING, 3)),
          Map.of(), Set.of(), Objective.HOURS);
      assertThat(plan.courses()).as("intro of %s hours", introHours)
          .containsExactly(introHours < 4 ? intro : coach1, coach3);
      assertThat(plan.hours()).isEqualTo(5 + Math.min(introHours, 4));
    }
  }

  @Test
  void aCourseOpenOnlyToSomeOrganisationTypesSaysWhichAndNotTheirOwn() {
    GapReport gap = GapAnalysis.of(MODEL).gap(person(37.5), RoleId.of("pcn-worker"), DAY);
    TrainingPlan plan = TrainingPlanner.of(MODEL).plan(person(37.5), gap, Objective.HOURS, DAY);
    assertThat(plan.courses()).isEmpty();
    assertThat(plan.unclosableTargets()).singleElement().satisfies(u -> {
      assertThat(u.detail()).isEqualTo(
          "course 'pcn-induction' is open only to organisation types pcn, nhs-trust");
      assertThat(u.detail()).doesNotContain("vcse");
    });
    WorkerProfile inPcn = WorkerProfile.builder().from(person(37.5)).organisationType(PCN).build();
    assertThat(TrainingPlanner.of(MODEL).plan(inPcn, gap, Objective.HOURS, DAY).courses())
        .containsExactly(CourseId.of("pcn-induction"));
  }

  @Test
  void aPlanForNoOneKnowsNoEmployerOrContractSoSuchRulesAreNotMet() {
    GapReport gap = GapAnalysis.of(MODEL).gap(RoleId.of("pcn-worker"), CHWW);
    TrainingPlan plan = TrainingPlanner.of(MODEL).plan(gap, Objective.HOURS);
    assertThat(plan.courses()).containsExactly(SG2, SG3);
    assertThat(plan.unclosable()).containsExactly(CompetencyLevel.of(HEALTH, 3));
  }

  @Test
  void aTargetNoCourseReachesSaysSo() {
    TrainingPlan plan = TrainingPlanner.of(MODEL).plan(List.of(CompetencyLevel.of(SG, 4)),
        Map.of(), Set.of(), Objective.HOURS);
    assertThat(plan.unclosableTargets()).singleElement().satisfies(u -> {
      assertThat(u.reason()).isEqualTo(UnclosableTarget.Reason.NO_COURSE);
      assertThat(u.detail()).isEqualTo("no course in the catalogue reaches it");
    });
  }

  @Test
  void aCourseWhoseEligibilityOnlyABarredCourseGivesSaysWhichRuleIsNotMet() {
    // "advanced" needs health 3, which only the apprenticeship teaches: for 20 hours, neither
    CourseId advanced = CourseId.of("advanced");
    WorkforceModel m = WorkforceModel.builder().from(MODEL)
        .addCourse(Course.builder().id(advanced).title("Advanced").hours(1).cost(0)
            .addCover(CompetencyLevel.of(COACHING, 4))
            .addEntry(EntryRule.HeldLevel.of(HEALTH, 3)).build())
        .build();
    TrainingPlan plan = TrainingPlanner.of(m).plan(List.of(CompetencyLevel.of(COACHING, 4)),
        Map.of(), Set.of(), Objective.HOURS, EntryRule.Candidate.of(person(20)));
    assertThat(plan.unclosableTargets()).singleElement().satisfies(u -> {
      assertThat(u.reason()).isEqualTo(UnclosableTarget.Reason.NOT_ELIGIBLE);
      assertThat(u.detail()).isEqualTo("course 'advanced' needs community-health at level 3, "
          + "which no course that can be entered provides");
    });
    assertThat(TrainingPlanner.of(m).enterable(Map.of(), Set.of(),
        EntryRule.Candidate.of(person(20)))).doesNotContain(advanced, APPRENTICESHIP);
    assertThat(TrainingPlanner.of(m).plan(List.of(CompetencyLevel.of(COACHING, 4)),
        Map.of(), Set.of(), Objective.HOURS, EntryRule.Candidate.of(person(30))).courses())
        .containsExactly(APPRENTICESHIP, advanced);
  }
}
