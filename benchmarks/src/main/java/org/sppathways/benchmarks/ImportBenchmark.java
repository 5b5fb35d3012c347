package org.sppathways.benchmarks;

import java.nio.file.Path;
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
import org.sppathways.io.frameworks.ImportedModel;

/**
 * Time to import a whole framework from its files into a validated model, with the default
 * options: {@code onet} reads O*NET 29.2 (Occupation Data, Job Zones, Skills, Knowledge, Related
 * Occupations: ~140,000 rows, 923 roles, 19,166 requirements, 18,460 routes); {@code esco} reads
 * ESCO v1.2.0 (3,039 occupations, 13,492 skills, 129,004 gzip-compressed relations) and, with
 * {@code escoHierarchy}, also the occupation hierarchy (1,248 routes). One operation is one
 * complete import, measured as single shots after warm-up (a long-running process that imports
 * repeatedly); the first, cold import in a fresh JVM is what {@link ImportFootprint} reports.
 *
 * <p>Run (from the repository root, the data in ../shared/data):
 * <pre>
 * mvn -B -ntp -q install -DskipTests &amp;&amp; mvn -B -ntp -q -f benchmarks/pom.xml package
 * java -Dsppathways.data=../shared/data -jar benchmarks/target/benchmarks.jar ImportBenchmark -prof gc
 * </pre>
 * {@code -prof gc} adds the memory allocated per import ({@code gc.alloc.rate.norm}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 10)
@Fork(2)
public class ImportBenchmark {

  @Param({"onet", "esco", "escoHierarchy"})
  String framework;

  Path directory;

  @Setup
  public void setUp() {
    directory = ImportFootprint.directory(framework);
  }

  @Benchmark
  public ImportedModel importFramework() {
    return ImportFootprint.importFramework(framework, directory);
  }
}
