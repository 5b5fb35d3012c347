package org.sppathways.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
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
 * Career path search on the O*NET 29.2 related-occupations graph (923 occupations, 18,460
 * routes; imported with the default options: lateral routes 12 months, promotions 24). One
 * operation is one query, taken in turn from 100 fixed reachable pairs ({@link PathQueries}):
 *
 * <ul>
 *   <li>{@code kShortestByMonths}: the 10 best simple paths by months
 *       ({@link CareerPathFinder#paths}), with each step's detail;</li>
 *   <li>{@code kShortestBySteps}: the same by steps;</li>
 *   <li>{@code pareto}: every trade-off between months, hours, cost and steps;</li>
 *   <li>{@code reachTwoSteps}: every role within 2 steps, best path to each by months.</li>
 * </ul>
 * Step training is planned once per route and cached by the finder, so after warm-up the numbers
 * are the searches themselves. NetworkX and JGraphT on the same queries:
 * {@code benchmarks/paths_vs_networkx.py}.
 *
 * <pre>
 * mvn -B -ntp -q install -DskipTests &amp;&amp; mvn -B -ntp -q -f benchmarks/pom.xml package
 * java -Dsppathways.data=../shared/data -jar benchmarks/target/benchmarks.jar PathSearchBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PathSearchBenchmark {
  private CareerPathFinder finder;
  private List<PathQueries.Query> queries;
  private final PathQuery byMonths = PathQuery.by(Criterion.MONTHS);
  private final PathQuery bySteps = PathQuery.by(Criterion.STEPS);
  private final PathQuery twoSteps = PathQuery.builder().maxSteps(2).build();
  private int next;

  @Setup
  public void setUp() {
    WorkforceModel model = BenchmarkData.onet();
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
  public CareerPaths kShortestBySteps() {
    PathQueries.Query q = query();
    return finder.paths(q.from(), q.to(), 10, bySteps);
  }

  @Benchmark
  public CareerPaths pareto() {
    PathQueries.Query q = query();
    return finder.pareto(q.from(), q.to(), byMonths);
  }

  @Benchmark
  public Reach reachTwoSteps() {
    return finder.reach(query().from(), twoSteps);
  }
}
