package org.sppathways.structure;

import java.util.Objects;
import java.util.OptionalInt;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.RoleId;

/**
 * What changing employer type adds to a career that starts in one organisation type: the
 * ceiling from an entry role staying within the type, beside the ceiling from the same role when
 * crossing types is allowed.
 *
 * @param organisationType the organisation type
 * @param entryRole the entry role, offered by that type
 * @param withinType the ceiling staying within the type
 * @param crossingTypes the ceiling when crossing types is allowed
 *
 * @since 0.1.0
 */
public record CrossingGain(OrganisationTypeId organisationType, RoleId entryRole,
    Ceiling withinType, Ceiling crossingTypes) {

  /** Validates the components. */
  public CrossingGain {
    Objects.requireNonNull(organisationType, "organisationType");
    Objects.requireNonNull(entryRole, "entryRole");
    Objects.requireNonNull(withinType, "withinType");
    Objects.requireNonNull(crossingTypes, "crossingTypes");
  }

  /**
   * The seniority levels gained by crossing types: crossing ceiling minus within-type ceiling;
   * empty when either has no seniority.
   */
  public OptionalInt seniorityGain() {
    OptionalInt a = withinType.seniority();
    OptionalInt b = crossingTypes.seniority();
    return a.isPresent() && b.isPresent() ? OptionalInt.of(b.getAsInt() - a.getAsInt())
        : OptionalInt.empty();
  }
}
