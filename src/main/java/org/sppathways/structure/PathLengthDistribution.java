package org.sppathways.structure;

import java.util.List;
import java.util.Objects;
import org.sppathways.paths.Criterion;

/**
 * How far apart roles are: over ordered pairs of distinct roles, the number of pairs at each
 * shortest distance, the pairs with no path, and summary figures.
 *
 * <p>JSON: {@code metric}, {@code reachablePairs}, {@code unreachablePairs}, {@code mean},
 * {@code longest}, {@code lengths} (each {@code {"length","pairs"}}). CSV: {@code length,pairs}.
 *
 * @param metric what the lengths measure: {@link Criterion#STEPS} or {@link Criterion#MONTHS}
 * @param lengths the pairs at each length, by length ascending; lengths with no pairs are left out
 * @param reachablePairs ordered pairs (s, t), s ≠ t, with a path from s to t
 * @param unreachablePairs ordered pairs with none
 * @param mean the mean length over reachable pairs; 0 when there are none
 * @param longest the longest shortest distance (the diameter over reachable pairs); 0 when none
 *
 * @since 0.1.0
 */
public record PathLengthDistribution(Criterion metric, List<LengthCount> lengths,
    long reachablePairs, long unreachablePairs, double mean, int longest) {

  /**
   * Validates and copies the components.
   *
   * @throws IllegalArgumentException if {@code metric} is {@link Criterion#HOURS} or
   *     {@link Criterion#COST}
   */
  public PathLengthDistribution {
    StructureAnalysis.checkMeasurable(metric);
    lengths = List.copyOf(lengths);
  }

  /**
   * The number of ordered role pairs at one shortest distance.
   *
   * @param length the distance, in the metric's unit
   * @param pairs the ordered pairs at that distance
   */
  public record LengthCount(int length, long pairs) {}
}
