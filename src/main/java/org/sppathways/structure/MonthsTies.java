package org.sppathways.structure;

import java.util.Locale;

/**
 * Which paths count as shortest for betweenness by {@link PathMetric#MONTHS} when several take
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

  /** The lower-case name used in files and on the command line. */
  public String fileName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
