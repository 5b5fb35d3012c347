package org.sppathways.paths.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sppathways.graph.internal.RoleGraph;

/**
 * The reverse shortest-path tree against Bellman–Ford on random graphs with many ties: every
 * distance, every next edge (the tight edge to the least role id), which vertices a run that
 * stops early has settled (its heaps take vertices in key order, ties by role id), and the work
 * it counts. One tree is reused across runs with different targets, blocked sets and stops, as
 * the k-shortest-paths search reuses its repair tree.
 */
class ReverseTreeTest {

  /** A random search set-up: source, forbidden role, vertex and edge masks, work limit. */
  private static SearchSpec spec(Random random, RoleGraph g, long[][] w, long limit) {
    boolean[] vertexOk = null;
    if (random.nextInt(3) == 0) {
      vertexOk = new boolean[g.n];
      for (int v = 0; v < g.n; v++) {
        vertexOk[v] = random.nextInt(5) > 0;
      }
    }
    boolean[] edgeOk = null;
    if (random.nextInt(3) == 0) {
      edgeOk = new boolean[g.m];
      for (int e = 0; e < g.m; e++) {
        edgeOk[e] = random.nextInt(5) > 0;
      }
    }
    int source = random.nextInt(g.n);
    int forbidden = random.nextBoolean() ? -1 : random.nextInt(g.n);
    return new SearchSpec(g, w, source, null, vertexOk, edgeOk, forbidden, null, 0, 0,
        Long.MAX_VALUE, Long.MAX_VALUE, new SearchSpec.Work(limit));
  }

  /** (key, vertex) order, the order in which a run settles vertices. */
  private static int compare(long[][] dist, int a, int b) {
    int cmp = Arrays.compare(dist[a], dist[b]);
    return cmp != 0 ? cmp : Integer.compare(a, b);
  }

  private static long[] treeDist(ReverseTree tree, int v, int c) {
    return Arrays.copyOfRange(tree.dist, v * c, v * c + c);
  }

  @Test
  void distancesNextEdgesAndSettledVerticesAgreeWithBellmanFord() {
    for (long seed = 0; seed < 400; seed++) {
      Random random = new Random(seed);
      int n = 2 + random.nextInt(11);
      RoleGraph g = TestGraphs.random(random, n, 0.15 + random.nextDouble() * 0.6);
      int c = 1 + random.nextInt(3);
      long[][] w = TestGraphs.weights(random, g, c, 1 + random.nextInt(3), true);
      long limit = n + random.nextInt(4 * n);
      SearchSpec s = spec(random, g, w, limit);
      ReverseTree tree = new ReverseTree(s);
      int[] blocked = new int[n];
      for (int run = 0; run < 5; run++) {
        int t = random.nextInt(n);
        int gen = 1 + random.nextInt(3);
        boolean block = random.nextBoolean();
        for (int v = 0; v < n; v++) {
          blocked[v] = random.nextInt(6) == 0 ? gen : random.nextInt(4);
        }
        int stop = random.nextBoolean() ? -1 : random.nextInt(n);
        String what = "seed " + seed + " run " + run + " t " + t + " stop " + stop;

        long before = s.work.used();
        boolean ok = tree.run(t, block ? blocked : null, gen, stop);
        long[][] dist = TestGraphs.distancesTo(s, t, block ? blocked : null, gen);

        int settled = 0;
        for (int v = 0; v < n; v++) {
          boolean expected = dist[v] != null
              && (stop < 0 || dist[stop] == null || compare(dist, v, stop) <= 0);
          assertThat(tree.settled(v)).as("%s: settled %d", what, v).isEqualTo(expected);
          assertThat(tree.reaches(v)).as("%s: reaches %d", what, v).isEqualTo(expected);
          if (!expected) {
            continue;
          }
          settled++;
          assertThat(treeDist(tree, v, c)).as("%s: dist %d", what, v).isEqualTo(dist[v]);
          assertThat(tree.next[v]).as("%s: next %d", what, v)
              .isEqualTo(v == t ? -1 : tightEdgeToLeastRole(s, dist, v, block ? blocked : null,
                  gen));
        }
        assertThat(s.work.used() - before).as("%s: work", what).isEqualTo(settled);
        assertThat(ok).as("%s: within the limit", what).isEqualTo(s.work.used() <= limit);
      }
    }
  }

  /** The edge from v to the least role id among the edges on a least path to the target. */
  private static int tightEdgeToLeastRole(SearchSpec s, long[][] dist, int v, int[] blocked,
      int gen) {
    RoleGraph g = s.g;
    for (int e = g.outStart[v]; e < g.outStart[v + 1]; e++) {
      int y = g.head[e];
      if (dist[y] == null || !TestGraphs.allowed(s, e, v, blocked, gen)) {
        continue;
      }
      boolean tight = true;
      for (int i = 0; i < s.c; i++) {
        tight &= s.w[i][e] + dist[y][i] == dist[v][i];
      }
      if (tight) {
        return e;
      }
    }
    throw new AssertionError("no tight edge from " + v);
  }

  @Test
  void zeroWeightEdgesStillGiveLeastDistances() {
    // lower bounds run single components, where months, hours and cost may be 0 on an edge
    for (long seed = 0; seed < 200; seed++) {
      Random random = new Random(seed);
      int n = 2 + random.nextInt(11);
      RoleGraph g = TestGraphs.random(random, n, 0.15 + random.nextDouble() * 0.6);
      long[][] w = TestGraphs.weights(random, g, 1, 3, false);
      SearchSpec s = spec(random, g, w, Long.MAX_VALUE);
      ReverseTree tree = new ReverseTree(s);
      for (int run = 0; run < 3; run++) {
        int t = random.nextInt(n);
        tree.run(t, null, 0, -1);
        long[][] dist = TestGraphs.distancesTo(s, t, null, 0);
        for (int v = 0; v < n; v++) {
          assertThat(tree.reaches(v)).as("seed %d: reaches %d", seed, v)
              .isEqualTo(dist[v] != null);
          if (dist[v] != null) {
            assertThat(tree.dist[v]).as("seed %d: dist %d", seed, v).isEqualTo(dist[v][0]);
          }
        }
      }
    }
  }

  @Test
  void aRunPastTheWorkLimitSaysSoAndOneAtTheLimitDoesNot() {
    Random random = new Random(7);
    RoleGraph g = TestGraphs.random(random, 8, 1.0);
    for (int c = 1; c <= 2; c++) {
      long[][] w = TestGraphs.weights(random, g, c, 3, true);
      SearchSpec exact = new SearchSpec(g, w, -1, null, null, null, -1, null, 0, 0,
          Long.MAX_VALUE, Long.MAX_VALUE, new SearchSpec.Work(8));
      assertThat(new ReverseTree(exact).run(0, null, 0, -1)).isTrue();
      assertThat(exact.work.used()).isEqualTo(8);
      assertThat(exact.work.exhausted()).isFalse();
      SearchSpec over = new SearchSpec(g, w, -1, null, null, null, -1, null, 0, 0,
          Long.MAX_VALUE, Long.MAX_VALUE, new SearchSpec.Work(7));
      assertThat(new ReverseTree(over).run(0, null, 0, -1)).isFalse();
      assertThat(over.work.exhausted()).isTrue();
    }
  }
}
