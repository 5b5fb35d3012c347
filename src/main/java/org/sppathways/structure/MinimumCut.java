package org.sppathways.structure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.RoleId;

/**
 * The fewest routes, and the fewest roles, whose loss would leave no path from any entry role to
 * any senior role: how thin the ladder is at its narrowest.
 *
 * <p>Roles that are both entry and senior roles (entered directly from outside) take no part as
 * ends: {@link #entryRoles()} and {@link #seniorRoles()} are disjoint. Any role, ends included,
 * may be in the role cut. Minimum cuts need not be unique; the one returned is the one nearest
 * the entry roles that the max-flow computation finds, the same on every run.
 *
 * <p>JSON: {@code organisationType}, {@code entryRoles}, {@code seniorRoles}, {@code connected},
 * {@code routes} (each {@code {"from","to"}}), {@code roles}.
 *
 * @param organisationType the type the paths stay within; empty for the whole workforce
 * @param entryRoles the entry roles (sources), by id
 * @param seniorRoles the senior roles (targets), by id
 * @param connected whether any senior role is reachable from an entry role at all; when not, both
 *     cuts are empty
 * @param routes a minimum set of routes whose loss disconnects them, by source then target id
 * @param roles a minimum set of roles whose loss disconnects them, by id
 */
public record MinimumCut(Optional<OrganisationTypeId> organisationType, List<RoleId> entryRoles,
    List<RoleId> seniorRoles, boolean connected, List<ProgressionRoute> routes,
    List<RoleId> roles) {

  /** Validates and copies the components. */
  public MinimumCut {
    Objects.requireNonNull(organisationType, "organisationType");
    entryRoles = List.copyOf(entryRoles);
    seniorRoles = List.copyOf(seniorRoles);
    routes = List.copyOf(routes);
    roles = List.copyOf(roles);
  }
}
