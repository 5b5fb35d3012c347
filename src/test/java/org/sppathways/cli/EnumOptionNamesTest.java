package org.sppathways.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sppathways.cli.GapAndTrainingCommandsTest.run;

import org.junit.jupiter.api.Test;
import org.sppathways.cli.GapAndTrainingCommandsTest.Run;

/**
 * Every option whose values are one of the library's enums reads the names files and JSON use
 * ({@code cost}, {@code fewest-moves}, {@code organisation-type}), in any case, and answers as
 * the lower-case name does; a name that is none of them is exit 2 listing the valid names.
 */
class EnumOptionNamesTest {
  private static final String MODEL = "docs/examples/mandatory-training.yaml";
  private static final String PEOPLE = "docs/examples/mandatory-training-people.yaml";

  private static void sameAnswer(String[] lower, String[] mixed) {
    Run a = run(lower);
    Run b = run(mixed);
    assertThat(a.exit()).as(String.join(" ", lower)).isZero();
    assertThat(b).as(String.join(" ", mixed)).isEqualTo(a);
  }

  @Test
  void printedNamesInAnyCaseChooseTheSameValue() {
    sameAnswer(new String[] {"plan", "--from", "link-worker", "--role", "senior-link-worker",
        "--objective", "cost"},
        new String[] {"plan", "--from", "link-worker", "--role", "senior-link-worker",
            "--objective", "Cost"});
    sameAnswer(new String[] {"paths", "--from", "link-worker", "--to", "sp-manager", "--by",
        "months", "--kinds", "promotion"},
        new String[] {"paths", "--from", "link-worker", "--to", "sp-manager", "--by", "MONTHS",
            "--kinds", "Promotion"});
    sameAnswer(new String[] {"structure", "--metric", "months", "--months-ties", "fewest-moves"},
        new String[] {"structure", "--metric", "months", "--months-ties", "Fewest-Moves"});
    sameAnswer(new String[] {"compliance", "--model", MODEL, "--profiles", PEOPLE, "--as-of",
        "2026-06-01", "--by", "organisation-type"},
        new String[] {"compliance", "--model", MODEL, "--profiles", PEOPLE, "--as-of",
            "2026-06-01", "--by", "Organisation-Type"});
  }

  @Test
  void theValueChosenIsTheOneNamed() {
    assertThat(run("plan", "--from", "link-worker", "--role", "senior-link-worker",
        "--objective", "Count").out()).startsWith("5 courses").contains("(optimal for count)");
    assertThat(run("structure", "--metric", "months", "--months-ties", "every-path")
        .exit()).isZero();
    assertThat(run("compliance", "--model", MODEL, "--profiles", PEOPLE, "--as-of",
        "2026-06-01", "--by", "Competency").out()).contains("competency    current")
        .doesNotContain("organisation-type  current");
  }

  @Test
  void aNameThatIsNoneOfThemListsTheValidNames() {
    Run r = run("plan", "--from", "link-worker", "--role", "senior-link-worker", "--objective",
        "cheapest");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("'cheapest' is not a training objective (use one of: hours, "
        + "cost, count)").doesNotContain("Exception");
    Run ties = run("structure", "--metric", "months", "--months-ties", "fewest");
    assertThat(ties.exit()).isEqualTo(2);
    assertThat(ties.err()).contains("every-path", "fewest-moves");
    Run kinds = run("paths", "--from", "link-worker", "--to", "sp-manager", "--kinds", "jump");
    assertThat(kinds.exit()).isEqualTo(2);
    assertThat(kinds.err()).contains("promotion");
  }
}
