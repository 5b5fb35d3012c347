package org.sppathways.paths;

/**
 * What a career path search minimises, and the order its results come in.
 *
 * <p>Every criterion is a sum over the path's steps. Ties are broken by the other sums in a fixed
 * order, then by the role ids along the path (compared one by one from the start, as text):
 * <ul>
 *   <li>{@link #STEPS}: steps, then months, then role ids;</li>
 *   <li>{@link #MONTHS}: months, then steps, then role ids;</li>
 *   <li>{@link #HOURS}: training hours, then steps, then months, then role ids;</li>
 *   <li>{@link #COST}: training cost, then steps, then months, then role ids.</li>
 * </ul>
 * For ordering, each step's hours and cost are rounded to 0.001 before they are added up, so
 * that sums taken in any order agree exactly.
 */
public enum Criterion {
  /** The number of moves. */
  STEPS,
  /** The sum of the routes' typical months in the source role before each move. */
  MONTHS,
  /** The learning hours of the training each step needs. */
  HOURS,
  /** The cost of the training each step needs, in the model's currency. */
  COST
}
