package org.sppathways.cli;

import java.util.Locale;

/**
 * Number formatting for the human tables. CSV and JSON numbers are written by the result writer
 * ({@code org.sppathways.io.ResultWriter}), which follows the rule in docs/reference/results.md.
 */
final class Formats {
  private Formats() {}

  static String ratio(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** A share, probability, rate or readiness (0 to 1) for a table: 4 decimals, half up. */
  static String share(double value) {
    return fixed(value, 4);
  }

  /** An amount (hours, cost, headcount, years, places) for a table: 2 decimals, half up. */
  static String amount(double value) {
    return fixed(value, 2);
  }

  private static String fixed(double value, int decimals) {
    String s = new java.math.BigDecimal(Double.toString(value))
        .setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
    return s.startsWith("-") && s.chars().noneMatch(c -> c >= '1' && c <= '9') ? s.substring(1) : s;
  }

  /** A money amount for tables: whole units with thousands separators, e.g. 83,226,690. */
  static String money(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }
}
