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
 * time (milliseconds each at ESCO scale) would otherwise swamp the search. Pareto search is left
 * out for the same reason: it needs every route's plan (see {@code docs/performance.md}).
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

  private CareerPathFinder finder;
  private List<PathQueries.Query> queries;
  private final PathQuery byMonths = PathQuery.builder().by(Criterion.MONTHS).detail(false).build();
  private final PathQuery twoSteps = PathQuery.builder().maxSteps(2).detail(false).build();
  private int next;

  @Setup
  public void setUp() {
    WorkforceModel model = SyntheticWorkforce.model(scale, 1);
    finder = CareerPathFinder.of(model);
    queries = PathQueries.draw(model, 100);
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
  public Reach reachTwoSteps() {
    return finder.reach(query().from(), twoSteps);
  }
}
