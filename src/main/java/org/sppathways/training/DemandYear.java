package org.sppathways.training;

import java.util.List;

/**
 * One year of a {@link TrainingDemand}: who entered roles, the places each course needs and what
 * they cost. This record is immutable and thread-safe.
 *
 * @param year the year of the projection, 1 for the first year projected
 * @param entrants people entering workforce roles in the year: moves between states along routes
 *     and recruits, as the projection has them
 * @param unclosableEntrants the entrants among them with a target no plan can reach (see
 *     {@link TrainingDemand#unclosable()}); they are counted in {@code entrants}, and their places
 *     for the targets that can be reached are counted
 * @param courses every course with places in the year or with a capacity, in catalogue order
 * @param cost the training cost of the year: the sum of the courses' costs
 * @since 0.1.0
 */
public record DemandYear(int year, double entrants, double unclosableEntrants,
    List<CourseDemand> courses, double cost) {

  /** Validates and copies the components. */
  public DemandYear {
    courses = List.copyOf(courses);
  }

  /** All places in the year, entry and refresher, over every course, in millionths of a person. */
  public double places() {
    long micros = 0;
    for (CourseDemand c : courses) {
      micros += Math.round(c.places() * 1_000_000);
    }
    return micros / 1_000_000.0;
  }
}
