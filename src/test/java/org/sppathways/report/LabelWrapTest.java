package org.sppathways.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a role title is broken into the lines of its box, each case worked out by hand. */
class LabelWrapTest {
  @Test
  void wordsFillALineUpToItsWidth() {
    // "Senior social" is 13 characters: it fits a width of 13 exactly
    assertThat(HtmlReport.wrap("Senior social", 13, 2)).containsExactly("Senior social");
    assertThat(HtmlReport.wrap("Senior social", 12, 2)).containsExactly("Senior", "social");
  }

  @Test
  void aTitleBreaksBetweenWords() {
    assertThat(HtmlReport.wrap("Senior social prescribing link worker", 14, 3))
        .containsExactly("Senior social", "prescribing", "link worker");
  }

  @Test
  void whatDoesNotFitTheLastLineIsCutWithAnEllipsis() {
    // three lines wanted, two allowed: "prescribing link worker" is cut to 13 characters and "…"
    assertThat(HtmlReport.wrap("Senior social prescribing link worker", 14, 2))
        .containsExactly("Senior social", "prescribing l…");
  }

  @Test
  void aWordLongerThanTheLineIsCut() {
    assertThat(HtmlReport.wrap("Multidisciplinary", 10, 2)).containsExactly("Multidisc…");
  }

  @Test
  void shorteningKeepsTextThatFits() {
    assertThat(HtmlReport.shorten("abcdef", 6)).isEqualTo("abcdef");
    assertThat(HtmlReport.shorten("abcdefg", 6)).isEqualTo("abcde…");
  }
}
