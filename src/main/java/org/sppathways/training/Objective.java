package org.sppathways.training;

import org.sppathways.model.Course;

/**
 * What a training plan minimises.
 *
 * @since 0.1.0
 */
public enum Objective {
  /** Total learning hours. */
  HOURS,
  /** Total cost per learner. */
  COST,
  /** The number of courses. */
  COUNT;

  /** The weight of a course under this objective. */
  public double weight(Course course) {
    switch (this) {
      case HOURS:
        return course.hours();
      case COST:
        return course.cost();
      default:
        return 1;
    }
  }
}
