package org.sppathways.evidence;

import java.util.Objects;
import org.sppathways.model.RoleId;

/**
 * The estimated yearly probability of one move out of a role, with its 95 % interval.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param to the role moved to (an external role means leaving the workforce to it)
 * @param rate the estimated yearly probability of the move, 0 to 1
 * @param low the lower end of the 95 % Wilson interval
 * @param high the upper end of the 95 % Wilson interval
 * @param moves the moves seen
 * @param modelled whether the model has this route; a move it lacks is also listed in
 *     {@link RateEstimates#unmodelledRoutes()}
 * @since 0.1.0
 */
public record RouteEstimate(RoleId to, double rate, double low, double high, long moves,
    boolean modelled) {

  /** Validates the figures. */
  public RouteEstimate {
    Objects.requireNonNull(to, "to");
    new AnnualRate(rate, low, high);
    if (moves < 0) {
      throw new IllegalArgumentException("moves must be 0 or more, was " + moves);
    }
  }

  /** The rate and interval as an {@link AnnualRate}. */
  public AnnualRate annualRate() {
    return new AnnualRate(rate, low, high);
  }
}
