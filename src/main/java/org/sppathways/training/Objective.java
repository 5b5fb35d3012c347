package org.sppathways.training;

import org.sppathways.model.Course;
import org.sppathways.model.internal.EnumNames;

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

  /**
   * The printed name: the constant's name in lower case with hyphens for underscores
   * ({@code hours}), the same in files, JSON, CSV and on the command line.
   */
  @Override
  public String toString() {
    return EnumNames.print(this);
  }

  /**
   * The constant with the given printed name; {@code parse(c.toString()) == c} for every
   * constant {@code c}.
   *
   * @throws IllegalArgumentException if no constant prints as {@code name}; the message lists
   *     the valid names
   */
  public static Objective parse(String name) {
    return EnumNames.parse(Objective.class, "training objective", name);
  }
}
