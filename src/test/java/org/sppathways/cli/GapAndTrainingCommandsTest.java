package org.sppathways.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sppathways.gaps.Golden;

/**
 * Golden tests of the gap-analysis and training commands: {@code gaps}, {@code fit},
 * {@code next}, {@code transfers}, {@code needs}, {@code coverage}, {@code plan},
 * {@code commission}. Each runs {@link Main#run} on the bundled reference model and the
 * fictional example files in {@code docs/examples/}, and compares stdout with
 * {@code src/test/resources/golden/cli/<name>.txt}.
 *
 * <p>After an intended change of output, regenerate the golden files with
 * <pre>
 * mvn -q -B -ntp test -Dtest='org.sppathways.cli.**' -Dsppathways.golden.update=true
 * </pre>
 * and review {@code git diff src/test/resources/golden} (see {@link Golden}).
 */
class GapAndTrainingCommandsTest {
  static final String CSV = "docs/examples/sp-profiles.csv";
  static final String YAML = "docs/examples/sp-profiles.yaml";
  static final String EXTRA = "docs/examples/extra-courses.csv";
  static final String MIXED = "src/test/resources/profiles/gaps/mixed.csv";

  /** What one run printed and returned. */
  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  static Stream<Arguments> successes() {
    return Stream.of(
        Arguments.of("gaps-person", new String[] {"gaps", "--profiles", CSV, "--person", "demo-01",
            "--role", "link-worker"}),
        Arguments.of("gaps-person-json", new String[] {"gaps", "--profiles", CSV, "--person",
            "demo-01", "--role", "link-worker", "--format", "json"}),
        Arguments.of("gaps-person-csv", new String[] {"gaps", "--profiles", YAML, "--person",
            "demo-03", "--role", "sp-manager", "--format", "csv"}),
        Arguments.of("gaps-from", new String[] {"gaps", "--from", "link-worker", "--role",
            "senior-link-worker"}),
        Arguments.of("gaps-from-json", new String[] {"gaps", "--from", "housing-officer", "--role",
            "link-worker", "--format", "json"}),
        Arguments.of("fit", new String[] {"fit", "--profiles", CSV, "--role", "link-worker"}),
        Arguments.of("fit-within-json", new String[] {"fit", "--profiles", CSV, "--role",
            "link-worker", "--within", "pcn,vcse-charity", "--format", "json"}),
        Arguments.of("fit-essential-csv", new String[] {"fit", "--profiles", YAML, "--role",
            "hwbc-bronze", "--essential-met", "--format", "csv"}),
        Arguments.of("next-steps", new String[] {"next", "--profiles", YAML, "--person", "demo-01",
            "--steps", "2"}),
        Arguments.of("next-no-role-json", new String[] {"next", "--profiles", CSV, "--person",
            "demo-12", "--format", "json"}),
        Arguments.of("next-csv", new String[] {"next", "--profiles", CSV, "--person", "demo-04",
            "--format", "csv"}),
        Arguments.of("transfers-to", new String[] {"transfers", "--to", "link-worker"}),
        Arguments.of("transfers-from-json", new String[] {"transfers", "--from", "housing-officer",
            "--format", "json"}),
        Arguments.of("transfers-csv", new String[] {"transfers", "--format", "csv"}),
        Arguments.of("needs", new String[] {"needs", "--profiles", CSV}),
        Arguments.of("needs-role-json", new String[] {"needs", "--profiles", CSV, "--role",
            "link-worker", "--top", "3", "--format", "json"}),
        Arguments.of("needs-csv", new String[] {"needs", "--profiles", YAML, "--format", "csv"}),
        Arguments.of("coverage", new String[] {"coverage"}),
        Arguments.of("coverage-json", new String[] {"coverage", "--additions", "2", "--format",
            "json"}),
        Arguments.of("coverage-extra-csv", new String[] {"coverage", "--courses", EXTRA, "--format",
            "csv"}),
        Arguments.of("plan-person", new String[] {"plan", "--profiles", YAML, "--person", "demo-01",
            "--role", "link-worker"}),
        Arguments.of("plan-person-cost-json", new String[] {"plan", "--profiles", YAML, "--person",
            "demo-03", "--role", "sp-manager", "--objective", "cost", "--format", "json"}),
        Arguments.of("plan-from-count-csv", new String[] {"plan", "--from", "care-coordinator",
            "--role", "link-worker", "--objective", "count", "--format", "csv"}),
        Arguments.of("plan-extra-json", new String[] {"plan", "--courses", EXTRA, "--profiles", CSV,
            "--person", "demo-02", "--role", "link-worker", "--format", "json"}),
        Arguments.of("commission", new String[] {"commission", "--profiles", YAML, "--budget",
            "3000"}),
        Arguments.of("commission-role-json", new String[] {"commission", "--profiles", YAML,
            "--budget", "5000", "--role", "link-worker", "--format", "json"}),
        Arguments.of("commission-csv", new String[] {"commission", "--profiles", CSV, "--budget",
            "1500", "--format", "csv"}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("successes")
  void printsTheGoldenOutput(String name, String[] args) {
    Run r = run(args);
    assertThat(r.err()).as("stderr").isEmpty();
    assertThat(r.exit()).as("exit code").isZero();
    Golden.assertMatches("cli/" + name + ".txt", r.out());
  }

  /** Invalid input: exit 2, nothing on stdout, the problems on stderr as in the golden file. */
  static Stream<Arguments> invalidInput() {
    return Stream.of(
        Arguments.of("unknown-person", new String[] {"gaps", "--profiles", CSV, "--person",
            "demo-99", "--role", "link-worker"}),
        Arguments.of("unknown-role", new String[] {"gaps", "--profiles", CSV, "--person",
            "demo-01", "--role", "link-wroker"}),
        Arguments.of("unknown-from-role", new String[] {"plan", "--from", "senior-linkworker",
            "--role", "sp-manager"}),
        Arguments.of("unknown-organisation-type", new String[] {"fit", "--profiles", CSV, "--role",
            "link-worker", "--within", "pcm"}),
        Arguments.of("profiles-with-problems-fit", new String[] {"fit", "--profiles", MIXED,
            "--role", "link-worker"}),
        Arguments.of("profiles-with-problems-needs", new String[] {"needs", "--profiles", MIXED}),
        Arguments.of("profiles-with-problems-commission", new String[] {"commission", "--profiles",
            MIXED, "--budget", "100"}),
        Arguments.of("missing-profiles-file", new String[] {"next", "--profiles",
            "docs/examples/nobody.csv", "--person", "demo-01"}),
        Arguments.of("unknown-transfer-role", new String[] {"transfers", "--to", "linkworker"}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidInput")
  void invalidInputIsExitTwoWithProblemsOnStderr(String name, String[] args) {
    Run r = run(args);
    assertThat(r.exit()).as("exit code").isEqualTo(Main.INVALID);
    assertThat(r.out()).as("stdout").isEmpty();
    assertNoStackTrace(r.err());
    Golden.assertMatches("cli/errors/" + name + ".txt", r.err());
  }

  /** Bad arguments: exit 2, the complaint first on stderr, then the usage; no stack trace. */
  static Stream<Arguments> badArguments() {
    return Stream.of(
        Arguments.of("--budget must be a number, 0 or more, was -5.0",
            new String[] {"commission", "--profiles", CSV, "--budget", "-5"}),
        Arguments.of("--budget must be a number, 0 or more, was NaN",
            new String[] {"commission", "--profiles", CSV, "--budget", "NaN"}),
        Arguments.of("--budget must be a number, 0 or more, was Infinity",
            new String[] {"commission", "--profiles", CSV, "--budget", "Infinity"}),
        Arguments.of("Invalid value for option '--budget': 'lots' is not a double",
            new String[] {"commission", "--profiles", CSV, "--budget", "lots"}),
        Arguments.of("--steps must be 1 or more, was 0",
            new String[] {"next", "--profiles", CSV, "--person", "demo-01", "--steps", "0"}),
        Arguments.of("--top must be 1 or more, was 0",
            new String[] {"needs", "--profiles", CSV, "--top", "0"}),
        Arguments.of("--additions must be 0 or more, was -1",
            new String[] {"coverage", "--additions", "-1"}),
        Arguments.of("give --from or --to, not both",
            new String[] {"transfers", "--from", "nurse", "--to", "link-worker"}),
        Arguments.of("Missing required option: '--role=ROLE'",
            new String[] {"gaps", "--from", "link-worker"}),
        Arguments.of("Error: --from=ROLE and [--profiles=FILE --person=ID] are mutually exclusive "
            + "(specify only one)", new String[] {"plan", "--from", "link-worker", "--profiles",
            CSV, "--person", "demo-01", "--role", "sp-manager"}),
        Arguments.of("Invalid value for option '--objective': 'speed' is not a training "
            + "objective (use one of: hours, cost, count)", new String[] {"plan", "--from",
            "link-worker", "--role", "sp-manager", "--objective", "speed"}),
        Arguments.of("Missing required option: '--budget=AMOUNT'",
            new String[] {"commission", "--profiles", CSV}),
        Arguments.of("--max-nodes must be 1 or more, was 0", new String[] {"plan", "--from",
            "link-worker", "--role", "sp-manager", "--max-nodes", "0"}));
  }

  /**
   * {@code report --courses} adds the file's courses to the model's (the default), or replaces
   * them with {@code --courses-mode replace}: extra-courses.csv teaches building trust to 3 and no
   * safeguarding course.
   */
  @Test
  void reportAddsACatalogueToTheModelsCoursesByDefault() {
    Run plain = run("report", "--format", "md");
    Run added = run("report", "--format", "md", "--courses", EXTRA);
    Run replaced = run("report", "--format", "md", "--courses", EXTRA, "--courses-mode", "replace");
    assertThat(run("report", "--format", "md", "--courses", EXTRA, "--courses-mode", "add"))
        .isEqualTo(added);
    assertThat(plain.out()).contains("| Building trust and rapport | 3 | 0 | yes |")
        .doesNotContain("| Safeguarding adults |");
    assertThat(added.exit()).isZero();
    assertThat(added.out()).doesNotContain("| Building trust and rapport |")
        .doesNotContain("| Safeguarding adults |")
        .contains("No course is worth adding: every role (external professions aside) can be "
            + "reached by the catalogue's courses and practice");
    assertThat(replaced.out()).contains("| Safeguarding adults | 3 | 0 | no |")
        .contains("No single course is worth adding: each of the 20 roles");
  }

  /** {@code coverage --courses} replaces the model's courses by default, and adds with add. */
  @Test
  void coverageReplacesTheModelsCoursesByDefault() {
    assertThat(run("coverage", "--courses", EXTRA).out())
        .contains("No single course is worth adding: each of the 20 roles (external professions "
            + "aside) the catalogue cannot reach lacks two or more competencies that courses are "
            + "expected to teach.");
    assertThat(run("coverage", "--courses", EXTRA, "--courses-mode", "add").out())
        .contains("No course is worth adding: every role (external professions aside)");
  }

  /** {@code --courses-mode} without a catalogue would change nothing, so it is refused. */
  @Test
  void coursesModeWithoutCoursesIsRefused() {
    for (String[] command : new String[][] {{"coverage"}, {"report", "--format", "md"}}) {
      List<String> args = new ArrayList<>(List.of(command));
      args.addAll(List.of("--courses-mode", "add"));
      Run r = run(args.toArray(String[]::new));
      assertThat(r.exit()).as(command[0]).isEqualTo(Main.INVALID);
      assertThat(r.err()).as(command[0]).contains("--courses-mode needs --courses FILE");
    }
  }

  /**
   * With one node the search stops at the greedy plan and says so; with the default it proves the
   * plan optimal; a limit in between is never worse than a smaller one.
   */
  @Test
  void maxNodesBoundsThePlanSearch() {
    Run one = run("plan", "--from", "link-worker", "--role", "sp-manager", "--objective", "cost",
        "--max-nodes", "1", "--format", "json");
    Run all = run("plan", "--from", "link-worker", "--role", "sp-manager", "--objective", "cost",
        "--format", "json");
    assertThat(one.exit()).isZero();
    assertThat(one.out()).contains("\"optimal\" : false");
    assertThat(all.out()).contains("\"optimal\" : true");
    double previous = Double.POSITIVE_INFINITY;
    for (String limit : new String[] {"1", "2", "5", "20", "100", "200000"}) {
      String out = run("plan", "--from", "link-worker", "--role", "sp-manager", "--objective",
          "cost", "--max-nodes", limit, "--format", "json").out();
      java.util.regex.Matcher cost = java.util.regex.Pattern.compile("\"cost\" : ([0-9.]+)")
          .matcher(out);
      assertThat(cost.find()).isTrue();
      double value = Double.parseDouble(cost.group(1));
      assertThat(value).as("cost with --max-nodes %s", limit).isLessThanOrEqualTo(previous);
      previous = value;
    }
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badArguments")
  void badArgumentsAreExitTwoWithUsage(String firstLine, String[] args) {
    Run r = run(args);
    assertThat(r.exit()).as("exit code").isEqualTo(Main.INVALID);
    assertThat(r.out()).as("stdout").isEmpty();
    assertThat(r.err().lines().findFirst()).contains(firstLine);
    assertThat(r.err()).contains("Usage: sp-pathways " + args[0]);
    assertNoStackTrace(r.err());
  }

  @Test
  void objectiveAndFormatAreCaseInsensitive() {
    Run lower = run("plan", "--from", "link-worker", "--role", "sp-manager", "--objective", "cost",
        "--format", "json");
    Run upper = run("plan", "--from", "link-worker", "--role", "sp-manager", "--objective", "COST",
        "--format", "JSON");
    assertThat(upper).isEqualTo(lower);
    assertThat(lower.exit()).isZero();
  }

  @Test
  void theExampleFilesGiveTheSameAnswersInCsvAndYaml() {
    for (String command : new String[] {"fit", "needs"}) {
      String[] csv = command.equals("fit")
          ? new String[] {"fit", "--profiles", CSV, "--role", "link-worker", "--format", "json"}
          : new String[] {"needs", "--profiles", CSV, "--format", "json"};
      String[] yaml = csv.clone();
      yaml[2] = YAML;
      assertThat(run(yaml)).as(command).isEqualTo(run(csv));
    }
  }

  @Test
  void aCatalogueWithALoopIsExitTwo(@TempDir Path dir) throws IOException {
    Path loop = dir.resolve("loop.csv");
    Files.writeString(loop, String.join("\n",
        "course,title,hours,cost,competency,level,prerequisites",
        "a,A,1,1,active-listening,2,b",
        "b,B,1,1,communication,2,a", ""));
    Run r = run("coverage", "--courses", loop.toString());
    assertThat(r.exit()).isEqualTo(Main.INVALID);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("loop");
    assertNoStackTrace(r.err());
  }

  @Test
  void aCatalogueNamingAnUnknownCompetencyIsExitTwo(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, String.join("\n",
        "course,title,hours,cost,competency,level,prerequisites",
        "a,A,1,1,active-listenning,2,", ""));
    Run r = run("plan", "--courses", bad.toString(), "--from", "link-worker", "--role",
        "senior-link-worker");
    assertThat(r.exit()).isEqualTo(Main.INVALID);
    assertThat(r.err()).contains("unknown competency 'active-listenning' (did you mean "
        + "'active-listening'?)");
    assertNoStackTrace(r.err());
  }

  /**
   * The catalogue format allows a prerequisite that is a course of the model
   * (docs/reference/format.md), but {@code --courses} replaces the model's courses, and the
   * planner then rejects the prerequisite as unknown.
   */
  @Test
  void aCataloguePrerequisiteMayBeAModelCourse(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("more.csv");
    Files.writeString(file, String.join("\n",
        "course,title,hours,cost,competency,level,prerequisites",
        "coaching-plus,Coaching plus,10,100,health-coaching,3,pci-core-skills", ""));
    Run r = run("plan", "--courses", file.toString(), "--from", "hwbc-tier-1", "--role",
        "health-wellbeing-coach", "--format", "json");
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isZero();
  }

  /**
   * Issue 5: "a profile naming an unknown role or competency is a clear error naming the person,
   * the id and the file place". The problems name the id and the place, not the person.
   */
  @Test
  void profileProblemsNameThePerson() {
    Run r = run("fit", "--profiles", MIXED, "--role", "link-worker");
    java.util.List<String> problems = r.err().lines().skip(1).toList();
    assertThat(problems).hasSize(3);
    assertThat(problems.get(0)).contains("p-02");
    assertThat(problems.get(1)).contains("p-03");
    assertThat(problems.get(2)).contains("p-04");
  }

  @Test
  void debugDoesNotChangeAnInvalidInputReport() {
    Run plain = run("gaps", "--profiles", CSV, "--person", "demo-99", "--role", "link-worker");
    Run debug = run("--debug", "gaps", "--profiles", CSV, "--person", "demo-99", "--role",
        "link-worker");
    assertThat(debug).isEqualTo(plain);
  }

  static void assertNoStackTrace(String err) {
    assertThat(err).as("stderr has no stack trace").doesNotContain("\tat ")
        .doesNotContain("Exception").doesNotContain("internal error:");
  }
}
