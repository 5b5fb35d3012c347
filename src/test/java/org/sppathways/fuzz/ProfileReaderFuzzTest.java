package org.sppathways.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.sppathways.io.ProfileReader;
import org.sppathways.model.ModelException;
import org.sppathways.model.Population;
import org.sppathways.model.WorkerProfile;
import org.sppathways.reference.ReferenceModels;

/**
 * Fuzzes {@link ProfileReader} with profiles files read against the bundled reference model:
 * whatever the bytes, {@link ProfileReader#read(Path)} returns the people or throws a
 * {@link ModelException} with usable problems, within a second; and the streaming
 * {@link ProfileReader#forEach(Path, java.util.function.Consumer)} agrees with it, passing on the
 * same people when the file is valid and throwing the same problems when it is not.
 *
 * <p>Seeds and regression inputs are in
 * {@code src/test/resources/org/sppathways/fuzz/ProfileReaderFuzzTestInputs/<method>/}.
 */
class ProfileReaderFuzzTest {

  private static final ProfileReader READER =
      ProfileReader.of(ReferenceModels.socialPrescribing());

  @TempDir
  Path dir;

  @ReaderFuzzTest
  void yaml(byte[] file) {
    readAndStreamAgree(ReaderContract.write(dir, "people.yaml", file));
  }

  @ReaderFuzzTest
  void json(byte[] file) {
    readAndStreamAgree(ReaderContract.write(dir, "people.json", file));
  }

  @ReaderFuzzTest
  void csv(byte[] file) {
    readAndStreamAgree(ReaderContract.write(dir, "people.csv", file));
  }

  private static void readAndStreamAgree(Path file) {
    List<WorkerProfile> streamed = new ArrayList<>();
    ModelException streamProblems = null;
    try {
      READER.forEach(file, streamed::add);
    } catch (ModelException e) {
      ReaderContract.assertUsable(e, file.toString());
      streamProblems = e;
    }
    Population people;
    try {
      people = READER.read(file);
    } catch (ModelException e) {
      ReaderContract.assertUsable(e, file.toString());
      assertThat(streamProblems).as("forEach accepted a file that read rejects").isNotNull();
      assertThat(e.problems()).isEqualTo(streamProblems.problems());
      return;
    }
    assertThat(streamProblems).as("forEach rejected a file that read accepts").isNull();
    assertThat(streamed).isEqualTo(people.people());
  }
}
