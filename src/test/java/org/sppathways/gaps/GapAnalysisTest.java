package org.sppathways.gaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.sppathways.gaps.GapFixtures.ANA;
import static org.sppathways.gaps.GapFixtures.BO;
import static org.sppathways.gaps.GapFixtures.CY;
import static org.sppathways.gaps.GapFixtures.DEE;
import static org.sppathways.gaps.GapFixtures.MODEL;
import static org.sppathways.gaps.GapFixtures.PEOPLE;
import static org.sppathways.gaps.GapFixtures.c;
import static org.sppathways.gaps.GapFixtures.o;
import static org.sppathways.gaps.GapFixtures.r;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sppathways.model.PersonId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.UnknownIdException;
import org.sppathways.model.WorkerProfile;

/** Gap analysis on a hand-made model (see {@link GapFixtures}), every number worked out by hand. */
class GapAnalysisTest {
  private final GapAnalysis gaps = GapAnalysis.of(MODEL);

  @Nested
  class PersonToRole {
    @Test
    void someRequirementsMet() {
      // lw: a:2 (held 3, met), b:3 (held 1, short 2, essential), c:2 desirable (held 0, short 2)
      GapReport g = gaps.gap(ANA, r("lw"));
      assertThat(g.person()).contains(PersonId.of("ana"));
      assertThat(g.from()).isEmpty();
      assertThat(g.role()).isEqualTo(r("lw"));
      assertThat(g.requirements()).containsExactly(
          new RequirementGap(c("a"), 3, 2, true),
          new RequirementGap(c("b"), 1, 3, true),
          new RequirementGap(c("c"), 0, 2, false));
      assertThat(g.met()).isEqualTo(1);
      assertThat(g.readiness()).isEqualTo(1.0 / 3);
      assertThat(g.essentialMet()).isFalse();
      assertThat(g.shortfall()).isEqualTo(4);
      // (2·1 + 2·1/3 + 1·0) / (2 + 2 + 1) = 8/15
      assertThat(g.weightedReadiness()).isCloseTo(8.0 / 15, within(1e-12));
      assertThat(g.gaps()).containsExactly(
          new RequirementGap(c("b"), 1, 3, true),
          new RequirementGap(c("c"), 0, 2, false));
      assertThat(g.gaps()).extracting(RequirementGap::shortfall).containsExactly(2, 2);
    }

    @Test
    void fourRequirementsOneMet() {
      // senior: a:3 met; b:3 held 1; d:2 held 0; c:2 desirable held 0
      GapReport g = gaps.gap(ANA, r("senior"));
      assertThat(g.readiness()).isEqualTo(0.25);
      assertThat(g.essentialMet()).isFalse();
      assertThat(g.shortfall()).isEqualTo(2 + 2 + 2);
      // (2·1 + 2·1/3 + 2·0 + 1·0) / 7 = 8/21
      assertThat(g.weightedReadiness()).isCloseTo(8.0 / 21, within(1e-12));
    }

    @Test
    void everythingMet() {
      GapReport g = gaps.gap(BO, r("lw"));
      assertThat(g.readiness()).isEqualTo(1.0);
      assertThat(g.essentialMet()).isTrue();
      assertThat(g.shortfall()).isZero();
      assertThat(g.weightedReadiness()).isEqualTo(1.0);
      assertThat(g.gaps()).isEmpty();
    }

    @Test
    void onlyADesirableRequirementMissingStillMeetsEssentials() {
      GapReport g = gaps.gap(CY, r("lw"));
      assertThat(g.readiness()).isEqualTo(2.0 / 3);
      assertThat(g.essentialMet()).isTrue();
      assertThat(g.shortfall()).isEqualTo(2);
      assertThat(g.weightedReadiness()).isCloseTo(4.0 / 5, within(1e-12));
    }

    @Test
    void nothingHeld() {
      GapReport g = gaps.gap(DEE, r("lw"));
      assertThat(g.readiness()).isZero();
      assertThat(g.essentialMet()).isFalse();
      assertThat(g.shortfall()).isEqualTo(7);
      assertThat(g.weightedReadiness()).isZero();
    }

    @Test
    void aRoleWithNoRequirementsIsFullyReady() {
      GapReport g = gaps.gap(DEE, r("open"));
      assertThat(g.requirements()).isEmpty();
      assertThat(g.readiness()).isEqualTo(1.0);
      assertThat(g.weightedReadiness()).isEqualTo(1.0);
      assertThat(g.essentialMet()).isTrue();
      assertThat(g.shortfall()).isZero();
    }

    @Test
    void holdingAboveTheRequiredLevelGivesNoExtraCredit() {
      WorkerProfile expert = WorkerProfile.builder().id(PersonId.of("x")).putHold(c("c"), 4).build();
      GapReport g = gaps.gap(expert, r("coord"));
      assertThat(g.weightedReadiness()).isEqualTo(1.0);
      assertThat(g.requirements()).containsExactly(new RequirementGap(c("c"), 4, 1, true));
    }

    @Test
    void unknownRole() {
      assertThatThrownBy(() -> gaps.gap(ANA, r("lnk-worker")))
          .isInstanceOf(UnknownIdException.class).hasMessageContaining("lnk-worker");
    }

    @Test
    void unknownHeldCompetency() {
      WorkerProfile odd = WorkerProfile.builder().id(PersonId.of("odd")).putHold(c("zz"), 2).build();
      assertThatThrownBy(() -> gaps.gap(odd, r("lw")))
          .isInstanceOf(org.sppathways.model.ModelException.class)
          .hasMessageContaining("holds.zz: person 'odd': unknown competency 'zz'");
    }
  }

  @Nested
  class RoleToRole {
    @Test
    void nurseIntoLinkWorker() {
      // nurse holds a:3 b:2; lw wants a:2 b:3 c:2(desirable)
      GapReport g = gaps.gap(r("nurse"), r("lw"));
      assertThat(g.person()).isEmpty();
      assertThat(g.from()).contains(r("nurse"));
      assertThat(g.requirements()).containsExactly(
          new RequirementGap(c("a"), 3, 2, true),
          new RequirementGap(c("b"), 2, 3, true),
          new RequirementGap(c("c"), 0, 2, false));
      assertThat(g.readiness()).isEqualTo(1.0 / 3);
      assertThat(g.essentialMet()).isFalse();
      assertThat(g.shortfall()).isEqualTo(3);
    }

    @Test
    void aRoleIntoItselfHasNoGap() {
      for (var role : MODEL.roles()) {
        GapReport g = gaps.gap(role.id(), role.id());
        assertThat(g.gaps()).as(role.id().value()).isEmpty();
        assertThat(g.readiness()).isEqualTo(1.0);
      }
    }

    @Test
    void aRoleWithNoRequirementsBringsNothing() {
      assertThat(gaps.gap(r("open"), r("senior")).shortfall()).isEqualTo(3 + 3 + 2 + 2);
    }

    @Test
    void unknownRoles() {
      assertThatThrownBy(() -> gaps.gap(r("nope"), r("lw"))).isInstanceOf(UnknownIdException.class)
          .hasMessageContaining("nope");
      assertThatThrownBy(() -> gaps.gap(r("lw"), r("nope"))).isInstanceOf(UnknownIdException.class)
          .hasMessageContaining("nope");
    }
  }

  @Nested
  class Fit {
    @Test
    void rankedByReadinessThenShortfallThenId() {
      TalentPool pool = gaps.fit(PEOPLE, r("lw"));
      assertThat(pool.role()).isEqualTo(r("lw"));
      // al and ana tie on readiness and shortfall: id decides
      assertThat(pool.people()).containsExactly(
          new Candidate(PersonId.of("bo"), 1.0, true, 0),
          new Candidate(PersonId.of("cy"), 2.0 / 3, true, 2),
          new Candidate(PersonId.of("al"), 1.0 / 3, false, 4),
          new Candidate(PersonId.of("ana"), 1.0 / 3, false, 4),
          new Candidate(PersonId.of("dee"), 0.0, false, 7));
    }

    @Test
    void byOrganisationType() {
      TalentPool pool = gaps.fit(PEOPLE, r("lw"), FitFilter.all().withOrganisationTypes(Set.of(o("pcn"))));
      assertThat(pool.people()).extracting(Candidate::person)
          .containsExactly(PersonId.of("cy"), PersonId.of("ana"));
    }

    @Test
    void peopleWithoutAnOrganisationTypeAreLeftOutByAnOrganisationFilter() {
      TalentPool pool = gaps.fit(PEOPLE, r("lw"),
          FitFilter.all().withOrganisationTypes(Set.of(o("pcn"), o("vcse"))));
      assertThat(pool.people()).extracting(Candidate::person).doesNotContain(PersonId.of("al"))
          .hasSize(4);
    }

    @Test
    void essentialMetOnly() {
      TalentPool pool = gaps.fit(PEOPLE, r("lw"), FitFilter.all().withEssentialMetOnly(true));
      assertThat(pool.people()).extracting(Candidate::person)
          .containsExactly(PersonId.of("bo"), PersonId.of("cy"));
    }

    @Test
    void anEmptyFilterResultIsAnEmptyPool() {
      TalentPool pool = gaps.fit(PEOPLE, r("lw"), FitFilter.all()
          .withOrganisationTypes(Set.of()).withEssentialMetOnly(true));
      assertThat(pool.people()).isEmpty();
    }

    @Test
    void unknownRole() {
      assertThatThrownBy(() -> gaps.fit(PEOPLE, r("nope"))).isInstanceOf(UnknownIdException.class);
    }
  }

  @Nested
  class NextRoles {
    @Test
    void oneStep() {
      assertThat(gaps.nextRoles(ANA, 1)).containsExactly(
          new RoleOption(r("senior"), 0.25, false, 6, OptionalInt.of(1)));
    }

    @Test
    void anyNumberOfStepsNeverListsTheCurrentRoleEvenOnACycle() {
      // lw -> senior -> open -> lw: the cycle leads back to lw, which is not offered
      assertThat(gaps.nextRoles(ANA)).containsExactly(
          new RoleOption(r("open"), 1.0, true, 0, OptionalInt.of(2)),
          new RoleOption(r("senior"), 0.25, false, 6, OptionalInt.of(1)));
    }

    @Test
    void tiesOnReadinessAndShortfallGoToTheNearerRole() {
      // bo: lw and open are both fully met; lw is 1 step away, open 3
      assertThat(gaps.nextRoles(BO)).containsExactly(
          new RoleOption(r("lw"), 1.0, true, 0, OptionalInt.of(1)),
          new RoleOption(r("open"), 1.0, true, 0, OptionalInt.of(3)),
          new RoleOption(r("senior"), 0.5, false, 3, OptionalInt.of(2)));
      assertThat(gaps.nextRoles(BO, 2)).extracting(RoleOption::role)
          .containsExactly(r("lw"), r("senior"));
    }

    @Test
    void withoutACurrentRoleEveryWorkforceRoleIsACandidateWithoutSteps() {
      assertThat(gaps.nextRoles(DEE)).containsExactly(
          new RoleOption(r("open"), 1.0, true, 0, OptionalInt.empty()),
          new RoleOption(r("coord"), 0.0, false, 1, OptionalInt.empty()),
          new RoleOption(r("lw"), 0.0, false, 7, OptionalInt.empty()),
          new RoleOption(r("senior"), 0.0, false, 10, OptionalInt.empty()));
    }

    @Test
    void aRoleWithNoRoutesOutHasNoNextRoles() {
      WorkerProfile teacher = WorkerProfile.builder().id(PersonId.of("t")).role(r("teacher")).build();
      assertThat(gaps.nextRoles(teacher)).isEmpty();
    }

    @Test
    void zeroOrNegativeStepsAreRejected() {
      assertThatThrownBy(() -> gaps.nextRoles(ANA, 0))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
      assertThatThrownBy(() -> gaps.nextRoles(ANA, -3))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-3");
    }
  }

  @Nested
  class Deltas {
    @Test
    void everyRouteInModelOrder() {
      List<RouteDelta> deltas = gaps.deltas();
      assertThat(deltas).extracting(d -> d.from().value() + ">" + d.to().value())
          .containsExactly("nurse>lw", "coord>lw", "lw>senior", "senior>open", "open>lw");
      assertThat(deltas.get(0).changes()).containsExactly(
          new LevelChange(c("b"), 2, 3, true, false),
          new LevelChange(c("c"), 0, 2, false, false));
      assertThat(deltas.get(1).changes()).containsExactly(
          new LevelChange(c("a"), 0, 2, true, false),
          new LevelChange(c("b"), 0, 3, true, false),
          new LevelChange(c("c"), 1, 2, false, false));
      assertThat(deltas.get(3).changes()).isEmpty();
      assertThat(deltas.get(4).changes()).allMatch(LevelChange::isNew).hasSize(3);
    }

    @Test
    void promotionRaisesAddsAndTheMoveItselfAsksForMore() {
      RouteDelta d = gaps.delta(r("lw"), r("senior"));
      assertThat(d.kind()).isEqualTo(RouteKind.PROMOTION);
      assertThat(d.changes()).containsExactly(
          new LevelChange(c("a"), 2, 3, true, false),
          new LevelChange(c("d"), 0, 2, true, false),
          new LevelChange(c("c"), 2, 3, true, true));
      assertThat(d.changes()).extracting(LevelChange::isNew).containsExactly(false, true, false);
    }

    @Test
    void noRouteBetweenTheRoles() {
      assertThatThrownBy(() -> gaps.delta(r("lw"), r("coord")))
          .isInstanceOf(UnknownIdException.class).hasMessageContaining("lw -> coord");
    }

    @Test
    void unknownRole() {
      assertThatThrownBy(() -> gaps.delta(r("lw"), r("nope")))
          .isInstanceOf(UnknownIdException.class).hasMessageContaining("nope");
    }
  }

  @Nested
  class Transfers {
    @Test
    void fromOneProfessionBestFirst() {
      // nurse holds a:3 b:2
      assertThat(gaps.transfersFrom(r("nurse"))).containsExactly(
          new Transfer(r("nurse"), r("open"), 1.0, 0, 0),
          new Transfer(r("nurse"), r("lw"), 1.0 / 3, 1, 3),
          new Transfer(r("nurse"), r("senior"), 0.25, 1, 4),
          new Transfer(r("nurse"), r("coord"), 0.0, 0, 1));
    }

    @Test
    void everyExternalProfessionInModelOrder() {
      List<Transfer> all = gaps.transfers();
      assertThat(all).hasSize(8);
      assertThat(all.subList(0, 4)).isEqualTo(gaps.transfersFrom(r("nurse")));
      // teacher holds c:2 a:1: coord fully, lw and senior only c
      assertThat(all.subList(4, 8)).containsExactly(
          new Transfer(r("teacher"), r("coord"), 1.0, 1, 1),
          new Transfer(r("teacher"), r("open"), 1.0, 0, 0),
          new Transfer(r("teacher"), r("lw"), 1.0 / 3, 1, 3),
          new Transfer(r("teacher"), r("senior"), 0.25, 1, 4));
    }

    @Test
    void fromAWorkforceRoleLeavesOutExternalRolesAndItself() {
      assertThat(gaps.transfersFrom(r("lw"))).extracting(Transfer::to)
          .containsExactlyInAnyOrder(r("senior"), r("open"), r("coord"));
    }

    @Test
    void backgroundsForARoleTiesById() {
      assertThat(gaps.backgroundsFor(r("lw"))).containsExactly(
          new Transfer(r("nurse"), r("lw"), 1.0 / 3, 1, 3),
          new Transfer(r("teacher"), r("lw"), 1.0 / 3, 1, 3));
      assertThat(gaps.backgroundsFor(r("coord"))).extracting(Transfer::from)
          .containsExactly(r("teacher"), r("nurse"));
    }

    @Test
    void overlapIsTheRoleToRoleReadiness() {
      for (Transfer t : gaps.transfers()) {
        assertThat(t.overlap()).isEqualTo(gaps.gap(t.from(), t.to()).readiness());
        assertThat(t.met()).isEqualTo(gaps.gap(t.from(), t.to()).met());
      }
    }

    @Test
    void unknownRole() {
      assertThatThrownBy(() -> gaps.transfersFrom(r("nope"))).isInstanceOf(UnknownIdException.class);
      assertThatThrownBy(() -> gaps.backgroundsFor(r("nope"))).isInstanceOf(UnknownIdException.class);
    }
  }

  @Test
  void theScorerMatchesTheReportForTheHandMadePeople() {
    RoleScorer scorer = RoleScorer.of(gaps);
    assertThat(scorer.roleCount()).isEqualTo(MODEL.roles().size());
    for (WorkerProfile p : PEOPLE.people()) {
      scorer.score(p);
      for (int i = 0; i < scorer.roleCount(); i++) {
        GapReport g = gaps.gap(p, scorer.role(i));
        assertThat(scorer.readiness(i)).isEqualTo(g.readiness());
        assertThat(scorer.shortfall(i)).isEqualTo(g.shortfall());
        assertThat(scorer.essentialMet(i)).isEqualTo(g.essentialMet());
        assertThat(scorer.met(i)).isEqualTo(g.met());
      }
    }
  }

  @Test
  void theAnalyzerKeepsItsModel() {
    assertThat(gaps.model()).isSameAs(MODEL);
  }
}
