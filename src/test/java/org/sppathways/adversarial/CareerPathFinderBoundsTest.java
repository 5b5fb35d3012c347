package org.sppathways.adversarial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sppathways.adversarial.AdversarialModels.role;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sppathways.model.WorkforceModel;
import org.sppathways.paths.CareerPathFinder;
import org.sppathways.paths.CareerPaths;
import org.sppathways.paths.PathQuery;
import org.sppathways.paths.Reach;

/**
 * Career path searches on a complete directed graph of 200 roles (39,800 routes, and more simple
 * paths between two roles than atoms in the universe) stop at the work limit and say so
 * ({@code complete = false}), in bounded time and in the memory {@link PathQuery} documents:
 * roughly 100 bytes per unit of work, checked in a forked JVM whose heap is the model plus that.
 */
class CareerPathFinderBoundsTest {

  /**
   * The heap for a search at the default limit of 1,000,000 units: about 35 MiB for the model
   * and finder, 100 MiB for the documented 100 bytes per unit, and some slack.
   */
  private static final String HEAP_AT_DEFAULT_LIMIT = "160m";

  @ParameterizedTest(name = "{0} on {1} weights")
  @CsvSource({
      "kbest,  equal,    false",
      "kbest,  tradeoff, false",
      "pareto, tradeoff, false",
      // every path ties on months, hours and cost, so the direct route dominates the rest
      "pareto, equal,    true"})
  void searchOnACompleteGraphStopsAtTheDefaultWorkLimit(String search, String weights,
      boolean complete) throws Exception {
    ForkedJvm.Result run = ForkedJvm.run(SearchBoundsMain.class, HEAP_AT_DEFAULT_LIMIT, 120,
        search, weights, Long.toString(PathQuery.DEFAULT_MAX_WORK));

    assertThat(run.exitCode()).as(run.output()).isZero();
    long millis = Long.parseLong(run.value("millis"));
    System.out.printf("%s on %s weights, 200 roles, default work limit: complete=%s, %s paths, "
        + "%d ms, peak heap %.1f MiB in -Xmx%s%n", search, weights, run.value("complete"),
        run.value("paths"), millis, Long.parseLong(run.value("peakHeap")) / 1048576.0,
        HEAP_AT_DEFAULT_LIMIT);
    assertThat(Boolean.parseBoolean(run.value("complete"))).isEqualTo(complete);
    assertThat(Long.parseLong(run.value("paths"))).isPositive();
    if (search.equals("pareto") && complete) {
      assertThat(run.value("paths")).isEqualTo("1");
      assertThat(run.value("firstSteps")).isEqualTo("1");
    }
    assertThat(millis).isLessThan(20_000);
  }

  @Test
  void memoryFollowsTheWorkLimit() throws Exception {
    // a tenth of the default limit fits in a heap where the default limit would not
    ForkedJvm.Result run = ForkedJvm.run(SearchBoundsMain.class, "48m", 120, "kbest", "equal",
        "100000");

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.value("complete")).isEqualTo("false");
    System.out.printf("kbest on equal weights, work limit 100,000: %s paths, %s ms, peak heap "
        + "%.1f MiB in -Xmx48m%n", run.value("paths"), run.value("millis"),
        Long.parseLong(run.value("peakHeap")) / 1048576.0);
  }

  @Test
  void hugeKOnASmallGraphReturnsEveryPathWithoutReservingK() {
    WorkforceModel model = AdversarialModels.complete(6, (i, j) -> 12);
    CareerPaths all = CareerPathFinder.of(model).paths(role(0), role(5), Integer.MAX_VALUE);

    assertThat(all.complete()).isTrue();
    // simple paths from 0 to 5 through any ordered subset of the 4 other roles: Σ 4!/(4-i)!
    assertThat(all.paths()).hasSize(1 + 4 + 12 + 24 + 24);
  }

  @Test
  void reachWithStepLimitsStopsAtTheWorkLimit() {
    WorkforceModel model = AdversarialModels.complete(200, (i, j) -> j > i ? 1 + (j - i) : 500);
    PathQuery query = PathQuery.builder().maxSteps(199).maxMonths(Integer.MAX_VALUE)
        .maxWork(200_000).build();
    long start = System.nanoTime();
    Reach reach = CareerPathFinder.of(model).reach(role(0), query);
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(reach.roles()).isNotEmpty();
    assertThat(took).isLessThan(Duration.ofSeconds(20));
    System.out.printf("reach with step and month limits, 200 roles, work limit 200,000: "
        + "complete=%s, %d roles, %d ms%n", reach.complete(), reach.roles().size(),
        took.toMillis());
  }

  @Test
  void badLimitsAreRejectedWithTheValue() {
    CareerPathFinder finder = CareerPathFinder.of(AdversarialModels.complete(3, (i, j) -> 1));
    assertThatThrownBy(() -> finder.paths(role(0), role(2), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("k must be 1 or more, was 0");
    assertThatThrownBy(() -> finder.paths(role(0), role(2), Integer.MIN_VALUE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-2147483648");
    assertThatThrownBy(() -> PathQuery.builder().maxWork(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxWork must be 1 or more, was 0");
    assertThatThrownBy(() -> PathQuery.builder().maxWork(Long.MIN_VALUE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxWork");
    assertThatThrownBy(() -> PathQuery.builder().maxSteps(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxSteps");
    assertThatThrownBy(() -> PathQuery.builder().maxMonths(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxMonths");
  }

  @Test
  void routeMonthsNearIntMaxDoNotOverflowPathTotals() {
    WorkforceModel model = AdversarialModels.complete(4, (i, j) -> Integer.MAX_VALUE);
    CareerPaths paths = CareerPathFinder.of(model).paths(role(0), role(3), 10);

    assertThat(paths.complete()).isTrue();
    assertThat(paths.paths()).hasSize(5);
    assertThat(paths.paths().get(4).months()).isEqualTo(3L * Integer.MAX_VALUE);
    assertThat(paths.paths()).allSatisfy(p -> assertThat(p.months()).isPositive());
  }
}
