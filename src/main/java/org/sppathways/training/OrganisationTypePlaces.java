package org.sppathways.training;

import java.util.Objects;
import java.util.Optional;
import org.sppathways.model.OrganisationTypeId;

/**
 * A course's places in one year for people in one organisation type (see
 * {@link CourseDemand#byOrganisationType()}). This record is immutable and thread-safe.
 *
 * @param organisationType the organisation type of the role entered or renewing; empty for a
 *     role offered by no organisation type
 * @param entryPlaces places for entrants into roles in the type
 * @param refresherPlaces refresher places for people in roles in the type
 * @since 0.1.0
 */
public record OrganisationTypePlaces(Optional<OrganisationTypeId> organisationType,
    double entryPlaces, double refresherPlaces) {

  /** Validates the components. */
  public OrganisationTypePlaces {
    Objects.requireNonNull(organisationType, "organisationType");
  }

  /** All places: {@code entryPlaces + refresherPlaces}, in millionths of a person. */
  public double places() {
    return Math.round((entryPlaces + refresherPlaces) * 1_000_000) / 1_000_000.0;
  }
}
