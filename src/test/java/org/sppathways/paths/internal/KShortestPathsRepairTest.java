package org.sppathways.paths.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sppathways.graph.internal.RoleGraph;

/**
 * A repaired class keeps the tie order: when the tree path of a deviation revisits its prefix,
 * the path rebuilt around it takes, at every role, the tight route to the least role id, as
 * the tree itself does.
 *
 * <p>The graph (one component, route weights in brackets): s → p [1], p → t [1], p → y [1],
 * y → p [1], y → x [5], x → h1 [1], x → h2 [1], h1 → t [1], h2 → t [1]. Role ids put x first, so
 * x → h1 is edge 0, and h1 before h2. The best path is s p t (2). Deviating at p to y, the tree
 * path y p t goes back through p, so the class is repaired: y x, then h1 or h2 at equal cost —
 * h1, the lesser id, must come first. Paths in order: s p t (2), s p y x h1 t (9),
 * s p y x h2 t (9).
 */
class KShortestPathsRepairTest {
  private static final int X = 0;
  private static final int H1 = 1;
  private static final int H2 = 2;
  private static final int P = 3;
  private static final int S = 4;
  private static final int T = 5;
  private static final int Y = 6;

  @Test
  void aRepairedPathTakesTheTightRouteToTheLeastRole() {
    int[][] routes = {{S, P}, {P, T}, {P, Y}, {Y, P}, {Y, X}, {X, H1}, {X, H2}, {H1, T}, {H2, T}};
    RoleGraph g = TestGraphs.of(7, routes);
    long[] w = new long[g.m];
    for (int e = 0; e < g.m; e++) {
      w[e] = g.tail[e] == Y && g.head[e] == X ? 5 : 1;
    }
    assertThat(g.edge(X, H1)).isZero();
    SearchSpec s = new SearchSpec(g, new long[][] {w}, S, null, null, null, -1, null, 0, 0,
        Long.MAX_VALUE, Long.MAX_VALUE, new SearchSpec.Work(Long.MAX_VALUE));
    List<List<Integer>> found = new ArrayList<>();
    for (int[] edges : new KShortestPaths(s, T).paths(5)) {
      List<Integer> roles = new ArrayList<>(List.of(S));
      for (int e : edges) {
        roles.add(g.head[e]);
      }
      found.add(roles);
    }
    assertThat(found).containsExactly(List.of(S, P, T), List.of(S, P, Y, X, H1, T),
        List.of(S, P, Y, X, H2, T));
  }
}
