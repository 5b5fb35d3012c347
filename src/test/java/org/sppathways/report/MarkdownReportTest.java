package org.sppathways.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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
    MarkdownReport.write(Reports.of(model, Optional.of(HtmlReportTest.people(model))), out);
    if (Boolean.getBoolean("sppathways.golden.update")) {
      Files.writeString(GOLDEN, out.toString());
    }
    assertThat(out.toString()).isEqualTo(Files.readString(GOLDEN));
  }
}
