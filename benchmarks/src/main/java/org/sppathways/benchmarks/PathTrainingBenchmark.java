package org.sppathways.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.sppathways.model.WorkforceModel;
import org.sppathways.paths.CareerPathFinder;
import org.sppathways.paths.Criterion;
import org.sppathways.paths.PathQuery;

/**
 * Career path search when a path's training accumulates (one plan per path, each course counted
 * once): the 10 best paths by hours, by cost, and the Pareto set, on the synthetic workforces of
 * {@link SyntheticWorkforce} (regional ~50 roles, 150 routes, 60 courses; national ~1,000
 * roles, 15,000 routes, 800 courses; seed 1).
 *
 * <p>One operation is the first 20 queries of {@link PathQueries#draw} answered by a new finder,
 * so plans memoised by one query help the later ones but nothing is carried over between
 * operations: it measures what an application pays for its first queries, not repeats of one
 * query. Divide by 20 for the time per query.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar PathTrainingBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class PathTrainingBenchmark {
  /** Queries per operation. */
  public static final int QUERIES = 20;

  @Param({"REGIONAL", "NATIONAL"})
  public SyntheticWorkforce.Scale scale;

  private WorkforceModel model;
  private List<PathQueries.Query> queries;
  private CareerPathFinder finder;

  @Setup(Level.Trial)
  public void load() {
    model = SyntheticWorkforce.model(scale, 1);
    queries = PathQueries.draw(model, QUERIES);
  }

  @Setup(Level.Invocation)
  public void newFinder() {
    finder = CareerPathFinder.of(model);
  }

  private void kBest(Criterion by, Blackhole sink) {
    PathQuery query = PathQuery.by(by);
    for (PathQueries.Query q : queries) {
      sink.consume(finder.paths(q.from(), q.to(), 10, query));
    }
  }

  @Benchmark
  public void kShortestByHours(Blackhole sink) {
    kBest(Criterion.HOURS, sink);
  }

  @Benchmark
  public void kShortestByCost(Blackhole sink) {
    kBest(Criterion.COST, sink);
  }

  @Benchmark
  public void pareto(Blackhole sink) {
    PathQuery query = PathQuery.defaults();
    for (PathQueries.Query q : queries) {
      sink.consume(finder.pareto(q.from(), q.to(), query));
    }
  }
}
