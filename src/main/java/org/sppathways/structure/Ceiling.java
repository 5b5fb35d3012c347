package org.sppathways.structure;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.RoleId;

/**
 * The progression ceiling from one entry role: the highest-seniority role reachable by
 * progression routes, either staying with employers of one organisation type or, when
 * {@link #organisationType()} is empty, crossing freely between types.
 *
 * <p>Among reachable roles of equal highest seniority, the one with the fewest moves is chosen,
 * then the one with the least months, then the smallest id. {@link #steps()} and
 * {@link #months()} are each the least possible to reach {@link #highestRole()} (on most ladders
 * one path achieves both). When no reachable role has a seniority, the ceiling is the entry role
 * itself with an empty seniority.
 *
 * <p>JSON and CSV: {@code organisationType} (absent in JSON, empty in CSV, when crossing
 * types), {@code entryRole},
 * {@code highestRole}, {@code seniority}, {@code steps}, {@code months}.
 *
 * @param organisationType the organisation type the path stays within; empty when crossing
 *     types is allowed
 * @param entryRole where the path starts
 * @param highestRole the highest-seniority role reachable
 * @param seniority that role's seniority; empty when no reachable role has one
 * @param steps the fewest moves from the entry role to the highest role (0 when they are the same)
 * @param months the least total months from the entry role to the highest role
 *
 * @since 0.1.0
 */
public record Ceiling(Optional<OrganisationTypeId> organisationType, RoleId entryRole,
    RoleId highestRole, OptionalInt seniority, int steps, int months) {

  /** Validates the components. */
  public Ceiling {
    Objects.requireNonNull(organisationType, "organisationType");
    Objects.requireNonNull(entryRole, "entryRole");
    Objects.requireNonNull(highestRole, "highestRole");
    Objects.requireNonNull(seniority, "seniority");
    if (steps < 0 || months < 0) {
      throw new IllegalArgumentException("steps and months must be 0 or more, were " + steps
          + " and " + months);
    }
  }
}
