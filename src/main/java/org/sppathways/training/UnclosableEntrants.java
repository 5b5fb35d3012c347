package org.sppathways.training;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.RoleId;

/**
 * Entrants into a role whose training plan leaves targets open: no course reaches them, or none
 * the entrants can enter (see {@link UnclosableTarget}). They are counted, never dropped: their
 * places for the targets that can be closed are in the demand, and this says how many people
 * cannot be fully trained for the role and why.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param from the role the entrants come from: a workforce role for moves, an external role for
 *     recruits along a route from it; empty for recruits straight into the role, who are taken
 *     to hold nothing
 * @param fromOrganisationType the organisation type of the state they move from, when the
 *     projection is split and they move between workforce roles
 * @param to the role entered
 * @param organisationType the organisation type of the state entered, when split
 * @param entrants the expected entrants over every year of the projection
 * @param targets the targets their plan cannot reach, each with why
 * @since 0.1.0
 */
public record UnclosableEntrants(Optional<RoleId> from,
    Optional<OrganisationTypeId> fromOrganisationType, RoleId to,
    Optional<OrganisationTypeId> organisationType, double entrants,
    List<UnclosableTarget> targets) {

  /** Validates and copies the components. */
  public UnclosableEntrants {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(fromOrganisationType, "fromOrganisationType");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(organisationType, "organisationType");
    targets = List.copyOf(targets);
  }
}
