package org.sppathways.evidence;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A Kaplan–Meier estimate of the time to an event with right censoring (Kaplan and Meier 1958),
 * with Greenwood's standard errors, the median and its 95 % interval.
 *
 * <ul>
 *   <li><b>Survival</b> at an event time t: S(t) = Π over event times tᵢ ≤ t of (1 − dᵢ/nᵢ),
 *       dᵢ events among nᵢ at risk just before tᵢ. Those censored at tᵢ count as at risk at tᵢ
 *       (the usual convention: censoring happens just after events at the same time).</li>
 *   <li><b>Standard error</b> (Greenwood 1926): S(t)·√Σ dᵢ/(nᵢ(nᵢ − dᵢ)); 0 where S = 0.</li>
 *   <li><b>Median</b>: the first event time with S(t) ≤ 0.5; absent when S stays above 0.5.</li>
 *   <li><b>Median's 95 % interval</b> (Brookmeyer and Crowley 1982, "A confidence interval for
 *       the median survival time", Biometrics 38:29–41, with the plain Greenwood band): the
 *       times t whose band S(t) ± 1.96·se(t) holds 0.5. {@link #low()} is the first event time
 *       with S − 1.96·se ≤ 0.5, {@link #high()} the first with S + 1.96·se ≤ 0.5; either is
 *       absent when the band never gets there (an open-ended interval).</li>
 * </ul>
 *
 * <pre>{@code
 * // the 6-MP arm of Freireich et al. (1963), weeks of remission; false = censored
 * SurvivalCurve km = SurvivalCurve.of(new double[] {6, 6, 6, 6, 7, 9, 10},
 *     new boolean[] {true, true, true, false, true, false, true});
 * km.median();
 * }</pre>
 *
 * <p>Building takes O(n log n) time for n durations (O(n + T) from counts by whole day, T days).
 * This class is immutable and thread-safe.
 *
 * @param median the median time to the event; absent when the curve stays above 0.5
 * @param low the lower end of the median's 95 % interval; absent when it is open
 * @param high the upper end of the median's 95 % interval; absent when it is open
 * @param survival the curve: one step per event time, in time order
 * @since 0.1.0
 */
public record SurvivalCurve(OptionalDouble median, OptionalDouble low, OptionalDouble high,
    List<SurvivalStep> survival) {

  /** Validates and copies the components. */
  public SurvivalCurve {
    Objects.requireNonNull(median, "median");
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(high, "high");
    survival = ImmutableList.copyOf(survival);
  }

  /**
   * The Kaplan–Meier curve of durations, each an event or censored.
   *
   * @param times the durations, each 0 or more, in any unit
   * @param events for each duration, whether it ended in the event ({@code false}: censored)
   * @throws IllegalArgumentException if the arrays differ in length or a time is negative or
   *     not finite
   */
  public static SurvivalCurve of(double[] times, boolean[] events) {
    if (times.length != events.length) {
      throw new IllegalArgumentException("times and events differ in length: " + times.length
          + " and " + events.length);
    }
    Integer[] order = new Integer[times.length];
    for (int i = 0; i < times.length; i++) {
      if (!(times[i] >= 0) || Double.isInfinite(times[i])) {
        throw new IllegalArgumentException("durations must be finite and 0 or more, found "
            + times[i] + " at index " + i);
      }
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(times[a], times[b]));
    double[] distinct = new double[times.length];
    long[] eventCounts = new long[times.length];
    long[] censoredCounts = new long[times.length];
    int k = -1;
    for (int i : order) {
      if (k < 0 || times[i] != distinct[k]) {
        distinct[++k] = times[i];
      }
      if (events[i]) {
        eventCounts[k]++;
      } else {
        censoredCounts[k]++;
      }
    }
    return fromCounts(Arrays.copyOf(distinct, k + 1), eventCounts, censoredCounts, k + 1);
  }

  /**
   * The curve from counts per distinct time, in increasing time order.
   *
   * @param times the distinct times
   * @param eventCounts events at each time
   * @param censoredCounts censored at each time
   * @param n how many of the entries to use
   */
  static SurvivalCurve fromCounts(double[] times, long[] eventCounts, long[] censoredCounts,
      int n) {
    long atRisk = 0;
    for (int i = 0; i < n; i++) {
      atRisk += eventCounts[i] + censoredCounts[i];
    }
    List<SurvivalStep> steps = new ArrayList<>();
    double s = 1;
    double greenwood = 0;
    double median = Double.NaN;
    double low = Double.NaN;
    double high = Double.NaN;
    for (int i = 0; i < n; i++) {
      long d = eventCounts[i];
      if (d > 0) {
        s *= 1 - (double) d / atRisk;
        double se;
        if (d < atRisk) {
          greenwood += (double) d / ((double) atRisk * (atRisk - d));
          se = s * Math.sqrt(greenwood);
        } else {
          s = 0;
          se = 0;
        }
        steps.add(new SurvivalStep(times[i], atRisk, d, s, se));
        if (Double.isNaN(median) && s <= 0.5) {
          median = times[i];
        }
        if (Double.isNaN(low) && s - AnnualRate.Z95 * se <= 0.5) {
          low = times[i];
        }
        if (Double.isNaN(high) && s + AnnualRate.Z95 * se <= 0.5) {
          high = times[i];
        }
      }
      atRisk -= d + censoredCounts[i];
    }
    return new SurvivalCurve(optional(median), optional(low), optional(high), steps);
  }

  private static OptionalDouble optional(double value) {
    return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /**
   * The estimated probability of no event up to and including {@code time}: 1 before the first
   * event time.
   */
  public double survivalAt(double time) {
    double s = 1;
    for (SurvivalStep step : survival) {
      if (step.time() > time) {
        break;
      }
      s = step.survival();
    }
    return s;
  }
}
