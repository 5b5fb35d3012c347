package org.sppathways.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code batch}: each line answers exactly what its command answers on its own, in input order;
 * a bad line gets its error and the run goes on; the exit code says whether any line failed; the
 * model is read once for all lines.
 */
class BatchCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PROFILES = "docs/examples/sp-profiles.yaml";
  private static final String FLOWS = "docs/examples/flows/sp-flows.yaml";

  @TempDir
  Path dir;

  /** A query as a batch line and as the command's own arguments. */
  record Query(String line, String... args) {}

  private static final List<Query> QUERIES = List.of(
      new Query("{\"command\": \"paths\", \"from\": \"link-worker\", \"to\": \"sp-manager\", "
          + "\"k\": 2}", "paths", "--from", "link-worker", "--to", "sp-manager", "--k", "2"),
      new Query("{\"command\": \"paths\", \"from\": \"care-coordinator\", \"to\": "
          + "\"senior-link-worker\", \"by\": \"steps\", \"kinds\": [\"promotion\", "
          + "\"specialisation\"]}", "paths", "--from", "care-coordinator", "--to",
          "senior-link-worker", "--by", "steps", "--kinds", "promotion,specialisation"),
      // the same command again without the options just given: nothing carries over
      new Query("{\"command\": \"paths\", \"from\": \"care-coordinator\", \"to\": "
          + "\"senior-link-worker\"}", "paths", "--from", "care-coordinator", "--to",
          "senior-link-worker"),
      new Query("{\"command\": \"reach\", \"from\": \"care-coordinator\", \"max-months\": 24, "
          + "\"by\": \"hours\", \"avoid\": [\"link-worker\"]}", "reach", "--from",
          "care-coordinator", "--max-months", "24", "--by", "hours", "--avoid", "link-worker"),
      new Query("{\"command\": \"reach\", \"from\": \"care-coordinator\"}", "reach", "--from",
          "care-coordinator"),
      new Query("{\"command\": \"reach\", \"profiles\": \"" + PROFILES + "\", \"person\": "
          + "\"demo-01\", \"max-steps\": 2, \"qualified-only\": true}", "reach", "--profiles",
          PROFILES, "--person", "demo-01", "--max-steps", "2", "--qualified-only"),
      new Query("{\"command\": \"gaps\", \"from\": \"nurse\", \"role\": \"link-worker\"}",
          "gaps", "--from", "nurse", "--role", "link-worker"),
      new Query("{\"command\": \"gaps\", \"profiles\": \"" + PROFILES + "\", \"person\": "
          + "\"demo-01\", \"role\": \"sp-manager\"}", "gaps", "--profiles", PROFILES,
          "--person", "demo-01", "--role", "sp-manager"),
      // an exclusive group after the other member of it: nothing carries over
      new Query("{\"command\": \"gaps\", \"from\": \"health-social-care-worker\", "
          + "\"role\": \"link-worker\"}", "gaps", "--from", "health-social-care-worker",
          "--role", "link-worker"),
      new Query("{\"command\": \"next\", \"profiles\": \"" + PROFILES + "\", \"person\": "
          + "\"demo-02\", \"steps\": 2}", "next", "--profiles", PROFILES, "--person", "demo-02",
          "--steps", "2"),
      new Query("{\"command\": \"plan\", \"from\": \"nurse\", \"role\": \"link-worker\", "
          + "\"objective\": \"cost\"}", "plan", "--from", "nurse", "--role", "link-worker",
          "--objective", "cost"),
      new Query("{\"command\": \"transfers\", \"to\": \"link-worker\"}", "transfers", "--to",
          "link-worker"),
      new Query("{\"command\": \"coverage\", \"additions\": 2}", "coverage", "--additions", "2"),
      new Query("{\"command\": \"structure\", \"part\": \"dead-ends\"}", "structure", "--part",
          "dead-ends"),
      new Query("{\"command\": \"steady\", \"apply\": [\"" + FLOWS + "\"]}", "steady", "--apply",
          FLOWS),
      new Query("{\"command\": \"reach-probability\", \"apply\": [\"" + FLOWS + "\"], \"from\": "
          + "\"link-worker\", \"to\": \"senior-link-worker\"}", "reach-probability", "--apply",
          FLOWS, "--from", "link-worker", "--to", "senior-link-worker"),
      new Query("{\"command\": \"compliance\", \"profiles\": \"" + PROFILES + "\", "
          + "\"as-of\": \"2026-06-01\", \"by\": \"role\", \"within\": 6}", "compliance",
          "--profiles", PROFILES, "--as-of", "2026-06-01", "--by", "role", "--within", "6"),
      new Query("{\"command\": \"demand\", \"apply\": [\"" + FLOWS + "\"], \"start\": "
          + "\"docs/examples/flows/sp-headcounts.yaml\", \"years\": 2, \"capacity\": "
          + "\"docs/examples/flows/sp-capacity.yaml\"}", "demand", "--apply", FLOWS, "--start",
          "docs/examples/flows/sp-headcounts.yaml", "--years", "2", "--capacity",
          "docs/examples/flows/sp-capacity.yaml"),
      new Query("{\"command\": \"estimate\", \"histories\": "
          + "\"docs/examples/histories/sp-histories.csv\", \"as-of\": \"2024-01-01\"}",
          "estimate", "--histories", "docs/examples/histories/sp-histories.csv", "--as-of",
          "2024-01-01"),
      new Query("{\"command\": \"summary\", \"format\": \"json\"}", "summary"));

  /** What one batch run printed and returned, and its command (to look inside). */
  record Batch(int exit, List<String> lines, String err, BatchCommand command) {}

  private Batch batch(String input, String... options) throws IOException {
    Path in = dir.resolve("queries.jsonl");
    Files.writeString(in, input);
    CommandLine cli = Main.commandLine(null);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    List<String> args = new ArrayList<>(List.of("batch", "--in", in.toString()));
    args.addAll(List.of(options));
    int exit = cli.execute(args.toArray(String[]::new));
    BatchCommand command = cli.getSubcommands().get("batch").getCommand();
    return new Batch(exit, out.toString().lines().toList(), err.toString(), command);
  }

  private static String own(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--format", "json"));
    CliRun run = CliRun.of(all.toArray(String[]::new));
    assertThat(run.code()).as(String.join(" ", args)).isZero();
    return run.out();
  }

  @Test
  void eachLineIsItsCommandsOwnJsonOnOneLineInInputOrder() throws IOException {
    StringBuilder input = new StringBuilder();
    QUERIES.forEach(q -> input.append(q.line()).append('\n'));
    Batch run = batch(input.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.lines()).hasSize(QUERIES.size());
    for (int i = 0; i < QUERIES.size(); i++) {
      String own = own(QUERIES.get(i).args());
      assertThat(run.lines().get(i)).as(QUERIES.get(i).line())
          .isEqualTo(BatchCommand.compact(own))
          .doesNotContain("\n");
      assertThat(JSON.readTree(run.lines().get(i))).isEqualTo(JSON.readTree(own));
    }
  }

  @Test
  void theModelIsReadOnceForAllLines() throws IOException {
    Batch run = batch(QUERIES.get(0).line() + "\n" + QUERIES.get(3).line() + "\n"
        + QUERIES.get(6).line() + "\n" + QUERIES.get(0).line() + "\n");

    assertThat(run.exit()).isZero();
    assertThat(run.command().model.reads()).isEqualTo(1);
    // the same query twice, with the finder's memoised plans shared: the same answer
    assertThat(run.lines().get(3)).isEqualTo(run.lines().get(0));
  }

  @Test
  void aModelFileIsReadOnceAndUsedByEveryLine() throws IOException {
    Path model = dir.resolve("model.yaml");
    assertThat(CliRun.of("export", "--to", "yaml", "--out", model.toString()).code()).isZero();
    Batch run = batch("{\"command\": \"summary\"}\n{\"command\": \"summary\"}\n",
        "--model", model.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.command().model.reads()).isEqualTo(1);
    assertThat(run.lines()).containsExactly(BatchCommand.compact(own("summary")),
        BatchCommand.compact(own("summary")));
  }

  @Test
  void aBadLineGetsItsErrorAndTheRunGoesOn() throws IOException {
    String input = String.join("\n",
        "{\"command\": \"gaps\", \"from\": \"nurse\", \"role\": \"link-worker\"}",
        "",
        "not json",
        "[1, 2]",
        "{\"from\": \"nurse\"}",
        "{\"command\": \"teleport\"}",
        "{\"command\": \"paths\", \"from\": \"link-worker\", \"to\": \"sp-manager\", \"kk\": 2}",
        "{\"command\": \"paths\", \"from\": \"link-worker\", \"to\": \"sp-manager\", \"k\": 0}",
        "{\"command\": \"paths\", \"from\": \"link-worker\", \"to\": \"sp-manager\", "
            + "\"by\": \"fastest\"}",
        "{\"command\": \"reach\", \"from\": \"nobody\"}",
        "{\"command\": \"validate\"}",
        "{\"command\": \"reach\", \"from\": \"link-worker\", \"model\": \"other.yaml\"}",
        "{\"command\": \"batch\"}",
        "{\"command\": \"reach\", \"from\": \"link-worker\", \"format\": \"csv\"}",
        "{\"command\": \"project\", \"years\": 1, \"series\": \"nwrz\"}",
        "{\"command\": \"gaps\", \"profiles\": \"" + PROFILES + "\", \"person\": \"nobody-99\", "
            + "\"role\": \"sp-manager\"}",
        "{\"command\": \"reach\", \"from\": {\"id\": \"link-worker\"}}",
        "{\"command\": \"transfers\", \"to\": \"link-worker\"}",
        "");
    Batch run = batch(input);

    assertThat(run.exit()).isEqualTo(Main.INVALID);
    List<String> lines = run.lines();
    assertThat(lines).hasSize(17);
    assertThat(lines.get(0)).isEqualTo(BatchCommand.compact(own("gaps", "--from", "nurse",
        "--role", "link-worker")));
    assertThat(lines.get(16)).isEqualTo(BatchCommand.compact(own("transfers", "--to",
        "link-worker")));
    // blank line 2 is skipped, but counted: errors name the input line
    assertThat(error(lines.get(1), 3)).startsWith("not valid JSON (at column 1)");
    assertThat(error(lines.get(2), 4)).startsWith("not a JSON object");
    assertThat(error(lines.get(3), 5)).startsWith("no \"command\"");
    assertThat(error(lines.get(4), 6)).startsWith("unknown command 'teleport' (use one of ")
        .contains("paths", "reach").doesNotContain("validate", "batch");
    assertThat(error(lines.get(5), 7)).contains("Unknown option", "--kk");
    assertThat(error(lines.get(6), 8)).isEqualTo("--k must be 1 or more, was 0");
    assertThat(error(lines.get(7), 9)).contains("fastest");
    assertThat(error(lines.get(8), 10)).isEqualTo(
        CliRun.of("reach", "--from", "nobody").err().strip().replaceFirst("^error: ", ""));
    assertThat(error(lines.get(9), 11)).startsWith("command 'validate' has no JSON output");
    assertThat(error(lines.get(10), 12)).startsWith("\"model\" is not allowed in a batch line");
    assertThat(error(lines.get(11), 13)).isEqualTo("batch cannot run inside batch");
    assertThat(error(lines.get(12), 14)).startsWith("batch prints JSON only");
    assertThat(error(lines.get(13), 15)).contains("figure series 'nwrz'", "did you mean 'nwrs'");
    assertThat(error(lines.get(14), 16)).contains("nobody-99");
    assertThat(error(lines.get(15), 17)).startsWith("\"from\" must be a string");
    assertThat(String.join("\n", lines)).doesNotContain("Exception", "\tat ", "Usage:");
  }

  private static String error(String line, int number) throws IOException {
    JsonNode node = JSON.readTree(line);
    assertThat(node.get("line").asInt()).as(line).isEqualTo(number);
    assertThat(node.size()).isEqualTo(2);
    return node.get("error").asText();
  }

  @Test
  void tooLongALineGetsAnErrorWithoutBeingHeld() throws IOException {
    String longLine = "{\"command\": \"summary\", \"x\": \""
        + "a".repeat(BatchCommand.MAX_LINE_CHARS) + "\"}";
    Batch run = batch(longLine + "\r\n{\"command\": \"summary\"}\r\n");

    assertThat(run.exit()).isEqualTo(Main.INVALID);
    assertThat(error(run.lines().get(0), 1)).isEqualTo("the line is longer than "
        + BatchCommand.MAX_LINE_CHARS + " characters");
    assertThat(run.lines().get(1)).isEqualTo(BatchCommand.compact(own("summary")));
  }

  @Test
  void aLineOfExactlyTheLimitRunsAndACarriageReturnBeforeTheNewlineDoesNotCount()
      throws IOException {
    String query = "{\"command\": \"summary\"}";
    String atLimit = query + " ".repeat(BatchCommand.MAX_LINE_CHARS - query.length());
    String overLimit = atLimit + " ";
    Batch run = batch(atLimit + "\r\n" + overLimit + "\n" + atLimit + "\n" + query);

    String summary = BatchCommand.compact(own("summary"));
    assertThat(run.lines()).hasSize(4);
    assertThat(run.lines().get(0)).isEqualTo(summary);
    assertThat(error(run.lines().get(1), 2)).isEqualTo("the line is longer than "
        + BatchCommand.MAX_LINE_CHARS + " characters");
    assertThat(run.lines().get(2)).isEqualTo(summary);
    assertThat(run.lines().get(3)).as("a last line without a newline").isEqualTo(summary);
    assertThat(run.exit()).isEqualTo(Main.INVALID);
  }

  @Test
  void theLineLimitRunsTheLastLineItAllowsAndStopsAtTheNext() throws IOException {
    String blank = "\n".repeat(BatchCommand.MAX_LINES - 1);
    Batch atLimit = batch(blank + "{\"command\": \"summary\"}\n");
    assertThat(atLimit.exit()).isZero();
    assertThat(atLimit.lines()).containsExactly(BatchCommand.compact(own("summary")));
    assertThat(atLimit.err()).isEmpty();

    Batch over = batch(blank + "\n{\"command\": \"summary\"}\n");
    assertThat(over.exit()).isEqualTo(Main.INVALID);
    assertThat(over.lines()).isEmpty();
    assertThat(over.err()).contains("error: more than " + BatchCommand.MAX_LINES
        + " lines; lines from " + (BatchCommand.MAX_LINES + 1) + " on were not run");
  }

  @Test
  void aMisspeltOptionIsAnsweredWithTheNameItWasLikelyMeantAsAsABatchLineSpellsIt()
      throws IOException {
    Batch run = batch("{\"command\": \"reach\", \"fromm\": \"link-worker\"}\n"
        + "{\"command\": \"reach\", \"from\": \"link-worker\", \"qqqqqqqq\": 1}\n");
    assertThat(error(run.lines().get(0), 1))
        .isEqualTo("Unknown option: '--fromm=link-worker' (did you mean from?)");
    assertThat(error(run.lines().get(1), 2)).isEqualTo("Unknown option: '--qqqqqqqq=1'");
  }

  @Test
  void answersGoToTheOutFile() throws IOException {
    Path out = dir.resolve("answers.jsonl");
    Batch run = batch("\uFEFF{\"command\": \"summary\"}\n", "--out", out.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.lines()).isEmpty();
    assertThat(Files.readAllLines(out)).containsExactly(BatchCommand.compact(own("summary")));
  }

  @Test
  void aMissingInputFileIsAClearError() {
    CliRun run = CliRun.of("batch", "--in", dir.resolve("absent.jsonl").toString());

    assertThat(run.code()).isEqualTo(Main.INVALID);
    assertThat(run.err()).startsWith("error: cannot read --in ").contains("no such file");
  }

  @Test
  void compactKeepsEveryTokenAsWritten() {
    assertThat(BatchCommand.compact("{\n  \"a\" : [ 1, 0.30000000000000004, 12345678.9 ],\n"
        + "  \"b\" : \"x  y\", \"c\" : null\n}\n"))
        .isEqualTo("{\"a\":[1,0.30000000000000004,12345678.9],\"b\":\"x  y\",\"c\":null}");
  }
}
