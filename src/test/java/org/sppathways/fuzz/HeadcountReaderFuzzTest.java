package org.sppathways.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.sppathways.flow.FlowState;
import org.sppathways.flow.Headcounts;
import org.sppathways.io.HeadcountReader;
import org.sppathways.model.ModelException;
import org.sppathways.model.Role;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

/**
 * Fuzzes {@link HeadcountReader} with headcount files read against the bundled reference model:
 * whatever the bytes, {@link HeadcountReader#read(Path)} returns headcounts or throws a
 * {@link ModelException} with usable problems, within a second. Headcounts it returns keep its
 * documented promises: every role is a workforce (not external) role of the model, every
 * organisation type one that offers the role, and every count a finite number from 0 up.
 *
 * <p>Seeds and regression inputs are in
 * {@code src/test/resources/org/sppathways/fuzz/HeadcountReaderFuzzTestInputs/<method>/}.
 */
class HeadcountReaderFuzzTest {

  private static final WorkforceModel MODEL = ReferenceModels.socialPrescribing();
  private static final HeadcountReader READER = HeadcountReader.of(MODEL);

  @TempDir
  Path dir;

  @ReaderFuzzTest
  void csv(byte[] file) {
    readsCheckedHeadcounts(ReaderContract.write(dir, "headcounts.csv", file));
  }

  @ReaderFuzzTest
  void yaml(byte[] file) {
    readsCheckedHeadcounts(ReaderContract.write(dir, "headcounts.yaml", file));
  }

  private static void readsCheckedHeadcounts(Path file) {
    Headcounts start;
    try {
      start = READER.read(file);
    } catch (ModelException e) {
      ReaderContract.assertUsable(e, file.toString());
      return;
    }
    for (Map.Entry<FlowState, Double> entry : start.entries().entrySet()) {
      FlowState state = entry.getKey();
      assertThat(MODEL.findRole(state.role())).as("role of %s", state).isPresent();
      Role role = MODEL.role(state.role());
      assertThat(role.external()).as("%s is external", state).isFalse();
      state.organisationType().ifPresent(type ->
          assertThat(role.offeredBy()).as("types offering %s", state).contains(type));
      assertThat(entry.getValue()).as("headcount of %s", state).isFinite()
          .isGreaterThanOrEqualTo(0.0);
    }
  }
}
