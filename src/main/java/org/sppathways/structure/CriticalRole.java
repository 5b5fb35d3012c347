package org.sppathways.structure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.RoleId;

/**
 * A role that every path from the entry roles to some senior roles passes through (a dominator):
 * were it to disappear, or stop leading anywhere, those senior roles could no longer be reached
 * from any entry role.
 *
 * <p>JSON and CSV: {@code role}, {@code organisationType} (absent in JSON, empty in CSV, for
 * the whole workforce),
 * {@code cutsOff} (a list; in CSV joined by {@code ;}).
 *
 * @param role the critical role
 * @param organisationType the type the paths stay within; empty for the whole workforce
 * @param cutsOff the senior roles reachable only through this role, by id
 *
 * @since 0.1.0
 */
public record CriticalRole(RoleId role, Optional<OrganisationTypeId> organisationType,
    List<RoleId> cutsOff) {

  /** Validates and copies the components. */
  public CriticalRole {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(organisationType, "organisationType");
    cutsOff = List.copyOf(cutsOff);
  }
}
