package org.sppathways.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A course a person has completed, with the day they completed it when known
 * ({@link WorkerProfile#completions()}). A dated completion of a course with
 * {@link Course#validForMonths()} counts as holding the course's levels from that day until it
 * lapses; an undated one never lapses (see {@link HeldLevels}).
 *
 * <pre>{@code
 * Completion dated = Completion.of(CourseId.of("safeguarding-adults-l3"), LocalDate.of(2023, 5, 2));
 * Completion undated = Completion.of(CourseId.of("care-certificate"));
 * }</pre>
 *
 * <p>In a profiles file: {@code completed: [{course: safeguarding-adults-l3, date: 2023-05-02},
 * care-certificate]}; in a profiles CSV file: {@code safeguarding-adults-l3@2023-05-02}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Completion {

  /** The course completed. */
  @Value.Parameter
  public abstract CourseId course();

  /** The day it was completed, when known. */
  @Value.Parameter
  public abstract Optional<LocalDate> date();

  /** An undated completion, which never lapses. */
  public static Completion of(CourseId course) {
    return ImmutableCompletion.of(course, Optional.empty());
  }

  /** A completion on a day. */
  public static Completion of(CourseId course, LocalDate date) {
    return ImmutableCompletion.of(course, Optional.of(date));
  }
}
