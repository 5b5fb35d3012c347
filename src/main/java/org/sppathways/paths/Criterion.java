package org.sppathways.paths;

import org.sppathways.model.internal.EnumNames;

/**
 * What a career path search minimises, and the order its results come in.
 *
 * <p>Steps and months are sums over the path's steps; hours and cost are those of the path's one
 * training plan, each course counted once (see {@link CareerPathFinder}). Ties are broken by the
 * other totals in a fixed order, then by the role ids along the path (compared one by one from
 * the start, as text):
 * <ul>
 *   <li>{@link #STEPS}: steps, then months, then role ids;</li>
 *   <li>{@link #MONTHS}: months, then steps, then role ids;</li>
 *   <li>{@link #HOURS}: training hours, then steps, then months, then role ids;</li>
 *   <li>{@link #COST}: training cost, then steps, then months, then role ids.</li>
 * </ul>
 * For ordering, a path's hours and cost are rounded to 0.001.
 *
 * @since 0.1.0
 */
public enum Criterion {
  /** The number of moves. */
  STEPS,
  /** The sum of the routes' typical months in the source role before each move. */
  MONTHS,
  /** The learning hours of the path's training, each course counted once. */
  HOURS,
  /** The cost of the path's training, each course counted once, in the model's currency. */
  COST;

  /**
   * The printed name: the constant's name in lower case with hyphens for underscores
   * ({@code months}), the same in files, JSON, CSV and on the command line.
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
  public static Criterion parse(String name) {
    return EnumNames.parse(Criterion.class, "criterion", name);
  }
}
