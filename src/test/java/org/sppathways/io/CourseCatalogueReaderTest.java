package org.sppathways.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.Problem;
import org.sppathways.model.SpPathwaysException;
import org.sppathways.model.WorkforceModel;

/**
 * Reading course catalogues (CSV) against the small test model ({@code models/valid/small.yaml}:
 * scale 1..4; competencies safeguarding, safeguarding-adults, what-matters-conversations,
 * staff-management; courses pci-core-skills, safeguarding-level-3).
 */
class CourseCatalogueReaderTest {

  private static final WorkforceModel MODEL =
      ModelReader.of().read(TestFiles.path("models/valid/small.yaml"));

  private static final String HEADER =
      "course,title,provider,hours,cost,mode,competency,level,prerequisites\n";

  private static CourseCatalogueReader reader() {
    return CourseCatalogueReader.of(MODEL);
  }

  private static List<Problem> problemsIn(String csv) {
    return TestFiles.problems(() -> reader().read(csv, "catalogue.csv"));
  }

  private static Problem only(List<Problem> problems) {
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  private static void assertProblem(Problem p, String location, int line, int column,
      String message) {
    assertThat(p.location()).as("location of %s", p).isEqualTo(location);
    assertThat(p.line()).as("line of %s", p).hasValue(line);
    assertThat(p.column()).as("column of %s", p).hasValue(column);
    assertThat(p.message()).as("message of %s", p).contains(message);
  }

  @Test
  void validCatalogue() {
    List<Course> courses = reader().read(TestFiles.path("catalogues/valid/catalogue.csv"));

    assertThat(courses).containsExactly(
        Course.builder().id(CourseId.of("listening-101")).title("Listening skills")
            .provider("Example College").hours(6).cost(45.5).mode("online")
            .addCover(CompetencyLevel.of(CompetencyId.of("what-matters-conversations"), 2))
            .addCover(CompetencyLevel.of(CompetencyId.of("safeguarding"), 1))
            .build(),
        Course.builder().id(CourseId.of("leading-teams")).title("Leading teams, well")
            .hours(12).cost(300).mode("blended")
            .addCover(CompetencyLevel.of(CompetencyId.of("staff-management"), 3))
            .addPrerequisite(CourseId.of("listening-101"))
            .addPrerequisite(CourseId.of("pci-core-skills"))
            .build(),
        Course.builder().id(CourseId.of("induction")).title("Induction").hours(1).cost(0).build());
  }

  @Test
  void catalogueCanBeAddedToItsModel() {
    List<Course> courses = reader().read(TestFiles.path("catalogues/valid/catalogue.csv"));

    WorkforceModel extended = MODEL.toBuilder().addCourses(courses).build();

    assertThat(extended.courses()).hasSize(MODEL.courses().size() + 3);
  }

  @Test
  void onlyTheRequiredColumnsAreNeededAndExtensionColumnsAreIgnored() {
    List<Course> courses = reader().read(
        "x-note,course,title,hours,cost,competency,level\nhello,c,C,1,2,safeguarding,1\n", "c.csv");

    assertThat(courses).singleElement().satisfies(c -> {
      assertThat(c.provider()).isEmpty();
      assertThat(c.covers()).containsExactly(CompetencyLevel.of(CompetencyId.of("safeguarding"), 1));
    });
  }

  @Test
  void everyProblemInTheFileWithLineAndColumn() {
    List<Problem> problems = TestFiles.problems(
        () -> reader().read(TestFiles.path("catalogues/invalid/problems.csv")));

    assertThat(problems).extracting(Problem::location).containsExactly(
        "competency", "title", "level", "hours", "cost", "competency", "level", "prerequisites",
        "course");
    assertProblem(problems.get(0), "competency", 2, 7,
        "unknown competency 'what-maters-conversations'");
    assertThat(problems.get(0).suggestion()).contains("did you mean 'what-matters-conversations'?");
    assertProblem(problems.get(1), "title", 3, 2, "course 'listening-101'");
    assertProblem(problems.get(2), "level", 3, 8, "outside the scale 1..4");
    assertProblem(problems.get(3), "hours", 4, 4, "the number -1 is out of range");
    assertProblem(problems.get(4), "cost", 4, 5, "expected a number, found 'free'");
    assertProblem(problems.get(5), "competency", 4, 7, "a level is given without a competency");
    assertProblem(problems.get(6), "level", 5, 8, "outside the scale 1..4");
    assertProblem(problems.get(7), "prerequisites", 5, 9, "unknown course 'pci-core-skils'");
    assertThat(problems.get(7).suggestion()).contains("did you mean 'pci-core-skills'?");
    assertProblem(problems.get(8), "course", 6, 1,
        "the rows of course 'listening-101' are not together");
  }

  @Test
  void levelZeroIsNotACover() {
    Problem p = only(problemsIn(HEADER + "c,C,,1,1,,safeguarding,0,\n"));

    assertProblem(p, "level", 2, 8, "outside the scale 1..4");
  }

  @Test
  void twoRowsForOneCompetency() {
    Problem p = only(problemsIn(HEADER
        + "c,C,,1,1,,safeguarding,1,\nc,C,,1,1,,safeguarding,2,\n"));

    assertProblem(p, "competency", 3, 7, "two rows for competency 'safeguarding'");
  }

  @Test
  void ownPrerequisite() {
    Problem p = only(problemsIn(HEADER + "c,C,,1,1,,,,c\n"));

    assertThat(p.message()).contains("cannot be its own prerequisite");
    assertThat(p.line()).hasValue(2);
  }

  @Test
  void prerequisiteInTheCatalogueOrTheModel() {
    List<Course> courses = reader().read(HEADER + "a,A,,1,1,,,,safeguarding-level-3\n"
        + "b,B,,1,1,,,,a\n", "c.csv");

    assertThat(courses.get(0).prerequisites()).containsExactly(CourseId.of("safeguarding-level-3"));
    assertThat(courses.get(1).prerequisites()).containsExactly(CourseId.of("a"));
  }

  @Test
  void missingRequiredValue() {
    Problem p = only(problemsIn(HEADER + "c,C,,,1,,,,\n"));

    assertProblem(p, "hours", 2, 4, "the column 'hours' is empty");
  }

  @Test
  void headerProblems() {
    List<Problem> problems = problemsIn("course,titel,hours,cost,competency,x-a,hours\n");

    assertThat(problems).extracting(Problem::location)
        .containsExactlyInAnyOrder("titel", "hours", "title", "level");
    assertThat(problems).allSatisfy(p -> assertThat(p.line()).hasValue(1));
  }

  @Test
  void tooManyFields() {
    Problem p = only(problemsIn(HEADER + "c,C,,1,1,,,,,extra\n"));

    assertThat(p.line()).hasValue(2);
    assertThat(p.message()).contains("10 fields but the header names 9");
  }

  @Test
  void emptyFile() {
    assertThat(only(problemsIn("")).message()).isEqualTo("the file is empty");
  }

  @Test
  void quotedLineBreakKeepsLaterLineNumbers() {
    Problem p = only(problemsIn(HEADER + "a,\"Two\nlines\",,1,1,,,,\nb,B,,1,1,,nope,1,\n"));

    assertThat(p.line()).hasValue(4);
  }

  @Test
  void fileStartingWithABrokenUtf8SequenceSaysItIsNotUtf8(@TempDir Path dir) throws Exception {
    // Found by CourseCatalogueReaderFuzzTest: skipping a byte order mark decodes the start of the
    // file, and the decoding error escaped as an UncheckedIOException.
    Path file = Files.write(dir.resolve("catalogue.csv"), new byte[] {(byte) 0x98, 'a', ','});

    Problem p = only(TestFiles.problems(() -> reader().read(file)));

    assertThat(p.message()).isEqualTo("the file is not valid UTF-8 text (byte 0x98)");
    assertThat(p.suggestion()).hasValueSatisfying(s -> assertThat(s).contains("CSV UTF-8"));
    assertThat(p.source()).hasValue(file.toString());
    assertThat(p.line()).hasValue(1);
    assertThat(p.column()).hasValue(1);
  }

  @Test
  void brokenUtf8LaterInTheFileIsPlacedAtItsByte(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes((HEADER + "a,A,,1,1,,,,\n").getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(new byte[] {'b', ',', (byte) 0xC3, '(', ',', ',', '1', ',', '1', '\n'});
    Path file = Files.write(dir.resolve("catalogue.csv"), bytes.toByteArray());

    Problem p = only(TestFiles.problems(() -> reader().read(file)));

    // 0xC3 starts a two-byte character, which '(' cannot continue
    assertThat(p.message()).isEqualTo("the file is not valid UTF-8 text (byte 0xC3)");
    assertThat(p.line()).hasValue(3);
    assertThat(p.column()).hasValue(3);
  }

  @Test
  void onlyCsvFiles() {
    assertThatThrownBy(() -> reader().read(Path.of("catalogue.yaml")))
        .isExactlyInstanceOf(SpPathwaysException.class)
        .hasMessageContaining("cannot tell the format of 'catalogue.yaml'")
        .hasMessageContaining(".csv");
  }

  @Test
  void fileNotFound() {
    assertThatThrownBy(() -> reader().read(Path.of("no-such-catalogue.csv")))
        .isExactlyInstanceOf(SpPathwaysException.class)
        .hasMessageContaining("file not found");
  }
}
