package org.sppathways.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;
import org.sppathways.paths.BruteForce.Walk;

/**
 * Without limits the searches compare keys packed into one long, each component in a bit field
 * sized for the longest simple path. These models stress the layout at its edges, against the
 * brute-force oracle: paths as long as the model allows (every field's sum at its largest, so a
 * field too narrow would carry into the next), and weights too large to pack at all, which must
 * fall back to key vectors rather than overflow.
 */
class KeyPackingTest {

  private static String id(int i) {
    return String.format("r%02d", i);
  }

  private static ProgressionRoute route(int from, int to, int months) {
    return ProgressionRoute.builder().from(RoleId.of(id(from))).to(RoleId.of(id(to)))
        .kind(RouteKind.LATERAL).months(months).build();
  }

  /**
   * A chain r00 → r01 → ... of n roles, with some forward shortcuts and a few routes back, so
   * the longest simple path has n - 1 steps; many routes take 0 months and little training, so
   * the long paths compete with the short ones.
   */
  private static WorkforceModel chain(Random random, int n) {
    WorkforceModel.Builder b = WorkforceModel.builder().name("chain")
        .scale(ProficiencyScale.of("A", "B"));
    for (int i = 0; i < n; i++) {
      b.addRole(Role.builder().id(RoleId.of(id(i))).title("R" + i).build());
    }
    List<ProgressionRoute> routes = new ArrayList<>();
    for (int i = 0; i + 1 < n; i++) {
      routes.add(route(i, i + 1, random.nextInt(3) == 0 ? 1 : 0));
      for (int j = i + 2; j < n && j <= i + 4; j++) {
        if (random.nextInt(3) == 0) {
          routes.add(route(i, j, random.nextInt(4)));
        }
      }
      if (i > 0 && random.nextInt(5) == 0) {
        routes.add(route(i, random.nextInt(i), random.nextInt(2)));
      }
    }
    b.addRoutes(routes);
    return b.build();
  }

  private static void assertSame(List<CareerPath> found, List<Walk> expected, String what) {
    assertThat(found.stream().map(CareerPath::roles).toList()).as(what)
        .isEqualTo(expected.stream().map(Walk::roles).toList());
    for (int i = 0; i < found.size(); i++) {
      assertThat(found.get(i).hours()).as(what).isEqualTo(expected.get(i).hours());
      assertThat(found.get(i).cost()).as(what).isEqualTo(expected.get(i).cost());
      assertThat(found.get(i).months()).as(what).isEqualTo(expected.get(i).months());
      assertThat(found.get(i).total(Criterion.HOURS)).as(what).isEqualTo(expected.get(i).hours());
      assertThat(found.get(i).total(Criterion.COST)).as(what).isEqualTo(expected.get(i).cost());
      assertThat(found.get(i).total(Criterion.MONTHS)).as(what)
          .isEqualTo((double) expected.get(i).months());
      assertThat(found.get(i).total(Criterion.STEPS)).as(what)
          .isEqualTo((double) expected.get(i).steps());
    }
  }

  private static void checkAll(WorkforceModel model, RoleId from, RoleId to, String what) {
    CareerPathFinder finder = CareerPathFinder.of(model);
    for (Criterion by : Criterion.values()) {
      PathQuery q = PathQuery.by(by);
      BruteForce oracle = new BruteForce(model, q, null);
      CareerPaths k = finder.paths(from, to, 25, q);
      assertSame(k.paths(), oracle.kBest(from, to, 25), what + " k best by " + by);
      assertThat(k.complete()).isTrue();
      assertSame(finder.reach(from, q).roles().stream().map(ReachableRole::path).toList(),
          oracle.reach(from), what + " reach by " + by);
      assertSame(finder.pareto(from, to, q).paths(), oracle.pareto(from, to),
          what + " pareto by " + by);
    }
  }

  @Test
  void theLongestSimplePathsStillCompareRightWhenPacked() {
    for (long seed = 0; seed < 40; seed++) {
      Random random = new Random(seed);
      int n = 9 + random.nextInt(4);
      checkAll(chain(random, n), RoleId.of(id(0)), RoleId.of(id(n - 1)), "seed " + seed);
    }
  }

  /**
   * Months near the largest a route may have: the months field of a packed key needs about
   * 35 bits, and the sums of long paths must still compare right.
   */
  @Test
  void largeMonthsStillCompareRight() {
    for (long seed = 0; seed < 30; seed++) {
      Random random = new Random(seed);
      int n = 6 + random.nextInt(4);
      WorkforceModel model = chain(random, n);
      WorkforceModel.Builder b = WorkforceModel.builder().name("heavy")
          .scale(ProficiencyScale.of("A", "B")).addRoles(model.roles());
      for (ProgressionRoute r : model.routes()) {
        b.addRoute(ProgressionRoute.builder().from(r.from()).to(r.to()).kind(r.kind()).months(
            random.nextBoolean() ? Integer.MAX_VALUE - random.nextInt(3) : r.months()).build());
      }
      WorkforceModel heavy = b.build();
      checkAll(heavy, RoleId.of(id(0)), RoleId.of(id(n - 1)), "seed " + seed);
    }
  }

  @Test
  void aModelOfOneRoleHasOnlyThePathOfNoSteps() {
    WorkforceModel model = chain(new Random(1), 1);
    CareerPathFinder finder = CareerPathFinder.of(model);
    RoleId only = RoleId.of(id(0));
    for (Criterion by : Criterion.values()) {
      CareerPaths paths = finder.paths(only, only, 3, PathQuery.by(by));
      assertThat(paths.paths()).hasSize(1);
      assertThat(paths.paths().get(0).roles()).containsExactly(only);
      assertThat(finder.reach(only, PathQuery.by(by)).roles()).isEmpty();
    }
  }

  @Test
  void aPersonMustAskForOnePathOrMore() {
    RandomGraphs.Instance in = RandomGraphs.instance(1, 4);
    WorkerProfile person = RandomGraphs.person(in, new Random(1));
    RoleId to = in.model().roles().get(0).id();
    assertThatThrownBy(
        () -> in.finder().paths(person, to, 0, PathQuery.defaults()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k");
    assertThat(in.finder().paths(person, to, 1, PathQuery.defaults()).paths().size())
        .isLessThanOrEqualTo(1);
  }
}
