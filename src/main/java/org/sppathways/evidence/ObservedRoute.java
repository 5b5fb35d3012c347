package org.sppathways.evidence;

import java.util.Objects;
import org.sppathways.model.RoleId;

/**
 * A move between two roles and how often it was seen: a route people took that the model
 * lacks ({@link RateEstimates#unmodelledRoutes()}), or a route of the model nobody took
 * ({@link RateEstimates#unobservedRoutes()}, with {@code moves} 0).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param from the role moved from
 * @param to the role moved to
 * @param moves the moves seen
 * @since 0.1.0
 */
public record ObservedRoute(RoleId from, RoleId to, long moves) {

  /** Validates the components. */
  public ObservedRoute {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (moves < 0) {
      throw new IllegalArgumentException("moves must be 0 or more, was " + moves);
    }
  }
}
