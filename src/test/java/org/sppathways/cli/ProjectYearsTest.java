package org.sppathways.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sppathways.cli.GapAndTrainingCommandsTest.run;

import org.junit.jupiter.api.Test;
import org.sppathways.cli.GapAndTrainingCommandsTest.Run;

/**
 * {@code project --years}: 0 is the starting headcounts themselves, 1000 the most, and anything
 * outside is exit 2 naming the range; year 0 of any projection is the start.
 */
class ProjectYearsTest {
  private static final String FLOWS = "docs/examples/flows/sp-flows.yaml";
  private static final String START = "docs/examples/flows/sp-headcounts.yaml";

  private static Run project(String years, String... more) {
    String[] base = {"project", "--years", years, "--apply", FLOWS, "--start", START};
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return run(all);
  }

  @Test
  void zeroAndTheMostYearsAreProjectedAndNothingBeyond() {
    Run zero = project("0", "--format", "csv");
    assertThat(zero.exit()).isZero();
    Run five = project("5", "--format", "csv");
    assertThat(five.exit()).isZero();
    // year 0 is the start, whatever the horizon: the zero-year projection's rows begin the other
    String[] zeroRows = zero.out().split("\n");
    assertThat(five.out()).startsWith(String.join("\n", zeroRows));
    assertThat(project("1000", "--format", "csv").exit()).isZero();
    for (String bad : new String[] {"-1", "1001"}) {
      Run r = project(bad);
      assertThat(r.exit()).as(bad).isEqualTo(2);
      assertThat(r.err()).contains("--years must be from 0 to 1000, was " + bad)
          .doesNotContain("Exception");
      assertThat(r.out()).isEmpty();
    }
  }
}
