package org.sppathways.benchmarks;

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
import org.sppathways.training.CoverageAnalysis;
import org.sppathways.training.CoverageReport;

/**
 * Catalogue coverage: one operation is the whole coverage report of a generated model (which
 * required levels some course teaches, the shortfalls, per-role reachability and the ten best
 * single-course additions) — {@code regional} (50 roles, 60 courses), {@code national} (1,000
 * roles, 800 courses) and {@code esco-scale} (3,000 roles, ~130,000 requirements, 3,000 courses).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CoverageBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CoverageBenchmark {
  @Param({"regional", "national", "esco-scale"})
  public String model;

  CoverageAnalysis coverage;

  @Setup(Level.Trial)
  public void build() {
    coverage = CoverageAnalysis.of(BenchmarkData.model(model));
  }

  @Benchmark
  public CoverageReport report() {
    return coverage.report(10);
  }
}
