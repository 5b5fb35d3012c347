package org.sppathways.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sppathways.reference.ReferenceModels;

/**
 * The Markdown summary of the reference model against a golden file. Regenerate it after an
 * intended change with {@code mvn test -Dtest=MarkdownReportTest -Dsppathways.golden.update=true}
 * and review the diff.
 */
class MarkdownReportTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/report-reference.md");

  @Test
  void referenceModelSummaryMatchesTheGoldenFile() throws IOException {
    var model = ReferenceModels.socialPrescribing();
    StringWriter out = new StringWriter();
    MarkdownReport.write(Reports.of(model, HtmlReportTest.people(model)), out);
    if (Boolean.getBoolean("sppathways.golden.update")) {
      Files.writeString(GOLDEN, out.toString());
    }
    assertThat(out.toString()).isEqualTo(Files.readString(GOLDEN));
  }

  /**
   * What the golden file's counts and ceilings mean on the reference model, derived by hand from
   * the model file: read from the golden file itself, so that regenerating it with answers that
   * mean something else fails here.
   */
  @Test
  void theGoldenFileSaysWhatTheModelSays() throws IOException {
    String golden = Files.readString(GOLDEN);
    // 32 roles, 12 of them outside professions (nurse, GP, teacher ...); 57 routes
    assertThat(golden).contains("- Roles in the workforce: 20\n")
        .contains("- Professions people enter from: 12\n")
        .contains("- Progression routes: 57\n");
    // a GP practice offers no role above the link worker (band 5) that its staff can reach
    assertThat(golden).contains("| GP practice | Social prescribing link worker | 5 | "
        + "Social prescribing link worker | 0 |");
    // in a VCSE charity a link worker is one move (24 months) from the senior link worker, band
    // 6, and the charity offers no SP manager role above it
    assertThat(golden).contains("| VCSE charity or community organisation | Social prescribing "
        + "link worker | 6 | Senior social prescribing link worker | 1 |");
    // in a PCN: link worker -> senior link worker -> SP manager, band 7 in 2 moves
    assertThat(golden).contains("| Primary care network | Social prescribing link worker | 7 | "
        + "Social prescribing manager or lead | 2 |");
  }
}
