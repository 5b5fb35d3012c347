package org.sppathways.gaps;

import java.util.Objects;
import java.util.OptionalInt;
import org.sppathways.model.RoleId;

/**
 * A role a person could move to next, with how ready they are and how many moves away it is.
 *
 * @param role the role
 * @param readiness met requirements / all requirements
 * @param essentialMet whether every essential requirement is met
 * @param shortfall the total missing level steps
 * @param steps the fewest route steps from the person's current role; empty for a person
 *     without a current role (every role is then a candidate)
 *
 * @since 0.1.0
 */
public record RoleOption(RoleId role, double readiness, boolean essentialMet, int shortfall,
    OptionalInt steps) {
  /** Validates the components. */
  public RoleOption {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(steps, "steps");
  }
}
