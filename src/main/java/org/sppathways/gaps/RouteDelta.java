package org.sppathways.gaps;

import java.util.List;
import java.util.Objects;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;

/**
 * What changes along a route: the competencies the target role (or the move itself) requires
 * that the source role does not, or at a higher level. Target-role changes come first in the
 * target's requirement order, then the move's own requirements.
 *
 * @param from the source role
 * @param to the target role
 * @param kind the route's kind
 * @param changes the new or raised requirements
 *
 * @since 0.1.0
 */
public record RouteDelta(RoleId from, RoleId to, RouteKind kind, List<LevelChange> changes) {
  /** Validates and copies the components. */
  public RouteDelta {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(kind, "kind");
    changes = List.copyOf(changes);
  }
}
