package org.sppathways.model;

/**
 * The id of an organisation type. See {@link TypedId} for the id syntax.
 *
 * <pre>{@code
 * OrganisationTypeId id = OrganisationTypeId.of("example-id");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class OrganisationTypeId extends TypedId<OrganisationTypeId> {

  private OrganisationTypeId(String value) {
    super(value, "organisation type");
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text
   * @return the id
   * @throws IllegalArgumentException if the text is blank, too long or contains whitespace
   */
  public static OrganisationTypeId of(String value) {
    return new OrganisationTypeId(value);
  }
}
