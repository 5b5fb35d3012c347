package org.sppathways.training;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.sppathways.model.CourseId;

/**
 * Places a course catalogue offers per year, per course, to compare a {@link TrainingDemand}
 * with. A course not listed has no stated capacity (no shortfall is reported for it). Read from a
 * file with {@code org.sppathways.io.CourseCapacityReader}.
 *
 * <pre>{@code
 * CourseCapacity capacity = CourseCapacity.of(Map.of(CourseId.of("personalised-care-institute"), 400.0));
 * capacity.placesPerYear(CourseId.of("personalised-care-institute"));   // OptionalDouble[400.0]
 * }</pre>
 *
 * <p>Two capacities are equal when they list the same places for the same courses. This class is
 * immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CourseCapacity {
  private static final CourseCapacity NONE = new CourseCapacity(ImmutableMap.of());

  private final ImmutableMap<CourseId, Double> places;

  private CourseCapacity(ImmutableMap<CourseId, Double> places) {
    this.places = places;
  }

  /** No capacity stated for any course. */
  public static CourseCapacity none() {
    return NONE;
  }

  /**
   * Capacities from places per year per course.
   *
   * @throws IllegalArgumentException if a number of places is negative or not finite
   */
  public static CourseCapacity of(Map<CourseId, Double> placesPerYear) {
    Objects.requireNonNull(placesPerYear, "placesPerYear");
    ImmutableMap.Builder<CourseId, Double> b = ImmutableMap.builder();
    placesPerYear.forEach((course, n) -> {
      Objects.requireNonNull(course, "course");
      Objects.requireNonNull(n, "places");
      if (!(n >= 0) || Double.isInfinite(n)) {
        throw new IllegalArgumentException("places per year of course '" + course
            + "' must be a finite number, 0 or more, was " + n);
      }
      b.put(course, n);
    });
    return new CourseCapacity(b.buildOrThrow());
  }

  /** The places a course offers in a year, when stated. */
  public OptionalDouble placesPerYear(CourseId course) {
    Double n = places.get(Objects.requireNonNull(course, "course"));
    return n == null ? OptionalDouble.empty() : OptionalDouble.of(n);
  }

  /** Every stated capacity, in the order given. */
  public Map<CourseId, Double> asMap() {
    return places;
  }

  /** Whether no capacity is stated. */
  public boolean isEmpty() {
    return places.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof CourseCapacity c && places.equals(c.places);
  }

  @Override
  public int hashCode() {
    return places.hashCode();
  }

  @Override
  public String toString() {
    return "CourseCapacity" + places;
  }
}
