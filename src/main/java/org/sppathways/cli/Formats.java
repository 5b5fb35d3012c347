package org.sppathways.cli;

import java.util.Locale;

/** Number formatting shared by the table outputs. */
final class Formats {
  private Formats() {}

  static String ratio(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
