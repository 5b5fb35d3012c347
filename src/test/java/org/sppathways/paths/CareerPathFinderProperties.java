package org.sppathways.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.sppathways.gaps.RequirementGap;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;
import org.sppathways.paths.BruteForce.Walk;
import org.sppathways.paths.RandomGraphs.Instance;
import org.sppathways.training.Objective;

/**
 * The searches against the brute-force oracle ({@link BruteForce}: every simple path) on many
 * small random models, for every criterion and every constraint, from roles and from people.
 * The jqwik seed is pinned so that a failure replays; the generated long is the model's seed.
 */
class CareerPathFinderProperties {

  static final String SEED = "20240611";

  static PathQuery randomQuery(Instance in, Random random, boolean person) {
    PathQuery.Builder b = PathQuery.builder().by(Criterion.values()[random.nextInt(4)]);
    List<Role> roles = in.model().roles();
    switch (random.nextInt(8)) {
      case 0:
        b.within(OrganisationTypeId.of(RandomGraphs.ORGS.get(random.nextInt(3))));
        break;
      case 1:
        b.avoid(roles.get(random.nextInt(roles.size())).id());
        break;
      case 2:
        b.kinds(RouteKind.values()[random.nextInt(4)], RouteKind.values()[random.nextInt(4)]);
        break;
      case 3:
        b.maxSteps(1 + random.nextInt(3));
        break;
      case 4:
        b.maxMonths(6 + random.nextInt(5) * 6);
        break;
      case 5:
        b.maxSteps(1 + random.nextInt(3)).maxMonths(6 + random.nextInt(6) * 6)
            .within(OrganisationTypeId.of("o0"), OrganisationTypeId.of("o1"));
        break;
      case 6:
        if (person) {
          b.qualifiedOnly(true);
        } else {
          b.routeFilter(r -> r.months() != 6);
        }
        break;
      default:
        break;
    }
    if (random.nextInt(6) == 0) {
      b.roleFilter(r -> !r.id().value().equals("rb"));
    }
    if (random.nextInt(6) == 0) {
      // plans by another objective: a path's hours or cost are then those of that plan
      b.training(random.nextBoolean() ? Objective.COST : Objective.HOURS);
    }
    return b.build();
  }

  static RoleId anyRole(Instance in, Random random) {
    List<Role> roles = in.model().roles();
    return roles.get(random.nextInt(roles.size())).id();
  }

  /** A target: the start itself in one draw of ten, another role otherwise. */
  static RoleId target(Instance in, Random random, RoleId from) {
    List<Role> roles = in.model().roles();
    if (from == null || random.nextInt(10) == 0) {
      return from != null ? from : anyRole(in, random);
    }
    List<RoleId> others = roles.stream().map(Role::id).filter(r -> !r.equals(from)).toList();
    return others.get(random.nextInt(others.size()));
  }

  /**
   * Labels a draw by what it exercises, and fails the property when the trivial draws grow: a
   * target that is the start, no path at all, a single path (nothing to order), or no path
   * that takes any course (nothing to plan).
   */
  static void classify(BruteForce oracle, RoleId from, RoleId to) {
    List<Walk> all = oracle.all(from).stream().filter(w -> w.end().equals(to)).toList();
    Statistics.label("start").collect(to.equals(from) ? "from = to" : "from != to");
    Statistics.label("paths to the target").collect(all.isEmpty() ? "none"
        : all.size() == 1 ? "one" : "several");
    Statistics.label("training").collect(all.stream().anyMatch(w -> !w.courses().isEmpty())
        ? "some path takes courses" : "no courses");
    Statistics.label("start").coverage(c -> c.check("from = to").percentage(p -> p <= 15));
    Statistics.label("paths to the target").coverage(c -> {
      c.check("none").percentage(p -> p <= 35);
      c.check("several").percentage(p -> p >= 25);
    });
    Statistics.label("training").coverage(
        c -> c.check("some path takes courses").percentage(p -> p >= 40));
  }

  @Property(tries = 400, seed = SEED)
  void kBestEqualsTheFirstKOfAllSimplePaths(@ForAll long seed) {
    Instance in = RandomGraphs.instance(seed, 7);
    Random random = new Random(seed ^ 0x5DEECE66DL);
    RoleId from = anyRole(in, random);
    RoleId to = target(in, random, from);
    int k = 1 + random.nextInt(8);
    PathQuery q = randomQuery(in, random, false);
    CareerPaths found = in.finder().paths(from, to, k, q);
    List<Walk> expected = new BruteForce(in.model(), q, null).kBest(from, to, k);
    classify(new BruteForce(in.model(), q, null), from, to);
    assertSame(found.paths(), expected);
    assertThat(found.complete()).isTrue();
    checkShape(found, Optional.of(from), to, k);
    BruteForce oracle = new BruteForce(in.model(), q, null);
    for (CareerPath p : found.paths()) {
      checkSteps(in.model(), p, oracle.heldAtStart(from), Set.of());
    }
  }

  @Property(tries = 300, seed = SEED)
  void kBestFromAPersonEqualsTheOracle(@ForAll long seed) {
    Instance in = RandomGraphs.instance(seed, 6);
    Random random = new Random(seed ^ 0x1234L);
    WorkerProfile person = RandomGraphs.person(in, random);
    RoleId to = target(in, random, person.role().orElse(null));
    int k = 1 + random.nextInt(6);
    PathQuery q = randomQuery(in, random, true);
    CareerPaths found = in.finder().paths(person, to, k, q);
    List<Walk> expected = new BruteForce(in.model(), q, person)
        .kBest(person.role().orElse(null), to, k);
    assertSame(found.paths(), expected);
    assertThat(found.complete()).isTrue();
    checkShape(found, person.role(), to, k);
    for (CareerPath p : found.paths()) {
      checkSteps(in.model(), p, org.sppathways.model.ModelFixtures.heldUndated(in.model(), person),
          Set.copyOf(person.completed()));
    }
    for (CareerPath p : found.paths()) {
      for (int i = 0; i < p.stepCount(); i++) {
        assertThat(p.steps().get(i).personal()).isEqualTo(i == 0);
      }
      if (person.role().isEmpty() && p.stepCount() > 0) {
        assertThat(p.steps().get(0).route().kind()).isEqualTo(RouteKind.ENTRY);
      }
    }
  }

  /** The k best by hours or cost, the criteria whose totals accumulate along a path. */
  private static void kBestByTraining(long seed, Criterion by) {
    Instance in = RandomGraphs.instance(seed, 6);
    Random random = new Random(seed ^ 0x3C3CL);
    RoleId from = anyRole(in, random);
    RoleId to = target(in, random, from);
    int k = 1 + random.nextInt(6);
    PathQuery q = randomQuery(in, random, false).toBuilder().by(by).build();
    BruteForce oracle = new BruteForce(in.model(), q, null);
    List<Walk> expected = oracle.kBest(from, to, k);
    classify(new BruteForce(in.model(), q, null), from, to);
    CareerPaths found = in.finder().paths(from, to, k, q);
    assertSame(found.paths(), expected);
    assertThat(found.complete()).isTrue();
    for (CareerPath p : found.paths()) {
      checkSteps(in.model(), p, oracle.heldAtStart(from), Set.of());
    }
  }

  @Property(tries = 300, seed = SEED)
  void kBestByHoursEqualsTheOracle(@ForAll long seed) {
    kBestByTraining(seed, Criterion.HOURS);
  }

  @Property(tries = 300, seed = SEED)
  void kBestByCostEqualsTheOracle(@ForAll long seed) {
    kBestByTraining(seed, Criterion.COST);
  }

  @Property(tries = 300, seed = SEED)
  void reachByHoursEqualsTheOracle(@ForAll long seed) {
    Instance in = RandomGraphs.instance(seed, 6);
    Random random = new Random(seed ^ 0x5A5AL);
    RoleId from = anyRole(in, random);
    PathQuery q = randomQuery(in, random, false).toBuilder().by(Criterion.HOURS).build();
    BruteForce oracle = new BruteForce(in.model(), q, null);
    List<Walk> expected = oracle.reach(from);
    Statistics.label("reached").collect(expected.isEmpty() ? "none"
        : expected.size() == 1 ? "one role" : "several roles");
    Statistics.label("reached").coverage(c -> c.check("several roles").percentage(p -> p >= 50));
    Reach reach = in.finder().reach(from, q);
    assertSame(reach.roles().stream().map(ReachableRole::path).toList(), expected);
    assertThat(reach.complete()).isTrue();
    for (ReachableRole r : reach.roles()) {
      checkSteps(in.model(), r.path(), oracle.heldAtStart(from), Set.of());
    }
  }

  @Property(tries = 300, seed = SEED)
  void paretoEqualsTheNonDominatedSimplePaths(@ForAll long seed) {
    Instance in = RandomGraphs.instance(seed, 7);
    Random random = new Random(seed ^ 0x77L);
    RoleId from = anyRole(in, random);
    RoleId to = target(in, random, from);
    PathQuery q = randomQuery(in, random, false);
    CareerPaths found = in.finder().pareto(from, to, q);
    List<Walk> expected = new BruteForce(in.model(), q, null).pareto(from, to);
    classify(new BruteForce(in.model(), q, null), from, to);
    assertSame(found.paths(), expected);
    assertThat(found.complete()).isTrue();
    checkShape(found, Optional.of(from), to, Integer.MAX_VALUE);
  }

  @Property(tries = 200, seed = SEED)
  void paretoFromAPersonEqualsTheOracle(@ForAll long seed) {
    Instance in = RandomGraphs.instance(seed, 6);
    Random random = new Random(seed ^ 0x99L);
    WorkerProfile person = RandomGraphs.person(in, random);
    RoleId to = target(in, random, person.role().orElse(null));
    PathQuery q = randomQuery(in, random, true);
    CareerPaths found = in.finder().pareto(person, to, q);
    List<Walk> expected = new BruteForce(in.model(), q, person)
        .pareto(person.role().orElse(null), to);
    assertSame(found.paths(), expected);
  }

  @Property(tries = 300, seed = SEED)
  void reachEqualsTheBestPathToEveryRole(@ForAll long seed) {
    Instance in = RandomGraphs.instance(seed, 7);
    Random random = new Random(seed ^ 0xABCL);
    RoleId from = anyRole(in, random);
    PathQuery q = randomQuery(in, random, false);
    Reach reach = in.finder().reach(from, q);
    List<Walk> expected = new BruteForce(in.model(), q, null).reach(from);
    assertSame(reach.roles().stream().map(ReachableRole::path).toList(), expected);
    assertThat(reach.complete()).isTrue();
    for (ReachableRole r : reach.roles()) {
      assertThat(r.path().end()).isEqualTo(r.role());
      assertThat(r.role()).isNotEqualTo(from);
    }
  }

  @Property(tries = 200, seed = SEED)
  void reachFromAPersonEqualsTheOracle(@ForAll long seed) {
    Instance in = RandomGraphs.instance(seed, 6);
    Random random = new Random(seed ^ 0xDEFL);
    WorkerProfile person = RandomGraphs.person(in, random);
    PathQuery q = randomQuery(in, random, true);
    Reach reach = in.finder().reach(person, q);
    List<Walk> expected = new BruteForce(in.model(), q, person)
        .reach(person.role().orElse(null));
    assertSame(reach.roles().stream().map(ReachableRole::path).toList(), expected);
  }

  /** Same roles, totals and routes, in the same order. */
  static void assertSame(List<CareerPath> found, List<Walk> expected) {
    assertThat(found.stream().map(CareerPath::roles).toList())
        .isEqualTo(expected.stream().map(Walk::roles).toList());
    for (int i = 0; i < found.size(); i++) {
      CareerPath p = found.get(i);
      Walk w = expected.get(i);
      assertThat(p.routes()).isEqualTo(w.routes());
      assertThat(p.months()).isEqualTo(w.months());
      assertThat(p.hours()).isEqualTo(w.hours());
      assertThat(p.cost()).isEqualTo(w.cost());
      if (p.steps().stream().allMatch(PathStep::planned)) {
        assertThat(courses(p)).as("the courses of %s", p.roles())
            .containsExactlyInAnyOrderElementsOf(w.courses());
      }
    }
  }

  /** A path's courses, step by step; each may appear once. */
  static List<CourseId> courses(CareerPath p) {
    List<CourseId> all = new ArrayList<>();
    p.steps().forEach(s -> all.addAll(s.courses()));
    assertThat(new HashSet<>(all)).as("no course twice on %s", p.roles()).hasSameSizeAs(all);
    return all;
  }

  /**
   * What each step says holds together: the path's hours and cost are the sums over its
   * courses; a step's gaps are measured against what is held on arrival (the start's levels
   * raised by the courses of earlier steps); after a step's courses, every gap of that step is
   * closed unless listed as unclosable; and every course's prerequisites are met when begun.
   */
  static void checkSteps(WorkforceModel model, CareerPath p, Map<CompetencyId, Integer> start,
      Set<CourseId> completed) {
    List<CourseId> all = courses(p);
    assertThat(all.stream().mapToDouble(c -> model.course(c).hours()).sum())
        .isCloseTo(p.hours(), within(1e-9));
    assertThat(all.stream().mapToDouble(c -> model.course(c).cost()).sum())
        .isCloseTo(p.cost(), within(1e-9));
    Map<CompetencyId, Integer> held = new HashMap<>(start);
    Set<CourseId> done = new HashSet<>(completed);
    for (PathStep s : p.steps()) {
      for (RequirementGap g : s.gaps()) {
        assertThat(g.held()).as("held on arrival at %s", s.to())
            .isEqualTo(held.getOrDefault(g.competency(), 0));
      }
      double hours = 0;
      for (CourseId c : s.courses()) {
        Course course = model.course(c);
        for (CourseId pre : course.prerequisites()) {
          boolean met = done.contains(pre) || model.course(pre).covers().stream()
              .allMatch(l -> held.getOrDefault(l.competency(), 0) >= l.level());
          assertThat(met).as("%s before %s on %s", pre, c, p.roles()).isTrue();
        }
        done.add(c);
        course.covers().forEach(l -> held.merge(l.competency(), l.level(), Math::max));
        hours += course.hours();
      }
      assertThat(s.hours()).isCloseTo(hours, within(1e-9));
      for (RequirementGap g : s.gaps()) {
        boolean closed = held.getOrDefault(g.competency(), 0) >= g.required();
        boolean unclosable = s.unclosable().contains(
            CompetencyLevel.of(g.competency(), g.required()));
        assertThat(closed || unclosable).as("gap %s at %s", g, s.to()).isTrue();
      }
    }
  }

  /** The properties every answer has: simple, right ends, at most k, distinct. */
  static void checkShape(CareerPaths found, Optional<RoleId> from, RoleId to, int k) {
    assertThat(found.paths().size()).isLessThanOrEqualTo(k);
    assertThat(new HashSet<>(found.paths().stream().map(CareerPath::routes).toList()))
        .hasSameSizeAs(found.paths());
    for (CareerPath p : found.paths()) {
      assertThat(new HashSet<>(p.roles())).as("simple: %s", p.roles()).hasSameSizeAs(p.roles());
      assertThat(p.end()).isEqualTo(to);
      from.ifPresent(f -> assertThat(p.start()).isEqualTo(f));
      List<RoleId> along = new ArrayList<>();
      along.add(p.start());
      p.routes().forEach(r -> along.add(r.to()));
      assertThat(along).isEqualTo(p.roles());
      for (int i = 0; i < p.stepCount(); i++) {
        assertThat(p.routes().get(i).from()).isEqualTo(p.roles().get(i));
      }
    }
  }
}
