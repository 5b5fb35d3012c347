package org.sppathways.structure;

import org.sppathways.model.internal.EnumNames;
import org.sppathways.paths.Criterion;

/**
 * Which paths count as shortest for betweenness by {@link Criterion#MONTHS} when several take
 * the least months.
 *
 * <p>File and command-line form: the lower-case name with hyphens ({@code every-path},
 * {@code fewest-moves}).
 *
 * @since 0.1.0
 */
public enum MonthsTies {
  /**
   * Every least-month path counts equally: the definition of NetworkX's
   * {@code betweenness_centrality(G, weight="months")} and of JGraphT's weighted
   * {@code BetweennessCentrality} with the months as weights. The default. One refinement keeps
   * the counts finite where routes of 0 months would allow endless detours: among least-month
   * paths, those with fewer 0-month routes are shorter (a 0-month route counts as a sliver of a
   * month, shorter than any whole month). When every route takes at least one month, this is
   * exactly NetworkX's answer.
   */
  EVERY_PATH,
  /**
   * Among least-month paths only those with the fewest moves count (the library's earlier rule):
   * equal to NetworkX and JGraphT with the weight {@code months · n + 1} for n roles.
   */
  FEWEST_MOVES;

  /**
   * The printed name: the constant's name in lower case with hyphens for underscores
   * ({@code fewest-moves}), the same in files, JSON, CSV and on the command line.
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
  public static MonthsTies parse(String name) {
    return EnumNames.parse(MonthsTies.class, "months-ties rule", name);
  }
}
