package org.sppathways.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sppathways.model.WorkforceModel;
import org.sppathways.paths.CareerPathFinder;
import org.sppathways.paths.CareerPaths;
import org.sppathways.paths.Criterion;
import org.sppathways.paths.PathQuery;
import org.sppathways.paths.Reach;

/**
 * How career path search grows with the graph: the 10 best paths by months, and every role
 * within two steps, on the deterministic synthetic workforces of {@link SyntheticWorkforce} (regional ~50 roles
 * and 150 routes, national ~1,000 roles and 15,000 routes, ESCO scale ~3,000 roles and 50,000
 * routes; seed 1). One operation is one query, in turn from 100 fixed reachable pairs
 * ({@link PathQueries}). The queries ask for no step detail ({@link PathQuery#detail()}): the
 * synthetic models have big course catalogues, and planning a route's training for the first
 * time (milliseconds each at ESCO scale) would otherwise swamp the search.
 *
 * <p>{@code paretoWarm}: every trade-off between months, hours, cost and steps. It needs the
 * training plan of every route it crosses; the finder plans each route once and keeps it, so
 * set-up runs the 100 queries once (at national scale that first round plans thousands of routes
 * against an 800-course catalogue and takes about half a minute) and the benchmark measures the
 * queries an application answers once its finder is warm. Skipped at ESCO scale, where the
 * first round plans most of the 50,000 routes against 3,000 courses (see
 * {@code docs/performance.md}); run it there with {@code -p scale=ESCO -p pareto=true}.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar PathScalingBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PathScalingBenchmark {
  @Param({"REGIONAL", "NATIONAL", "ESCO"})
  public SyntheticWorkforce.Scale scale;

  /** Whether set-up warms the finder for {@code paretoWarm}; off by default at ESCO scale. */
  @Param({"auto"})
  public String pareto;

  private CareerPathFinder finder;
  private boolean paretoReady;
  private List<PathQueries.Query> queries;
  private final PathQuery byMonths = PathQuery.builder().by(Criterion.MONTHS).detail(false).build();
  private final PathQuery twoSteps = PathQuery.builder().maxSteps(2).detail(false).build();
  private int next;

  @Setup
  public void setUp() {
    WorkforceModel model = SyntheticWorkforce.model(scale, 1);
    finder = CareerPathFinder.of(model);
    queries = PathQueries.draw(model, 100);
    paretoReady = pareto.equals("true") || pareto.equals("auto") && scale != SyntheticWorkforce.Scale.ESCO;
    if (paretoReady) {
      for (PathQueries.Query q : queries) {
        finder.pareto(q.from(), q.to(), byMonths);
      }
    }
  }

  private PathQueries.Query query() {
    PathQueries.Query q = queries.get(next);
    next = (next + 1) % queries.size();
    return q;
  }

  @Benchmark
  public CareerPaths kShortestByMonths() {
    PathQueries.Query q = query();
    return finder.paths(q.from(), q.to(), 10, byMonths);
  }

  @Benchmark
  public CareerPaths paretoWarm() {
    if (!paretoReady) {
      throw new IllegalStateException("Pareto search at ESCO scale is off by default: "
          + "run with -p pareto=true (set-up plans most routes first)");
    }
    PathQueries.Query q = query();
    return finder.pareto(q.from(), q.to(), byMonths);
  }

  @Benchmark
  public Reach reachTwoSteps() {
    return finder.reach(query().from(), twoSteps);
  }
}
