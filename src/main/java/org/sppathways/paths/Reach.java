package org.sppathways.paths;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.sppathways.model.RoleId;

/**
 * Every role reachable from a start within a search's step and month limits, each with its best
 * path, ordered by the criterion (then role id).
 *
 * <p>{@link #complete()} is false when the search reached its work limit: the roles listed are
 * reachable and their paths within the limits, but more roles, or better paths, may exist.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param from the start role; empty for a person with no current role
 * @param by the criterion each role's best path minimises
 * @param maxSteps the search's limit on moves ({@link PathQuery#maxSteps()}); empty for none
 * @param maxMonths the search's limit on months ({@link PathQuery#maxMonths()}); empty for none
 * @param roles the roles reached (never the start), best first
 * @param complete whether the search finished within its work limit
 *
 * @since 0.1.0
 */
public record Reach(Optional<RoleId> from, Criterion by, OptionalInt maxSteps,
    OptionalInt maxMonths, List<ReachableRole> roles, boolean complete) {

  /** Validates and copies the components. */
  public Reach {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(maxSteps, "maxSteps");
    Objects.requireNonNull(maxMonths, "maxMonths");
    roles = List.copyOf(roles);
  }
}
