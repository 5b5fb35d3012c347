package org.sppathways.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sppathways.model.ModelFixtures.cid;
import static org.sppathways.model.ModelFixtures.kid;
import static org.sppathways.model.ModelFixtures.oid;
import static org.sppathways.model.ModelFixtures.requires;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Entry rules, role variants and first-year targets: values, their checks and their meaning. */
class EntryRulesAndVariantsTest {

  static final WorkerProfile PERSON = WorkerProfile.builder().id(PersonId.of("p1"))
      .organisationType(oid("pcn")).contractedHours(30).putHold(cid("safeguarding"), 2)
      .addCompleted(kid("core-skills")).build();

  static final EntryRule.Candidate CANDIDATE = EntryRule.Candidate.of(PERSON);

  @Nested
  class EntryRules {
    @Test
    void aHeldLevelRuleIsMetAtTheLevelOrAbove() {
      assertThat(EntryRule.HeldLevel.of(cid("safeguarding"), 2).isMetBy(CANDIDATE)).isTrue();
      assertThat(EntryRule.HeldLevel.of(cid("safeguarding"), 3).isMetBy(CANDIDATE)).isFalse();
      assertThat(EntryRule.HeldLevel.of(cid("listening"), 1).isMetBy(CANDIDATE)).isFalse();
    }

    @Test
    void aCourseRuleIsMetByACompletion() {
      assertThat(EntryRule.CompletedCourse.of(kid("core-skills")).isMetBy(CANDIDATE)).isTrue();
      assertThat(EntryRule.CompletedCourse.of(kid("safeguarding-3")).isMetBy(CANDIDATE)).isFalse();
    }

    @Test
    void anyOfIsMetByOneAlternative() {
      EntryRule either = EntryRule.AnyOf.of(List.of(EntryRule.HeldLevel.of(cid("listening"), 2),
          EntryRule.CompletedCourse.of(kid("core-skills"))));
      EntryRule neither = EntryRule.AnyOf.of(List.of(EntryRule.HeldLevel.of(cid("listening"), 2)));
      assertThat(either.isMetBy(CANDIDATE)).isTrue();
      assertThat(neither.isMetBy(CANDIDATE)).isFalse();
    }

    @Test
    void organisationTypesAndHoursAreMetOnlyWhenKnown() {
      EntryRule pcn = EntryRule.OrganisationTypes.of(Set.of(oid("pcn"), oid("nhs-trust")));
      EntryRule vcse = EntryRule.OrganisationTypes.of(Set.of(oid("vcse")));
      assertThat(pcn.isMetBy(CANDIDATE)).isTrue();
      assertThat(vcse.isMetBy(CANDIDATE)).isFalse();
      assertThat(EntryRule.MinContractedHours.of(30).isMetBy(CANDIDATE)).as("30 >= 30").isTrue();
      assertThat(EntryRule.MinContractedHours.of(30.5).isMetBy(CANDIDATE)).isFalse();
      EntryRule.Candidate unknown = EntryRule.Candidate.of(
          WorkerProfile.builder().id(PersonId.of("p2")).build());
      assertThat(pcn.isMetBy(unknown)).as("no organisation type given").isFalse();
      assertThat(EntryRule.MinContractedHours.of(1).isMetBy(unknown)).as("no hours given")
          .isFalse();
    }

    @Test
    void aCourseIsOpenWhenEveryRuleIsMet() {
      Course.Builder b = Course.builder().id(kid("x")).title("X").hours(1).cost(0);
      assertThat(b.build().isOpenTo(CANDIDATE)).as("no rules").isTrue();
      b.addEntry(EntryRule.HeldLevel.of(cid("safeguarding"), 2), EntryRule.MinContractedHours.of(30));
      assertThat(b.build().isOpenTo(CANDIDATE)).isTrue();
      b.addEntry(EntryRule.OrganisationTypes.of(Set.of(oid("vcse"))));
      assertThat(b.build().isOpenTo(CANDIDATE)).isFalse();
    }

    @Test
    void badRulesAreRejectedWithTheBadValue() {
      assertThatThrownBy(() -> EntryRule.AnyOf.of(List.of()))
          .hasMessage("anyOf must list at least one rule");
      assertThatThrownBy(() -> EntryRule.OrganisationTypes.of(Set.of()))
          .hasMessage("organisationTypes must list at least one type");
      assertThatThrownBy(() -> EntryRule.MinContractedHours.of(0))
          .hasMessage("minContractedHours must be a finite number above 0, was 0.0");
      assertThatThrownBy(() -> EntryRule.MinContractedHours.of(Double.NaN))
          .hasMessageContaining("was NaN");
      assertThatThrownBy(() -> EntryRule.HeldLevel.of(cid("a"), 0))
          .hasMessage("level must be 1 or more, was 0");
    }

    @Test
    void rulesCompareByValue() {
      assertThat(EntryRule.OrganisationTypes.of(Set.of(oid("a"), oid("b"))))
          .isEqualTo(EntryRule.OrganisationTypes.of(new java.util.LinkedHashSet<>(
              List.of(oid("b"), oid("a")))));
      assertThat(EntryRule.HeldLevel.of(cid("a"), 2)).isEqualTo(EntryRule.HeldLevel.of(cid("a"), 2));
    }

    @Test
    void validForMonthsMustBePositive() {
      Course.Builder b = Course.builder().id(kid("x")).title("X").hours(1).cost(0);
      assertThatThrownBy(() -> b.validForMonths(0).build())
          .hasMessage("validForMonths must be 1 or more, was 0");
      assertThatThrownBy(() -> b.validForMonths(-3).build())
          .hasMessage("validForMonths must be 1 or more, was -3");
      assertThat(b.validForMonths(1).build().lapsesOn(LocalDate.of(2024, 1, 1)))
          .contains(LocalDate.of(2024, 2, 1));
    }
  }

  @Nested
  class Variants {
    final Role role = Role.builder().id(ModelFixtures.rid("lw")).title("LW")
        .addOfferedBy(oid("pcn"), oid("vcse"))
        .addRequirement(requires("safeguarding", 2))
        .addRequirement(requires("listening", 3))
        .addRequirement(requires("staff-management", 2))
        .putVariant(oid("vcse"), RoleVariant.builder()
            .addAdd(Requirement.desirable(cid("listening"), 4))
            .addAdd(requires("lone-working", 3))
            .addRemove(cid("safeguarding")).build())
        .addFirstYear(CompetencyLevel.of(cid("listening"), 2))
        .addFirstYear(CompetencyLevel.of(cid("safeguarding"), 1))
        .build();

    @Test
    void withoutAVariantTheRequirementsApplyAsTheyAre() {
      assertThat(role.requirementsFor(12)).isEqualTo(role.requirements());
      assertThat(role.requirementsIn(oid("pcn"))).isEqualTo(role.requirements());
    }

    @Test
    void aPersonsRequirementsFollowTheirOrganisationTypeAndMonths() {
      WorkerProfile inCharity = WorkerProfile.builder().id(PersonId.of("p"))
          .organisationType(oid("vcse")).monthsInRole(2).build();
      assertThat(role.requirementsFor(inCharity)).isEqualTo(role.requirementsFor(oid("vcse"), 2));
      WorkerProfile typeUnknown = WorkerProfile.builder().id(PersonId.of("q")).monthsInRole(2)
          .build();
      assertThat(role.requirementsFor(typeUnknown)).containsExactly(requires("safeguarding", 1),
          requires("listening", 2), requires("staff-management", 2));
    }

    @Test
    void aVariantRemovesReplacesInPlaceAndAppends() {
      assertThat(role.requirementsIn(oid("vcse"))).containsExactly(
          Requirement.desirable(cid("listening"), 4), requires("staff-management", 2),
          requires("lone-working", 3));
    }

    @Test
    void firstYearTargetsLowerTheLevelBeforeMonthTwelve() {
      assertThat(role.requirementsFor(oid("pcn"), 11)).containsExactly(
          requires("safeguarding", 1), requires("listening", 2), requires("staff-management", 2));
      assertThat(role.requirementsFor(oid("pcn"), 12))
          .isEqualTo(role.requirements());
    }

    @Test
    void firstYearTargetsApplyOverTheVariantKeepingItsImportanceAndSkipRemovedOnes() {
      assertThat(role.requirementsFor(oid("vcse"), 0)).containsExactly(
          Requirement.desirable(cid("listening"), 2), requires("staff-management", 2),
          requires("lone-working", 3));
    }

    @Test
    void aFirstYearTargetNeverRaisesALevel() {
      Role lowered = Role.builder().from(role).putVariant(oid("pcn"), RoleVariant.builder()
          .addAdd(requires("listening", 1)).build()).build();
      assertThat(lowered.requirementsFor(oid("pcn"), 3))
          .contains(requires("listening", 1));
    }

    @Test
    void monthsInRoleMustNotBeNegative() {
      assertThatThrownBy(() -> role.requirementsFor(-1))
          .hasMessage("monthsInRole must be 0 or more, was -1");
    }

    @Test
    void aVariantMayNotAddAndRemoveTheSameCompetencyOrListOneTwice() {
      assertThatThrownBy(() -> RoleVariant.builder().addAdd(requires("a", 1))
          .addRemove(cid("a")).build())
          .hasMessage("the variant both adds and removes competency 'a'; keep one");
      assertThatThrownBy(() -> RoleVariant.builder().addRemove(cid("a"), cid("a")).build())
          .hasMessage("the variant lists a removed competency 'a' twice; keep one entry");
      assertThatThrownBy(() -> Role.builder().from(role)
          .addFirstYear(CompetencyLevel.of(cid("listening"), 1)).build())
          .hasMessage("role 'lw' lists a first-year target on competency 'listening' twice; "
              + "keep one entry");
    }
  }

  @Nested
  class Profiles {
    @Test
    void completedStaysTheListOfCourseIdsEachOnce() {
      WorkerProfile p = WorkerProfile.builder().id(PersonId.of("p"))
          .addCompleted(kid("a"), LocalDate.of(2020, 1, 1)).addCompleted(kid("b"))
          .addCompleted(kid("a"), LocalDate.of(2023, 1, 1)).build();
      assertThat(p.completed()).containsExactly(kid("a"), kid("b"));
      assertThat(p.completions()).hasSize(3);
      assertThat(p.toString()).isEqualTo("WorkerProfile{id=p, 0 competencies, 3 courses}");
    }

    @Test
    void aLapseDayNeedsAHeldLevel() {
      assertThatThrownBy(() -> WorkerProfile.builder().id(PersonId.of("p"))
          .putHoldsUntil(cid("a"), LocalDate.of(2020, 1, 1)).build())
          .hasMessage("a lapse date is given for competency 'a', which the profile does not "
              + "hold; give its level too");
    }
  }
}
