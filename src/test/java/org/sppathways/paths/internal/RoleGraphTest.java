package org.sppathways.paths.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sppathways.graph.internal.RoleGraph;

/** The compressed graph: edge look-up and the orders the searches rely on. */
class RoleGraphTest {

  @Test
  void edgeFindsTheRouteBetweenTwoRolesOrSaysThereIsNone() {
    for (long seed = 0; seed < 200; seed++) {
      Random random = new Random(seed);
      int n = 1 + random.nextInt(12);
      RoleGraph g = TestGraphs.random(random, n, random.nextDouble());
      for (int from = 0; from < n; from++) {
        for (int to = 0; to < n; to++) {
          int expected = -1;
          for (int e = 0; e < g.m; e++) {
            if (g.tail[e] == from && g.head[e] == to) {
              expected = e;
            }
          }
          assertThat(g.edge(from, to)).as("seed %d: %d -> %d", seed, from, to)
              .isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void edgesAreGroupedBySourceThenTargetAndInEdgesByTargetThenSource() {
    for (long seed = 0; seed < 100; seed++) {
      Random random = new Random(seed);
      RoleGraph g = TestGraphs.random(random, 1 + random.nextInt(12), random.nextDouble());
      for (int e = 1; e < g.m; e++) {
        assertThat(g.tail[e - 1] < g.tail[e]
            || g.tail[e - 1] == g.tail[e] && g.head[e - 1] < g.head[e]).isTrue();
      }
      for (int v = 0; v < g.n; v++) {
        for (int e = g.outStart[v]; e < g.outStart[v + 1]; e++) {
          assertThat(g.tail[e]).isEqualTo(v);
        }
        for (int j = g.inStart[v]; j < g.inStart[v + 1]; j++) {
          assertThat(g.head[g.inEdge[j]]).isEqualTo(v);
          if (j > g.inStart[v]) {
            assertThat(g.tail[g.inEdge[j - 1]]).isLessThan(g.tail[g.inEdge[j]]);
          }
        }
      }
      assertThat(g.outStart[g.n]).isEqualTo(g.m);
      assertThat(g.inStart[g.n]).isEqualTo(g.m);
    }
  }
}
