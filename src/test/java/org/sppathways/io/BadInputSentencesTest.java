package org.sppathways.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sppathways.cli.Main;
import org.sppathways.model.ModelException;
import org.sppathways.model.Problem;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

/**
 * The mistakes people really make with input files each get one sentence that names the cause,
 * in place of the parser's or the header check's symptoms: a CSV file saved with semicolons, a
 * tab that indents YAML, and a flood of one systematic mistake.
 */
class BadInputSentencesTest {
  private static final WorkforceModel MODEL = ReferenceModels.socialPrescribing();
  private static final String SEMICOLON = "the file seems to use ';' between values";

  private static ModelException failure(Runnable read) {
    ModelException e = catchThrowableOfType(read::run, ModelException.class);
    assertThat(e).as("the read should fail").isNotNull();
    return e;
  }

  /** The one problem of a failure, which must name the cause. */
  private static Problem onlyProblem(ModelException e) {
    assertThat(e.problems()).as("problems: %s", e.getMessage()).hasSize(1);
    return e.problems().get(0);
  }

  @Nested
  class SemicolonSeparatedCsv {

    @Test
    void profilesSavedWithSemicolonsAreOneProblemNamingTheSeparator() {
      String csv = "person;role;organisationType;monthsInRole;competency;level\n"
          + "p-1;link-worker;pcn;12;active-listening;2\n";

      Problem p = onlyProblem(failure(
          () -> ProfileReader.of(MODEL).read(csv, "people.csv", FileFormat.CSV)));

      assertThat(p.message()).startsWith(SEMICOLON);
      assertThat(p.suggestion()).hasValueSatisfying(s -> assertThat(s).contains("CSV UTF-8"));
      assertThat(p.toString()).startsWith("people.csv:1: ");
    }

    @Test
    void aCourseCatalogueSavedWithSemicolonsIsOneProblemNamingTheSeparator() {
      String csv = "id;title;hours;cost;covers\nc-1;Listening;6;0;active-listening:2\n";

      Problem p = onlyProblem(failure(
          () -> CourseCatalogueReader.of(MODEL).read(csv, "courses.csv")));

      assertThat(p.message()).startsWith(SEMICOLON);
    }

    @Test
    void headcountsSavedWithSemicolonsAreOneProblemNamingTheSeparator() {
      String csv = "role;organisationType;headcount\nlink-worker;pcn;10\n";

      Problem p = onlyProblem(failure(
          () -> HeadcountReader.of(MODEL).read(csv, "start.csv", FileFormat.CSV)));

      assertThat(p.message()).startsWith(SEMICOLON);
    }

    @Test
    void aQuotedSemicolonHeaderIsRecognisedToo() {
      String csv = "\"person\";\"role\";\"organisationType\";\"monthsInRole\";\"competency\";"
          + "\"level\"\n";

      Problem p = onlyProblem(failure(
          () -> ProfileReader.of(MODEL).read(csv, "people.csv", FileFormat.CSV)));

      assertThat(p.message()).startsWith(SEMICOLON);
    }

    @Test
    void aTabSeparatedFileReadAsCsvIsNamedAsSuch() {
      String csv = "role\torganisationType\theadcount\nlink-worker\tpcn\t10\n";

      Problem p = onlyProblem(failure(
          () -> HeadcountReader.of(MODEL).read(csv, "start.csv", FileFormat.CSV)));

      assertThat(p.message()).startsWith("the file seems to use tabs between values");
    }

    @Test
    void aSemicolonInsideAValueOfACommaFileIsNoCause() {
      // One known column is enough to show the file is comma-separated: the other problems stay.
      String csv = "role,head;count\nlink-worker,10\n";

      ModelException e = failure(
          () -> HeadcountReader.of(MODEL).read(csv, "start.csv", FileFormat.CSV));

      assertThat(e.problems()).extracting(Problem::message)
          .noneMatch(m -> m.startsWith("the file seems"))
          .contains("the header has no column 'headcount'");
    }

    @Test
    void anEscoFileSavedWithSemicolonsIsNamedAsSuch(@TempDir Path dir) throws IOException {
      Path esco = org.sppathways.io.frameworks.FrameworkTestFiles.esco(dir);
      Path skills = esco.resolve("skills_en.csv");
      Files.writeString(skills, Files.readString(skills).replace(',', ';'));

      ModelException e = failure(
          () -> org.sppathways.io.frameworks.EscoImporter.of().read(esco));

      assertThat(e.problems()).extracting(Problem::message).contains(
          "the file seems to use ';' between values, not ','");
    }

    @Test
    void anOnetFileSavedAsCsvIsNamedAsSuch(@TempDir Path dir) throws IOException {
      Path onet = org.sppathways.io.frameworks.FrameworkTestFiles.onet(dir);
      Path skills = onet.resolve("Skills.txt");
      Files.writeString(skills, Files.readString(skills).replace('\t', ','));

      ModelException e = failure(
          () -> org.sppathways.io.frameworks.OnetImporter.of().read(onet));

      assertThat(e.problems()).extracting(Problem::message).contains(
          "the file seems to use ',' between values, not tabs");
    }
  }

  @Nested
  class TabIndentedYaml {

    @Test
    void aTabIndentingAModelFieldIsNamedAtTheTab() {
      String yaml = "format: sp-pathways/1\nname: X\nroles:\n  - id: a\n    title: A\n"
          + "\tofferedBy: []\n";

      Problem p = onlyProblem(failure(
          () -> ModelReader.of().read(yaml, "model.yaml", FileFormat.YAML)));

      assertThat(p.message()).isEqualTo("tab characters cannot indent YAML");
      assertThat(p.line()).isEqualTo(OptionalInt.of(6));
      assertThat(p.column()).isEqualTo(OptionalInt.of(1));
    }

    @Test
    void aTabAfterSpacesIsPlacedAtTheTab() {
      String yaml = "format: sp-pathways/1\nname: X\nroles:\n  \t- id: a\n";

      Problem p = onlyProblem(failure(
          () -> ModelReader.of().read(yaml, "model.yaml", FileFormat.YAML)));

      assertThat(p.message()).isEqualTo("tab characters cannot indent YAML");
      assertThat(p.line()).isEqualTo(OptionalInt.of(4));
      assertThat(p.column()).isEqualTo(OptionalInt.of(3));
    }

    @Test
    void aProfilesFileGetsTheSameSentence() {
      String yaml = "format: sp-pathways-profiles/1\npeople:\n\t- id: p-1\n";

      Problem p = onlyProblem(failure(
          () -> ProfileReader.of(MODEL).read(yaml, "people.yaml", FileFormat.YAML)));

      assertThat(p.toString()).startsWith("people.yaml:3:1: tab characters cannot indent YAML");
    }

    @Test
    void otherSyntaxErrorsKeepTheParsersWords() {
      String yaml = "format: sp-pathways/1\nname: [X\n";

      Problem p = onlyProblem(failure(
          () -> ModelReader.of().read(yaml, "model.yaml", FileFormat.YAML)));

      assertThat(p.message()).startsWith("YAML syntax error:");
    }
  }

  @Nested
  class FloodOfOneMistake {
    private static final String HEADER =
        "person,role,organisationType,monthsInRole,competency,level\n";

    /** 60 rows with a misspelt competency and 5 with a misspelt role: 65 problems, two kinds. */
    private String flood() {
      return HEADER
          + IntStream.range(0, 60).mapToObj(i -> "p-" + i + ",link-worker,pcn,3,safegaurding,2\n")
              .collect(Collectors.joining())
          + IntStream.range(60, 65)
              .mapToObj(i -> "p-" + i + ",link-wroker,pcn,3,active-listening,2\n")
              .collect(Collectors.joining());
    }

    private List<String> cli(Path dir, String... options) throws IOException {
      Path file = dir.resolve("people.csv");
      Files.writeString(file, flood(), StandardCharsets.UTF_8);
      String[] args = new String[options.length + 7];
      System.arraycopy(new String[] {"gaps", "--profiles", file.toString(), "--person", "p-1",
          "--role", "link-worker"}, 0, args, 0, 7);
      System.arraycopy(options, 0, args, 7, options.length);
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
      assertThat(code).isEqualTo(Main.INVALID);
      assertThat(out.toString()).isEmpty();
      return err.toString().lines().toList();
    }

    @Test
    void theCommandLineShowsTwentyThenACountByKindAndTheOptionThatShowsAll(@TempDir Path dir)
        throws IOException {
      List<String> lines = cli(dir);

      assertThat(lines.get(0)).endsWith("people.csv is not a valid profiles file: 65 problems:");
      assertThat(lines.subList(1, 21)).allMatch(l -> l.contains("unknown competency"));
      assertThat(lines.subList(21, lines.size())).containsExactly(
          "  ... and 45 more; all 65 by kind:",
          "    60 x competency: person '\u2026': unknown competency '\u2026'",
          "     5 x role: person '\u2026': unknown role '\u2026'",
          "  run with --all-problems to list every one");
    }

    @Test
    void allProblemsListsEveryOne(@TempDir Path dir) throws IOException {
      List<String> lines = cli(dir, "--all-problems");

      assertThat(lines).hasSize(66);
      assertThat(lines.get(65)).contains(":66:2: role: person 'p-64': unknown role 'link-wroker'");
    }

    @Test
    void theExceptionMessageHasTheSameFormAsTheCommandLine() {
      ModelException e = failure(
          () -> ProfileReader.of(MODEL).read(flood(), "people.csv", FileFormat.CSV));

      List<String> lines = e.getMessage().lines().toList();

      assertThat(e.problems()).hasSize(65);
      assertThat(lines).hasSize(1 + ModelException.MESSAGE_LIMIT + 3)
          .last().isEqualTo("     5 x role: person '\u2026': unknown role '\u2026'");
    }

    @Test
    void twentyProblemsOrFewerAreListedWithoutCounts() {
      List<Problem> problems = IntStream.range(0, ModelException.MESSAGE_LIMIT)
          .mapToObj(i -> Problem.of("roles[" + i + "].id", "bad id 'r" + i + "'")).toList();

      String text = ModelException.describe("m.yaml is not a valid model", problems,
          ModelException.MESSAGE_LIMIT, "hint");

      assertThat(text.lines()).hasSize(21).noneMatch(l -> l.contains("by kind") || l.contains("hint"));
    }

    @Test
    void aKindLeavesOutPositionsQuotedValuesAndNumbers() {
      Problem p = Problem.of("roles[3].requires[10].competency",
          "unknown competency 'safegaurding' at level 4").withPosition("m.yaml", 9, 7)
          .withSuggestion("did you mean 'safeguarding'?");

      assertThat(p.kind()).isEqualTo(
          "roles[].requires[].competency: unknown competency '\u2026' at level N");
    }
  }
}
