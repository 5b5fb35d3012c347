package org.sppathways.paths.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.sppathways.graph.internal.RoleGraph;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.WorkforceModel;

/**
 * Random role graphs and weights for the tests of the search internals, and a plain
 * Bellman–Ford over lexicographic key vectors to check them against.
 *
 * <p>Role ids are {@code v00, v01, ...}, added in shuffled order, so that vertex numbers are the
 * id order while the model's own indices differ.
 */
final class TestGraphs {
  private TestGraphs() {}

  static String id(int i) {
    return String.format("v%02d", i);
  }

  /** A random graph on n roles, each ordered pair a route with the given probability. */
  static RoleGraph random(Random random, int n, double density) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    Collections.shuffle(order, random);
    WorkforceModel.Builder b = WorkforceModel.builder().name("graph")
        .scale(ProficiencyScale.of("A", "B"));
    for (int i : order) {
      b.addRole(Role.builder().id(RoleId.of(id(i))).title("R" + i).build());
    }
    List<ProgressionRoute> routes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j && random.nextDouble() < density) {
          routes.add(ProgressionRoute.builder().from(RoleId.of(id(i))).to(RoleId.of(id(j)))
              .kind(RouteKind.LATERAL).months(random.nextInt(3) * 6).build());
        }
      }
    }
    Collections.shuffle(routes, random);
    b.addRoutes(routes);
    return RoleGraph.of(b.build());
  }

  /** The graph on n roles with the given routes, each {from, to}. */
  static RoleGraph of(int n, int[][] routes) {
    WorkforceModel.Builder b = WorkforceModel.builder().name("graph")
        .scale(ProficiencyScale.of("A", "B"));
    for (int i = 0; i < n; i++) {
      b.addRole(Role.builder().id(RoleId.of(id(i))).title("R" + i).build());
    }
    for (int[] r : routes) {
      b.addRoute(ProgressionRoute.builder().from(RoleId.of(id(r[0]))).to(RoleId.of(id(r[1])))
          .kind(RouteKind.LATERAL).months(0).build());
    }
    return RoleGraph.of(b.build());
  }

  /**
   * Random weights of c components in 0..range-1 per edge; with {@code positive}, every edge
   * weighs more than nothing (its last component is at least 1 when the others are 0), as the
   * searches require.
   */
  static long[][] weights(Random random, RoleGraph g, int c, int range, boolean positive) {
    long[][] w = new long[c][g.m];
    for (int e = 0; e < g.m; e++) {
      boolean zero = true;
      for (int i = 0; i < c; i++) {
        w[i][e] = random.nextInt(range);
        zero &= w[i][e] == 0;
      }
      if (positive && zero) {
        w[c - 1][e] = 1;
      }
    }
    return w;
  }

  /**
   * Least key (lexicographic) from every vertex to t, by Bellman–Ford over the edges whose tail
   * may be entered and is not blocked; null where t cannot be reached.
   */
  static long[][] distancesTo(SearchSpec s, int t, int[] blocked, int blockedGen) {
    RoleGraph g = s.g;
    long[][] dist = new long[g.n][];
    dist[t] = new long[s.c];
    for (int round = 0; round < g.n; round++) {
      for (int e = 0; e < g.m; e++) {
        int u = g.tail[e];
        int v = g.head[e];
        if (u == t || dist[v] == null || !allowed(s, e, u, blocked, blockedGen)) {
          continue;
        }
        long[] d = new long[s.c];
        for (int i = 0; i < s.c; i++) {
          d[i] = s.w[i][e] + dist[v][i];
        }
        if (dist[u] == null || java.util.Arrays.compare(d, dist[u]) < 0) {
          dist[u] = d;
        }
      }
    }
    return dist;
  }

  static boolean allowed(SearchSpec s, int e, int u, int[] blocked, int blockedGen) {
    return s.enterable(u) && (s.edgeOk == null || s.edgeOk[e])
        && (blocked == null || blocked[u] != blockedGen);
  }
}
