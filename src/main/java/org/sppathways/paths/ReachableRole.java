package org.sppathways.paths;

import java.util.Objects;
import org.sppathways.model.RoleId;

/**
 * A role reachable within a {@link Reach} search's limits, with the best path to it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param role the role reached
 * @param path the best path to it by the search's criterion, within the limits
 *
 * @since 0.1.0
 */
public record ReachableRole(RoleId role, CareerPath path) {

  /** Validates the components. */
  public ReachableRole {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(path, "path");
  }
}
