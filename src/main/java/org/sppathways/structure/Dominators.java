package org.sppathways.structure;

import java.util.Arrays;
import org.sppathways.graph.internal.RoleGraph;

/**
 * Immediate dominators in a {@link RoleGraph} confined to a mask, from a virtual root joined to
 * a set of start roles: role d dominates role v when every path from any start role to v passes
 * through d. Computed by the iterative algorithm of K. D. Cooper, T. J. Harvey and K. Kennedy
 * ("A Simple, Fast Dominance Algorithm", 2001) over reverse postorder.
 *
 * <p>Complexity: O(n + m) per round, with few rounds on real graphs (O(n · m) in the worst
 * case); O(n + m) memory.
 */
final class Dominators {
  private Dominators() {}

  /**
   * The immediate dominator of each role: {@code n} (the virtual root) for a start role or a role
   * whose only common dominator is the root, -1 for a role outside the mask or not reachable from
   * the start roles.
   */
  static int[] immediate(RoleGraph g, boolean[] mask, boolean[] start) {
    int n = g.n;
    int root = n;
    // Postorder numbers by an iterative depth-first search from the virtual root.
    int[] post = new int[n + 1];
    Arrays.fill(post, -1);
    int[] rpo = new int[n + 1];
    int count = 0;
    boolean[] seen = new boolean[n + 1];
    int[] stack = new int[n + 1];
    int[] edge = new int[n + 1];
    int depth = 0;
    stack[depth] = root;
    edge[depth] = 0;
    seen[root] = true;
    while (depth >= 0) {
      int v = stack[depth];
      int next = -1;
      if (v == root) {
        while (edge[depth] < n && next < 0) {
          int w = edge[depth]++;
          if (start[w] && mask[w] && !seen[w]) {
            next = w;
          }
        }
      } else {
        int end = g.outStart[v + 1];
        while (g.outStart[v] + edge[depth] < end && next < 0) {
          int w = g.head[g.outStart[v] + edge[depth]++];
          if (mask[w] && !seen[w]) {
            next = w;
          }
        }
      }
      if (next >= 0) {
        seen[next] = true;
        stack[++depth] = next;
        edge[depth] = 0;
      } else {
        post[v] = count;
        rpo[count++] = v;
        depth--;
      }
    }
    int[] idom = new int[n + 1];
    Arrays.fill(idom, -1);
    idom[root] = root;
    boolean changed = true;
    while (changed) {
      changed = false;
      // Reverse postorder: rpo holds postorder, so walk it backwards, skipping the root.
      for (int i = count - 2; i >= 0; i--) {
        int b = rpo[i];
        int candidate = start[b] ? root : -1;
        for (int e = g.inStart[b], end = g.inStart[b + 1]; e < end; e++) {
          int p = g.tail[g.inEdge[e]];
          if (!mask[p] || idom[p] < 0) {
            continue;
          }
          candidate = candidate < 0 ? p : intersect(idom, post, p, candidate);
        }
        if (candidate >= 0 && idom[b] != candidate) {
          idom[b] = candidate;
          changed = true;
        }
      }
    }
    return Arrays.copyOf(idom, n);
  }

  private static int intersect(int[] idom, int[] post, int a, int b) {
    while (a != b) {
      while (post[a] < post[b]) {
        a = idom[a];
      }
      while (post[b] < post[a]) {
        b = idom[b];
      }
    }
    return a;
  }
}
