package org.sppathways.model;

import org.jspecify.annotations.Nullable;

/**
 * An identifier of one kind of entity: a non-blank text of at most {@value #MAX_LENGTH}
 * characters with no whitespace or control characters (so {@code link-worker},
 * {@code 11-1011.00} and ESCO URIs are all valid).
 *
 * <p>Ids of different kinds never compare equal, even with the same text. Ids order by their
 * text (Unicode code units), which is the tie-break order every analysis uses.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the concrete id type
 *
 * @since 0.1.0
 */
public abstract class TypedId<T extends TypedId<T>> implements Comparable<T> {

  /** The longest id accepted. */
  public static final int MAX_LENGTH = 256;

  private final String value;

  TypedId(String value, String kind) {
    String problem = problem(value);
    if (problem != null) {
      throw new IllegalArgumentException(kind + " id " + problem);
    }
    this.value = value;
  }

  /**
   * Why a text is not a valid id, or {@code null} when it is.
   *
   * @param value the candidate id text
   * @return a phrase such as {@code "must not be blank"}, or null for a valid id
   */
  public static @Nullable String problem(String value) {
    if (value.isEmpty()) {
      return "must not be blank";
    }
    if (value.length() > MAX_LENGTH) {
      return "is " + value.length() + " characters long; the limit is " + MAX_LENGTH;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
        return "'" + value.strip() + "' contains whitespace or a control character at position "
            + (i + 1) + "; use '-' instead of spaces";
      }
    }
    return null;
  }

  /** The id text. */
  public final String value() {
    return value;
  }

  @Override
  public final int compareTo(T other) {
    return value.compareTo(other.value());
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((TypedId<?>) o).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode() * 31 + getClass().hashCode();
  }

  /** The id text, so that ids read naturally in messages. */
  @Override
  public final String toString() {
    return value;
  }
}
