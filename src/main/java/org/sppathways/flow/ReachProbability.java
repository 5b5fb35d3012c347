package org.sppathways.flow;

import java.util.Objects;
import java.util.OptionalDouble;
import org.sppathways.model.RoleId;

/**
 * How likely someone starting in a state is ever to reach a role, before leaving the workforce,
 * and how long it takes when they do.
 *
 * <p>Years count annual censuses: someone who moves in the first year reaches the role at year
 * 1. For a target that is an external role, reaching it means leaving along a route to it.
 *
 * @param from the starting state
 * @param to the role to reach
 * @param probability the probability, in [0, 1]; 1 when {@code from} is a state of {@code to}
 * @param expectedYears the expected years to reach it, given that it is reached; 0 when
 *     {@code from} is a state of {@code to}, empty when the probability is 0
 *
 * @since 0.1.0
 */
public record ReachProbability(FlowState from, RoleId to, double probability,
    OptionalDouble expectedYears) {

  /** Validates the components. */
  public ReachProbability {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(expectedYears, "expectedYears");
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be between 0 and 1, was " + probability);
    }
  }
}
