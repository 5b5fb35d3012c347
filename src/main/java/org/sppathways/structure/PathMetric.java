package org.sppathways.structure;

import java.util.Locale;

/**
 * How the length of a path of progression routes is measured.
 *
 * <p>File and command-line form: the lower-case name ({@code steps}, {@code months}).
 *
 * @since 0.1.0
 */
public enum PathMetric {
  /** The number of moves (routes) on the path. */
  STEPS,
  /**
   * The total of the routes' typical months in the source role before each move. Which of
   * several least-month paths count for betweenness is set by
   * {@link StructureOptions#monthsTies()}: every one equally (NetworkX's definition, the default)
   * or only those with the fewest moves. Either way a path through a route of 0 months is never
   * shorter than the same path without the detour, so shortest-path counts are always finite.
   */
  MONTHS;

  /** The lower-case name used in files and on the command line. */
  public String fileName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
