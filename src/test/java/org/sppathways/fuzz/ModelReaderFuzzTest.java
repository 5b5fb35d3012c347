package org.sppathways.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.sppathways.io.FileFormat;
import org.sppathways.io.ModelReader;
import org.sppathways.io.ModelWriter;
import org.sppathways.io.ReadLimits;
import org.sppathways.model.ModelException;
import org.sppathways.model.WorkforceModel;

/**
 * Fuzzes {@link ModelReader} with model files: whatever the bytes, {@link ModelReader#read(Path)}
 * returns a model or throws a {@link ModelException} with usable problems, within a second. A
 * model that is read must also write and read back equal.
 *
 * <p>Seeds and regression inputs are in
 * {@code src/test/resources/org/sppathways/fuzz/ModelReaderFuzzTestInputs/<method>/}; to fuzz,
 * run {@code .ci/fuzz} (see {@code docs/reliability.md}).
 */
class ModelReaderFuzzTest {

  /**
   * Limits for the JSON target as low as a valid model allows, so that small inputs reach the
   * nesting and problem count limits.
   */
  private static final ReadLimits LOW_LIMITS =
      ReadLimits.defaults().withMaxNestingDepth(6).withMaxProblems(8);

  @TempDir
  Path dir;

  @ReaderFuzzTest
  void yaml(byte[] file) {
    readsOrReportsProblems(ModelReader.of(), file, "model.yaml", FileFormat.YAML);
  }

  @ReaderFuzzTest
  void json(byte[] file) {
    readsOrReportsProblems(ModelReader.of(LOW_LIMITS), file, "model.json", FileFormat.JSON);
  }

  private void readsOrReportsProblems(ModelReader reader, byte[] bytes, String name,
      FileFormat format) {
    Path file = ReaderContract.write(dir, name, bytes);
    WorkforceModel model;
    try {
      model = reader.read(file);
    } catch (ModelException e) {
      ReaderContract.assertUsable(e, file.toString());
      return;
    }
    String written = ModelWriter.of(format).toString(model);
    assertThat(ModelReader.of().read(written, name, format))
        .as("read back from:%n%s", written).isEqualTo(model);
  }
}
