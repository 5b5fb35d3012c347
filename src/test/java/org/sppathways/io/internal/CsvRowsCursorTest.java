package org.sppathways.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one CSV row reader under every CSV and framework file: a byte order mark is skipped once,
 * the separator and quoting are the caller's, blank rows are handed over, each row knows its
 * starting line, and values are bounded.
 */
class CsvRowsCursorTest {

  /** Every row as "line: value|value", read as the framework reader and the CSV readers read. */
  private static List<String> rows(String text, char separator, boolean quoted, int max)
      throws IOException {
    List<String> out = new ArrayList<>();
    try (CsvRows.Cursor it = CsvRows.cursor(new StringReader(text), separator, quoted, max)) {
      while (it.hasNext()) {
        int line = it.line();
        out.add(line + ": " + String.join("|", it.next()));
      }
    }
    return out;
  }

  @Test
  void aByteOrderMarkIsSkippedOnceAndOnlyAtTheStart() throws IOException {
    assertThat(rows("\uFEFFa,b\n1,2\n", ',', true, 100)).containsExactly("1: a|b", "2: 1|2");
    assertThat(rows("\uFEFF\uFEFFa\n", ',', true, 100)).containsExactly("1: \uFEFFa");
    assertThat(rows("a,\uFEFFb\n", ',', true, 100)).containsExactly("1: a|\uFEFFb");
    assertThat(rows("", ',', true, 100)).isEmpty();
    assertThat(rows("\uFEFF", ',', true, 100)).isEmpty();
  }

  @Test
  void commaDialectQuotesAndTabDialectDoesNot() throws IOException {
    assertThat(rows("a,b\n\"x, \"\"y\"\"\nz\",2\n", ',', true, 100))
        .containsExactly("1: a|b", "2: x, \"y\"\nz|2");
    assertThat(rows("a\tb\n\"x\ty\"\n", '\t', false, 100))
        .containsExactly("1: a|b", "2: \"x|y\"");
  }

  @Test
  void blankRowsAreHandedOverWithTheirLines() throws IOException {
    assertThat(rows("a,b\r\n\r\n1,2\r\n", ',', true, 100))
        .containsExactly("1: a|b", "2: ", "3: 1|2");
  }

  @Test
  void aValueOverTheLimitIsAParserFailureNotACrash() {
    assertThatThrownBy(() -> rows("a\n" + "x".repeat(50) + "\n", ',', true, 10))
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("String value length");
    assertThatThrownBy(() -> rows("\"" + "x".repeat(50), ',', true, 10))
        .isInstanceOf(JsonProcessingException.class);
  }

  @Test
  void textThatIsNotUtf8AtTheStartFailsWhereTheMarkIsLookedFor() {
    byte[] latin1 = {(byte) 0xA3, '1', '\n'};
    assertThatThrownBy(() -> CsvRows.cursor(new Utf8Reader(new ByteArrayInputStream(latin1)),
        ',', true, 100))
        .isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(CharacterCodingException.class);
  }
}
