package org.sppathways.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jgrapht.alg.scoring.BetweennessCentrality;
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
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;
import org.sppathways.paths.Criterion;
import org.sppathways.structure.Bottleneck;
import org.sppathways.structure.DistanceMatrix;
import org.sppathways.structure.StructureAnalysis;
import org.sppathways.structure.StructureOptions;

/**
 * Betweenness centrality and all-pairs distance matrices, on the generated {@code regional} (50
 * roles, 150 routes), {@code national} (1,000 roles, 15,000 routes) and {@code esco-scale} (3,000
 * roles, ~50,000 routes) graphs, and on the real O*NET 29.2 related-occupations graph
 * ({@code onet}: 923 occupations, 18,460 routes; imported with the default options: lateral
 * routes 12 months, promotions 24). One operation is one whole-graph computation, result list
 * included:
 *
 * <ul>
 *   <li>{@code betweennessSteps*} / {@code betweennessMonths*}:
 *       {@link StructureAnalysis#bottlenecks(Criterion)} — Brandes over int arrays, shortest
 *       paths by moves or by months — on one core ({@code OneCore}:
 *       {@code StructureOptions.withParallel(false)}) or all cores ({@code AllCores});</li>
 *   <li>{@code matrixSteps*} / {@code matrixMonths*}: {@link StructureAnalysis#distances} — one
 *       breadth-first or Dijkstra search per role, n × n ints;</li>
 *   <li>{@code jgraphtBetweenness}: JGraphT 1.5.3's {@link BetweennessCentrality} on the model's
 *       read-only JGraphT view, for comparison (the oracle of the tests; seconds per op).</li>
 * </ul>
 * NetworkX on the same graph: {@code benchmarks/structure_vs_networkx.py}.
 *
 * <pre>
 * mvn -B -ntp -q install -DskipTests &amp;&amp; mvn -B -ntp -q -f benchmarks/pom.xml package
 * java -Dsppathways.data=../shared/data -jar benchmarks/target/benchmarks.jar BetweennessBenchmark
 * java -jar benchmarks/target/benchmarks.jar BetweennessBenchmark -p graph=esco-scale -e jgrapht
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BetweennessBenchmark {
  @Param({"regional", "national", "onet", "esco-scale"})
  public String graph;

  private WorkforceModel model;
  private StructureAnalysis oneCore;
  private StructureAnalysis allCores;

  @Setup
  public void setUp() {
    model = BenchmarkData.model(graph);
    oneCore = StructureAnalysis.of(model, StructureOptions.defaults().withParallel(false));
    allCores = StructureAnalysis.of(model, StructureOptions.defaults().withParallel(true));
  }

  @Benchmark
  public List<Bottleneck> betweennessStepsOneCore() {
    return oneCore.bottlenecks(Criterion.STEPS);
  }

  @Benchmark
  public List<Bottleneck> betweennessStepsAllCores() {
    return allCores.bottlenecks(Criterion.STEPS);
  }

  @Benchmark
  public List<Bottleneck> betweennessMonthsOneCore() {
    return oneCore.bottlenecks(Criterion.MONTHS);
  }

  @Benchmark
  public List<Bottleneck> betweennessMonthsAllCores() {
    return allCores.bottlenecks(Criterion.MONTHS);
  }

  @Benchmark
  public DistanceMatrix matrixStepsOneCore() {
    return oneCore.distances(Criterion.STEPS);
  }

  @Benchmark
  public DistanceMatrix matrixStepsAllCores() {
    return allCores.distances(Criterion.STEPS);
  }

  @Benchmark
  public DistanceMatrix matrixMonthsOneCore() {
    return oneCore.distances(Criterion.MONTHS);
  }

  @Benchmark
  public DistanceMatrix matrixMonthsAllCores() {
    return allCores.distances(Criterion.MONTHS);
  }

  @Benchmark
  @Warmup(iterations = 1, time = 1)
  @Measurement(iterations = 3, time = 1)
  public Map<RoleId, Double> jgraphtBetweenness() {
    return new BetweennessCentrality<>(model.graph()).getScores();
  }
}
