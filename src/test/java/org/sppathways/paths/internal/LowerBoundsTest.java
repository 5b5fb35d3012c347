package org.sppathways.paths.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sppathways.graph.internal.RoleGraph;

/**
 * Lower bounds are the exact least distance of each component on its own, over the roles and
 * routes the search may use (never through its source): checked against Bellman–Ford per
 * component on random graphs, with components whose weights are all zero among them.
 */
class LowerBoundsTest {

  private static SearchSpec spec(Random random, RoleGraph g, long[][] w, int stepsComp) {
    boolean[] vertexOk = null;
    if (random.nextBoolean()) {
      vertexOk = new boolean[g.n];
      for (int v = 0; v < g.n; v++) {
        vertexOk[v] = random.nextInt(4) > 0;
      }
    }
    boolean[] edgeOk = null;
    if (random.nextBoolean()) {
      edgeOk = new boolean[g.m];
      for (int e = 0; e < g.m; e++) {
        edgeOk[e] = random.nextInt(4) > 0;
      }
    }
    return new SearchSpec(g, w, random.nextInt(g.n), null, vertexOk, edgeOk,
        random.nextBoolean() ? -1 : random.nextInt(g.n), null, stepsComp, 0, Long.MAX_VALUE,
        Long.MAX_VALUE, new SearchSpec.Work(Long.MAX_VALUE));
  }

  /** Bellman–Ford on component i alone; MAX_VALUE where t cannot be reached. */
  private static long[] expected(SearchSpec s, int t, int i) {
    SearchSpec one = new SearchSpec(s.g, new long[][] {s.w[i]}, s.source, null, s.vertexOk,
        s.edgeOk, s.forbidden, null, 0, 0, Long.MAX_VALUE, Long.MAX_VALUE, s.work);
    long[][] dist = TestGraphs.distancesTo(one, t, null, 0);
    long[] out = new long[s.g.n];
    for (int v = 0; v < s.g.n; v++) {
      out[v] = dist[v] == null ? Long.MAX_VALUE : dist[v][0];
    }
    return out;
  }

  @Test
  void everyComponentsBoundIsItsLeastDistance() {
    for (long seed = 0; seed < 300; seed++) {
      Random random = new Random(seed);
      int n = 2 + random.nextInt(10);
      RoleGraph g = TestGraphs.random(random, n, 0.1 + random.nextDouble() * 0.6);
      int c = 2 + random.nextInt(3);
      long[][] w = TestGraphs.weights(random, g, c, 4, false);
      int stepsComp = random.nextInt(c);
      java.util.Arrays.fill(w[stepsComp], 1);
      for (int i = 0; i < c; i++) {
        if (i != stepsComp && random.nextInt(3) == 0) {
          java.util.Arrays.fill(w[i], 0);
        }
      }
      SearchSpec s = spec(random, g, w, stepsComp);
      int t = random.nextInt(n);
      long[][] all = LowerBounds.all(s, t);
      int only = random.nextInt(c);
      long[][] some = LowerBounds.of(s, t, only);
      for (int i = 0; i < c; i++) {
        long[] exact = expected(s, t, i);
        assertThat(all[i]).as("seed %d, all, component %d", seed, i).isEqualTo(exact);
        assertThat(some[i]).as("seed %d, of, component %d", seed, i)
            .isEqualTo(i == only ? exact : new long[n]);
      }
    }
  }
}
