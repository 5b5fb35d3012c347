package org.sppathways.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.sppathways.gaps.GapAnalysis;
import org.sppathways.gaps.NeedsAnalysis;
import org.sppathways.gaps.PopulationNeeds;
import org.sppathways.io.ProfileReader;
import org.sppathways.io.ProfileWriter;
import org.sppathways.model.WorkforceModel;

/**
 * Population needs streamed from a profiles CSV file: read, validate and assess every profile
 * against their own role, per competency, split by role and organisation type, on all cores. The
 * population (generated, national scale) is written in set-up; the fork runs with a 256 MiB heap
 * to show that memory does not grow with the number of profiles.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar NeedsBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class NeedsBenchmark {
  @Param({"10000", "100000", "1000000"})
  public long people;

  WorkforceModel model;
  Path file;
  NeedsAnalysis needs;

  @Setup(Level.Trial)
  public void write() throws IOException {
    model = SyntheticWorkforce.model(SyntheticWorkforce.Scale.NATIONAL, 1);
    file = Files.createTempFile("sp-people", ".csv");
    file.toFile().deleteOnExit();
    try (ProfileWriter out = ProfileWriter.csv(file)) {
      SyntheticWorkforce.population(model, people, 7, out::write);
    }
    needs = NeedsAnalysis.of(GapAnalysis.of(model));
  }

  @Benchmark
  public PopulationNeeds streamFromCsv() {
    ProfileReader reader = ProfileReader.of(model);
    return needs.needs(action -> reader.forEach(file, action));
  }
}
