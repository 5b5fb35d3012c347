package org.sppathways.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sppathways.compliance.ComplianceAnalysis;
import org.sppathways.compliance.ComplianceItem;
import org.sppathways.compliance.ComplianceStatus;
import org.sppathways.gaps.GapAnalysis;
import org.sppathways.gaps.GapReport;
import org.sppathways.gaps.RequirementGap;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.Confidence;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.EntryRule;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.PersonId;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;

/**
 * The time and eligibility rules of the bundled reference model and what each means for a
 * person: every rule is the one its source gives (docs/reference-model.md, "Rules over time and
 * eligibility"), and analyses read people against it as that source would.
 */
class ReferenceModelRulesTest {
  static final WorkforceModel SP = ReferenceModels.socialPrescribing();
  static final String NORTH_CENTRAL_LONDON =
      "https://gps.northcentrallondon.icb.nhs.uk/mandatory-training";
  static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
  static final CompetencyId SAFEGUARDING_ADULTS = CompetencyId.of("safeguarding-adults");
  static final CompetencyId HEALTH_COACHING = CompetencyId.of("health-coaching");
  static final RoleId LINK_WORKER = RoleId.of("link-worker");
  static final RoleId COACH = RoleId.of("health-wellbeing-coach");
  static final OrganisationTypeId PCN = OrganisationTypeId.of("pcn");

  private static Course course(String id) {
    return SP.course(CourseId.of(id));
  }

  @Test
  void everySafeguardingCourseIsRenewedEveryThreeYearsForTheHoursItsSourceGives() {
    Map<String, Double> hoursOverThreeYears = Map.of(
        "safeguarding-adults-l1", 2.0, "safeguarding-adults-l2", 4.0,
        "safeguarding-adults-l3", 8.0, "safeguarding-children-l1", 2.0,
        "safeguarding-children-l2", 4.0, "safeguarding-children-l3", 8.0);
    List<Course> safeguarding = SP.courses().stream()
        .filter(c -> c.id().value().startsWith("safeguarding-")).toList();
    assertThat(safeguarding).extracting(c -> c.id().value())
        .containsExactlyInAnyOrderElementsOf(hoursOverThreeYears.keySet());
    for (Course c : safeguarding) {
      assertThat(c.validForMonths()).as("%s renewed every three years", c.id()).hasValue(36);
      assertThat(c.hours()).as("%s hours over three years", c.id())
          .isEqualTo(hoursOverThreeYears.get(c.id().value()));
      assertThat(c.sources()).as("%s cites the refresher rule", c.id())
          .contains(NORTH_CENTRAL_LONDON);
      assertThat(c.notes()).hasValueSatisfying(n -> assertThat(n).contains("every three years"));
    }
  }

  @Test
  void informationGovernanceIsAnnualAndSaysItsSourceIsSecondary() {
    Course ig = course("information-governance-consent");
    assertThat(ig.validForMonths()).hasValue(12);
    assertThat(ig.sources()).contains(
        "https://logbook.co.uk/mandatory-training-records-uk-healthcare-cstf-complete-guide/");
    assertThat(ig.notes()).hasValueSatisfying(n -> assertThat(n)
        .contains("every year").contains("local variation").contains("uncertain"));
  }

  @Test
  void onlyTheSourcedCoursesLapse() {
    assertThat(SP.courses().stream().filter(c -> c.validForMonths().isPresent())
        .map(c -> c.id().value()).sorted().toList()).containsExactly(
            "information-governance-consent", "safeguarding-adults-l1", "safeguarding-adults-l2",
            "safeguarding-adults-l3", "safeguarding-children-l1", "safeguarding-children-l2",
            "safeguarding-children-l3");
  }

  @Test
  void safeguardingCompleted37MonthsAgoIsLapsedAnd35MonthsAgoIsCurrent() {
    WorkerProfile lapsed = linkWorker("lw-lapsed", AS_OF.minusMonths(37));
    WorkerProfile inDate = linkWorker("lw-in-date", AS_OF.minusMonths(35));
    ComplianceAnalysis compliance = ComplianceAnalysis.of(SP);

    ComplianceItem old = safeguardingAdults(compliance.person(lapsed, AS_OF));
    assertThat(old.status()).isEqualTo(ComplianceStatus.LAPSED);
    assertThat(old.date()).as("lapsed 36 months after completion")
        .hasValue(AS_OF.minusMonths(37).plusMonths(36));
    assertThat(old.held()).isZero();

    ComplianceItem recent = safeguardingAdults(compliance.person(inDate, AS_OF));
    assertThat(recent.status()).as("lapses within the three months' notice")
        .isEqualTo(ComplianceStatus.DUE);
    assertThat(recent.held()).isEqualTo(2);
    assertThat(safeguardingAdults(compliance.person(linkWorker("lw-new", AS_OF.minusMonths(12)),
        AS_OF)).status()).isEqualTo(ComplianceStatus.CURRENT);

    RequirementGap gap = GapAnalysis.of(SP).gap(lapsed, LINK_WORKER, AS_OF).requirements()
        .stream().filter(g -> g.competency().equals(SAFEGUARDING_ADULTS)).findFirst().orElseThrow();
    assertThat(gap.met()).isFalse();
    assertThat(gap.lapsed()).as("the gap says it is a lapse, not training never done").isTrue();
  }

  @Test
  void theApprenticeshipIsOpenOnlyToAContractOfThirtyHoursOrMore() {
    Course apprenticeship = course("chww-apprenticeship");
    assertThat(apprenticeship.entry()).containsExactly(EntryRule.MinContractedHours.of(30));
    assertThat(apprenticeship.sources()).contains(
        "https://www.buttercupstraining.co.uk/course/community-health-and-wellbeing-worker-apprenticeship");
    assertThat(apprenticeship.notes()).hasValueSatisfying(n -> assertThat(n)
        .contains("one provider's rule").contains("uncertain as a rule of every provider"));

    assertThat(apprenticeship.isOpenTo(EntryRule.Candidate.of(hours("full-time", 37.5)))).isTrue();
    assertThat(apprenticeship.isOpenTo(EntryRule.Candidate.of(hours("thirty", 30)))).isTrue();
    assertThat(apprenticeship.isOpenTo(EntryRule.Candidate.of(hours("part-time", 22.5))))
        .isFalse();
    assertThat(apprenticeship.isOpenTo(EntryRule.Candidate.of(WorkerProfile.builder()
        .id(PersonId.of("hours-unknown")).build())))
        .as("eligibility must be shown: no contracted hours is not eligible").isFalse();
  }

  @Test
  void noOtherCourseHasEntryRules() {
    assertThat(SP.courses().stream().filter(c -> !c.entry().isEmpty()).map(c -> c.id().value()))
        .containsExactly("chww-apprenticeship");
  }

  @Test
  void aCoachInMonthFourIsAssessedAgainstTier1AndInMonthFourteenAgainstTheFullRole() {
    Role coach = SP.role(COACH);
    Map<CompetencyId, Integer> firstYear = levels(coach.requirementsFor(PCN, 4));
    Map<CompetencyId, Integer> full = levels(coach.requirementsFor(PCN, 14));
    assertThat(full).isEqualTo(levels(coach.requirements()));
    assertThat(firstYear.get(HEALTH_COACHING)).isEqualTo(2);
    assertThat(full.get(HEALTH_COACHING)).isEqualTo(3);

    // What the 4-day course teaches at level 3 is expected at Tier 1's level in the first year.
    Role tier1 = SP.role(RoleId.of("hwbc-tier-1"));
    Map<CompetencyId, Integer> tier1Levels = levels(tier1.requirements());
    for (var taught : course("pci-health-coaching").covers()) {
      if (taught.level() == 3 && full.containsKey(taught.competency())) {
        assertThat(firstYear.get(taught.competency())).as("first year, %s", taught.competency())
            .isEqualTo(2)
            .isEqualTo(tier1Levels.getOrDefault(taught.competency(), 2));
      }
    }
    // Nothing else is lowered.
    full.forEach((c, level) -> {
      if (firstYear.get(c) < level) {
        assertThat(course("pci-health-coaching").covers())
            .anyMatch(t -> t.competency().equals(c) && t.level() == level);
      }
    });

    WorkerProfile.Builder coachHolding = WorkerProfile.builder().role(COACH).organisationType(PCN);
    coach.requirementsFor(PCN, 4).forEach(r -> coachHolding.putHold(r.competency(), r.level()));
    GapAnalysis gaps = GapAnalysis.of(SP);
    GapReport month4 = gaps.gap(coachHolding.id(PersonId.of("c4")).monthsInRole(4).build(), COACH,
        AS_OF);
    GapReport month14 = gaps.gap(coachHolding.id(PersonId.of("c14")).monthsInRole(14).build(),
        COACH, AS_OF);
    assertThat(month4.gaps()).as("at Tier 1 level in month 4: nothing lacking").isEmpty();
    assertThat(month14.gaps()).extracting(RequirementGap::competency)
        .as("in month 14 the full coach role: what the 4-day course teaches")
        .contains(HEALTH_COACHING).hasSize(5);
    assertThat(coach.sources()).contains("https://www.sneetraininghub.org.uk/health-and-wellbeing-coach/",
        "https://gmprimarycarecareers.org.uk/generalpractice/new-roles/health-and-wellbeing-coach/");
    assertThat(coach.notes()).hasValueSatisfying(n -> assertThat(n)
        .contains("4-day").contains("6-12 months").contains("patient activation at 2 is assumed"));
  }

  @Test
  void onlyTheCoachHasAFirstYearTarget() {
    assertThat(SP.roles().stream().filter(r -> !r.firstYear().isEmpty()).map(Role::id))
        .containsExactly(COACH);
  }

  /** No source in the fact sheet says an employer type expects different competencies. */
  @Test
  void noRoleHasAVariantBecauseNoSourceGivesOne() {
    assertThat(SP.roles()).allMatch(r -> r.variants().isEmpty());
  }

  @Test
  void theRulesKeepTheModelsConfidenceMarks() {
    for (String id : List.of("chww-apprenticeship", "information-governance-consent",
        "safeguarding-adults-l3", "pci-health-coaching")) {
      assertThat(course(id).confidence()).as(id).hasValue(Confidence.ASSUMED);
    }
    assertThat(SP.role(COACH).confidence()).hasValue(Confidence.UNCERTAIN);
  }

  private static WorkerProfile linkWorker(String id, LocalDate safeguardingCompleted) {
    WorkerProfile.Builder b = WorkerProfile.builder().id(PersonId.of(id)).role(LINK_WORKER)
        .organisationType(PCN).monthsInRole(40)
        .addCompleted(CourseId.of("safeguarding-adults-l2"), safeguardingCompleted);
    return b.build();
  }

  private static ComplianceItem safeguardingAdults(List<ComplianceItem> items) {
    return items.stream().filter(i -> i.competency().equals(SAFEGUARDING_ADULTS)).findFirst()
        .orElseThrow();
  }

  private static WorkerProfile hours(String id, double hours) {
    return WorkerProfile.builder().id(PersonId.of(id)).contractedHours(hours).build();
  }

  private static Map<CompetencyId, Integer> levels(List<Requirement> requirements) {
    return requirements.stream().collect(Collectors.toMap(Requirement::competency,
        Requirement::level));
  }
}
