package org.sppathways.cli;

import java.util.Locale;

/**
 * Number formatting shared by the outputs. CSV numbers follow one rule, documented in
 * docs/reference/cli.md: whole numbers as integers, {@link #share shares} (probabilities, rates,
 * readiness, overlap, normalised betweenness) to 4 decimals, {@link #amount amounts} (hours, cost,
 * headcounts, years, betweenness, means) to 2 decimals, half up; never text in a numeric column.
 */
final class Formats {
  private Formats() {}

  static String ratio(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** A CSV share, probability, rate or readiness (0 to 1): 4 decimals. */
  static String share(double value) {
    return fixed(value, 4);
  }

  /** A CSV amount (hours, cost, headcount, years, betweenness, a mean): 2 decimals. */
  static String amount(double value) {
    return fixed(value, 2);
  }

  /** A money amount for tables: whole units with thousands separators, e.g. 83,226,690. */
  static String money(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }

  private static String fixed(double value, int decimals) {
    String s = new java.math.BigDecimal(Double.toString(value))
        .setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
    return s.startsWith("-") && s.chars().noneMatch(c -> c >= '1' && c <= '9') ? s.substring(1) : s;
  }
}
