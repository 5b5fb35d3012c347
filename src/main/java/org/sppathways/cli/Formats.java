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
}
