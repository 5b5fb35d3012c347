package org.sppathways.model.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The one printed form of the library's enums, and its parser. Internal: not part of the API.
 *
 * <p>A constant prints as its name in lower case with hyphens for underscores
 * ({@code FEWEST_MOVES} → {@code fewest-moves}); that form is what files, JSON, CSV and the
 * command line use, and what each enum's {@code toString()} returns.
 */
public final class EnumNames {
  private EnumNames() {}

  /** The printed form of a constant: lower case, hyphens for underscores. */
  public static String print(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Every printed name of an enum, in declaration order. */
  public static <E extends Enum<E>> List<String> names(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(EnumNames::print).toList();
  }

  /**
   * The constant whose printed form is exactly {@code text}.
   *
   * @param what what a value of the enum is called in a message, e.g. "route kind"
   * @throws IllegalArgumentException if no constant prints as {@code text}; the message names
   *     the bad value, the closest name if one is close, and every valid name
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String what, String text) {
    Objects.requireNonNull(text, what);
    for (E constant : type.getEnumConstants()) {
      if (print(constant).equals(text)) {
        return constant;
      }
    }
    List<String> names = names(type);
    throw new IllegalArgumentException("'" + text + "' is not a " + what
        + Suggestions.closest(text, names).map(s -> "; did you mean '" + s + "'?").orElse("")
        + " (use one of: " + String.join(", ", names) + ")");
  }
}
