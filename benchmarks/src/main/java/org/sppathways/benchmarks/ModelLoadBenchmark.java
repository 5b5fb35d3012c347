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
import org.sppathways.io.FileFormat;
import org.sppathways.io.ModelReader;
import org.sppathways.io.ModelWriter;
import org.sppathways.model.WorkforceModel;

/**
 * Reading a model file (YAML or JSON) into a validated {@link WorkforceModel}: the bundled
 * reference model, the generated regional, national and ESCO-scale models, and the imported
 * O*NET and ESCO models (each written to a temporary file in set-up; {@code onet} and
 * {@code esco} need the data, see {@link BenchmarkData}). One operation reads the whole file.
 * The heap each model keeps once loaded: {@link ModelFootprint}.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ModelLoadBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ModelLoadBenchmark {
  @Param({"reference", "regional", "national", "esco-scale", "onet", "esco"})
  public String model;

  @Param({"YAML", "JSON"})
  public FileFormat format;

  Path file;

  @Setup(Level.Trial)
  public void write() throws IOException {
    WorkforceModel m = BenchmarkData.model(model);
    file = Files.createTempFile("sp-model", format == FileFormat.YAML ? ".yaml" : ".json");
    file.toFile().deleteOnExit();
    ModelWriter.of(format).write(m, file);
  }

  @Benchmark
  public WorkforceModel read() {
    return ModelReader.of().read(file);
  }
}
