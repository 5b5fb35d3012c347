package org.sppathways.paths.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The label-setting searches the public API runs: the Pareto set between two vertices, and the
 * best path to every vertex within the limits. See {@link LabelSearch} for the algorithm and
 * its complexity.
 */
public final class LabelSearches {
  private LabelSearches() {}

  /**
   * What a search found: paths as edge arrays from the source, their keys, and whether it
   * finished within the work limit.
   */
  public record Outcome(List<int[]> paths, List<long[]> keys, boolean complete) {}

  /**
   * Every non-dominated simple path from the spec's source to t (one per distinct key, the one
   * with the least role ids), in key order. The path of no steps when source and t are equal.
   */
  public static Outcome pareto(SearchSpec s, int t) {
    List<int[]> paths = new ArrayList<>();
    List<long[]> keys = new ArrayList<>();
    if (s.source == t) {
      paths.add(new int[0]);
      keys.add(s.offset.clone());
      return new Outcome(paths, keys, true);
    }
    if (!s.enterable(t)) {
      return new Outcome(paths, keys, true);
    }
    long[][] bounds = LowerBounds.all(s, t);
    LabelSearch search = new LabelSearch(s, true);
    search.run(s.source, s.offset, t, false, null, 0, bounds);
    for (int label : search.permanent(t)) {
      paths.add(search.edges(label));
      keys.add(keyOf(search, label, s.c));
    }
    return new Outcome(paths, keys, search.complete() && !s.work.exhausted());
  }

  /**
   * For every vertex reachable from the spec's source within its limits, the least path by key
   * then role ids (the source's own path of no steps included).
   */
  public static Outcome reach(SearchSpec s) {
    LabelSearch search = new LabelSearch(s, s.limited());
    search.run(s.source, s.offset, -1, false, null, 0, null);
    List<int[]> paths = new ArrayList<>();
    List<long[]> keys = new ArrayList<>();
    for (int v = 0; v < s.g.n; v++) {
      int label = search.first(v);
      if (label >= 0) {
        paths.add(search.edges(label));
        keys.add(keyOf(search, label, s.c));
      }
    }
    return new Outcome(paths, keys, search.complete() && !s.work.exhausted());
  }

  private static long[] keyOf(LabelSearch search, int label, int c) {
    long[] key = new long[c];
    for (int i = 0; i < c; i++) {
      key[i] = search.key(label, i);
    }
    return key;
  }
}
