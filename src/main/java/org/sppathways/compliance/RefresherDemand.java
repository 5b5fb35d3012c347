package org.sppathways.compliance;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CourseId;

/**
 * How many people need a refresher course in one calendar month, or, when no course in the model
 * teaches a level that is due or lapsed, how many need that competency renewed with no course to
 * do it ({@code course} empty, {@code competency} present). {@link ComplianceAnalysis} says
 * which course renews what and in which month.
 *
 * @param course the course that renews the levels; empty when no course teaches the level
 * @param competency for demand no course meets, the competency; empty when a course is named
 * @param month the month the refreshers are needed in (lapsed levels count in the first month)
 * @param people the people needing it that month, each counted once per course
 * @since 0.1.0
 */
public record RefresherDemand(Optional<CourseId> course, Optional<CompetencyId> competency,
    YearMonth month, long people) {
  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException unless exactly one of course and competency is present and
   *     people is 1 or more
   */
  public RefresherDemand {
    Objects.requireNonNull(course, "course");
    Objects.requireNonNull(competency, "competency");
    Objects.requireNonNull(month, "month");
    if (course.isPresent() == competency.isPresent()) {
      throw new IllegalArgumentException("name either a course or, when no course teaches the "
          + "level, a competency");
    }
    if (people < 1) {
      throw new IllegalArgumentException("people must be 1 or more, was " + people);
    }
  }
}
