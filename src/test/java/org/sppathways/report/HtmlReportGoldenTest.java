package org.sppathways.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

/**
 * The HTML report of the reference model, with a population, against a golden file: every
 * coordinate of the career map and the charts, every label and table. Regenerate it after an
 * intended change with {@code mvn test -Dtest=HtmlReportGoldenTest -Dsppathways.golden.update=true}
 * and read the diff (and the picture, {@code HtmlReportTest} renders it).
 */
class HtmlReportGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/report-reference.html");
  private static final WorkforceModel MODEL = ReferenceModels.socialPrescribing();

  /** The report, one element per line so that a change shows as a readable diff. */
  private static String html() {
    StringWriter out = new StringWriter();
    HtmlReport.write(Reports.of(MODEL, HtmlReportTest.people(MODEL)), out);
    return out.toString().replace("><", ">\n<");
  }

  @Test
  void referenceModelReportMatchesTheGoldenFile() throws IOException {
    String html = html();
    if (Boolean.getBoolean("sppathways.golden.update")) {
      Files.writeString(GOLDEN, html);
    }
    assertThat(html).isEqualTo(Files.readString(GOLDEN));
  }

  /**
   * What the golden file says, derived by hand from the model file, so that regenerating it with
   * answers that mean something else fails here.
   */
  @Test
  void theGoldenFileSaysWhatTheModelSays() throws IOException {
    String golden = Files.readString(GOLDEN);
    assertThat(golden).contains("20 roles in the workforce, 12 professions people enter from, "
        + "57 progression routes, 68 competencies, 26 courses, 8 kinds of employer.");
    // one box per role (20 + 12), one drawn route per route
    assertThat(golden.split("<g class=\"role\"", -1)).hasSize(32 + 1);
    assertThat(golden.split(" data-from=\"", -1)).hasSize(57 + 1);
  }
}
