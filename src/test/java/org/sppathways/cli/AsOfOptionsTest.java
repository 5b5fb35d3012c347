package org.sppathways.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sppathways.cli.GapAndTrainingCommandsTest.CSV;
import static org.sppathways.cli.GapAndTrainingCommandsTest.YAML;
import static org.sppathways.cli.GapAndTrainingCommandsTest.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sppathways.cli.GapAndTrainingCommandsTest.Run;

/** {@code --as-of} and {@code --organisation-type} on the commands that assess people. */
class AsOfOptionsTest {

  @ParameterizedTest
  @ValueSource(strings = {"2026-13-01", "01/06/2026", "tomorrow", "2026-02-30"})
  void aDayThatIsNotADayIsExitTwoSayingHowToWriteIt(String day) {
    Run r = run("gaps", "--profiles", CSV, "--person", "demo-01", "--role", "link-worker",
        "--as-of", day);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("'" + day + "' is not a day: give it as YYYY-MM-DD")
        .doesNotContain("Exception");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void anUnknownOrganisationTypeIsExitTwoWithASuggestion() {
    Run r = run("fit", "--profiles", CSV, "--role", "link-worker", "--organisation-type",
        "vcse-charty");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("vcse-charity").doesNotContain("Exception");
  }

  @Test
  void everyCommandRefusesAnUnknownOrganisationTypeBeforeItPrintsAnything() {
    for (String[] args : new String[][] {
        {"gaps", "--profiles", YAML, "--person", "demo-01", "--role", "link-worker"},
        {"gaps", "--from", "link-worker", "--role", "senior-link-worker"},
        {"fit", "--profiles", YAML, "--role", "link-worker"},
        {"next", "--profiles", YAML, "--person", "demo-01"},
        {"needs", "--profiles", YAML},
        {"plan", "--profiles", YAML, "--person", "demo-01", "--role", "link-worker"},
        {"plan", "--from", "link-worker", "--role", "senior-link-worker"},
        {"commission", "--profiles", YAML, "--budget", "1000"}}) {
      String[] odd = new String[args.length + 2];
      System.arraycopy(args, 0, odd, 0, args.length);
      odd[args.length] = "--organisation-type";
      odd[args.length + 1] = "vcse-charty";
      Run r = run(odd);
      assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.err()).as(String.join(" ", args)).contains("vcse-charity")
          .doesNotContain("Exception");
      assertThat(r.out()).as(String.join(" ", args)).isEmpty();
    }
  }

  @Test
  void everyCommandThatAssessesPeopleTakesTheOptions() {
    for (String[] args : new String[][] {
        {"gaps", "--profiles", YAML, "--person", "demo-01", "--role", "link-worker"},
        {"fit", "--profiles", YAML, "--role", "link-worker"},
        {"next", "--profiles", YAML, "--person", "demo-01"},
        {"needs", "--profiles", YAML}}) {
      String[] dated = new String[args.length + 4];
      System.arraycopy(args, 0, dated, 0, args.length);
      dated[args.length] = "--as-of";
      dated[args.length + 1] = "2026-06-01";
      dated[args.length + 2] = "--organisation-type";
      dated[args.length + 3] = "pcn";
      assertThat(run(dated).exit()).as(String.join(" ", args)).isZero();
    }
  }

  @Test
  void withoutDatesTheDayMakesNoDifferenceAndIsNotPrinted() {
    Run early = run("needs", "--profiles", CSV, "--as-of", "2001-01-01", "--format", "json");
    Run late = run("needs", "--profiles", CSV, "--as-of", "2099-12-31", "--format", "json");
    assertThat(early).isEqualTo(late);
    assertThat(early.out()).doesNotContain("asOf");
  }

  @Test
  void aPersonAssessedInAnotherOrganisationTypeMeetsThatTypesVariant() {
    Run own = run("gaps", "--profiles", CSV, "--person", "demo-01", "--role", "link-worker",
        "--format", "json");
    Run same = run("gaps", "--profiles", CSV, "--person", "demo-01", "--role", "link-worker",
        "--organisation-type", "pcn", "--format", "json");
    assertThat(same).as("demo-01 works in a PCN already").isEqualTo(own);
  }

  @Test
  void pathsTakeTheDayForAPersonOnly() {
    Run person = run("paths", "--profiles", YAML, "--person", "demo-01", "--to", "sp-manager",
        "--as-of", "2026-06-01");
    assertThat(person.exit()).isZero();
    Run role = run("paths", "--from", "link-worker", "--to", "sp-manager", "--as-of",
        "2026-06-01");
    assertThat(role.exit()).isEqualTo(2);
    assertThat(role.err()).contains("--as-of needs --profiles and --person");
  }
}
