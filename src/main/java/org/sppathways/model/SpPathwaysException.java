package org.sppathways.model;

import java.util.Objects;

/**
 * The root of every exception the library throws on purpose. Its subtypes carry the data needed
 * to act on them: {@link ModelException} (a list of problems in a model or file) and
 * {@link UnknownIdException} (an id that is not in the model).
 *
 * @since 0.1.0
 */
public class SpPathwaysException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message that says what is wrong and how to fix it. */
  public SpPathwaysException(String message) {
    super(Objects.requireNonNull(message, "message"));
  }

  /** An exception with a message and its cause. */
  public SpPathwaysException(String message, Throwable cause) {
    super(Objects.requireNonNull(message, "message"), Objects.requireNonNull(cause, "cause"));
  }
}
