package org.sppathways.model;

/**
 * The id of a course. See {@link TypedId} for the id syntax.
 *
 * <pre>{@code
 * CourseId id = CourseId.of("example-id");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CourseId extends TypedId<CourseId> {

  private CourseId(String value) {
    super(value, "course");
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text
   * @return the id
   * @throws IllegalArgumentException if the text is blank, too long or contains whitespace
   */
  public static CourseId of(String value) {
    return new CourseId(value);
  }
}
