package org.sppathways.model;

/**
 * The id of a role (an occupation or job). See {@link TypedId} for the id syntax.
 *
 * <pre>{@code
 * RoleId id = RoleId.of("example-id");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RoleId extends TypedId<RoleId> {

  private RoleId(String value) {
    super(value, "role");
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text
   * @return the id
   * @throws IllegalArgumentException if the text is blank, too long or contains whitespace
   */
  public static RoleId of(String value) {
    return new RoleId(value);
  }
}
