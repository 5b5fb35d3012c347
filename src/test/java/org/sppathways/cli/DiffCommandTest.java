package org.sppathways.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diff A B} exits as {@code diff(1)} does — 0 for the same models, 1 for different ones,
 * 2 for bad input — and says what changed in each format.
 */
class DiffCommandTest {
  private static final String MINE = "docs/tutorial/my-model.yaml";
  private static final String LOCAL = "docs/examples/my-model-local.yaml";

  @TempDir Path tmp;

  @Test
  void theSameModelExitsZeroAndSaysSo() {
    CliRun run = CliRun.of("diff", MINE, MINE);
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("No differences between " + MINE);
    assertThat(CliRun.of("diff", MINE, MINE, "--format", "csv").out().strip())
        .isEqualTo("kind,key,edit,field,before,after");
  }

  @Test
  void aModelWrittenInAnotherFormatIsTheSame() throws IOException {
    Path json = tmp.resolve("mine.json");
    assertThat(CliRun.of("export", "--model", MINE, "--to", "json", "--out", json.toString())
        .code()).isZero();
    assertThat(CliRun.of("diff", MINE, json.toString()).code()).isZero();
  }

  @Test
  void differentModelsExitOneAndListEveryChange() throws IOException {
    CliRun run = CliRun.of("diff", MINE, LOCAL);
    assertThat(run.code()).isEqualTo(DiffCommand.DIFFERENT).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("8 changes.")
        .contains("requirement  link-worker / safeguarding-adults  changed  level   2 -> 3")
        .contains("route        link-worker -> senior-link-worker  changed  months  24 -> 30");

    CliRun json = CliRun.of("diff", MINE, LOCAL, "--format", "json");
    assertThat(json.code()).isEqualTo(1);
    JsonNode doc = new ObjectMapper().readTree(json.out());
    assertThat(doc.path("identical").asBoolean()).isFalse();
    assertThat(doc.path("changes")).hasSize(8);
    JsonNode title = doc.path("changes").get(2);
    assertThat(title.path("field").asText()).isEqualTo("title");
    assertThat(title.path("before").asText()).isEqualTo("Social prescribing link worker");
    assertThat(title.path("after").asText()).isEqualTo("Link worker");
    assertThat(doc.path("changes").get(1).path("after").path("name").asText())
        .as("an added entity's value is the entity itself").isEqualTo("Lone working safety");

    CliRun csv = CliRun.of("diff", MINE, LOCAL, "--format", "csv");
    assertThat(csv.code()).isEqualTo(1);
    assertThat(csv.out().lines()).hasSize(9)
        .contains("requirement,\"link-worker / safeguarding-adults\",changed,level,2,3");
  }

  @Test
  void badInputExitsTwoWithEveryLocatedProblemOfBothFiles() {
    CliRun missing = CliRun.of("diff", MINE, "no-such-model.yaml");
    assertThat(missing.code()).isEqualTo(Main.INVALID);
    assertThat(missing.out()).isEmpty();
    assertThat(missing.err()).contains("no-such-model.yaml").doesNotContain("Exception");

    CliRun both = CliRun.of("diff", "docs/examples/broken/bad.yaml",
        "docs/examples/broken/misspelt-competency.yaml");
    assertThat(both.code()).isEqualTo(Main.INVALID);
    assertThat(both.err()).contains("are not valid models")
        .contains("docs/examples/broken/bad.yaml:14:17: roles[0].offeredBy[0]: unknown "
            + "organisation type 'pcm' (did you mean 'pcn'?)")
        .contains("docs/examples/broken/misspelt-competency.yaml:");
    assertThat(CliRun.of("diff", MINE).code()).as("one file only").isEqualTo(Main.INVALID);
    assertThat(CliRun.of("diff", MINE, LOCAL, "--format", "xml").code())
        .isEqualTo(Main.INVALID);
  }

  @Test
  void longValuesAreCutInTheTableOnly() {
    assertThat(DiffCommand.shorten("x".repeat(61))).hasSize(60).endsWith("\u2026");
    assertThat(DiffCommand.shorten("x".repeat(60))).hasSize(60).doesNotEndWith("\u2026");
  }
}
