package org.sppathways.flow;

import java.util.Objects;
import java.util.Optional;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.RoleId;

/**
 * A state of the manpower model: a workforce role, or a role in one organisation type when
 * states are split by organisation type.
 *
 * <p>{@link #toString()} gives the key used in tables and JSON: {@code link-worker}, or
 * {@code link-worker@vcse-charity}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param role the role
 * @param organisationType the organisation type, or empty when states are roles (or the role is
 *     offered by no organisation type)
 *
 * @since 0.1.0
 */
public record FlowState(RoleId role, Optional<OrganisationTypeId> organisationType) {

  /** Validates that no component is null. */
  public FlowState {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(organisationType, "organisationType");
  }

  /** The state of a role, with no organisation type. */
  public static FlowState of(RoleId role) {
    return new FlowState(role, Optional.empty());
  }

  /** The state of a role in an organisation type. */
  public static FlowState of(RoleId role, OrganisationTypeId organisationType) {
    return new FlowState(role, Optional.of(organisationType));
  }

  /** The key: the role id, followed by {@code @} and the organisation type id when there is one. */
  @Override
  public String toString() {
    return organisationType.map(t -> role.value() + "@" + t.value()).orElse(role.value());
  }
}
