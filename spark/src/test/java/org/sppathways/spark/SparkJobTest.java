package org.sppathways.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sppathways.gaps.GapAnalysis;
import org.sppathways.gaps.NeedsAnalysis;
import org.sppathways.io.ProfileReader;
import org.sppathways.io.ResultWriter;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

/**
 * The runnable job: on the example profiles, {@code needs} writes the {@code needs} command's own
 * JSON and CSV documents and the tables; {@code top} writes one row per person and rank.
 */
class SparkJobTest {
  private static final Path CSV = Path.of("..", "docs", "examples", "sp-profiles.csv");

  @Test
  void needsWritesTheNeedsCommandsDocumentsAndTheTables(@TempDir Path out) throws IOException {
    int status = SparkJob.run(new String[] {"needs", "--profiles", CSV.toString(), "--out",
        out.toString(), "--output-format", "csv", "--as-of", "2026-06-01", "--master", "local[2]",
        "--partitions", "3"});

    WorkforceModel model = ReferenceModels.socialPrescribing();
    GapAnalysis gaps = GapAnalysis.of(model, Clock.fixed(Populations.AS_OF.atStartOfDay(
        ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
    ProfileReader reader = ProfileReader.of(model);
    var library = NeedsAnalysis.of(gaps).needs(action -> reader.forEach(CSV, action), 1);
    assertThat(status).isZero();
    assertThat(Files.readString(out.resolve("needs.json")))
        .isEqualTo(ResultWriter.json().write(library));
    assertThat(Files.readString(out.resolve("needs.csv")))
        .isEqualTo(ResultWriter.csv(model).write(library));
    assertThat(csvLines(out.resolve("by-competency"))).hasSize(library.competencies().size());
    assertThat(csvLines(out.resolve("problems"))).isEmpty();
  }

  @Test
  void topWritesEachPersonsBestRolesRanked(@TempDir Path out) throws IOException {
    int status = SparkJob.run(new String[] {"top", "--profiles", CSV.toString(), "--n", "2",
        "--out", out.toString(), "--output-format", "csv", "--master", "local[2]"});

    assertThat(status).isZero();
    List<String> rows = csvLines(out.resolve("scores"));
    assertThat(rows).hasSize(12 * 2);
    assertThat(rows).allSatisfy(r -> assertThat(r).matches("demo-\\d\\d,[a-z-]+,[12],.*"));
  }

  @Test
  void aBadCommandLineIsAUsageError() {
    assertThatThrownBy(() -> SparkJob.run(new String[] {"needs", "--out"}))
        .isInstanceOf(SparkJob.UsageException.class).hasMessage("--out needs a value");
    assertThatThrownBy(() -> SparkJob.run(new String[] {"score", "--profiles", "x.csv"}))
        .isInstanceOf(SparkJob.UsageException.class).hasMessage("--out is required");
  }

  /** The data lines of the CSV part files Spark wrote into a directory (headers left out). */
  private static List<String> csvLines(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted()
          .flatMap(p -> {
            try {
              return Files.readAllLines(p).stream().skip(1);
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }).toList();
    }
  }
}
