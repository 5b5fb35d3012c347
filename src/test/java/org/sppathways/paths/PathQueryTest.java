package org.sppathways.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.WorkforceModel;
import org.sppathways.training.Objective;

/** Query settings: filters combine, copies keep every setting, the work limit's boundary. */
class PathQueryTest {
  private static final WorkforceModel SMALL = CareerPathFinderTest.small();
  private static final CareerPathFinder FINDER = CareerPathFinder.of(SMALL);
  private static final RoleId A = RoleId.of("a");

  private static List<String> reached(PathQuery q) {
    return FINDER.reach(A, q).roles().stream().map(r -> r.role().value()).toList();
  }

  @Test
  void roleFiltersAddedTwiceMustBothPass() {
    Predicate<Role> notB = r -> !r.id().value().equals("b");
    Predicate<Role> notC = r -> !r.id().value().equals("c");
    assertThat(reached(PathQuery.builder().roleFilter(notB).build())).containsExactly("c", "d");
    assertThat(reached(PathQuery.builder().roleFilter(notC).build())).containsExactly("b");
    assertThat(reached(PathQuery.builder().roleFilter(notB).roleFilter(notC).build())).isEmpty();
  }

  @Test
  void routeFiltersAddedTwiceMustBothPass() {
    Predicate<ProgressionRoute> not6 = r -> r.months() != 6;
    Predicate<ProgressionRoute> not24 = r -> r.months() != 24;
    assertThat(reached(PathQuery.builder().routeFilter(not6).build()))
        .containsExactly("c", "d");
    assertThat(reached(PathQuery.builder().routeFilter(not24).build()))
        .containsExactly("b", "c", "d");
    assertThat(reached(PathQuery.builder().routeFilter(not6).routeFilter(not24).build()))
        .isEmpty();
  }

  @Test
  void aCopyKeepsEverySetting() {
    Predicate<Role> roles = r -> true;
    Predicate<ProgressionRoute> routes = r -> true;
    PathQuery q = PathQuery.builder().by(Criterion.COST)
        .within(OrganisationTypeId.of("o1")).avoid(RoleId.of("b")).kinds(RouteKind.LATERAL)
        .maxSteps(3).maxMonths(40).qualifiedOnly(true).training(Objective.HOURS).detail(false)
        .roleFilter(roles).routeFilter(routes).maxWork(1234).build();
    PathQuery copy = q.toBuilder().build();
    assertThat(copy.toString()).isEqualTo(q.toString())
        .contains("by=cost", "o1", "kinds=[lateral]", "1234", "training=Optional[hours]");
    assertThat(copy.training()).contains(Objective.HOURS);
    assertThat(copy.trainingObjective()).isEqualTo(Objective.HOURS);
    assertThat(copy.roleFilter()).isSameAs(roles);
    assertThat(copy.routeFilter()).isSameAs(routes);
    assertThat(PathQuery.by(Criterion.COST).training()).isEmpty();
    assertThat(PathQuery.by(Criterion.COST).trainingObjective()).isEqualTo(Objective.COST);
  }

  @Test
  void theWorkLimitIsOneUnitOrMore() {
    assertThat(PathQuery.builder().maxWork(1).build().maxWork()).isEqualTo(1);
    assertThatThrownBy(() -> PathQuery.builder().maxWork(0))
        .isInstanceOf(IllegalArgumentException.class);
    // one unit of work cannot even build the reverse tree: the search says it stopped
    CareerPaths stopped = FINDER.paths(A, RoleId.of("d"), 1,
        PathQuery.builder().maxWork(1).build());
    assertThat(stopped.complete()).isFalse();
    CareerPaths whole = FINDER.paths(A, RoleId.of("d"), 1, PathQuery.defaults());
    assertThat(whole.complete()).isTrue();
    assertThat(whole.best()).contains(whole.paths().get(0));
    assertThat(FINDER.model()).isSameAs(SMALL);
    assertThat(FINDER.toString()).contains("small", "5 roles", "5 routes");
  }
}
