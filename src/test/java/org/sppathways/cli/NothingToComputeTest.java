package org.sppathways.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A command with nothing to compute says what is missing and exits with 2; it never prints a
 * table of zeros with exit code 0.
 */
class NothingToComputeTest {
  static final String FLOWS = "docs/examples/flows/sp-flows.yaml";
  static final String START = "docs/examples/flows/sp-headcounts.yaml";

  static CliRun run(String... args) {
    return CliRun.of(args);
  }

  /** A model without flow data: no leaving rates, route rates or recruits. */
  static final String NO_FLOWS = "docs/tutorial/my-model.yaml";

  @Test
  void projectionCommandsOnAModelWithoutFlowDataRefuseAndSayHowToGiveIt() {
    for (String[] args : new String[][] {
        {"project", "--model", NO_FLOWS, "--years", "5"},
        {"project", "--model", NO_FLOWS, "--years", "5", "--format", "csv"},
        {"steady", "--model", NO_FLOWS},
        {"reach-probability", "--model", NO_FLOWS, "--from", "link-worker", "--to",
            "senior-link-worker"},
        {"capacity", "--model", NO_FLOWS, "--role", "link-worker", "--target", "100",
            "--format", "json"},
        {"demand", "--model", NO_FLOWS, "--years", "3"}}) {
      CliRun r = run(args);

      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(Main.INVALID);
      assertThat(r.out()).as(String.join(" ", args)).isEmpty();
      assertThat(r.err()).as(String.join(" ", args))
          .contains(NO_FLOWS + " has no flow data")
          .contains("--apply FILE").contains("docs/how-to/project-the-workforce.md")
          .doesNotContain("Exception");
    }
  }

  @Test
  void theDocsQuoteTheMessageTheCommandPrints() throws java.io.IOException {
    String message = run("project", "--model", NO_FLOWS, "--years", "5").err().strip();

    for (String doc : new String[] {"docs/reference/cli.md",
        "docs/how-to/project-the-workforce.md"}) {
      assertThat(java.nio.file.Files.readString(java.nio.file.Path.of(doc))).as(doc)
          .contains(message);
    }
  }

  @Test
  void theBundledModelProjectsANonZeroWorkforceOfItsOwn() {
    CliRun r = run("project", "--years", "5", "--format", "csv");

    assertThat(r.code()).as(r.err()).isZero();
    double year5 = CsvOutputsTest.rows(r.out()).stream().filter(c -> c.get("year").equals("5"))
        .mapToDouble(c -> Double.parseDouble(c.get("headcount"))).sum();
    // 8,633 FTE at the start (the latest NWRS figures); recruits keep it in the thousands.
    assertThat(year5).isGreaterThan(8000);
  }

  @Test
  void theBundledModelProjectsANonZeroWorkforceOnceGivenFlows() {
    CliRun r = run("project", "--years", "5", "--apply", FLOWS, "--start", START, "--format", "csv");

    assertThat(r.code()).as(r.err()).isZero();
    double year5 = CsvOutputsTest.rows(r.out()).stream().filter(c -> c.get("year").equals("5"))
        .mapToDouble(c -> Double.parseDouble(c.get("headcount"))).sum();
    // 3,300 link workers at the start; the illustrative rates keep a workforce of thousands.
    assertThat(year5).isGreaterThan(1000);
  }

  @Test
  void projectWithFlowsButNoOneAndNoRecruitsRefuses(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) throws java.io.IOException {
    java.nio.file.Path model = dir.resolve("m.yaml");
    java.nio.file.Files.writeString(model, "format: sp-pathways/1\nname: Tiny\n"
        + "scale: [{level: 1, name: A}]\n"
        + "roles:\n  - {id: lw, title: LW, leaving: 0.2}\n");

    CliRun r = run("project", "--model", model.toString(), "--years", "3");

    assertThat(r.code()).isEqualTo(Main.INVALID);
    assertThat(r.err()).contains("no one at the start and no recruits").contains("--start FILE");
  }

  @Test
  void workloadOnProfilesWithoutHoursRefuses() {
    CliRun r = run("workload", "--profiles", "docs/examples/sp-profiles.csv", "--format", "csv");

    assertThat(r.code()).isEqualTo(Main.INVALID);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("has both contractedHours and workedHours")
        .contains("CSV profiles carry no hours").contains("docs/reference/format.md");
  }
}
