package org.sppathways.gaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.sppathways.model.Competency;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.CourseId;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.PersonId;
import org.sppathways.model.Population;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;

/**
 * Properties of gap analysis on seeded random models and people (see {@link RandomModels}); the
 * jqwik seeds are pinned, so a failure replays exactly.
 */
class GapAnalysisProperties {

  /** A random model with a few random people. */
  record World(WorkforceModel model, List<WorkerProfile> people) {
    static World of(long seed, int people) {
      Random random = new Random(seed);
      WorkforceModel model = RandomModels.model(random, RandomModels.Shape.small(random));
      return new World(model, RandomModels.people(random, model, people));
    }
  }

  @Property(tries = 300, seed = "51001")
  void reportsAreConsistentAndWithinBounds(@ForAll long seed) {
    World w = World.of(seed, 6);
    GapAnalysis gaps = GapAnalysis.of(w.model());
    for (WorkerProfile p : w.people()) {
      for (Role role : w.model().roles()) {
        GapReport g = gaps.gap(p, role.id());
        assertThat(g.readiness()).isBetween(0.0, 1.0);
        assertThat(g.weightedReadiness()).isBetween(0.0, 1.0);
        assertThat(g.requirements()).hasSameSizeAs(role.requirements());

        int met = 0;
        int shortfall = 0;
        boolean essentialMet = true;
        double weighted = 0;
        double weights = 0;
        for (int i = 0; i < role.requirements().size(); i++) {
          Requirement q = role.requirements().get(i);
          RequirementGap rg = g.requirements().get(i);
          int held = heldBy(w.model(), p, q.competency());
          assertThat(rg).isEqualTo(new RequirementGap(q.competency(), held, q.level(), q.essential()));
          met += held >= q.level() ? 1 : 0;
          shortfall += Math.max(0, q.level() - held);
          essentialMet &= held >= q.level() || !q.essential();
          double wt = q.essential() ? 2 : 1;
          weights += wt;
          weighted += wt * Math.min(held, q.level()) / q.level();
        }
        assertThat(g.met()).isEqualTo(met);
        assertThat(g.readiness()).isEqualTo(role.requirements().isEmpty() ? 1.0
            : (double) met / role.requirements().size());
        assertThat(g.shortfall()).isEqualTo(shortfall)
            .isEqualTo(g.gaps().stream().mapToInt(RequirementGap::shortfall).sum());
        assertThat(g.essentialMet()).isEqualTo(essentialMet)
            .isEqualTo(g.gaps().stream().noneMatch(RequirementGap::essential));
        assertThat(g.weightedReadiness())
            .isCloseTo(weights == 0 ? 1.0 : weighted / weights, within(1e-12));
        assertThat(g.gaps()).allMatch(x -> !x.met());
      }
    }
  }

  @Property(tries = 300, seed = "51002")
  void raisingAHeldLevelNeverLowersReadinessNorRaisesShortfall(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 4) int raise) {
    World w = World.of(seed, 4);
    GapAnalysis gaps = GapAnalysis.of(w.model());
    Random random = new Random(seed ^ 0x5DEECE66DL);
    for (WorkerProfile p : w.people()) {
      Competency c = w.model().competencies().get(random.nextInt(w.model().competencies().size()));
      Map<org.sppathways.model.CompetencyId, Integer> holds = new HashMap<>(p.holds());
      holds.put(c.id(), Math.min(w.model().scale().maxLevel(), p.level(c.id()) + raise));
      WorkerProfile raised = WorkerProfile.builder().from(p).holds(holds).build();
      for (Role role : w.model().roles()) {
        GapReport before = gaps.gap(p, role.id());
        GapReport after = gaps.gap(raised, role.id());
        assertThat(after.readiness()).isGreaterThanOrEqualTo(before.readiness());
        assertThat(after.met()).isGreaterThanOrEqualTo(before.met());
        assertThat(after.shortfall()).isLessThanOrEqualTo(before.shortfall());
        assertThat(after.weightedReadiness()).isGreaterThanOrEqualTo(before.weightedReadiness());
        if (before.essentialMet()) {
          assertThat(after.essentialMet()).isTrue();
        }
      }
    }
  }

  @Property(tries = 200, seed = "51003")
  void holdingExactlyARolesRequirementsLeavesNoGap(@ForAll long seed) {
    World w = World.of(seed, 0);
    GapAnalysis gaps = GapAnalysis.of(w.model());
    for (Role role : w.model().roles()) {
      WorkerProfile.Builder b = WorkerProfile.builder().id(PersonId.of("exact"));
      role.requirements().forEach(q -> b.putHold(q.competency(), q.level()));
      GapReport g = gaps.gap(b.build(), role.id());
      assertThat(g.gaps()).isEmpty();
      assertThat(g.readiness()).isEqualTo(1.0);
      assertThat(g.weightedReadiness()).isEqualTo(1.0);
      assertThat(g.shortfall()).isZero();
      assertThat(g.essentialMet()).isTrue();
      // and so does the role itself, taken as held
      assertThat(gaps.gap(role.id(), role.id()).gaps()).isEmpty();
    }
  }

  @Property(tries = 150, seed = "51004")
  void fitRankingIsConsistentWithEachPersonsGap(@ForAll long seed,
      @ForAll boolean essentialOnly, @ForAll boolean byOrganisation) {
    World w = World.of(seed, 40);
    GapAnalysis gaps = GapAnalysis.of(w.model());
    Population people = Population.of(w.people());
    Set<OrganisationTypeId> types = Set.of(w.model().organisationTypes().get(0).id());
    FitFilter filter = FitFilter.all().withEssentialMetOnly(essentialOnly);
    if (byOrganisation) {
      filter = filter.withOrganisationTypes(types);
    }
    for (Role role : w.model().roles()) {
      TalentPool pool = gaps.fit(people, role.id(), filter);
      List<Candidate> expected = new ArrayList<>();
      for (WorkerProfile p : w.people()) {
        if (byOrganisation && !(p.organisationType().isPresent()
            && types.contains(p.organisationType().get()))) {
          continue;
        }
        GapReport g = gaps.gap(p, role.id());
        if (essentialOnly && !g.essentialMet()) {
          continue;
        }
        expected.add(new Candidate(p.id(), g.readiness(), g.essentialMet(), g.shortfall()));
      }
      assertThat(pool.people()).containsExactlyInAnyOrderElementsOf(expected);
      for (int i = 1; i < pool.people().size(); i++) {
        Candidate a = pool.people().get(i - 1);
        Candidate b = pool.people().get(i);
        boolean inOrder = a.readiness() > b.readiness()
            || a.readiness() == b.readiness() && (a.shortfall() < b.shortfall()
                || a.shortfall() == b.shortfall() && a.person().compareTo(b.person()) < 0);
        assertThat(inOrder).as("%s before %s", a, b).isTrue();
      }
    }
  }

  /** The oracle for the optimised path: the inverted-index scorer against the direct scan. */
  @Property(tries = 300, seed = "51005")
  void theScorerEqualsTheDirectScanForEveryRole(@ForAll long seed) {
    World w = World.of(seed, 12);
    GapAnalysis gaps = GapAnalysis.of(w.model());
    RoleScorer scorer = RoleScorer.of(gaps);
    // One scorer reused for everyone: state from one person must not leak into the next.
    for (WorkerProfile p : w.people()) {
      scorer.score(p);
      for (int r = 0; r < scorer.roleCount(); r++) {
        RoleId id = scorer.role(r);
        assertThat(id).isEqualTo(w.model().roles().get(r).id());
        GapReport g = gaps.gap(p, id);
        assertThat(scorer.met(r)).as("met %s %s", p.id(), id).isEqualTo(g.met());
        assertThat(scorer.readiness(r)).isEqualTo(g.readiness());
        assertThat(scorer.essentialMet(r)).as("essentialMet %s %s", p.id(), id)
            .isEqualTo(g.essentialMet());
        assertThat(scorer.shortfall(r)).as("shortfall %s %s", p.id(), id).isEqualTo(g.shortfall());
      }
    }
  }

  @Property(tries = 200, seed = "51006")
  void transfersAreRoleToRoleReadiness(@ForAll long seed) {
    World w = World.of(seed, 0);
    GapAnalysis gaps = GapAnalysis.of(w.model());
    for (Role from : w.model().roles()) {
      List<Transfer> out = gaps.transfersFrom(from.id());
      Set<RoleId> targets = new HashSet<>();
      for (Transfer t : out) {
        GapReport g = gaps.gap(from.id(), t.to());
        assertThat(t.overlap()).isEqualTo(g.readiness());
        assertThat(t.met()).isEqualTo(g.met());
        assertThat(t.total()).isEqualTo(g.requirements().size());
        assertThat(w.model().role(t.to()).external()).isFalse();
        targets.add(t.to());
      }
      long expected = w.model().roles().stream()
          .filter(r -> !r.external() && !r.id().equals(from.id())).count();
      assertThat(targets).hasSize((int) expected);
      assertThat(out).isSortedAccordingTo(Comparator.comparingDouble(Transfer::overlap).reversed()
          .thenComparing(Transfer::to));
    }
    for (Role to : w.model().roles()) {
      List<Transfer> in = gaps.backgroundsFor(to.id());
      assertThat(in).allMatch(t -> w.model().role(t.from()).external() && !t.from().equals(to.id()));
      assertThat(in).hasSize((int) w.model().roles().stream()
          .filter(r -> r.external() && !r.id().equals(to.id())).count());
      for (Transfer t : in) {
        assertThat(t.overlap()).isEqualTo(gaps.gap(t.from(), to.id()).readiness());
      }
      assertThat(in).isSortedAccordingTo(Comparator.comparingDouble(Transfer::overlap).reversed()
          .thenComparing(Transfer::from));
    }
  }

  @Property(tries = 300, seed = "51007")
  void nextRolesMatchABruteForceSearch(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 5) int maxSteps) {
    World w = World.of(seed, 6);
    GapAnalysis gaps = GapAnalysis.of(w.model());
    for (WorkerProfile p : w.people()) {
      List<RoleOption> bounded = gaps.nextRoles(p, maxSteps);
      List<RoleOption> unbounded = gaps.nextRoles(p);
      for (List<RoleOption> options : List.of(bounded, unbounded)) {
        assertThat(options).isSortedAccordingTo(Comparator
            .comparingDouble(RoleOption::readiness).reversed()
            .thenComparingInt(RoleOption::shortfall)
            .thenComparingInt(o -> o.steps().orElse(0))
            .thenComparing(RoleOption::role));
        for (RoleOption o : options) {
          GapReport g = gaps.gap(p, o.role());
          assertThat(o.readiness()).isEqualTo(g.readiness());
          assertThat(o.shortfall()).isEqualTo(g.shortfall());
          assertThat(o.essentialMet()).isEqualTo(g.essentialMet());
        }
      }
      if (p.role().isEmpty()) {
        assertThat(unbounded).extracting(RoleOption::role).containsExactlyInAnyOrderElementsOf(
            w.model().roles().stream().filter(r -> !r.external()).map(Role::id).toList());
        assertThat(unbounded).allMatch(o -> o.steps().isEmpty());
        continue;
      }
      Map<RoleId, Integer> all = bruteForceSteps(w.model(), p.role().get(), Integer.MAX_VALUE);
      Map<RoleId, Integer> near = bruteForceSteps(w.model(), p.role().get(), maxSteps);
      assertThat(stepsOf(unbounded)).isEqualTo(all);
      assertThat(stepsOf(bounded)).isEqualTo(near);
      assertThat(bounded).allMatch(o -> o.steps().getAsInt() <= maxSteps);
    }
  }

  private static Map<RoleId, Integer> stepsOf(List<RoleOption> options) {
    Map<RoleId, Integer> out = new HashMap<>();
    for (RoleOption o : options) {
      assertThat(out.put(o.role(), o.steps().getAsInt())).as("listed once: %s", o.role()).isNull();
    }
    return out;
  }

  /**
   * The fewest moves to every role other than the start, by relaxing every route over and over
   * (Bellman–Ford with unit weights): deliberately a different algorithm from the BFS under test.
   */
  private static Map<RoleId, Integer> bruteForceSteps(WorkforceModel model, RoleId start, int max) {
    Map<RoleId, Integer> dist = new HashMap<>();
    dist.put(start, 0);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (ProgressionRoute route : model.routes()) {
        Integer d = dist.get(route.from());
        if (d != null && d < max) {
          Integer old = dist.get(route.to());
          if (old == null || old > d + 1) {
            dist.put(route.to(), d + 1);
            changed = true;
          }
        }
      }
    }
    dist.remove(start);
    return dist;
  }

  @Property(tries = 100, seed = "51008")
  void deltasListExactlyWhatIsNewOrRaised(@ForAll long seed) {
    World w = World.of(seed, 0);
    GapAnalysis gaps = GapAnalysis.of(w.model());
    List<RouteDelta> deltas = gaps.deltas();
    assertThat(deltas).hasSameSizeAs(w.model().routes());
    for (int i = 0; i < deltas.size(); i++) {
      ProgressionRoute route = w.model().routes().get(i);
      RouteDelta d = deltas.get(i);
      assertThat(d).isEqualTo(gaps.delta(route.from(), route.to()));
      Map<org.sppathways.model.CompetencyId, Integer> source = new HashMap<>();
      w.model().role(route.from()).requirements().forEach(q -> source.put(q.competency(), q.level()));
      List<LevelChange> expected = new ArrayList<>();
      for (Requirement q : w.model().role(route.to()).requirements()) {
        int had = source.getOrDefault(q.competency(), 0);
        if (q.level() > had) {
          expected.add(new LevelChange(q.competency(), had, q.level(), q.essential(), false));
        }
      }
      for (Requirement q : route.requirements()) {
        int had = source.getOrDefault(q.competency(), 0);
        if (q.level() > had) {
          expected.add(new LevelChange(q.competency(), had, q.level(), q.essential(), true));
        }
      }
      assertThat(d.changes()).isEqualTo(expected);
      // Holding the source role and then every change closes the target role's gap.
      WorkerProfile.Builder b = WorkerProfile.builder().id(PersonId.of("mover"));
      Map<org.sppathways.model.CompetencyId, Integer> held = new HashMap<>(source);
      d.changes().stream().filter(c -> !c.ofMove())
          .forEach(c -> held.merge(c.competency(), c.toLevel(), Math::max));
      b.holds(held);
      assertThat(gaps.gap(b.build(), route.to()).gaps()).isEmpty();
    }
  }

  @Property(tries = 50, seed = "51009")
  void resultsAreDeterministic(@ForAll long seed) {
    World w1 = World.of(seed, 10);
    World w2 = World.of(seed, 10);
    GapAnalysis a = GapAnalysis.of(w1.model());
    GapAnalysis b = GapAnalysis.of(w2.model());
    assertThat(a.transfers()).isEqualTo(b.transfers());
    assertThat(a.deltas()).isEqualTo(b.deltas());
    for (int i = 0; i < w1.people().size(); i++) {
      assertThat(a.nextRoles(w1.people().get(i))).isEqualTo(b.nextRoles(w2.people().get(i)));
    }
    RoleId first = w1.model().roles().get(0).id();
    assertThat(a.fit(Population.of(w1.people()), first))
        .isEqualTo(b.fit(Population.of(w2.people()), first));
  }

  /** Keeps the brute-force helper honest on the hand-made model's cycle. */
  @net.jqwik.api.Example
  void bruteForceStepsOnACycle() {
    WorkforceModel m = GapFixtures.MODEL;
    assertThat(bruteForceSteps(m, RoleId.of("lw"), Integer.MAX_VALUE))
        .isEqualTo(Map.of(RoleId.of("senior"), 1, RoleId.of("open"), 2));
    assertThat(bruteForceSteps(m, RoleId.of("nurse"), 1)).isEqualTo(Map.of(RoleId.of("lw"), 1));
  }

  /**
   * The level held with no dates anywhere, by the format's rule: the level in {@code holds} or the
   * highest level a completed course teaches, whichever is higher.
   */
  private static int heldBy(WorkforceModel model, WorkerProfile p, CompetencyId c) {
    int held = p.level(c);
    for (CourseId course : p.completed()) {
      for (CompetencyLevel cover : model.course(course).covers()) {
        if (cover.competency().equals(c)) {
          held = Math.max(held, cover.level());
        }
      }
    }
    return held;
  }
}
