package org.sppathways.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One thing wrong with a model or a file: where it is, what is wrong, and how to fix it when a
 * fix can be suggested.
 *
 * <p>{@link #toString()} gives the form shown to users, e.g.
 * <pre>
 * model.yaml:42:9: roles[3].requires[0].competency: unknown competency 'safegaurding' (did you mean 'safeguarding'?)
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param source the file (or other source) name, when known
 * @param line the 1-based line in the source, when known
 * @param column the 1-based column in the source, when known
 * @param location the path inside the document, e.g. {@code roles[3].requires[0].competency};
 *     empty for the document as a whole
 * @param message what is wrong, naming the bad value
 * @param suggestion how to fix it, when one can be suggested
 *
 * @since 0.1.0
 */
public record Problem(
    Optional<String> source,
    OptionalInt line,
    OptionalInt column,
    String location,
    String message,
    Optional<String> suggestion) {

  /** Validates that no component is null. */
  public Problem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(suggestion, "suggestion");
  }

  /** A problem at a location inside a document, with no source position and no suggestion. */
  public static Problem of(String location, String message) {
    return new Problem(Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), location,
        message, Optional.empty());
  }

  /** This problem with a suggested fix. */
  public Problem withSuggestion(String suggestion) {
    return new Problem(source, line, column, location, message, Optional.of(suggestion));
  }

  /** This problem placed in a source at a line and column (1-based; 0 means unknown). */
  public Problem withPosition(String source, int line, int column) {
    return new Problem(Optional.of(source), line > 0 ? OptionalInt.of(line) : OptionalInt.empty(),
        column > 0 ? OptionalInt.of(column) : OptionalInt.empty(), location, message, suggestion);
  }

  /** This problem placed in a source, position unknown. */
  public Problem withSource(String source) {
    return new Problem(Optional.of(source), line, column, location, message, suggestion);
  }

  /**
   * The kind of this problem, the same for every instance of one systematic mistake: the location
   * with its list positions removed and the message with its quoted values and numbers replaced,
   * e.g. {@code roles[].requires[].competency: unknown competency '…'} for
   * {@code roles[3].requires[0].competency: unknown competency 'safegaurding'}. Source, position
   * and suggestion are left out. Used to count the problems of a long list by kind.
   */
  public String kind() {
    String where = location.replaceAll("\\[[0-9]+\\]", "[]");
    String what = message.replaceAll("'[^']*'", "'\u2026'")
        .replaceAll("(?<![\\w.])[0-9]+(\\.[0-9]+)?(?![\\w.])", "N");
    return where.isEmpty() ? what : where + ": " + what;
  }

  /** The user-facing form: {@code source:line:column: location: message (suggestion)}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    source.ifPresent(s -> sb.append(s).append(':'));
    line.ifPresent(l -> sb.append(l).append(':'));
    column.ifPresent(c -> sb.append(c).append(':'));
    if (sb.length() > 0) {
      sb.append(' ');
    }
    if (!location.isEmpty()) {
      sb.append(location).append(": ");
    }
    sb.append(message);
    suggestion.ifPresent(s -> sb.append(" (").append(s).append(')'));
    return sb.toString();
  }
}
