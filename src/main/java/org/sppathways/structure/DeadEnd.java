package org.sppathways.structure;

import java.util.Objects;
import java.util.Optional;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.RoleId;

/**
 * A role with no onward progression: no path of progression routes leads from it to a role of
 * higher seniority, staying with employers of {@link #organisationType()} (or anywhere in the
 * workforce, when it is empty).
 *
 * <p>A dead end within a type is a <b>plateau</b> when a higher role can still be reached by
 * changing employer type ({@link #onlyByChangingType()}); {@link #nearestHigher()} then names the
 * nearest such role (fewest moves, then smallest id). A dead end is at the {@linkplain #topOfScope()
 * top} of its scope when no role of the type (or workforce) is more senior — the end of the ladder
 * rather than a side track.
 *
 * <p>JSON and CSV: {@code role}, {@code organisationType} (absent in JSON, empty in CSV, for
 * the whole
 * workforce), {@code seniority}, {@code topOfScope}, {@code onlyByChangingType},
 * {@code nearestHigher} (absent in JSON, empty in CSV, when none).
 *
 * @param role the role
 * @param organisationType the type the role is a dead end within; empty for the whole workforce
 * @param seniority the role's seniority (roles without one are never dead ends)
 * @param topOfScope whether no role of the scope has a higher seniority
 * @param onlyByChangingType whether a higher role is reachable by changing employer type
 * @param nearestHigher the nearest higher role reachable by changing type, when there is one
 *
 * @since 0.1.0
 */
public record DeadEnd(RoleId role, Optional<OrganisationTypeId> organisationType, int seniority,
    boolean topOfScope, boolean onlyByChangingType, Optional<RoleId> nearestHigher) {

  /** Validates the components. */
  public DeadEnd {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(organisationType, "organisationType");
    Objects.requireNonNull(nearestHigher, "nearestHigher");
    if (onlyByChangingType != nearestHigher.isPresent()) {
      throw new IllegalArgumentException(
          "nearestHigher must be given exactly when onlyByChangingType is true");
    }
  }
}
