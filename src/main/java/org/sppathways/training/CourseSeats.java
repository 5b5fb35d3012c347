package org.sppathways.training;

import java.util.Objects;
import org.sppathways.model.CourseId;

/**
 * Places funded on one course.
 *
 * @param course the course
 * @param seats the number of learners funded
 * @param cost seats × the course's cost
 * @param personGapsClosed the person-gaps these places close (a prerequisite's places count the
 *     gaps the prerequisite itself closes)
 *
 * @since 0.1.0
 */
public record CourseSeats(CourseId course, int seats, double cost, long personGapsClosed) {
  /** Validates the components. */
  public CourseSeats {
    Objects.requireNonNull(course, "course");
  }
}
