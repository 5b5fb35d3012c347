package org.sppathways.model;

/**
 * The id of a competency. See {@link TypedId} for the id syntax.
 *
 * <pre>{@code
 * CompetencyId id = CompetencyId.of("example-id");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CompetencyId extends TypedId<CompetencyId> {

  private CompetencyId(String value) {
    super(value, "competency");
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text
   * @return the id
   * @throws IllegalArgumentException if the text is blank, too long or contains whitespace
   */
  public static CompetencyId of(String value) {
    return new CompetencyId(value);
  }
}
