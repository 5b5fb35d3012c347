package org.sppathways.model;

import org.sppathways.model.internal.EnumNames;

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

  /**
   * The printed name: the constant's name in lower case with hyphens for underscores
   * ({@code promotion}), the same in files, JSON, CSV and on the command line.
   */
  @Override
  public String toString() {
    return EnumNames.print(this);
  }

  /**
   * The constant with the given printed name; {@code parse(c.toString()) == c} for every
   * constant {@code c}.
   *
   * @throws IllegalArgumentException if no constant prints as {@code name}; the message lists
   *     the valid names
   */
  public static RouteKind parse(String name) {
    return EnumNames.parse(RouteKind.class, "route kind", name);
  }
}
