package org.sppathways.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.sppathways.compliance.ComplianceAnalysis;
import org.sppathways.compliance.ComplianceFixtures;
import org.sppathways.compliance.ComplianceSummary;
import org.sppathways.model.ProfileSource;

/** {@code compliance}: what its table says, and bad arguments answered with a clear message. */
class ComplianceCommandTest {
  static final String PROFILES = "docs/examples/sp-profiles.yaml";

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void theTableSaysTheDayTheCountsAndTheRefreshers() {
    ComplianceSummary s = ComplianceAnalysis.of(ComplianceFixtures.model())
        .summarise(ComplianceFixtures.everyone(), ComplianceFixtures.AS_OF);
    StringWriter text = new StringWriter();
    ComplianceCommand.table(new PrintWriter(text, true), s);
    assertThat(text.toString())
        .startsWith("As of 2026-06-01 (due: lapsing within 3 months): 6 people, 5 with a role, "
            + "16 checks\n5 current, 5 due, 2 lapsed, 4 missing\n")
        .contains("2026-07  (no course teaches lone-working)       1")
        .contains("2026-09  fire-safety                            1");
  }

  @Test
  void theRegisterTableListsPeopleByIdWithTheirDates() {
    StringWriter text = new StringWriter();
    ComplianceCommand.table(new PrintWriter(text, true),
        ComplianceAnalysis.of(ComplianceFixtures.model()).register(
            ProfileSource.of(ComplianceFixtures.everyone()), ComplianceFixtures.AS_OF));
    assertThat(text.toString()).contains(
        "p2      link-worker  safeguarding         2     2  due      2026-06-02");
  }

  @Test
  void undatedProfilesAreNeverDueOrLapsed() {
    CliRun r = run("compliance", "--profiles", PROFILES, "--as-of", "2026-06-01");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("0 due, 0 lapsed")
        .contains("No refreshers needed in the 12 months from 2026-06.");
  }

  @Test
  void aDayThatIsNotADayIsNamed() {
    CliRun r = run("compliance", "--profiles", PROFILES, "--as-of", "2026-02-30");
    assertThat(r.code()).isEqualTo(Main.INVALID);
    assertThat(r.err()).contains("'2026-02-30' is not a day: give it as YYYY-MM-DD")
        .doesNotContain("Exception");
  }

  @Test
  void monthsOutOfRangeAreNamedWithTheirOption() {
    CliRun within = run("compliance", "--profiles", PROFILES, "--within", "-1");
    assertThat(within.code()).isEqualTo(Main.INVALID);
    assertThat(within.err()).startsWith("--within: must be 0 to 120, was -1");
    CliRun horizon = run("compliance", "--profiles", PROFILES, "--horizon", "0");
    assertThat(horizon.err()).startsWith("--horizon: must be 1 to 120, was 0");
  }

  @Test
  void byAndPeopleTogetherAreRefused() {
    CliRun r = run("compliance", "--profiles", PROFILES, "--by", "role", "--people");
    assertThat(r.code()).isEqualTo(Main.INVALID);
    assertThat(r.err()).startsWith("--by groups the counts and --people lists rows; give one");
  }

  @Test
  void anUnknownGroupingSuggestsTheNearest() {
    CliRun r = run("compliance", "--profiles", PROFILES, "--by", "rol");
    assertThat(r.err()).contains("did you mean 'role'?");
  }

  @Test
  void aMissingProfilesFileIsAClearError() {
    CliRun r = run("compliance", "--profiles", "target/no-such-profiles.yaml");
    assertThat(r.code()).isEqualTo(Main.INVALID);
    assertThat(r.err()).startsWith("error: ").doesNotContain("Exception");
  }

  @Test
  void csvCountsEveryGroup() {
    CliRun r = run("compliance", "--profiles", PROFILES, "--as-of", "2026-06-01", "--by",
        "competency", "--format", "csv");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().lines().toList().get(0)).isEqualTo("by,key,current,due,lapsed,missing,"
        + "total");
    assertThat(r.out().lines().skip(2)).allMatch(l -> l.startsWith("competency,"));
  }
}
