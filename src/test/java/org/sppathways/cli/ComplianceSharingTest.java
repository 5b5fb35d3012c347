package org.sppathways.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sppathways.compliance.ComplianceSettings;
import org.sppathways.io.ModelReader;
import org.sppathways.io.ProfileReader;
import org.sppathways.io.ResultWriter;
import org.sppathways.model.ProfileSource;
import org.sppathways.model.WorkforceModel;
import org.sppathways.query.Queries;
import picocli.CommandLine;

/**
 * {@code compliance} builds its analysis through the model's shared {@link Queries}: the command,
 * {@link Queries#compliance} and {@link Queries#compliancePeople} give the same answers, default
 * settings share one analysis (so every {@code compliance} line of a batch uses the one built
 * first), other settings get their own; and batch lines take a dated question's day as the
 * commands' own {@code as-of} option.
 */
class ComplianceSharingTest {
  static final String MODEL = "docs/examples/mandatory-training.yaml";
  static final String PEOPLE = "docs/examples/mandatory-training-people.yaml";
  static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

  @TempDir
  Path dir;

  private static WorkforceModel model() {
    return ModelReader.of().read(Path.of(MODEL));
  }

  private static ProfileSource people(WorkforceModel model) {
    ProfileReader reader = ProfileReader.of(model);
    return action -> reader.forEach(Path.of(PEOPLE), action);
  }

  @Test
  void theCommandAndQueriesGiveTheSameAnswers() {
    WorkforceModel model = model();
    Queries q = Queries.of(model);

    CliRun counts = CliRun.of("compliance", "--model", MODEL, "--profiles", PEOPLE, "--as-of",
        "2026-06-01", "--format", "json");
    assertThat(counts.code()).as(counts.err()).isZero();
    assertThat(counts.out().strip())
        .isEqualTo(ResultWriter.json().write(q.compliance(people(model), AS_OF)).strip());
    assertThat(q.compliance(people(model), AS_OF).total().lapsed()).as("p3's two lapses")
        .isEqualTo(2);

    CliRun rows = CliRun.of("compliance", "--model", MODEL, "--profiles", PEOPLE, "--as-of",
        "2026-06-01", "--people", "--format", "json");
    assertThat(rows.code()).as(rows.err()).isZero();
    assertThat(rows.out().strip())
        .isEqualTo(ResultWriter.json().write(q.compliancePeople(people(model), AS_OF)).strip());
  }

  @Test
  void queriesBuildTheAnalysisOnceWithTheCommandsDefaults() {
    Queries q = Queries.of(model());
    assertThat(q.complianceAnalysis()).isSameAs(q.complianceAnalysis());
    assertThat(q.complianceAnalysis().settings()).isEqualTo(ComplianceSettings.DEFAULT)
        .isEqualTo(ComplianceSettings.of(3, 12));
    assertThat(q.complianceAnalysis().model()).isSameAs(q.model());
  }

  @Test
  void everyLineWithDefaultSettingsSharesTheBatchsAnalysis() {
    ModelOptions batch = new ModelOptions();
    batch.model = Path.of(MODEL);
    ModelOptions line = ModelOptions.sharing(batch);
    ModelOptions another = ModelOptions.sharing(batch);

    assertThat(line.compliance(ComplianceSettings.DEFAULT))
        .isSameAs(another.compliance(ComplianceSettings.DEFAULT))
        .isSameAs(batch.queries().complianceAnalysis());
    ComplianceSettings sixMonths = ComplianceSettings.of(6, 12);
    assertThat(line.compliance(sixMonths)).isNotSameAs(batch.queries().complianceAnalysis())
        .satisfies(a -> assertThat(a.settings()).isEqualTo(sixMonths));
    assertThat(batch.reads()).isEqualTo(1);
  }

  @Test
  void batchLinesTakeTheDayAsTheCommandsOwnAsOfOption() throws IOException {
    String gaps = "\"command\": \"gaps\", \"profiles\": \"" + PEOPLE + "\", \"person\": \"p3\", "
        + "\"role\": \"link-worker\"";
    String plan = "\"command\": \"plan\", \"profiles\": \"" + PEOPLE + "\", \"person\": \"p3\", "
        + "\"role\": \"link-worker\"";
    String compliance = "\"command\": \"compliance\", \"profiles\": \"" + PEOPLE + "\"";
    List<String> input = List.of(
        "{" + gaps + ", \"as-of\": \"2026-05-31\"}",
        "{" + gaps + ", \"as-of\": \"2026-06-01\"}",
        "{" + plan + ", \"as-of\": \"2026-06-01\"}",
        "{" + compliance + ", \"as-of\": \"2026-06-01\"}",
        "{" + compliance + ", \"as-of\": \"2026-06-01\", \"people\": true}");
    List<String> answers = batch(String.join("\n", input) + "\n");

    assertThat(answers).hasSize(5);
    assertThat(answers.get(0)).isEqualTo(own("gaps", "--profiles", PEOPLE, "--person", "p3",
        "--role", "link-worker", "--as-of", "2026-05-31"));
    assertThat(answers.get(1)).isEqualTo(own("gaps", "--profiles", PEOPLE, "--person", "p3",
        "--role", "link-worker", "--as-of", "2026-06-01"));
    assertThat(answers.get(2)).isEqualTo(own("plan", "--profiles", PEOPLE, "--person", "p3",
        "--role", "link-worker", "--as-of", "2026-06-01"));
    assertThat(answers.get(3)).isEqualTo(own("compliance", "--profiles", PEOPLE, "--as-of",
        "2026-06-01"));
    assertThat(answers.get(4)).isEqualTo(own("compliance", "--profiles", PEOPLE, "--as-of",
        "2026-06-01", "--people"));
    // The day is honoured: p3's safeguarding course, completed 2023-06-01 and valid 36 months,
    // still counts on 2026-05-31 and has lapsed on 2026-06-01.
    assertThat(answers.get(0)).contains("\"asOf\":\"2026-05-31\"")
        .contains("{\"competency\":\"safeguarding\",\"held\":3,\"required\":2,"
            + "\"essential\":true,\"met\":true");
    assertThat(answers.get(1)).contains("\"asOf\":\"2026-06-01\"")
        .contains("\"competency\":\"safeguarding\",\"held\":0,\"required\":2");
    assertThat(answers.get(3)).contains("\"asOf\":\"2026-06-01\"");
  }

  private List<String> batch(String input) throws IOException {
    Path in = dir.resolve("queries.jsonl");
    Files.writeString(in, input);
    CommandLine cli = Main.commandLine(null);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute("batch", "--model", MODEL, "--in", in.toString());
    assertThat(exit).as(err.toString()).isZero();
    return out.toString().lines().toList();
  }

  private static String own(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--model", MODEL, "--format", "json"));
    CliRun run = CliRun.of(all.toArray(String[]::new));
    assertThat(run.code()).as(String.join(" ", args) + ": " + run.err()).isZero();
    return BatchCommand.compact(run.out());
  }
}
