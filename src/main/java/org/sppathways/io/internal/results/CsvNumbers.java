package org.sppathways.io.internal.results;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How numbers are written in CSV (documented in docs/reference/results.md): whole numbers as
 * integers, {@link #share shares} (probabilities, rates, readiness, overlap, normalised
 * betweenness) to 4 decimals, {@link #amount amounts} (hours, cost, headcounts, years,
 * betweenness, means) to 2 decimals, half up; never text in a numeric column.
 */
public final class CsvNumbers {
  private CsvNumbers() {}

  /** A share, probability, rate or readiness (0 to 1): 4 decimals. */
  public static String share(double value) {
    return fixed(value, 4);
  }

  /** An amount (hours, cost, headcount, years, betweenness, a mean): 2 decimals. */
  public static String amount(double value) {
    return fixed(value, 2);
  }

  /** A whole number. */
  public static String whole(long value) {
    return Long.toString(value);
  }

  private static String fixed(double value, int decimals) {
    if (!Double.isFinite(value)) {
      throw new IllegalStateException("a CSV number that is not finite cannot be written");
    }
    String s = new BigDecimal(Double.toString(value))
        .setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    return s.startsWith("-") && s.chars().noneMatch(c -> c >= '1' && c <= '9') ? s.substring(1) : s;
  }
}
