package org.sppathways.gaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sppathways.model.Competency;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.OrganisationType;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.PersonId;
import org.sppathways.model.Population;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RoleVariant;
import org.sppathways.model.RouteKind;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;

/**
 * What a person's gaps mean once evidence has dates, roles have variants by organisation type and
 * first-year targets: each answer worked out by hand on a four-competency model.
 *
 * <p>The model: {@code sg-3} teaches safeguarding 3 and lapses 36 months after completion;
 * {@code sg-2} teaches safeguarding 2 and never lapses. The link worker needs safeguarding 3 and
 * listening 2 (both essential); in a VCSE charity it needs lone working 3 instead of listening;
 * in its first year it needs safeguarding 2 only. The coach needs listening 3 and coaching 2, and
 * in its first year coaching 1.
 */
class GapsAsOfTest {
  static final CompetencyId SG = CompetencyId.of("safeguarding");
  static final CompetencyId LISTENING = CompetencyId.of("listening");
  static final CompetencyId LONE = CompetencyId.of("lone-working");
  static final CompetencyId COACHING = CompetencyId.of("coaching");
  static final OrganisationTypeId PCN = OrganisationTypeId.of("pcn");
  static final OrganisationTypeId VCSE = OrganisationTypeId.of("vcse");
  static final RoleId LW = RoleId.of("link-worker");
  static final RoleId COACH = RoleId.of("coach");
  static final CourseId SG3 = CourseId.of("sg-3");
  static final CourseId SG2 = CourseId.of("sg-2");
  static final LocalDate DONE = LocalDate.of(2023, 5, 2);
  static final LocalDate LAPSE = LocalDate.of(2026, 5, 2);

  static final WorkforceModel MODEL = WorkforceModel.builder().name("as of")
      .scale(ProficiencyScale.of("Awareness", "Working", "Practitioner", "Expert"))
      .addCompetency(competency(SG)).addCompetency(competency(LISTENING))
      .addCompetency(competency(LONE)).addCompetency(competency(COACHING))
      .addOrganisationType(type(PCN)).addOrganisationType(type(VCSE))
      .addRole(Role.builder().id(LW).title("Link worker").addOfferedBy(PCN, VCSE)
          .addRequirements(Requirement.of(SG, 3), Requirement.of(LISTENING, 2))
          .putVariant(VCSE, RoleVariant.builder().addAdd(Requirement.of(LONE, 3))
              .addRemove(LISTENING).build())
          .addFirstYear(CompetencyLevel.of(SG, 2))
          .build())
      .addRole(Role.builder().id(COACH).title("Coach").addOfferedBy(PCN, VCSE)
          .addRequirements(Requirement.of(LISTENING, 3), Requirement.of(COACHING, 2))
          .addFirstYear(CompetencyLevel.of(COACHING, 1))
          .build())
      .addRoute(ProgressionRoute.builder().from(LW).to(COACH).kind(RouteKind.LATERAL).months(12)
          .build())
      .addCourse(Course.builder().id(SG3).title("Safeguarding 3").hours(8).cost(0)
          .addCover(CompetencyLevel.of(SG, 3)).validForMonths(36).build())
      .addCourse(Course.builder().id(SG2).title("Safeguarding 2").hours(2).cost(0)
          .addCover(CompetencyLevel.of(SG, 2)).build())
      .build();

  static final GapAnalysis GAPS = GapAnalysis.of(MODEL);

  static Competency competency(CompetencyId id) {
    return Competency.builder().id(id).name(id.value()).domain("d").build();
  }

  static OrganisationType type(OrganisationTypeId id) {
    return OrganisationType.builder().id(id).name(id.value()).sector("s").build();
  }

  /** A link worker of two years in a PCN, listening 2, safeguarding 3 by a course on DONE. */
  static WorkerProfile.Builder worker() {
    return WorkerProfile.builder().id(PersonId.of("p1")).role(LW).organisationType(PCN)
        .monthsInRole(24).putHold(LISTENING, 2).addCompleted(SG3, DONE);
  }

  @Nested
  class Lapses {
    @Test
    void theDayBeforeTheCourseLapsesEveryRequirementIsMet() {
      GapReport r = GAPS.gap(worker().build(), LW, LAPSE.minusDays(1));
      assertThat(r.gaps()).isEmpty();
      assertThat(r.readiness()).isEqualTo(1.0);
      assertThat(r.asOf()).contains(LAPSE.minusDays(1));
    }

    @Test
    void onTheLapseDayTheSafeguardingGapIsMarkedLapsedWithThatDay() {
      GapReport r = GAPS.gap(worker().build(), LW, LAPSE);
      assertThat(r.gaps()).containsExactly(
          new RequirementGap(SG, 0, 3, true, Optional.of(LAPSE)));
      assertThat(r.gaps().get(0).lapsed()).isTrue();
      assertThat(r.shortfall()).isEqualTo(3);
      assertThat(r.essentialMet()).isFalse();
    }

    @Test
    void anUndatedLowerLevelStillCountsAfterTheLapse() {
      GapReport r = GAPS.gap(worker().addCompleted(SG2).build(), LW, LAPSE);
      assertThat(r.gaps()).containsExactly(
          new RequirementGap(SG, 2, 3, true, Optional.of(LAPSE)));
    }

    @Test
    void aGapNeverEvidencedIsNotLapsed() {
      WorkerProfile p = WorkerProfile.builder().id(PersonId.of("p2")).role(LW)
          .organisationType(PCN).monthsInRole(24).putHold(LISTENING, 2).build();
      GapReport r = GAPS.gap(p, LW, LAPSE);
      assertThat(r.gaps()).containsExactly(new RequirementGap(SG, 0, 3, true, Optional.empty()));
      assertThat(r.asOf()).as("no dates: the day makes no difference").isEmpty();
    }

    @Test
    void trainingDatedAfterTheDayDoesNotCountYet() {
      GapReport r = GAPS.gap(worker().build(), LW, DONE.minusDays(1));
      assertThat(r.gaps()).containsExactly(new RequirementGap(SG, 0, 3, true, Optional.empty()));
    }

    @Test
    void anUntilDayInThePastLapsesAHeldLevel() {
      WorkerProfile p = WorkerProfile.builder().id(PersonId.of("p3")).role(LW)
          .organisationType(PCN).monthsInRole(24).putHold(LISTENING, 2)
          .putHold(SG, 3, LocalDate.of(2025, 1, 1)).build();
      assertThat(GAPS.gap(p, LW, LocalDate.of(2024, 12, 31)).gaps()).isEmpty();
      assertThat(GAPS.gap(p, LW, LocalDate.of(2025, 1, 1)).gaps()).containsExactly(
          new RequirementGap(SG, 0, 3, true, Optional.of(LocalDate.of(2025, 1, 1))));
    }

    @Test
    void theAnalysisClockGivesTheDayWhenNoneIsPassed() {
      Clock afterLapse = Clock.fixed(LAPSE.atStartOfDay().toInstant(ZoneOffset.UTC),
          ZoneOffset.UTC);
      GapAnalysis later = GapAnalysis.of(MODEL, afterLapse);
      assertThat(later.today()).isEqualTo(LAPSE);
      assertThat(later.gap(worker().build(), LW)).isEqualTo(GAPS.gap(worker().build(), LW, LAPSE));
    }

    @Test
    void fitRanksByTheLevelsHeldOnTheDay() {
      WorkerProfile lapsing = worker().build();
      WorkerProfile steady = WorkerProfile.builder().id(PersonId.of("p9")).role(LW)
          .organisationType(PCN).monthsInRole(24).putHold(LISTENING, 2).putHold(SG, 2).build();
      Population people = Population.of(List.of(lapsing, steady));
      TalentPool before = GAPS.fit(people, LW, FitFilter.all(), LAPSE.minusDays(1));
      TalentPool after = GAPS.fit(people, LW, FitFilter.all(), LAPSE);
      assertThat(before.people()).extracting(Candidate::person)
          .containsExactly(PersonId.of("p1"), PersonId.of("p9"));
      assertThat(after.people()).extracting(Candidate::person)
          .as("p1 falls to safeguarding 0, below p9's 2: same readiness, larger shortfall")
          .containsExactly(PersonId.of("p9"), PersonId.of("p1"));
      assertThat(after.asOf()).contains(LAPSE);
    }
  }

  @Nested
  class Variants {
    @Test
    void aPersonInAVcseCharityIsAssessedAgainstItsVariant() {
      WorkerProfile p = worker().organisationType(VCSE).build();
      GapReport r = GAPS.gap(p, LW, LAPSE.minusDays(1));
      assertThat(r.requirements()).containsExactly(
          new RequirementGap(SG, 3, 3, true), new RequirementGap(LONE, 0, 3, true));
    }

    @Test
    void aPersonWithNoOrganisationTypeGetsTheRolesOwnRequirements() {
      WorkerProfile p = WorkerProfile.builder().from(worker().build())
          .organisationType(Optional.empty()).build();
      assertThat(GAPS.gap(p, LW, LAPSE.minusDays(1)).requirements())
          .extracting(RequirementGap::competency).containsExactly(SG, LISTENING);
    }

    @Test
    void betweenRolesInAnOrganisationTypeBothSidesUseTheVariant() {
      GapReport r = GAPS.gap(COACH, LW, VCSE);
      assertThat(r.requirements()).containsExactly(
          new RequirementGap(SG, 0, 3, true), new RequirementGap(LONE, 0, 3, true));
      assertThat(GAPS.gap(COACH, LW).requirements()).containsExactly(
          new RequirementGap(SG, 0, 3, true), new RequirementGap(LISTENING, 3, 2, true));
    }

    @Test
    void theRoleSaysWhichRequirementsAPersonIsAssessedAgainst() {
      WorkerProfile newcomer = worker().organisationType(VCSE).monthsInRole(3).build();
      assertThat(MODEL.role(LW).requirementsAssessing(newcomer)).as("current role, first year")
          .containsExactly(Requirement.of(SG, 2), Requirement.of(LONE, 3));
      assertThat(MODEL.role(COACH).requirementsAssessing(newcomer)).as("another role: in full")
          .containsExactly(Requirement.of(LISTENING, 3), Requirement.of(COACHING, 2));
      assertThat(GAPS.gap(newcomer, LW, LAPSE.minusDays(1)).requirements())
          .extracting(RequirementGap::required).containsExactly(2, 3);
    }

    @Test
    void nextRolesScoreAVariantRoleByItsVariant() {
      WorkerProfile coach = WorkerProfile.builder().id(PersonId.of("c1")).role(COACH)
          .organisationType(VCSE).monthsInRole(30).putHold(LISTENING, 3).putHold(SG, 3).build();
      WorkforceModel both = WorkforceModel.builder().from(MODEL)
          .addRoute(ProgressionRoute.builder().from(COACH).to(LW).kind(RouteKind.LATERAL)
              .months(12).build()).build();
      List<RoleOption> next = GapAnalysis.of(both).nextRoles(coach, 1, LAPSE);
      assertThat(next).singleElement().satisfies(o -> {
        assertThat(o.role()).isEqualTo(LW);
        assertThat(o.readiness()).as("safeguarding met, lone working 0 of 3").isEqualTo(0.5);
        assertThat(o.shortfall()).isEqualTo(3);
      });
    }
  }

  @Nested
  class FirstYear {
    @Test
    void inTheFirstTwelveMonthsOfTheirRoleAPersonMeetsTheLowerTarget() {
      WorkerProfile p = WorkerProfile.builder().id(PersonId.of("n1")).role(LW)
          .organisationType(PCN).monthsInRole(11).putHold(LISTENING, 2).putHold(SG, 2).build();
      assertThat(GAPS.gap(p, LW, LAPSE).gaps()).isEmpty();
      WorkerProfile year = WorkerProfile.builder().from(p).monthsInRole(12).build();
      assertThat(GAPS.gap(year, LW, LAPSE).gaps()).containsExactly(
          new RequirementGap(SG, 2, 3, true));
    }

    @Test
    void anotherRoleIsAssessedAgainstItsFullRequirements() {
      WorkerProfile p = WorkerProfile.builder().id(PersonId.of("n2")).role(LW)
          .organisationType(PCN).monthsInRole(3).putHold(LISTENING, 3).putHold(COACHING, 1)
          .build();
      assertThat(GAPS.gap(p, COACH, LAPSE).gaps()).containsExactly(
          new RequirementGap(COACHING, 1, 2, true));
    }
  }

  @Nested
  class Needs {
    /**
     * A population where every rule is in play: a lapsing course, a VCSE variant, a first-year
     * target, a person with no organisation type, and one with no dates at all.
     */
    final List<WorkerProfile> people = List.of(
        worker().build(),
        worker().id(PersonId.of("v1")).organisationType(VCSE).build(),
        WorkerProfile.builder().id(PersonId.of("n1")).role(LW).organisationType(PCN)
            .monthsInRole(4).putHold(SG, 2).build(),
        WorkerProfile.builder().id(PersonId.of("x1")).role(LW).monthsInRole(40)
            .putHold(LISTENING, 1).addCompleted(SG2).build(),
        WorkerProfile.builder().id(PersonId.of("c1")).role(COACH).organisationType(VCSE)
            .monthsInRole(2).putHold(LISTENING, 3).build());

    /** Needs counted person by person from gap reports: the oracle. */
    Map<CompetencyId, long[]> fromGaps(LocalDate day, Optional<RoleId> target) {
      Map<CompetencyId, long[]> out = new TreeMap<>();
      for (WorkerProfile p : people) {
        GapReport r = GAPS.gap(p, target.orElse(p.role().get()), day);
        for (RequirementGap g : r.gaps()) {
          long[] n = out.computeIfAbsent(g.competency(), k -> new long[2]);
          n[0]++;
          n[1] += g.shortfall();
        }
      }
      return out;
    }

    Map<CompetencyId, long[]> counted(PopulationNeeds needs) {
      Map<CompetencyId, long[]> out = new TreeMap<>();
      needs.competencies().forEach(n -> out.put(n.competency(),
          new long[] {n.peopleShort(), n.totalShortfall()}));
      return out;
    }

    @Test
    void needsAreTheSumOfEachPersonsGapsOnTheDay() {
      NeedsAnalysis needs = NeedsAnalysis.of(GAPS);
      for (LocalDate day : List.of(LAPSE.minusDays(1), LAPSE)) {
        PopulationNeeds all = needs.needs(people::forEach, day);
        assertThat(counted(all)).as("on %s", day)
            .usingRecursiveComparison().isEqualTo(fromGaps(day, Optional.empty()));
        PopulationNeeds lw = needs.needs(people::forEach, LW, day);
        assertThat(counted(lw)).as("against the link worker on %s", day)
            .usingRecursiveComparison().isEqualTo(fromGaps(day, Optional.of(LW)));
        assertThat(all.asOf()).contains(day);
      }
    }

    @Test
    void theLapseDayAddsExactlyTheLapsedPersonsSafeguardingGap() {
      NeedsAnalysis needs = NeedsAnalysis.of(GAPS);
      long before = counted(needs.needs(people::forEach, LAPSE.minusDays(1))).get(SG)[0];
      long after = counted(needs.needs(people::forEach, LAPSE)).get(SG)[0];
      assertThat(after - before).as("p1 and v1 completed sg-3 on the same day").isEqualTo(2);
    }

    @Test
    void aRequirementAVariantAddsIsCountedUnderItsRole() {
      PopulationNeeds all = NeedsAnalysis.of(GAPS).needs(people::forEach, LAPSE.minusDays(1));
      CompetencyNeed lone = all.competencies().stream()
          .filter(n -> n.competency().equals(LONE)).findFirst().orElseThrow();
      assertThat(lone.byRole()).containsExactly(new NeedSplit("link-worker", 1, 3));
      assertThat(lone.byOrganisationType()).containsExactly(new NeedSplit("vcse", 1, 3));
    }

    @Test
    void theReadinessOfATargetRoleAveragesEachPersonsOwnRequirements() {
      PopulationNeeds lw = NeedsAnalysis.of(GAPS).needs(people::forEach, LW, LAPSE);
      double mean = people.stream().mapToDouble(p -> GAPS.gap(p, LW, LAPSE).readiness())
          .average().orElseThrow();
      assertThat(lw.readiness().orElseThrow().mean()).isCloseTo(mean, within(1e-12));
      long essentialMet = people.stream().filter(p -> GAPS.gap(p, LW, LAPSE).essentialMet())
          .count();
      assertThat(lw.readiness().orElseThrow().essentialMet()).isEqualTo(essentialMet);
    }

    @Test
    void threadsDoNotChangeTheCounts() {
      Clock onLapse = Clock.fixed(LAPSE.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
      NeedsAnalysis needs = NeedsAnalysis.of(GapAnalysis.of(MODEL, onLapse));
      assertThat(needs.needs(people::forEach, LW, 3))
          .isEqualTo(needs.needs(people::forEach, LW, 1))
          .isEqualTo(NeedsAnalysis.of(GAPS).needs(people::forEach, LW, LAPSE));
    }

    @Test
    void undatedProfilesCarryNoDay() {
      PopulationNeeds needs = NeedsAnalysis.of(GAPS).needs(List.of(people.get(2))::forEach, LAPSE);
      assertThat(needs.asOf()).isEmpty();
    }
  }
}
