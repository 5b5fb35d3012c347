package org.sppathways.structure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.RoleId;

/**
 * The fewest routes, and the fewest roles between the entry and the senior roles, whose loss
 * would leave no path from any entry role to any senior role: how thin the ladder is at its
 * narrowest.
 *
 * <p>Roles that are both entry and senior roles (entered directly from outside) take no part as
 * ends: {@link #entryRoles()} and {@link #seniorRoles()} are disjoint. The role cut is made of
 * roles in between only: no entry role (of the analysis's, ends or not) and no senior role may be
 * in it, since losing the place careers start or end says nothing about the ladder. When an entry
 * role leads to a senior role through entry and senior roles only (a direct route, say), no such
 * set exists: {@link #roleCutExists()} is false and {@link #roles()} empty. Minimum cuts need not
 * be unique; the one returned is the one nearest the entry roles that the max-flow computation
 * finds, the same on every run.
 *
 * <p>JSON: {@code organisationType}, {@code entryRoles}, {@code seniorRoles}, {@code connected},
 * {@code routes} (each {@code {"from","to"}}), {@code roleCutExists}, {@code roles}.
 *
 * @param organisationType the type the paths stay within; empty for the whole workforce
 * @param entryRoles the entry roles (sources), by id
 * @param seniorRoles the senior roles (targets), by id
 * @param connected whether any senior role is reachable from an entry role at all; when not, both
 *     cuts are empty
 * @param routes a minimum set of routes whose loss disconnects them, by source then target id
 * @param roleCutExists whether some set of roles other than entry and senior roles disconnects
 *     them (false when they are not connected)
 * @param roles a minimum set of roles other than entry and senior roles whose loss disconnects
 *     them, by id; empty when there is none
 *
 * @since 0.1.0
 */
public record MinimumCut(Optional<OrganisationTypeId> organisationType, List<RoleId> entryRoles,
    List<RoleId> seniorRoles, boolean connected, List<ProgressionRoute> routes,
    boolean roleCutExists, List<RoleId> roles) {

  /**
   * Validates and copies the components.
   *
   * @throws IllegalArgumentException if a role cut is said to exist without a connection, or
   *     roles are listed without a role cut
   */
  public MinimumCut {
    Objects.requireNonNull(organisationType, "organisationType");
    if (roleCutExists && !connected) {
      throw new IllegalArgumentException("a role cut exists only between connected roles");
    }
    if (!roleCutExists && !roles.isEmpty()) {
      throw new IllegalArgumentException("roles " + roles + " listed without a role cut");
    }
    entryRoles = List.copyOf(entryRoles);
    seniorRoles = List.copyOf(seniorRoles);
    routes = List.copyOf(routes);
    roles = List.copyOf(roles);
  }
}
