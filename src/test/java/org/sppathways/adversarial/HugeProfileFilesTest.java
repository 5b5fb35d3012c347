package org.sppathways.adversarial;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sppathways.model.Competency;
import org.sppathways.model.Role;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

/**
 * A million-row profiles CSV with one bad row near the end, streamed through
 * {@code ProfileReader.forEach} in a forked JVM with a small heap: the reader hands out every
 * valid profile, then names the file, the line and what is wrong.
 *
 * <p>Streaming keeps one person's rows and the set of person ids seen (to report a person whose
 * rows are split), about 100 bytes per person: 250,000 people of four rows each fit in 64 MiB, a
 * million people of one row each need about 128 MiB (as {@code ProfileReader.forEach} documents).
 */
class HugeProfileFilesTest {

  private static final int ROWS = 1_000_000;
  /** The bad row's line: the header is line 1, so rows are lines 2 to ROWS + 1. */
  private static final int BAD_LINE = ROWS - 3;

  @TempDir Path dir;

  @ParameterizedTest(name = "{0} rows per person in -Xmx{1}")
  @CsvSource({"4, 64m", "1, 160m"})
  void millionRowCsvWithOneBadRowNearTheEndNamesFileLineAndProblemInASmallHeap(int perPerson,
      String heap) throws Exception {
    Path file = dir.resolve("people.csv");
    writeProfiles(file, ROWS, perPerson, BAD_LINE);

    ForkedJvm.Result run = ForkedJvm.run(StreamProfilesMain.class, heap, 120, file.toString());

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(Long.parseLong(run.value("profiles")))
        .isEqualTo(ROWS / perPerson - 1); // everyone but the person with the bad row
    assertThat(run.value("error"))
        .isEqualTo(file + " is not a valid profiles file: 1 problem:|  " + file + ":" + BAD_LINE
            + ":6: level: expected a whole number, found 'two' (write a number such as 1)");
    System.out.printf("1,000,000-row CSV, %d rows per person, bad row at line %,d: %d ms "
        + "streaming in -Xmx%s, peak heap %.1f MiB, child JVM %d ms%n", perPerson, BAD_LINE,
        Long.parseLong(run.value("millis")), heap,
        Long.parseLong(run.value("peakHeap")) / 1048576.0, run.millis());
  }

  /**
   * Writes a profiles CSV of {@code rows} rows, {@code perPerson} rows per person, valid against
   * the reference model except for the row on {@code badLine}, whose level is {@code two}.
   */
  static void writeProfiles(Path file, int rows, int perPerson, int badLine) throws IOException {
    WorkforceModel model = ReferenceModels.socialPrescribing();
    Role role = model.roles().stream().filter(r -> !r.external()).findFirst().orElseThrow();
    List<Competency> competencies = model.competencies().subList(0, perPerson);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("person,role,organisationType,monthsInRole,competency,level\n");
      for (int row = 0; row < rows; row++) {
        int line = row + 2;
        int person = row / perPerson;
        out.write("p");
        out.write(Integer.toString(person));
        out.write(',');
        out.write(role.id().value());
        out.write(",,12,");
        out.write(competencies.get(row % perPerson).id().value());
        out.write(line == badLine ? ",two\n" : ",1\n");
      }
    }
  }
}
