package org.sppathways.structure;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.sppathways.graph.internal.RoleGraph;

/**
 * The seniority questions of {@link StructureAnalysis} on a {@link RoleGraph}: the highest role
 * reachable from a start (a ceiling), which roles can still reach a higher one (dead ends), the
 * nearest higher role, and how many seniority-raising moves a ladder has. Roles are the
 * vertices of the graph (role-id order); a mask confines paths to some roles (one organisation type, or the workforce).
 *
 * <p>Immutable; the {@link Searches} passed in carry the per-thread working arrays.
 */
final class Ladders {
  private final RoleGraph graph;
  private final int[] seniority;

  Ladders(RoleFacts facts) {
    this.graph = facts.graph;
    this.seniority = facts.seniority;
  }

  /**
   * The ceiling from {@code start} through roles in the mask: the reachable role of highest
   * seniority, then fewest moves, then least months, then smallest id. Leaves both searches of
   * {@code s} filled from {@code start}. O(m + D).
   */
  int highest(boolean[] mask, int start, Searches s) {
    s.steps(start, mask);
    s.months(start, mask);
    int best = start;
    for (int i = 0; i < s.stepReached; i++) {
      int v = s.stepOrder[i];
      if (better(v, best, s)) {
        best = v;
      }
    }
    return best;
  }

  private boolean better(int a, int b, Searches s) {
    int sa = seniority[a];
    int sb = seniority[b];
    if (sa != sb) {
      return sa > sb;
    }
    if (s.steps[a] != s.steps[b]) {
      return s.steps[a] < s.steps[b];
    }
    if (s.months[a] != s.months[b]) {
      return s.months[a] < s.months[b];
    }
    // vertices are numbered in role-id order
    return a < b;
  }

  /**
   * For each role in the mask with a seniority, whether a role of higher seniority can be reached
   * through roles in the mask: one reverse breadth-first search per distinct seniority, from the
   * roles above it. O(L · (n + m)) for L distinct seniorities.
   */
  boolean[] higherReachable(boolean[] mask) {
    int n = graph.n;
    boolean[] up = new boolean[n];
    int[] levels = IntStream.range(0, n).filter(v -> mask[v]).map(v -> seniority[v])
        .filter(x -> x >= 0).distinct().sorted().toArray();
    int[] queue = new int[n];
    boolean[] seen = new boolean[n];
    for (int li = 0; li + 1 < levels.length; li++) {
      int level = levels[li];
      Arrays.fill(seen, false);
      int tail = 0;
      for (int v = 0; v < n; v++) {
        if (mask[v] && seniority[v] > level) {
          seen[v] = true;
          queue[tail++] = v;
        }
      }
      for (int head = 0; head < tail; head++) {
        int w = queue[head];
        for (int e = graph.inStart[w]; e < graph.inStart[w + 1]; e++) {
          int v = graph.tail[graph.inEdge[e]];
          if (mask[v] && !seen[v]) {
            seen[v] = true;
            queue[tail++] = v;
          }
        }
      }
      for (int v = 0; v < n; v++) {
        if (mask[v] && seniority[v] == level && seen[v]) {
          up[v] = true;
        }
      }
    }
    return up;
  }

  /**
   * The nearest role of higher seniority than {@code v} through roles in the mask: fewest moves,
   * then smallest id. The caller knows there is one. O(n + m).
   */
  int nearestHigher(int v, boolean[] mask, Searches s) {
    s.steps(v, mask);
    int best = -1;
    for (int i = 0; i < s.stepReached; i++) {
      int w = s.stepOrder[i];
      if (seniority[w] <= seniority[v]) {
        continue;
      }
      if (best < 0 || s.steps[w] < s.steps[best]
          || (s.steps[w] == s.steps[best] && w < best)) {
        best = w;
      }
    }
    if (best < 0) {
      throw new IllegalStateException("no higher role reachable from vertex " + v);
    }
    return best;
  }

  /**
   * The most seniority-raising moves on one path through roles in the mask: the longest path in
   * the DAG of routes to a higher seniority, roles taken in order of seniority. O(n log n + m).
   */
  int depth(boolean[] mask) {
    Integer[] order = IntStream.range(0, graph.n)
        .filter(v -> mask[v] && seniority[v] >= 0).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingInt(v -> seniority[v]));
    int[] depth = new int[graph.n];
    int best = 0;
    for (int w : order) {
      for (int e = graph.inStart[w]; e < graph.inStart[w + 1]; e++) {
        int v = graph.tail[graph.inEdge[e]];
        if (mask[v] && seniority[v] >= 0 && seniority[v] < seniority[w]) {
          depth[w] = Math.max(depth[w], depth[v] + 1);
        }
      }
      best = Math.max(best, depth[w]);
    }
    return best;
  }
}
