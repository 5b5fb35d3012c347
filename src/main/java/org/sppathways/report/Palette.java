package org.sppathways.report;

import java.util.List;

/**
 * The Okabe–Ito palette (Okabe and Ito 2008), distinguishable with the common forms of colour
 * blindness; colour never carries meaning alone in the report (labels and patterns repeat it).
 */
final class Palette {
  private Palette() {}

  static final List<String> COLOURS = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7",
      "#56B4E9", "#D55E00", "#F0E442", "#999999");

  /** The i-th colour, cycling. */
  static String colour(int i) {
    return COLOURS.get(Math.floorMod(i, COLOURS.size()));
  }

  /** Black or white, whichever reads better on the colour. */
  static String textOn(String colour) {
    int r = Integer.parseInt(colour.substring(1, 3), 16);
    int g = Integer.parseInt(colour.substring(3, 5), 16);
    int b = Integer.parseInt(colour.substring(5, 7), 16);
    return 0.299 * r + 0.587 * g + 0.114 * b > 140 ? "#000000" : "#FFFFFF";
  }
}
