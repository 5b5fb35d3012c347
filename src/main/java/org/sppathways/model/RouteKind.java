package org.sppathways.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The kind of a {@link ProgressionRoute}.
 *
 * <p>File form: the lower-case name ({@code entry}, {@code promotion}, {@code lateral},
 * {@code specialisation}).
 *
 * @since 0.1.0
 */
public enum RouteKind {
  /** Into the workforce, typically from an external profession. */
  ENTRY,
  /** To a more senior role. */
  PROMOTION,
  /** To a role at a similar level. */
  LATERAL,
  /** To a specialist variant of a role, e.g. children and young people work. */
  SPECIALISATION;

  /** The lower-case name used in files. */
  public String fileName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind with the given file name, if any. */
  public static Optional<RouteKind> fromFileName(String name) {
    Objects.requireNonNull(name, "name");
    for (RouteKind kind : values()) {
      if (kind.fileName().equals(name)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
