package org.sppathways.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sppathways.gaps.Golden;
import org.sppathways.model.SpPathwaysException;
import org.sppathways.model.WorkforceModel;

/**
 * The exact text {@link ModelWriter} writes, kept as golden files under
 * {@code src/test/resources/golden/io/} (regenerate with {@code -Dsppathways.golden.update=true}),
 * and how it treats the caller's writer and files.
 */
class ModelWriterTest {

  private static final WorkforceModel SMALL =
      ModelReader.of().read(TestFiles.path("models/valid/small.yaml"));

  /**
   * Flow fields on roles and routes, a default currency, a YAML 1.1 boolean word as an id,
   * numbers on both sides of the largest one written without a fraction (10^15), and a negative
   * zero, which must keep its sign to read back equal.
   */
  static final WorkforceModel FLOW = ModelReader.of().read("format: sp-pathways/1\nname: W\n"
      + "currency: GBP\nscale: [{level: 1, name: A}, {level: 2, name: B}]\n"
      + "competencies:\n  - {id: c, name: C, domain: D}\n"
      + "organisationTypes:\n  - {id: pcn, name: P, sector: nhs}\n"
      + "roles:\n  - {id: lw, title: L, offeredBy: [pcn], leaving: 0.1, leavingBy: {pcn: 0.2}, "
      + "recruits: 40, recruitsBy: {pcn: 12.5}}\n"
      + "  - {id: s, title: S, offeredBy: [pcn]}\n"
      + "  - {id: n, title: N, external: true}\n"
      + "routes:\n  - {from: lw, to: s, kind: promotion, months: 24, rate: 0.5, rateBy: {pcn: 0.25}, "
      + "requires: [{competency: c, level: 2, essential: false}]}\n"
      + "  - {from: n, to: lw, kind: entry, months: 0, recruits: 3}\n"
      + "courses:\n  - {id: big, title: Big, hours: 1e15, cost: 999999999999999}\n"
      + "  - {id: frac, title: F, hours: 2.5, cost: -0.0}\n", "flow.yaml", FileFormat.YAML);

  @Test
  void theSmallModelIsWrittenInTheDocumentedOrder() {
    Golden.assertMatches("io/small-model.yaml", ModelWriter.yaml().toString(SMALL));
    Golden.assertMatches("io/small-model.json", ModelWriter.json().toString(SMALL));
  }

  @Test
  void flowFieldsAndNumbersAreWrittenInTheirShortestExactForm() {
    String yaml = ModelWriter.yaml().toString(FLOW);
    Golden.assertMatches("io/flow-fields.yaml", yaml);
    Golden.assertMatches("io/flow-fields.json", ModelWriter.json().toString(FLOW));
    assertThat(yaml).contains("    hours: 1.0E15\n    cost: 999999999999999\n")
        .contains("    hours: 2.5\n    cost: -0.0\n").contains("  - id: \"n\"\n")
        .doesNotContain("currency");
    for (FileFormat format : new FileFormat[] {FileFormat.YAML, FileFormat.JSON}) {
      assertThat(ModelReader.of().read(ModelWriter.of(format).toString(FLOW), "back", format))
          .isEqualTo(FLOW);
    }
  }

  @Test
  void csvIsNotAModelFormat() {
    assertThatThrownBy(() -> ModelWriter.of(FileFormat.CSV))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("models are written as YAML or JSON, not CSV");
  }

  @Test
  void theCallersWriterIsFlushedButLeftOpen() throws IOException {
    for (ModelWriter writer : new ModelWriter[] {ModelWriter.yaml(), ModelWriter.json()}) {
      StringWriter text = new StringWriter();
      Writer out = new BufferedWriter(text, 1 << 16);
      writer.write(SMALL, out);
      assertThat(text.toString()).as("flushed").isEqualTo(writer.toString(SMALL));
      out.write("# more");
      out.flush();
      assertThat(text.toString()).endsWith("# more");
    }
  }

  @Test
  void aFileThatCannotBeWrittenIsAClearError(@TempDir Path dir) {
    Path file = dir.resolve("missing").resolve("model.yaml");
    assertThatThrownBy(() -> ModelWriter.yaml().write(SMALL, file))
        .isInstanceOf(SpPathwaysException.class)
        .hasMessageStartingWith("cannot write '" + file + "': ");
  }

  @Test
  void aFailingWriterIsAnUncheckedIoError() {
    Writer broken = new Writer() {
      @Override
      public void write(char[] buf, int off, int len) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void flush() throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void close() {}
    };
    assertThatThrownBy(() -> ModelWriter.json().write(SMALL, broken))
        .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("disk full");
  }
}
