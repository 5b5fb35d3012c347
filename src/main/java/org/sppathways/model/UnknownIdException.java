package org.sppathways.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An id passed to the API that the model does not contain.
 *
 * <p>The message names the kind, the id and, when a known id is close, suggests it:
 * {@code unknown role 'link-wroker' (did you mean 'link-worker'?)}.
 *
 * @since 0.1.0
 */
public class UnknownIdException extends SpPathwaysException {
  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String id;
  private final String suggestion;

  /**
   * An exception for an unknown id with no known id close to it.
   *
   * @param kind the kind of id, e.g. {@code role}
   * @param id the unknown id
   */
  public UnknownIdException(String kind, String id) {
    this(kind, id, Optional.empty());
  }

  /**
   * An exception for an unknown id, suggesting a known id close to it.
   *
   * @param kind the kind of id, e.g. {@code role}
   * @param id the unknown id
   * @param suggestion a known id close to it
   */
  public UnknownIdException(String kind, String id, String suggestion) {
    this(kind, id, Optional.of(Objects.requireNonNull(suggestion, "suggestion")));
  }

  private UnknownIdException(String kind, String id, Optional<String> suggestion) {
    super("unknown " + Objects.requireNonNull(kind, "kind") + " '"
        + Objects.requireNonNull(id, "id") + "'"
        + suggestion.map(s -> " (did you mean '" + s + "'?)").orElse(""));
    this.kind = kind;
    this.id = id;
    this.suggestion = suggestion.orElse(null);
  }

  /** The kind of id, e.g. {@code role}. */
  public String kind() {
    return kind;
  }

  /** The unknown id. */
  public String id() {
    return id;
  }

  /** A known id close to the unknown one, when there is one. */
  public Optional<String> suggestion() {
    return Optional.ofNullable(suggestion);
  }
}
