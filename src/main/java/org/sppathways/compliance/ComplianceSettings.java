package org.sppathways.compliance;

/**
 * How far ahead a compliance analysis looks: a level lapsing within {@code withinMonths} months
 * of "as of" is {@linkplain ComplianceStatus#DUE due}, and refresher demand is counted for
 * {@code horizonMonths} calendar months starting with the month of "as of".
 *
 * <pre>{@code
 * ComplianceSettings settings = ComplianceSettings.of(3, 12);   // the command line's defaults
 * }</pre>
 *
 * @param withinMonths months ahead in which a lapse makes a level due, 0 or more (0: nothing is
 *     due, only lapsed)
 * @param horizonMonths calendar months of refresher demand, 1 to {@value #MAX_HORIZON_MONTHS}
 * @since 0.1.0
 */
public record ComplianceSettings(int withinMonths, int horizonMonths) {
  /** The most months of refresher demand: {@value} (ten years). */
  public static final int MAX_HORIZON_MONTHS = 120;

  /** The longest "within" window: {@value} months (ten years). */
  public static final int MAX_WITHIN_MONTHS = 120;

  /** Three months' notice, twelve months of demand: the command line's defaults. */
  public static final ComplianceSettings DEFAULT = new ComplianceSettings(3, 12);

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException if {@code withinMonths} is not 0 to
   *     {@value #MAX_WITHIN_MONTHS} or {@code horizonMonths} not 1 to {@value #MAX_HORIZON_MONTHS}
   */
  public ComplianceSettings {
    if (withinMonths < 0 || withinMonths > MAX_WITHIN_MONTHS) {
      throw new IllegalArgumentException("withinMonths must be 0 to " + MAX_WITHIN_MONTHS
          + ", was " + withinMonths);
    }
    if (horizonMonths < 1 || horizonMonths > MAX_HORIZON_MONTHS) {
      throw new IllegalArgumentException("horizonMonths must be 1 to " + MAX_HORIZON_MONTHS
          + ", was " + horizonMonths);
    }
  }

  /**
   * The settings.
   *
   * @throws IllegalArgumentException as the constructor
   */
  public static ComplianceSettings of(int withinMonths, int horizonMonths) {
    return new ComplianceSettings(withinMonths, horizonMonths);
  }
}
