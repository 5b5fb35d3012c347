package org.sppathways.model.internal;

/**
 * Argument checks shared by the value types. Internal: not part of the API.
 *
 * <p>Every message names the field and the bad value, so that it can be shown to a user as is.
 */
public final class Checks {
  private Checks() {}

  /** Rejects a blank text. */
  public static void notBlank(String value, String field) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
  }

  /** Rejects a negative integer. */
  public static void nonNegative(long value, String field) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must be 0 or more, was " + value);
    }
  }

  /** Rejects a negative, infinite or NaN number. */
  public static void nonNegative(double value, String field) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(field + " must be a finite number, 0 or more, was " + value);
    }
  }

  /** Rejects a rate outside [0, 1] (NaN included). */
  public static void rate(double value, String field) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(field + " must be between 0 and 1, was " + value);
    }
  }

  /** Rejects a level below 1. */
  public static void positiveLevel(int level, String field) {
    if (level < 1) {
      throw new IllegalArgumentException(field + " must be 1 or more, was " + level);
    }
  }
}
