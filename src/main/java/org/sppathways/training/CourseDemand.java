package org.sppathways.training;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.sppathways.model.CourseId;

/**
 * The places one course needs in one year of a {@link TrainingDemand}: places for people entering
 * roles (from their training plans) and refresher places for people whose training on it lapses,
 * with their cost and, against a {@link CourseCapacity}, the shortfall.
 *
 * <p>Places are expected values (a projection's flows are expected numbers of people), so they
 * are fractional. This record is immutable and thread-safe.
 *
 * @param course the course
 * @param entryPlaces places for entrants whose plans include the course, in the year
 * @param refresherPlaces places for people renewing the course's training in the year
 * @param cost {@link #places()} × the course's cost per learner
 * @param capacity places the catalogue offers in a year, when a capacity was given for the course
 * @param shortfall {@code max(0, places − capacity)}, when a capacity was given for the course
 * @param byOrganisationType when the projection is split by organisation type, the same places
 *     per organisation type of the role entered or renewing (empty type: a role offered by none),
 *     in model order; empty otherwise
 * @since 0.1.0
 */
public record CourseDemand(CourseId course, double entryPlaces, double refresherPlaces,
    double cost, OptionalDouble capacity, OptionalDouble shortfall,
    List<OrganisationTypePlaces> byOrganisationType) {

  /** Validates and copies the components. */
  public CourseDemand {
    Objects.requireNonNull(course, "course");
    Objects.requireNonNull(capacity, "capacity");
    Objects.requireNonNull(shortfall, "shortfall");
    byOrganisationType = List.copyOf(byOrganisationType);
  }

  /** All places: {@code entryPlaces + refresherPlaces}, in millionths of a person. */
  public double places() {
    return Math.round((entryPlaces + refresherPlaces) * 1_000_000) / 1_000_000.0;
  }
}
