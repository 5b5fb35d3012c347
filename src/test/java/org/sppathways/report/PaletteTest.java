package org.sppathways.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Text colour on a box: black where the colour's luma (0.299 R + 0.587 G + 0.114 B, Rec. 601) is
 * above 140, white otherwise; each case worked out by hand.
 */
class PaletteTest {
  @Test
  void darkColoursCarryWhiteText() {
    assertThat(Palette.textOn("#0072B2")).isEqualTo("#FFFFFF"); // 0.587·114 + 0.114·178 = 87.2
    assertThat(Palette.textOn("#FF0000")).isEqualTo("#FFFFFF"); // 0.299·255 = 76.2
    assertThat(Palette.textOn("#00C000")).isEqualTo("#FFFFFF"); // 0.587·192 = 112.7
    assertThat(Palette.textOn("#0000FF")).isEqualTo("#FFFFFF"); // 0.114·255 = 29.1
  }

  @Test
  void lightColoursCarryBlackText() {
    assertThat(Palette.textOn("#E69F00")).isEqualTo("#000000"); // 68.8 + 93.3 = 162.1
    assertThat(Palette.textOn("#8080FF")).isEqualTo("#000000"); // 38.3 + 75.1 + 29.1 = 142.5
    assertThat(Palette.textOn("#F0E442")).isEqualTo("#000000"); // 71.8 + 133.8 + 7.5 = 213.1
  }

  @Test
  void aLumaOfExactly140StillCarriesWhiteText() {
    assertThat(Palette.textOn("#8C8C8C")).isEqualTo("#FFFFFF"); // 140
    assertThat(Palette.textOn("#8C8C8D")).isEqualTo("#000000"); // 140.114
  }

  @Test
  void coloursCycleThroughTheEightOfThePalette() {
    assertThat(Palette.colour(0)).isEqualTo("#0072B2");
    assertThat(Palette.colour(7)).isEqualTo("#999999");
    assertThat(Palette.colour(8)).isEqualTo("#0072B2");
    assertThat(Palette.colour(-1)).isEqualTo("#999999");
  }
}
