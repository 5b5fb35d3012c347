package org.sppathways.training;

import java.util.List;
import java.util.Objects;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CourseId;

/**
 * How a catalogue covers one competency.
 *
 * @param competency the competency
 * @param maxLevel the highest level any course brings it to (0 when no course covers it)
 * @param courses the courses that reach {@code maxLevel}, by id
 * @param coursesCovering how many courses cover it at any level (redundancy)
 * @param requiredLevel the highest level any role requires (0 when no role requires it); in a
 *     report by organisation type, any role the type offers, with its requirements there
 * @param learnedOnTheJob whether the model marks it as learned through practice
 *
 * @since 0.1.0
 */
public record CompetencyCoverage(CompetencyId competency, int maxLevel, List<CourseId> courses,
    int coursesCovering, int requiredLevel, boolean learnedOnTheJob) {
  /** Validates and copies the components. */
  public CompetencyCoverage {
    Objects.requireNonNull(competency, "competency");
    courses = List.copyOf(courses);
  }

  /** Whether no course reaches the level some role requires. */
  public boolean isShort() {
    return maxLevel < requiredLevel;
  }
}
