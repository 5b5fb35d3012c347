package org.sppathways.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sppathways.compliance.ComplianceAnalysis;
import org.sppathways.compliance.ComplianceFixtures;
import org.sppathways.model.ProfileSource;

/**
 * The worked example of {@code docs/how-to/keep-mandatory-training-in-date.md}: the blocks marked
 * {@code <!-- example output: summary -->} and {@code <!-- example output: people -->} are what
 * {@code compliance} prints (its table) for the page's model and six people, built here in code
 * exactly as the page's YAML gives them ({@link ComplianceFixtures}). Regenerate after an
 * intended change with {@code -Dsppathways.golden.update=true} and read the diff.
 */
class KeepTrainingInDateDocTest {
  static final Path PAGE = Path.of("docs/how-to/keep-mandatory-training-in-date.md");
  private static final boolean UPDATE = Boolean.getBoolean("sppathways.golden.update");

  @Test
  void theWorkedExampleIsWhatTheCommandPrints() throws IOException {
    ComplianceAnalysis analysis = ComplianceAnalysis.of(ComplianceFixtures.model());
    StringWriter summary = new StringWriter();
    ComplianceCommand.table(new PrintWriter(summary, true),
        analysis.summarise(ComplianceFixtures.everyone(), ComplianceFixtures.AS_OF));
    StringWriter people = new StringWriter();
    ComplianceCommand.table(new PrintWriter(people, true), analysis.register(
        ProfileSource.of(ComplianceFixtures.everyone()), ComplianceFixtures.AS_OF));

    List<String> lines = new ArrayList<>(Files.readAllLines(PAGE, StandardCharsets.UTF_8));
    replace(lines, "<!-- example output: summary -->", summary.toString());
    replace(lines, "<!-- example output: people -->", people.toString());
    String expected = String.join("\n", lines) + "\n";
    if (UPDATE) {
      Files.writeString(PAGE, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(PAGE, StandardCharsets.UTF_8)).isEqualTo(expected);
  }

  /** Puts {@code output} between the fences of the block right after the marker. */
  private static void replace(List<String> lines, String marker, String output) {
    int at = lines.indexOf(marker);
    assertThat(at).as("marker " + marker + " in " + PAGE).isNotNegative();
    int open = at + 1;
    assertThat(lines.get(open)).isEqualTo("```");
    int close = open + 1;
    while (!lines.get(close).equals("```")) {
      close++;
    }
    lines.subList(open + 1, close).clear();
    lines.addAll(open + 1, output.lines().toList());
  }
}
