package org.sppathways.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.sppathways.structure.Models.oid;
import static org.sppathways.structure.Models.rid;
import static org.sppathways.structure.Models.rids;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.PersonId;
import org.sppathways.model.ProfileSource;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.UnknownIdException;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;
import org.sppathways.paths.Criterion;

/** Hand-made models whose ceilings, dead ends, cuts and centralities are known by hand. */
class StructureAnalysisTest {

  /**
   * A two-type ladder: the NHS-like type reaches manager (7); the community type stops at senior
   * (6) and lacks supervision and management training.
   *
   * <pre>
   * outside -entry-> entry(4) -12-> worker(5) -24-> senior(6) -24-> manager(7, nhs only)
   * </pre>
   */
  static WorkforceModel ladder() {
    return Models.named("ladder")
        .type("nhs", "clinical-supervision", "line-management", "management-training")
        .type("vcse", "line-management", "peer-support")
        .external("outside")
        .role("entry", 4, "nhs", "vcse")
        .role("worker", 5, "nhs", "vcse")
        .role("senior", 6, "nhs", "vcse")
        .role("manager", 7, "nhs")
        .route("outside", "entry", 12, RouteKind.ENTRY)
        .route("entry", "worker", 12)
        .route("worker", "senior", 24)
        .route("senior", "manager", 24)
        .build();
  }

  private static Map<RoleId, Double> betweenness(WorkforceModel m, Criterion metric) {
    Map<RoleId, Double> out = new HashMap<>();
    StructureAnalysis.of(m).bottlenecks(metric).forEach(b -> out.put(b.role(), b.betweenness()));
    return out;
  }

  @Nested
  class Ceilings {
    final StructureAnalysis a = StructureAnalysis.of(ladder());

    @Test
    void staysWithinTheType() {
      assertThat(a.ceiling(oid("nhs"), rid("entry"))).contains(new Ceiling(Optional.of(oid("nhs")),
          rid("entry"), rid("manager"), OptionalInt.of(7), 3, 60));
      assertThat(a.ceiling(oid("vcse"), rid("entry"))).contains(new Ceiling(
          Optional.of(oid("vcse")), rid("entry"), rid("senior"), OptionalInt.of(6), 2, 36));
    }

    @Test
    void isEmptyWhenTheTypeDoesNotOfferTheRole() {
      assertThat(a.ceiling(oid("vcse"), rid("manager"))).isEmpty();
      assertThat(a.ceiling(oid("nhs"), rid("outside"))).isEmpty();
    }

    @Test
    void sideBySideForEveryTypeFromEachEntryRole() {
      assertThat(a.entryRoles()).containsExactly(rid("entry"));
      assertThat(a.ceilings()).extracting(c -> c.organisationType().get().value(),
          c -> c.highestRole().value()).containsExactly(
              org.assertj.core.groups.Tuple.tuple("nhs", "manager"),
              org.assertj.core.groups.Tuple.tuple("vcse", "senior"));
      assertThat(a.ceilings(oid("vcse"))).containsExactly(a.ceiling(oid("vcse"), rid("entry")).get());
    }

    @Test
    void crossingTypesShowsWhatChangingEmployerAdds() {
      CrossingGain vcse = a.crossingGains().get(1);
      assertThat(vcse.organisationType()).isEqualTo(oid("vcse"));
      assertThat(vcse.crossingTypes()).isEqualTo(new Ceiling(Optional.empty(), rid("entry"),
          rid("manager"), OptionalInt.of(7), 3, 60));
      assertThat(vcse.seniorityGain()).hasValue(1);
      assertThat(a.crossingGains().get(0).seniorityGain()).hasValue(0);
      assertThat(a.ceilingsAcrossTypes()).containsExactly(vcse.crossingTypes());
    }

    @Test
    void tiesGoToFewerStepsThenFewerMonthsThenId() {
      WorkforceModel m = Models.named("ties").type("t")
          .role("s", 1, "t").role("far", 5, "t").role("mid", 2, "t").role("b", 5, "t")
          .role("a", 5, "t")
          .route("s", "mid", 1).route("mid", "far", 1) // far: 2 steps
          .route("s", "b", 30) // b: 1 step, 30 months
          .route("s", "a", 30) // a: 1 step, 30 months, smaller id than b
          .build();
      assertThat(StructureAnalysis.of(m).ceiling(oid("t"), rid("s")).get().highestRole())
          .isEqualTo(rid("a"));
    }

    @Test
    void stepsAndMonthsAreEachTheLeast() {
      // Fewest steps go the slow way; least months take the long way round.
      WorkforceModel m = Models.named("split").type("t")
          .role("s", 1, "t").role("x", 1, "t").role("y", 1, "t").role("top", 9, "t")
          .route("s", "top", 60).route("s", "x", 6).route("x", "y", 6).route("y", "top", 6)
          .build();
      Ceiling c = StructureAnalysis.of(m).ceiling(oid("t"), rid("s")).get();
      assertThat(c.steps()).isEqualTo(1);
      assertThat(c.months()).isEqualTo(18);
    }

    @Test
    void aRoleWithoutSeniorityIsItsOwnCeilingWhenNothingReachableHasOne() {
      WorkforceModel m = Models.named("unranked").type("t")
          .role("s", -1, "t").role("next", -1, "t").route("s", "next", 3).build();
      StructureAnalysis u = StructureAnalysis.of(m);
      assertThat(u.ceiling(oid("t"), rid("s"))).contains(new Ceiling(Optional.of(oid("t")),
          rid("s"), rid("s"), OptionalInt.empty(), 0, 0));
      assertThat(u.seniorFrom()).isEmpty();
      assertThat(u.seniorRoles()).isEmpty();
      assertThat(u.deadEnds()).isEmpty();
    }

    @Test
    void rolesWithoutIncomingRoutesAreEntryRolesAndEveryRoleIsWhenThereAreNoneAndNoSeniorities() {
      WorkforceModel m = Models.named("sources").type("t")
          .role("a", 1, "t").role("b", 2, "t").role("c", 3, "t")
          .route("a", "b", 1).route("b", "c", 1).build();
      assertThat(StructureAnalysis.of(m).entryRoles()).containsExactly(rid("a"));
      // no entry route anywhere: the lowest seniority, not the role no route leads to
      WorkforceModel imported = Models.named("imported").type("t")
          .role("a", 1, "t").role("b", 2, "t").role("c", 1, "t").role("top", 5, "t")
          .route("a", "b", 1).route("b", "a", 1).route("b", "c", 1).build();
      assertThat(StructureAnalysis.of(imported).entryRoles()).containsExactly(rid("a"), rid("c"));
      WorkforceModel unranked = Models.named("cycle").type("t")
          .role("a", -1, "t").role("b", -1, "t").route("a", "b", 1).route("b", "a", 1).build();
      assertThat(StructureAnalysis.of(unranked).entryRoles()).containsExactly(rid("a"), rid("b"));
    }

    @Test
    void optionsCanNameTheEntryRoles() {
      StructureAnalysis b = StructureAnalysis.of(ladder(),
          StructureOptions.defaults().withEntryRoles(rids("worker")));
      assertThat(b.entryRoles()).containsExactly(rid("worker"));
      assertThat(b.ceilings(oid("vcse"))).extracting(Ceiling::entryRole).containsExactly(rid("worker"));
      assertThatThrownBy(() -> StructureAnalysis.of(ladder(),
          StructureOptions.defaults().withEntryRoles(rids("wroker"))))
          .isInstanceOf(UnknownIdException.class).hasMessageContaining("wroker")
          .hasMessageContaining("did you mean 'worker'");
    }
  }

  @Nested
  class DeadEnds {
    final StructureAnalysis a = StructureAnalysis.of(ladder());

    @Test
    void theCommunityTypesTopIsAPlateau() {
      DeadEnd senior = new DeadEnd(rid("senior"), Optional.of(oid("vcse")), 6, true, true,
          Optional.of(rid("manager")));
      assertThat(a.deadEnds(oid("vcse"))).containsExactly(senior);
      assertThat(a.plateaus()).containsExactly(senior);
    }

    @Test
    void theTopOfEveryLadderIsADeadEndButNotAPlateau() {
      DeadEnd manager = new DeadEnd(rid("manager"), Optional.of(oid("nhs")), 7, true, false,
          Optional.empty());
      assertThat(a.deadEnds(oid("nhs"))).containsExactly(manager);
      assertThat(a.deadEndsAcrossTypes()).containsExactly(new DeadEnd(rid("manager"),
          Optional.empty(), 7, true, false, Optional.empty()));
      assertThat(a.deadEnds()).containsExactly(manager, a.plateaus().get(0));
    }

    @Test
    void aSideTrackBelowTheTopIsADeadEnd() {
      WorkforceModel m = Models.named("side").type("t")
          .role("a", 4, "t").role("side", 5, "t").role("up", 5, "t").role("top", 6, "t")
          .route("a", "side", 12).route("a", "up", 12).route("up", "top", 12).build();
      assertThat(StructureAnalysis.of(m).deadEndsAcrossTypes()).extracting(DeadEnd::role,
          DeadEnd::topOfScope).containsExactly(
              org.assertj.core.groups.Tuple.tuple(rid("side"), false),
              org.assertj.core.groups.Tuple.tuple(rid("top"), true));
    }

    @Test
    void theNearestHigherRoleIsTheFewestMovesAway() {
      WorkforceModel m = Models.named("nearest").type("a").type("b")
          .role("s", 1, "a", "b").role("x", 1, "b").role("near", 3, "b").role("far", 9, "b")
          .role("z", 2, "b")
          .route("s", "x", 1).route("x", "far", 1).route("s", "z", 50).route("s", "near", 50)
          .build();
      assertThat(StructureAnalysis.of(m).deadEnds(oid("a"))).containsExactly(new DeadEnd(rid("s"),
          Optional.of(oid("a")), 1, true, true, Optional.of(rid("near"))));
    }
  }

  @Nested
  class Bottlenecks {
    @Test
    void aChainsMiddleLiesOnTheOnlyPath() {
      WorkforceModel m = Models.named("chain").type("t").role("a", 1, "t").role("b", 2, "t")
          .role("c", 3, "t").route("a", "b", 1).route("b", "c", 1).build();
      assertThat(betweenness(m, Criterion.STEPS)).containsExactlyInAnyOrderEntriesOf(
          Map.of(rid("a"), 0.0, rid("b"), 1.0, rid("c"), 0.0));
      Bottleneck b = StructureAnalysis.of(m).bottlenecks(Criterion.STEPS).get(0);
      assertThat(b).isEqualTo(new Bottleneck(rid("b"), 1.0, 0.5));
    }

    @Test
    void aDiamondSharesTheCreditAndMonthsPickOneSide() {
      WorkforceModel m = Models.named("diamond").type("t").role("a", 1, "t").role("b", 2, "t")
          .role("c", 2, "t").role("d", 3, "t")
          .route("a", "b", 6).route("b", "d", 6).route("a", "c", 12).route("c", "d", 12).build();
      assertThat(betweenness(m, Criterion.STEPS).get(rid("b"))).isEqualTo(0.5);
      assertThat(betweenness(m, Criterion.STEPS).get(rid("c"))).isEqualTo(0.5);
      assertThat(betweenness(m, Criterion.MONTHS).get(rid("b"))).isEqualTo(1.0);
      assertThat(betweenness(m, Criterion.MONTHS).get(rid("c"))).isEqualTo(0.0);
    }

    @Test
    void zeroMonthRoutesAndCyclesStayFinite() {
      // a -> b -> c takes 0 months, the direct a -> c takes 12: by months the only shortest
      // a–c path passes through b; by steps it does not. The 0-month cycle a <-> b is harmless.
      WorkforceModel m = Models.named("zero").type("t").role("a", 1, "t").role("b", 1, "t")
          .role("c", 2, "t").route("a", "b", 0).route("b", "a", 0).route("b", "c", 0)
          .route("a", "c", 12).build();
      assertThat(betweenness(m, Criterion.MONTHS)).containsExactlyInAnyOrderEntriesOf(
          Map.of(rid("a"), 0.0, rid("b"), 1.0, rid("c"), 0.0));
      assertThat(betweenness(m, Criterion.STEPS)).containsExactlyInAnyOrderEntriesOf(
          Map.of(rid("a"), 0.0, rid("b"), 0.0, rid("c"), 0.0));
    }

    @Test
    void tiesAreOrderedById() {
      WorkforceModel m = Models.named("ties").type("t").role("z", 1, "t").role("y", 1, "t")
          .role("x", 1, "t").build();
      assertThat(StructureAnalysis.of(m).bottlenecks(Criterion.STEPS)).extracting(Bottleneck::role)
          .containsExactly(rid("x"), rid("y"), rid("z"));
    }

    @Test
    void everyPathToTheTopPassesThroughTheCriticalRoles() {
      StructureAnalysis a = StructureAnalysis.of(ladder());
      assertThat(a.seniorRoles()).containsExactly(rid("manager"), rid("senior"));
      assertThat(a.criticalRoles()).containsExactly(
          new CriticalRole(rid("entry"), Optional.empty(), rids("manager", "senior")),
          new CriticalRole(rid("worker"), Optional.empty(), rids("manager", "senior")),
          new CriticalRole(rid("senior"), Optional.empty(), rids("manager")));
      assertThat(a.criticalRoles(oid("vcse"))).containsExactly(
          new CriticalRole(rid("entry"), Optional.of(oid("vcse")), rids("senior")),
          new CriticalRole(rid("worker"), Optional.of(oid("vcse")), rids("senior")));
    }

    @Test
    void twoParallelRoutesMakeACutOfTwoAndNoCriticalRole() {
      WorkforceModel m = Models.named("parallel").type("t")
          .role("in", 1, "t").role("left", 2, "t").role("right", 2, "t").role("top", 5, "t")
          .role("other", 5, "t")
          .route("in", "left", 1).route("in", "right", 1).route("left", "top", 1)
          .route("right", "top", 1).build();
      StructureAnalysis a = StructureAnalysis.of(m,
          StructureOptions.defaults().withEntryRoles(rids("in")).withSeniorFrom(5));
      assertThat(a.criticalRoles()).containsExactly(
          new CriticalRole(rid("in"), Optional.empty(), rids("top")));
      MinimumCut cut = a.minimumCut();
      assertThat(cut.entryRoles()).containsExactly(rid("in"));
      assertThat(cut.seniorRoles()).containsExactly(rid("other"), rid("top"));
      assertThat(cut.connected()).isTrue();
      assertThat(cut.routes()).hasSize(2);
      // the entry role itself is no answer: the ladder is two roles wide between its ends
      assertThat(cut.roleCutExists()).isTrue();
      assertThat(cut.roles()).containsExactly(rid("left"), rid("right"));
    }

    @Test
    void aDirectRouteFromEntryToSeniorLeavesNoRoleCut() {
      WorkforceModel m = Models.named("direct").type("t")
          .role("in", 1, "t").role("mid", 2, "t").role("top", 5, "t")
          .route("in", "mid", 1).route("mid", "top", 1).route("in", "top", 1).build();
      MinimumCut cut = StructureAnalysis.of(m, StructureOptions.defaults()
          .withEntryRoles(rids("in")).withSeniorFrom(5)).minimumCut();
      assertThat(cut.connected()).isTrue();
      assertThat(cut.routes()).hasSize(2);
      assertThat(cut.roleCutExists()).isFalse();
      assertThat(cut.roles()).isEmpty();
    }

    @Test
    void anEntryRoleOnTheWayIsNotCutEither() {
      // a -> b -> top where b is also an entry role: no role between ends, so no role cut
      WorkforceModel m = Models.named("two entries").type("t")
          .role("a", 1, "t").role("b", 2, "t").role("top", 5, "t")
          .route("a", "b", 1).route("b", "top", 1).build();
      MinimumCut cut = StructureAnalysis.of(m, StructureOptions.defaults()
          .withEntryRoles(rids("a", "b")).withSeniorFrom(5)).minimumCut();
      assertThat(cut.roleCutExists()).isFalse();
      assertThat(cut.roles()).isEmpty();
    }

    @Test
    void theLaddersNarrowestPoint() {
      MinimumCut cut = StructureAnalysis.of(ladder()).minimumCut();
      assertThat(cut.routes()).extracting(r -> r.from().value() + ">" + r.to().value())
          .containsExactly("entry>worker");
      // senior from 6: the worker (band 5) is the one role between entry (4) and senior (6)
      assertThat(cut.roles()).containsExactly(rid("worker"));
    }

    @Test
    void noCutWhenNoSeniorRoleIsReachable() {
      WorkforceModel m = Models.named("apart").type("t").role("in", 1, "t").role("top", 5, "t")
          .build();
      MinimumCut cut = StructureAnalysis.of(m, StructureOptions.defaults()
          .withEntryRoles(rids("in")).withSeniorFrom(5)).minimumCut();
      assertThat(cut.connected()).isFalse();
      assertThat(cut.routes()).isEmpty();
      assertThat(cut.roleCutExists()).isFalse();
      assertThat(cut.roles()).isEmpty();
    }
  }

  @Nested
  class Support {
    final StructureAnalysis a = StructureAnalysis.of(ladder());

    @Test
    void eachRoleAndTypeHasAndLacks() {
      assertThat(a.supportStructures()).containsExactly("clinical-supervision", "line-management",
          "management-training", "peer-support");
      assertThat(a.support()).contains(new RoleSupport(rid("senior"), oid("vcse"),
          List.of("line-management", "peer-support"),
          List.of("clinical-supervision", "management-training")));
      assertThat(a.support()).extracting(RoleSupport::role).doesNotContain(rid("outside"));
    }

    @Test
    void seniorRolesOfCommunityEmployersLackManagementTrainingAndSupervision() {
      assertThat(a.keySupports()).containsExactly("clinical-supervision", "management-training");
      assertThat(a.supportGaps()).containsExactly(new SupportGap(rid("senior"), 6, oid("vcse"),
          List.of("clinical-supervision", "management-training")));
    }

    @Test
    void optionsChangeWhoIsSeniorAndWhatIsKey() {
      StructureAnalysis b = StructureAnalysis.of(ladder(), StructureOptions.defaults()
          .withSeniorFrom(5).withKeySupports(List.of("peer-support", "line-management")));
      assertThat(b.keySupports()).containsExactly("line-management", "peer-support");
      assertThat(b.supportGaps()).extracting(g -> g.role().value() + "@" + g.organisationType().value())
          .containsExactly("manager@nhs", "senior@nhs", "worker@nhs");
    }
  }

  @Nested
  class Workloads {
    private WorkerProfile person(String id, String role, String type, double contracted, double worked) {
      WorkerProfile.Builder b = WorkerProfile.builder().id(PersonId.of(id));
      if (role != null) {
        b.role(rid(role));
      }
      if (type != null) {
        b.organisationType(oid(type));
      }
      if (contracted >= 0) {
        b.contractedHours(contracted).workedHours(worked);
      }
      return b.build();
    }

    @Test
    void sharesAndMeanExcessByTypeAndSeniority() {
      List<WorkerProfile> people = List.of(
          person("a", "senior", "vcse", 30, 38),
          person("b", "senior", "vcse", 30, 34),
          person("c", "senior", "vcse", 30, 30),
          person("d", "senior", "vcse", -1, 0),
          person("e", "senior", "nhs", 37.5, 37.5),
          person("f", "worker", "nhs", 37.5, 36),
          person("g", null, null, 10, 12));
      Workload w = StructureAnalysis.of(ladder()).workload(ProfileSource.of(people));
      assertThat(w.people()).isEqualTo(7);
      assertThat(w.withHours()).isEqualTo(6);
      assertThat(w.groups()).containsExactly(
          new WorkloadGroup(Optional.of(oid("nhs")), OptionalInt.of(5), 1, 1, 0, 0, 0),
          new WorkloadGroup(Optional.of(oid("nhs")), OptionalInt.of(6), 1, 1, 0, 0, 0),
          new WorkloadGroup(Optional.of(oid("vcse")), OptionalInt.of(6), 4, 3, 2, 2.0 / 3, 6),
          new WorkloadGroup(Optional.empty(), OptionalInt.empty(), 1, 1, 1, 1, 2));
      assertThat(w.byOrganisationType()).containsExactly(
          new WorkloadGroup(Optional.of(oid("nhs")), OptionalInt.empty(), 2, 2, 0, 0, 0),
          new WorkloadGroup(Optional.of(oid("vcse")), OptionalInt.empty(), 4, 3, 2, 2.0 / 3, 6),
          new WorkloadGroup(Optional.empty(), OptionalInt.empty(), 1, 1, 1, 1, 2));
    }

    @Test
    void anUnknownRoleIsNamed() {
      WorkerProfile stranger = person("s", "astronaut", null, 1, 2);
      assertThatThrownBy(() -> StructureAnalysis.of(ladder()).workload(ProfileSource.of(List.of(stranger))))
          .isInstanceOf(UnknownIdException.class).hasMessageContaining("astronaut");
    }

    @Test
    void noProfilesNoGroups() {
      Workload w = StructureAnalysis.of(ladder()).workload(ProfileSource.of(List.of()));
      assertThat(w).isEqualTo(new Workload(0, 0, List.of(), List.of()));
    }
  }

  @Nested
  class Matrices {
    @Test
    void stepsAndMonthsBetweenEveryPair() {
      WorkforceModel m = ladder();
      StructureAnalysis a = StructureAnalysis.of(m);
      DistanceMatrix steps = a.distances(Criterion.STEPS);
      DistanceMatrix months = a.distances(Criterion.MONTHS);
      assertThat(steps.roles()).containsExactly(rid("outside"), rid("entry"), rid("worker"),
          rid("senior"), rid("manager"));
      assertThat(steps.distance(rid("outside"), rid("manager"))).hasValue(4);
      assertThat(months.distance(rid("outside"), rid("manager"))).hasValue(72);
      assertThat(steps.distance(rid("manager"), rid("entry"))).isEmpty();
      assertThat(steps.reachable(rid("entry"), rid("entry"))).isTrue();
      assertThat(steps.distance(2, 2)).hasValue(0);
      PathLengthDistribution d = steps.distribution();
      assertThat(d.reachablePairs()).isEqualTo(10);
      assertThat(d.unreachablePairs()).isEqualTo(10);
      assertThat(d.longest()).isEqualTo(4);
      assertThat(d.mean()).isCloseTo(2.0, within(1e-12));
      assertThat(d.lengths()).containsExactly(new PathLengthDistribution.LengthCount(1, 4),
          new PathLengthDistribution.LengthCount(2, 3), new PathLengthDistribution.LengthCount(3, 2),
          new PathLengthDistribution.LengthCount(4, 1));
      assertThat(steps).hasToString("DistanceMatrix{steps, 5 roles}");
    }

    @Test
    void unknownRolesAndIndicesAreRejected() {
      DistanceMatrix steps = StructureAnalysis.of(ladder()).distances(Criterion.STEPS);
      assertThatThrownBy(() -> steps.distance(rid("nobody"), rid("entry")))
          .isInstanceOf(UnknownIdException.class).hasMessageContaining("nobody");
      assertThatThrownBy(() -> steps.distance(5, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    }
  }

  @Nested
  class Profiles {
    final StructureAnalysis a = StructureAnalysis.of(ladder());

    @Test
    void theCommunityTypesProfile() {
      StructureProfile vcse = a.profile(oid("vcse"));
      assertThat(vcse).isEqualTo(new StructureProfile("ladder", Optional.of(oid("vcse")),
          "Type vcse", 3, 1, OptionalInt.of(6), OptionalInt.of(6), rids("senior"),
          OptionalDouble.of(6), OptionalDouble.of(36), 2, 3, 1, 1,
          List.of("line-management", "peer-support"),
          List.of("clinical-supervision", "management-training"), 1));
    }

    /**
     * The reference model's GP practice: its link workers, care coordinators and volunteer link
     * workers reach the link worker (band 5) at most; the band-7 clinical supervisor that GPs and
     * nurses enter is not where a practice's careers start, so it is not its ceiling.
     */
    @Test
    void aRoleEnteredAtTheTopIsNotATypesCeiling() {
      StructureAnalysis reference = StructureAnalysis.of(
          org.sppathways.reference.ReferenceModels.socialPrescribing());
      StructureProfile gp = reference.profile(oid("gp-practice"));
      assertThat(gp.ceiling()).hasValue(5);
      assertThat(gp.ceilingRoles()).containsExactly(rid("link-worker"));
      assertThat(gp.meanCeiling()).hasValue(5.0);
      // volunteer link worker, care coordinator: one move of 12 and 24 months; link worker: none
      assertThat(gp.meanMonthsToCeiling()).hasValue(12.0);
      assertThat(gp.entryRoles()).isEqualTo(4);
      assertThat(gp.topSeniority()).hasValue(7);
      // a PCN's careers do reach band 7, through the SP manager
      assertThat(reference.profile(oid("pcn")).ceilingRoles()).containsExactly(rid("sp-manager"));
    }

    @Test
    void theWholeWorkforce() {
      StructureProfile all = a.profile();
      assertThat(all.organisationType()).isEmpty();
      assertThat(all.name()).isEqualTo("ladder");
      assertThat(all.roles()).isEqualTo(4);
      assertThat(all.ceiling()).hasValue(7);
      assertThat(all.ladderDepth()).isEqualTo(3);
      assertThat(all.plateaus()).isZero();
      assertThat(all.supports()).isEmpty();
      assertThat(all.supportGaps()).isEqualTo(1);
      assertThat(a.profiles()).extracting(StructureProfile::organisationType)
          .containsExactly(Optional.of(oid("nhs")), Optional.of(oid("vcse")));
    }

    @Test
    void aComparisonIsLeftMinusRight() {
      Comparison c = a.compare(oid("vcse"), oid("nhs"));
      assertThat(c.ceilingDifference()).hasValue(-1);
      assertThat(c.topSeniorityDifference()).hasValue(-1);
      assertThat(c.meanCeilingDifference()).hasValue(-1.0);
      assertThat(c.ladderDepthDifference()).isEqualTo(-1);
      assertThat(c.deadEndDifference()).isZero();
      assertThat(c.supportGapDifference()).isEqualTo(1);
      assertThat(c.onlyLeft()).containsExactly("peer-support");
      assertThat(c.onlyRight()).containsExactly("clinical-supervision", "management-training");
    }

    @Test
    void twoModelsCompareTheSameWay() {
      WorkforceModel flat = Models.named("flat").type("vcse").role("entry", 4, "vcse").build();
      Comparison c = new Comparison(a.profile(oid("vcse")),
          StructureAnalysis.of(flat).profile(oid("vcse")));
      assertThat(c.ceilingDifference()).hasValue(2);
      assertThat(c.right().model()).isEqualTo("flat");
    }
  }

  @Nested
  class Errors {
    final StructureAnalysis a = StructureAnalysis.of(ladder());

    @Test
    void unknownIdsAreNamedWithASuggestion() {
      assertThatThrownBy(() -> a.ceiling(OrganisationTypeId.of("nhz"), rid("entry")))
          .isInstanceOf(UnknownIdException.class).hasMessageContaining("'nhz'")
          .hasMessageContaining("did you mean 'nhs'");
      assertThatThrownBy(() -> a.ceilingAcrossTypes(rid("entri")))
          .isInstanceOf(UnknownIdException.class).hasMessageContaining("'entri'");
      assertThatThrownBy(() -> a.deadEnds(oid("x"))).isInstanceOf(UnknownIdException.class);
      assertThatThrownBy(() -> a.profile(oid("x"))).isInstanceOf(UnknownIdException.class);
      assertThatThrownBy(() -> a.criticalRoles(oid("x"))).isInstanceOf(UnknownIdException.class);
      assertThatThrownBy(() -> a.minimumCut(oid("x"))).isInstanceOf(UnknownIdException.class);
    }

    @Test
    void badOptionsAndInconsistentResultsAreRejected() {
      assertThatThrownBy(() -> StructureOptions.defaults().withSeniorFrom(-1))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
      assertThatThrownBy(() -> new DeadEnd(rid("a"), Optional.empty(), 1, false, true,
          Optional.empty())).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new SupportGap(rid("a"), 1, oid("t"), List.of()))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new Ceiling(Optional.empty(), rid("a"), rid("a"), OptionalInt.empty(),
          -1, 0)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new WorkloadGroup(Optional.empty(), OptionalInt.empty(), 1, 2, 0, 0, 0))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hoursAndCostAreRefusedBecauseTheRoutesDoNotMeasureThem() {
      StructureAnalysis a = StructureAnalysis.of(ladder());
      for (Criterion c : List.of(Criterion.HOURS, Criterion.COST)) {
        assertThatThrownBy(() -> a.bottlenecks(c)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("structure measures paths by steps or months, not by " + c
                + " (training along a path depends on the person; search by " + c
                + " with CareerPathFinder)");
        assertThatThrownBy(() -> a.distances(c)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("not by " + c);
        assertThatThrownBy(() -> new PathLengthDistribution(c, List.of(), 0, 0, 0, 0))
            .isInstanceOf(IllegalArgumentException.class);
      }
      assertThat(a.distances(Criterion.STEPS).metric()).isEqualTo(Criterion.STEPS);
      assertThat(a.distances(Criterion.MONTHS).distribution().metric())
          .isEqualTo(Criterion.MONTHS);
    }

    @Test
    void anEmptyModelGivesEmptyResults() {
      WorkforceModel empty = Models.named("empty").build();
      StructureAnalysis e = StructureAnalysis.of(empty);
      assertThat(e.bottlenecks(Criterion.STEPS)).isEmpty();
      assertThat(e.ceilings()).isEmpty();
      assertThat(e.deadEnds()).isEmpty();
      assertThat(e.criticalRoles()).isEmpty();
      assertThat(e.minimumCut().connected()).isFalse();
      assertThat(e.distances(Criterion.MONTHS).size()).isZero();
      assertThat(e.distances(Criterion.MONTHS).distribution().reachablePairs()).isZero();
      assertThat(e.profile().ceiling()).isEmpty();
    }
  }
}
