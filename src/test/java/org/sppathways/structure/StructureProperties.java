package org.sppathways.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.sppathways.model.OrganisationType;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.WorkforceModel;
import org.sppathways.paths.Criterion;

/**
 * Ceilings, dead ends, critical roles, minimum cuts and distance matrices against brute-force
 * oracles (every simple path, every removal, every small subset) on seeded random models. Seeds
 * are pinned, so a failure replays exactly.
 */
class StructureProperties {

  private static List<Optional<OrganisationTypeId>> scopes(WorkforceModel model) {
    List<Optional<OrganisationTypeId>> out = new ArrayList<>();
    out.add(Optional.empty());
    model.organisationTypes().forEach(t -> out.add(Optional.of(t.id())));
    return out;
  }

  private static Predicate<RoleId> in(WorkforceModel model, Optional<OrganisationTypeId> scope) {
    return id -> BruteForce.within(model, scope, id);
  }

  /**
   * The default entry roles: entered by an entry route or from an external role, or with no
   * route in; when no route enters from outside at all, the roles at the lowest seniority (or,
   * with no seniorities, those with no route in); when that finds none, every role of the
   * workforce.
   */
  static Set<RoleId> entryRoles(WorkforceModel model) {
    List<Role> workforce = model.roles().stream().filter(r -> !r.external()).toList();
    Set<RoleId> out = new HashSet<>();
    for (Role r : workforce) {
      if (model.routesTo(r.id()).stream().anyMatch(x -> x.kind() == RouteKind.ENTRY
          || model.role(x.from()).external())) {
        out.add(r.id());
      }
    }
    boolean entered = !out.isEmpty();
    OptionalInt lowest = workforce.stream().flatMapToInt(r -> r.seniority().stream()).min();
    for (Role r : workforce) {
      boolean noWayIn = model.routesTo(r.id()).isEmpty();
      if (entered || lowest.isEmpty() ? noWayIn : r.seniority().equals(lowest)) {
        out.add(r.id());
      }
    }
    if (out.isEmpty()) {
      workforce.forEach(r -> out.add(r.id()));
    }
    return out;
  }

  /** The ceiling by enumerating every simple path in scope. */
  static Ceiling bruteCeiling(WorkforceModel model, Optional<OrganisationTypeId> scope, RoleId start) {
    Map<RoleId, Integer> steps = new HashMap<>();
    Map<RoleId, Integer> months = new HashMap<>();
    for (List<ProgressionRoute> p : BruteForce.paths(model, start, in(model, scope))) {
      RoleId end = BruteForce.end(start, p);
      steps.merge(end, p.size(), Math::min);
      months.merge(end, BruteForce.months(p), Math::min);
    }
    Comparator<RoleId> order = Comparator
        .comparingInt((RoleId r) -> -model.role(r).seniority().orElse(-1))
        .thenComparingInt(steps::get).thenComparingInt(months::get)
        .thenComparing(RoleId::value);
    RoleId best = steps.keySet().stream().min(order).get();
    return new Ceiling(scope, start, best, model.role(best).seniority(), steps.get(best),
        months.get(best));
  }

  @Property(tries = 300, seed = "80811")
  void ceilingsMatchEverySimplePath(@ForAll long seed) {
    WorkforceModel model = RandomModels.model(seed, 8);
    StructureAnalysis a = StructureAnalysis.of(model);
    Set<RoleId> entries = entryRoles(model);
    assertThat(a.entryRoles()).containsExactlyInAnyOrderElementsOf(entries);
    for (Role r : model.roles()) {
      if (!r.external()) {
        assertThat(a.ceilingAcrossTypes(r.id()))
            .isEqualTo(bruteCeiling(model, Optional.empty(), r.id()));
      }
      for (OrganisationType t : model.organisationTypes()) {
        Optional<Ceiling> c = a.ceiling(t.id(), r.id());
        if (BruteForce.within(model, Optional.of(t.id()), r.id())) {
          assertThat(c).contains(bruteCeiling(model, Optional.of(t.id()), r.id()));
        } else {
          assertThat(c).isEmpty();
        }
      }
    }
    List<Ceiling> expected = new ArrayList<>();
    for (OrganisationType t : model.organisationTypes()) {
      for (RoleId e : entries) {
        if (BruteForce.within(model, Optional.of(t.id()), e)) {
          expected.add(bruteCeiling(model, Optional.of(t.id()), e));
        }
      }
    }
    expected.sort(Comparator.comparing((Ceiling c) -> c.entryRole().value())
        .thenComparing(c -> c.organisationType().get().value()));
    assertThat(a.ceilings()).isEqualTo(expected);
    for (CrossingGain g : a.crossingGains()) {
      assertThat(g.crossingTypes()).isEqualTo(bruteCeiling(model, Optional.empty(), g.entryRole()));
      // Crossing types can only widen the choice.
      if (g.withinType().seniority().isPresent()) {
        assertThat(g.seniorityGain().getAsInt()).isNotNegative();
      }
    }
  }

  @Property(tries = 300, seed = "80812")
  void deadEndsMatchEverySimplePath(@ForAll long seed) {
    WorkforceModel model = RandomModels.model(seed, 8);
    StructureAnalysis a = StructureAnalysis.of(model);
    List<DeadEnd> expected = new ArrayList<>();
    for (Optional<OrganisationTypeId> scope : scopes(model)) {
      int top = model.roles().stream().filter(r -> in(model, scope).test(r.id()))
          .mapToInt(r -> r.seniority().orElse(-1)).max().orElse(-1);
      for (Role r : model.roles()) {
        if (!in(model, scope).test(r.id()) || r.seniority().isEmpty()) {
          continue;
        }
        int s = r.seniority().getAsInt();
        boolean up = BruteForce.reachable(model, r.id(), in(model, scope)).stream()
            .anyMatch(x -> model.role(x).seniority().orElse(-1) > s);
        if (up) {
          continue;
        }
        Optional<RoleId> nearest = Optional.empty();
        if (scope.isPresent()) {
          Map<RoleId, Integer> steps = new HashMap<>();
          for (List<ProgressionRoute> p : BruteForce.paths(model, r.id(), in(model, Optional.empty()))) {
            steps.merge(BruteForce.end(r.id(), p), p.size(), Math::min);
          }
          nearest = steps.keySet().stream().filter(x -> model.role(x).seniority().orElse(-1) > s)
              .min(Comparator.comparingInt((RoleId x) -> steps.get(x)).thenComparing(RoleId::value));
        }
        expected.add(new DeadEnd(r.id(), scope, s, s == top, nearest.isPresent(), nearest));
      }
    }
    List<DeadEnd> actual = new ArrayList<>(a.deadEndsAcrossTypes());
    actual.addAll(a.deadEnds());
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(a.plateaus()).allMatch(DeadEnd::onlyByChangingType)
        .hasSize((int) a.deadEnds().stream().filter(DeadEnd::onlyByChangingType).count());
    for (OrganisationType t : model.organisationTypes()) {
      assertThat(a.deadEnds(t.id())).isEqualTo(a.deadEnds().stream()
          .filter(d -> d.organisationType().get().equals(t.id())).toList());
    }
  }

  /** Senior roles reachable from entry roles in scope, with {@code removed} left out. */
  private static Set<RoleId> seniorsReached(WorkforceModel model, StructureAnalysis a,
      Optional<OrganisationTypeId> scope, Set<RoleId> removed) {
    Set<RoleId> seniors = new HashSet<>(a.seniorRoles());
    Set<RoleId> out = new HashSet<>();
    Predicate<RoleId> allowed = in(model, scope).and(x -> !removed.contains(x));
    for (RoleId e : a.entryRoles()) {
      if (allowed.test(e)) {
        BruteForce.reachable(model, e, allowed).stream().filter(seniors::contains).forEach(out::add);
      }
    }
    return out;
  }

  @Property(tries = 200, seed = "80813")
  void criticalRolesAreExactlyTheRolesWhoseRemovalCutsOffSeniorRoles(@ForAll long seed) {
    WorkforceModel model = RandomModels.model(seed, 8);
    StructureAnalysis a = StructureAnalysis.of(model);
    for (Optional<OrganisationTypeId> scope : scopes(model)) {
      Set<RoleId> before = seniorsReached(model, a, scope, Set.of());
      Map<RoleId, List<RoleId>> expected = new HashMap<>();
      for (Role d : model.roles()) {
        Set<RoleId> lost = new HashSet<>(before);
        lost.removeAll(seniorsReached(model, a, scope, Set.of(d.id())));
        lost.remove(d.id());
        if (!lost.isEmpty()) {
          expected.put(d.id(), lost.stream().sorted(Comparator.comparing(RoleId::value)).toList());
        }
      }
      List<CriticalRole> actual = scope.isPresent() ? a.criticalRoles(scope.get()) : a.criticalRoles();
      Map<RoleId, List<RoleId>> got = new HashMap<>();
      actual.forEach(c -> got.put(c.role(), c.cutsOff()));
      assertThat(got).as("scope %s", scope).isEqualTo(expected);
      assertThat(actual).allMatch(c -> c.organisationType().equals(scope));
    }
  }

  private static boolean disconnects(WorkforceModel model, Optional<OrganisationTypeId> scope,
      MinimumCut cut, Set<ProgressionRoute> lostRoutes, Set<RoleId> lostRoles) {
    Set<RoleId> targets = new HashSet<>(cut.seniorRoles());
    for (RoleId e : cut.entryRoles()) {
      if (lostRoles.contains(e)) {
        continue;
      }
      Set<RoleId> seen = new HashSet<>(Set.of(e));
      List<RoleId> queue = new ArrayList<>(List.of(e));
      for (int i = 0; i < queue.size(); i++) {
        RoleId v = queue.get(i);
        if (targets.contains(v)) {
          return false;
        }
        for (ProgressionRoute r : model.routesFrom(v)) {
          if (!lostRoutes.contains(r) && !lostRoles.contains(r.to())
              && BruteForce.within(model, scope, r.to()) && seen.add(r.to())) {
            queue.add(r.to());
          }
        }
      }
    }
    return true;
  }

  private static <T> boolean anySubsetSmallerThan(List<T> items, int size,
      Predicate<Set<T>> test) {
    return subsets(items, 0, size - 1, new ArrayList<>(), test);
  }

  private static <T> boolean subsets(List<T> items, int from, int left, List<T> chosen,
      Predicate<Set<T>> test) {
    if (test.test(new HashSet<>(chosen))) {
      return true;
    }
    if (left == 0) {
      return false;
    }
    for (int i = from; i < items.size(); i++) {
      chosen.add(items.get(i));
      boolean found = subsets(items, i + 1, left - 1, chosen, test);
      chosen.remove(chosen.size() - 1);
      if (found) {
        return true;
      }
    }
    return false;
  }

  @Property(tries = 200, seed = "80814")
  void minimumCutsDisconnectAndNoSmallerSetDoes(@ForAll long seed) {
    WorkforceModel model = RandomModels.model(seed, 7);
    // the default entry roles, and (so that the ladder has rungs between its ends more often)
    // one entry role: the first role of the workforce by id
    List<StructureAnalysis> analyzers = new ArrayList<>(List.of(StructureAnalysis.of(model)));
    model.roles().stream().filter(r -> !r.external()).map(Role::id)
        .min(java.util.Comparator.comparing(RoleId::value))
        .ifPresent(first -> analyzers.add(StructureAnalysis.of(model,
            StructureOptions.defaults().withEntryRoles(List.of(first)))));
    for (StructureAnalysis a : analyzers) {
      for (Optional<OrganisationTypeId> scope : scopes(model)) {
        checkCut(model, a, scope);
      }
    }
    Statistics.label("role cut").coverage(c -> {
      c.check("exists").percentage(p -> p >= 10);
      c.check("none (direct)").percentage(p -> p >= 10);
    });
  }

  private static void checkCut(WorkforceModel model, StructureAnalysis a,
      Optional<OrganisationTypeId> scope) {
    {
      MinimumCut cut = scope.isPresent() ? a.minimumCut(scope.get()) : a.minimumCut();
      Set<RoleId> entries = new HashSet<>(a.entryRoles());
      Set<RoleId> seniors = new HashSet<>(a.seniorRoles());
      assertThat(cut.entryRoles()).allMatch(e -> entries.contains(e) && !seniors.contains(e)
          && BruteForce.within(model, scope, e));
      assertThat(cut.seniorRoles()).allMatch(s -> seniors.contains(s) && !entries.contains(s)
          && BruteForce.within(model, scope, s));
      boolean connected = !disconnects(model, scope, cut, Set.of(), Set.of());
      assertThat(cut.connected()).isEqualTo(connected);
      if (!connected) {
        assertThat(cut.routes()).isEmpty();
        assertThat(cut.roles()).isEmpty();
        return;
      }
      assertThat(disconnects(model, scope, cut, new HashSet<>(cut.routes()), Set.of())).isTrue();
      List<ProgressionRoute> inScope = model.routes().stream()
          .filter(r -> BruteForce.within(model, scope, r.from())
              && BruteForce.within(model, scope, r.to())).toList();
      if (inScope.size() <= 24) {
        assertThat(anySubsetSmallerThan(inScope, cut.routes().size(),
            s -> disconnects(model, scope, cut, s, Set.of()))).isFalse();
      }
      // the role cut: roles in between only, never an entry or a senior role
      List<RoleId> between = model.roles().stream().map(Role::id)
          .filter(r -> BruteForce.within(model, scope, r) && !entries.contains(r)
              && !seniors.contains(r)).toList();
      boolean separable = disconnects(model, scope, cut, Set.of(), new HashSet<>(between));
      Statistics.label("role cut").collect(separable ? "exists" : "none (direct)");
      assertThat(cut.roleCutExists()).as("scope %s", scope).isEqualTo(separable);
      if (!separable) {
        assertThat(cut.roles()).isEmpty();
        return;
      }
      assertThat(between).containsAll(cut.roles());
      assertThat(disconnects(model, scope, cut, Set.of(), new HashSet<>(cut.roles()))).isTrue();
      assertThat(anySubsetSmallerThan(between, cut.roles().size(),
          s -> disconnects(model, scope, cut, Set.of(), s))).isFalse();
    }
  }

  @Property(tries = 200, seed = "80815")
  void distancesMatchFloydWarshall(@ForAll long seed) {
    WorkforceModel model = RandomModels.model(seed, 25);
    int n = model.roles().size();
    long inf = Long.MAX_VALUE / 4;
    for (Criterion metric : List.of(Criterion.STEPS, Criterion.MONTHS)) {
      long[][] d = new long[n][n];
      for (int i = 0; i < n; i++) {
        java.util.Arrays.fill(d[i], inf);
        d[i][i] = 0;
      }
      for (ProgressionRoute r : model.routes()) {
        int i = model.roleIndex(r.from());
        int j = model.roleIndex(r.to());
        d[i][j] = Math.min(d[i][j], metric == Criterion.STEPS ? 1 : r.months());
      }
      for (int k = 0; k < n; k++) {
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < n; j++) {
            d[i][j] = Math.min(d[i][j], d[i][k] + d[k][j]);
          }
        }
      }
      for (boolean parallel : new boolean[] {false, true}) {
        DistanceMatrix m = StructureAnalysis.of(model,
            StructureOptions.defaults().withParallel(parallel)).distances(metric);
        assertThat(m.metric()).isEqualTo(metric);
        assertThat(m.size()).isEqualTo(n);
        long reachable = 0;
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < n; j++) {
            OptionalInt expected = d[i][j] >= inf ? OptionalInt.empty() : OptionalInt.of((int) d[i][j]);
            assertThat(m.distance(i, j)).isEqualTo(expected);
            assertThat(m.distance(model.roles().get(i).id(), model.roles().get(j).id()))
                .isEqualTo(expected);
            reachable += i != j && expected.isPresent() ? 1 : 0;
          }
        }
        PathLengthDistribution dist = m.distribution();
        assertThat(dist.reachablePairs()).isEqualTo(reachable);
        assertThat(dist.reachablePairs() + dist.unreachablePairs()).isEqualTo((long) n * (n - 1));
        assertThat(dist.lengths().stream().mapToLong(PathLengthDistribution.LengthCount::pairs).sum())
            .isEqualTo(reachable);
      }
    }
  }

  @Property(tries = 200, seed = "80816")
  void supportListsPartitionTheVocabulary(@ForAll long seed) {
    WorkforceModel model = RandomModels.model(seed, 10);
    StructureAnalysis a = StructureAnalysis.of(model);
    Set<String> vocabulary = new HashSet<>();
    model.organisationTypes().forEach(t -> t.supports().forEach(s -> vocabulary.add(s.structure())));
    assertThat(a.supportStructures()).containsExactlyInAnyOrderElementsOf(vocabulary).isSorted();
    int expected = 0;
    for (Role r : model.roles()) {
      expected += r.external() ? 0 : r.offeredBy().size();
    }
    assertThat(a.support()).hasSize(expected);
    for (RoleSupport s : a.support()) {
      OrganisationType t = model.organisationType(s.organisationType());
      assertThat(s.has()).allMatch(t::offers).isSorted();
      assertThat(s.lacks()).noneMatch(t::offers).isSorted();
      Set<String> all = new HashSet<>(s.has());
      all.addAll(s.lacks());
      assertThat(all).isEqualTo(vocabulary);
    }
    Set<RoleId> seniors = new HashSet<>(a.seniorRoles());
    for (SupportGap g : a.supportGaps()) {
      assertThat(seniors).contains(g.role());
      assertThat(model.role(g.role()).offeredBy()).contains(g.organisationType());
      assertThat(g.lacks()).isNotEmpty()
          .allMatch(x -> a.keySupports().contains(x)
              && !model.organisationType(g.organisationType()).offers(x));
    }
  }
}
