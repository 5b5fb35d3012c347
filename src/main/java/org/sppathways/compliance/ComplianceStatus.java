package org.sppathways.compliance;

import org.sppathways.model.internal.EnumNames;

/**
 * Where one person stands on one competency their role requires, on an "as of" day
 * ({@link ComplianceAnalysis} defines each exactly). Printed lower case: {@code current},
 * {@code due}, {@code lapsed}, {@code missing}.
 *
 * @since 0.1.0
 */
public enum ComplianceStatus {
  /** Held at the required level, and still held on every day of the "within" window. */
  CURRENT,
  /** Held at the required level now, but that evidence lapses within the window. */
  DUE,
  /** Not held at the required level now, though evidence that has lapsed once reached it. */
  LAPSED,
  /** Never evidenced at the required level (evidence dated after "as of" does not count yet). */
  MISSING;

  /** The printed name: {@code current}, {@code due}, {@code lapsed} or {@code missing}. */
  @Override
  public String toString() {
    return EnumNames.print(this);
  }

  /**
   * The status with the given printed name; {@code parse(s.toString()) == s} for every status.
   *
   * @throws IllegalArgumentException if no status prints as {@code name}; the message lists the
   *     valid names
   */
  public static ComplianceStatus parse(String name) {
    return EnumNames.parse(ComplianceStatus.class, "status", name);
  }
}
