package org.sppathways.evidence;

/**
 * One step of a Kaplan–Meier curve: a time at which events happened.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param time the time of the events (in {@link RateEstimates}: months of 30.4375 days in the
 *     role)
 * @param atRisk people still at risk just before this time (censored at this time included)
 * @param events events at this time (in {@link RateEstimates}: moves to another role)
 * @param survival the estimated probability of no event up to and including this time
 * @param standardError Greenwood's standard error of {@code survival}
 * @since 0.1.0
 */
public record SurvivalStep(double time, long atRisk, long events, double survival,
    double standardError) {

  /** Validates the figures. */
  public SurvivalStep {
    if (!(time >= 0) || atRisk < 1 || events < 1 || events > atRisk || !(survival >= 0)
        || survival > 1 || !(standardError >= 0)) {
      throw new IllegalArgumentException("not a Kaplan-Meier step: time " + time + ", at risk "
          + atRisk + ", events " + events + ", survival " + survival);
    }
  }
}
