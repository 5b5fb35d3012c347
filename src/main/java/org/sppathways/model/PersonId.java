package org.sppathways.model;

/**
 * The id of a person (a worker profile). See {@link TypedId} for the id syntax.
 *
 * <pre>{@code
 * PersonId id = PersonId.of("example-id");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PersonId extends TypedId<PersonId> {

  private PersonId(String value) {
    super(value, "person");
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text
   * @return the id
   * @throws IllegalArgumentException if the text is blank, too long or contains whitespace
   */
  public static PersonId of(String value) {
    return new PersonId(value);
  }
}
