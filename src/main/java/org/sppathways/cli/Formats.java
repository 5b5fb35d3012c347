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

  /** A money amount for tables: whole units with thousands separators, e.g. 83,226,690. */
  static String money(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }
}
