package org.sppathways.gaps;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sppathways.model.OrganisationTypeId;

/**
 * Which people a {@link TalentPool} considers: optionally only those employed by given
 * organisation types, and optionally only those who meet every essential requirement.
 *
 * <pre>{@code
 * FitFilter filter = FitFilter.all().withOrganisationTypes(Set.of(OrganisationTypeId.of("pcn")))
 *     .withEssentialMetOnly(true);
 * }</pre>
 *
 * @param organisationTypes when present, only people whose organisation type is one of these
 * @param essentialMetOnly whether to keep only people who meet every essential requirement
 *
 * @since 0.1.0
 */
public record FitFilter(Optional<Set<OrganisationTypeId>> organisationTypes,
    boolean essentialMetOnly) {

  /** Validates and copies the components. */
  public FitFilter {
    organisationTypes = Objects.requireNonNull(organisationTypes, "organisationTypes")
        .map(Set::copyOf);
  }

  /** Everyone. */
  public static FitFilter all() {
    return new FitFilter(Optional.empty(), false);
  }

  /** This filter, keeping only people employed by one of the given organisation types. */
  public FitFilter withOrganisationTypes(Set<OrganisationTypeId> types) {
    return new FitFilter(Optional.of(types), essentialMetOnly);
  }

  /** This filter, keeping only (or not only) people who meet every essential requirement. */
  public FitFilter withEssentialMetOnly(boolean only) {
    return new FitFilter(organisationTypes, only);
  }
}
