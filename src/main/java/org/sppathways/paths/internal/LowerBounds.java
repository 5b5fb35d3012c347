package org.sppathways.paths.internal;

import org.sppathways.graph.internal.RoleGraph;


/**
 * Per-component lower bounds of the distance from every vertex to a target: one single-criterion
 * Dijkstra run backwards per component, over the vertices and edges a search may use (never
 * through its source), with {@link ReverseTree}. O(c · m log n) for c components, n vertices
 * and m edges.
 */
final class LowerBounds {
  private LowerBounds() {}

  /** {@code bounds[i][v]}: least component-i weight of a path from v to t; MAX_VALUE if none. */
  static long[][] of(SearchSpec s, int t, int... components) {
    long[][] out = new long[s.c][];
    for (int i : components) {
      out[i] = component(s, t, i);
    }
    for (int i = 0; i < s.c; i++) {
      if (out[i] == null) {
        out[i] = new long[s.g.n];
      }
    }
    return out;
  }

  /**
   * As {@link #of}, for every component. A component whose weights are all zero needs no search
   * of its own: its bound is 0 wherever the steps bound is finite.
   */
  static long[][] all(SearchSpec s, int t) {
    long[][] out = new long[s.c][];
    long[] steps = component(s, t, s.stepsComp);
    out[s.stepsComp] = steps;
    for (int i = 0; i < s.c; i++) {
      if (i == s.stepsComp) {
        continue;
      }
      boolean zero = true;
      for (long x : s.w[i]) {
        zero &= x == 0;
      }
      if (zero) {
        out[i] = new long[s.g.n];
        for (int v = 0; v < s.g.n; v++) {
          out[i][v] = steps[v] == Long.MAX_VALUE ? Long.MAX_VALUE : 0;
        }
      } else {
        out[i] = component(s, t, i);
      }
    }
    return out;
  }

  private static long[] component(SearchSpec s, int t, int i) {
    RoleGraph g = s.g;
    long[] dist = new long[g.n];
    SearchSpec one = new SearchSpec(g, new long[][] {s.w[i]}, s.source, null, s.vertexOk,
        s.edgeOk, s.forbidden, null, 0, 0, Long.MAX_VALUE, Long.MAX_VALUE, s.work);
    ReverseTree tree = new ReverseTree(one);
    tree.run(t, null, 0, -1);
    for (int v = 0; v < g.n; v++) {
      dist[v] = tree.reaches(v) ? tree.dist[v] : Long.MAX_VALUE;
    }
    return dist;
  }
}
