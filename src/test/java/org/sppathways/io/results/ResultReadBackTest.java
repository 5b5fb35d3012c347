package org.sppathways.io.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sppathways.gaps.GapAnalysis;
import org.sppathways.gaps.GapReport;
import org.sppathways.io.ProfileReader;
import org.sppathways.io.ResultReader;
import org.sppathways.io.ResultWriter;
import org.sppathways.model.ModelException;
import org.sppathways.model.Population;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

/** Stored results read back to equal objects; a wrong document is refused with its place. */
class ResultReadBackTest {
  static final WorkforceModel SP = ReferenceModels.socialPrescribing();

  @Test
  void aGapReportBetweenRolesReadsBackEqual() {
    GapReport report = GapAnalysis.of(SP).gap(RoleId.of("link-worker"), RoleId.of("sp-manager"));
    String json = ResultWriter.json().write(report);
    assertThat(ResultReader.of().read(new StringReader(json), GapReport.class)).isEqualTo(report);
    String line = ResultWriter.jsonLine().write(report);
    assertThat(line.strip()).doesNotContain("\n");
    assertThat(ResultReader.of().read(new StringReader(line), GapReport.class)).isEqualTo(report);
  }

  @Test
  void aPersonsGapReportReadsBackEqual() {
    Population people = ProfileReader.of(SP).read(Path.of(ResultSchemaTest.PROFILES));
    GapReport report = GapAnalysis.of(SP).gap(people.people().get(0), RoleId.of("link-worker"));
    String json = ResultWriter.json().write(report);
    assertThat(ResultReader.of().read(new StringReader(json), GapReport.class)).isEqualTo(report);
  }

  @Test
  void anotherResultIsRefusedWithWhatWasExpected() {
    String json = "{\"result\": \"paths\", \"version\": 1}";
    assertThatThrownBy(() -> ResultReader.of().read(new StringReader(json), GapReport.class))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("result: expected \"gaps\", found \"paths\"");
  }

  @Test
  void aNewerVersionIsRefused() {
    String json = "{\"result\": \"gaps\", \"version\": 2}";
    assertThatThrownBy(() -> ResultReader.of().read(new StringReader(json), GapReport.class))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("reads gaps version 1, the document is version 2");
  }

  @Test
  void aBadValueIsLocatedWithoutRepeatingIt() {
    GapReport report = GapAnalysis.of(SP).gap(RoleId.of("link-worker"), RoleId.of("sp-manager"));
    String json = ResultWriter.json().write(report)
        .replaceFirst("\"held\" : 3", "\"held\" : \"secret-level\"");
    assertThatThrownBy(() -> ResultReader.of().read(new StringReader(json), GapReport.class))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("requirements[0].held")
        .hasMessageNotContaining("secret-level");
  }

  @Test
  void notJsonIsRefusedWithItsPosition() {
    assertThatThrownBy(() -> ResultReader.of().read(new StringReader("{\n  \"result\": "),
        GapReport.class))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void aResultHoldingNaNIsRefusedInsteadOfWrittenAsText() {
    GapReport report = new GapReport(java.util.Optional.empty(),
        java.util.Optional.of(RoleId.of("link-worker")), RoleId.of("sp-manager"),
        java.util.List.of(), 0, true, 0, Double.NaN, java.util.Optional.empty());
    assertThatThrownBy(() -> ResultWriter.json().write(report))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("gaps result holds a number that is not finite at weightedReadiness");
    assertThatThrownBy(() -> org.sppathways.io.internal.results.CsvNumbers.share(Double.NaN))
        .isInstanceOf(IllegalStateException.class);
  }
}
