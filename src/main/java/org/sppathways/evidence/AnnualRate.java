package org.sppathways.evidence;

/**
 * A yearly probability — the kind a flow file's {@code leaving} and route {@code rate} hold —
 * with its 95 % confidence interval.
 *
 * <p>{@link #of(double, double)} gives the proportion {@code events / atRisk} and the Wilson
 * score interval (Wilson 1927; recommended over the Wald interval by Brown, Cai and DasGupta
 * 2001, "Interval estimation for a binomial proportion", Statistical Science 16:101–133): with
 * z = 1.959964, p̂ = e/n,
 * {@code (p̂ + z²/2n ± z·√(p̂(1−p̂)/n + z²/4n²)) / (1 + z²/n)}. It is never outside [0, 1] and
 * keeps its coverage near 95 % for small counts and rates near 0, where the Wald interval fails.
 * {@code atRisk} may be fractional (the actuarial years at risk of {@link RateEstimator}).
 *
 * <pre>{@code
 * AnnualRate r = AnnualRate.of(12, 100);   // 0.12, 95 % interval 0.070 to 0.198
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rate the estimated yearly probability, 0 to 1
 * @param low the lower end of the 95 % interval
 * @param high the upper end of the 95 % interval
 * @since 0.1.0
 */
public record AnnualRate(double rate, double low, double high) {

  /** The standard normal quantile of 0.975, for two-sided 95 % intervals. */
  public static final double Z95 = 1.959963984540054;

  /**
   * Validates the figures.
   *
   * @throws IllegalArgumentException unless 0 ≤ low ≤ rate ≤ high ≤ 1
   */
  public AnnualRate {
    if (!(0 <= low && low <= rate + 1e-12 && rate <= high + 1e-12 && high <= 1)) {
      throw new IllegalArgumentException("an annual rate needs 0 <= low <= rate <= high <= 1, was "
          + rate + " (" + low + " to " + high + ")");
    }
  }

  /**
   * The proportion {@code events / atRisk} with its 95 % Wilson score interval.
   *
   * @param events people who moved (or left), 0 to atRisk
   * @param atRisk the years at risk, more than 0
   * @throws IllegalArgumentException if atRisk is not positive or events is out of range
   */
  public static AnnualRate of(double events, double atRisk) {
    return of(events, atRisk, Z95);
  }

  /**
   * The proportion with a Wilson interval for another normal quantile (e.g. 1.0 for a 68 %
   * interval); for tests and sensitivity checks.
   *
   * @throws IllegalArgumentException if atRisk is not positive, events is out of range or z is
   *     not positive
   */
  public static AnnualRate of(double events, double atRisk, double z) {
    if (!(atRisk > 0) || !(events >= 0) || events > atRisk * (1 + 1e-12) || !(z > 0)) {
      throw new IllegalArgumentException("a rate needs 0 <= events <= atRisk and atRisk > 0, "
          + "was " + events + " of " + atRisk);
    }
    double p = Math.min(1, events / atRisk);
    double z2 = z * z;
    double centre = (p + z2 / (2 * atRisk)) / (1 + z2 / atRisk);
    double half = z * Math.sqrt(p * (1 - p) / atRisk + z2 / (4 * atRisk * atRisk))
        / (1 + z2 / atRisk);
    double low = events == 0 ? 0 : Math.max(0, Math.min(p, centre - half));
    double high = p == 1 ? 1 : Math.min(1, Math.max(p, centre + half));
    return new AnnualRate(p, low, high);
  }

  /** Whether the interval holds a value. */
  public boolean contains(double value) {
    return low <= value && value <= high;
  }
}
