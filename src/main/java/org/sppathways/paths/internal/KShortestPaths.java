package org.sppathways.paths.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import org.sppathways.graph.internal.RoleGraph;

/**
 * The k least simple paths from a source to a target in the library's total order — key vector
 * lexicographically, then the role ids visited — by lazy deviations from a reverse
 * shortest-path tree: a sidetrack-based variant of Yen's algorithm after Kurz and Mutzel, "A
 * sidetrack-based algorithm for finding the k shortest simple paths in a directed graph"
 * (ISAAC 2016), in the spirit of Feng's reverse-tree improvement of Yen (2014).
 *
 * <h2>Algorithm</h2>
 * One {@link ReverseTree} from the target gives every vertex its least key to the target and
 * its next edge on the least path. The simple paths still to be output are partitioned into
 * classes, each "every simple path that starts with prefix R, where R ends in a given sidetrack
 * edge (u, x)"; a class's best path is R followed by the least path from x that avoids R. A class
 * sits in a heap under a lower bound of its best path: key(R) + dist(x) and, on ties, the tree
 * path's role ids (the tree path is the least unconstrained path, so the bound holds in the full
 * order). When a class comes out of the heap its tree path is checked: if it avoids R (and keeps
 * any step and month limits) the bound is exact and the path is the next one in order; if not,
 * the class's real best path is computed — a reverse Dijkstra that avoids R and stops at x, or
 * under limits a label-setting search — and the class goes back under its exact key. Outputting
 * path P of class R splits the class: for each vertex u of P after R and each usable edge (u, y)
 * other than P's, with y not already on P up to u, one new class.
 *
 * <h2>Complexity</h2>
 * With n vertices, m edges, k paths, path length at most ℓ and out-degree at most Δ: the tree
 * takes O(m log n); each output path creates O(ℓΔ) classes, each O(log(kℓΔ)) to queue; checking
 * a class takes O(ℓ) and a repair O(m log n). Worst case O(k ℓ (Δ log(kℓΔ) + m log n)), the
 * same order as Yen's O(k n (m + n log n)); in practice few classes need repair, so a query
 * costs little more than the one tree. Work — classes created plus vertices settled — is counted
 * against the {@link SearchSpec.Work} limit; reaching it stops the search, and the paths output
 * so far are still the first ones in order.
 *
 * <p>Not thread-safe; one instance per query.
 */
public final class KShortestPaths {
  private final SearchSpec s;
  private final RoleGraph g;
  private final int c;
  private final int t;
  private final ReverseTree tree;
  private ReverseTree repairTree;
  private long[][] limitBounds;
  private final int[] stamp;
  private final int[] position;
  private int gen;
  private boolean complete = true;

  /** A search from {@code s.source} to t. */
  public KShortestPaths(SearchSpec s, int t) {
    this.s = s;
    this.g = s.g;
    this.c = s.c;
    this.t = t;
    this.tree = new ReverseTree(s);
    this.stamp = new int[g.n];
    this.position = new int[g.n];
  }

  /** Whether the last search finished within the work limit. */
  public boolean complete() {
    return complete;
  }

  /**
   * The k least simple paths, each as its edges in order (an empty array for the path of no
   * steps when source and target are the same), least first.
   */
  public List<int[]> paths(int k) {
    List<int[]> out = new ArrayList<>();
    int src = s.source;
    if (k <= 0) {
      return out;
    }
    if (src == t) {
      out.add(new int[0]);
      return out;
    }
    if (!s.enterable(t)) {
      return out;
    }
    if (!tree.run(t, null, 0, -1)) {
      complete = false;
      return out;
    }
    if (s.limited()) {
      limitBounds = LowerBounds.of(s, t, s.stepsComp, s.monthsComp);
    }
    PriorityQueue<Cand> heap = new PriorityQueue<>(this::compare);
    Path root = new Path(new int[] {src}, new int[0], s.offset.clone());
    if (!split(root, 0, heap)) {
      complete = false;
      return out;
    }
    while (!heap.isEmpty() && out.size() < k) {
      Cand x = heap.poll();
      if (!x.exact) {
        if (treePathFits(x)) {
          x.exact = true;
        } else {
          if (repair(x)) {
            heap.add(x);
          }
          if (s.work.exhausted()) {
            complete = false;
            break;
          }
          continue;
        }
      }
      Path p = materialize(x);
      out.add(p.edges);
      if (out.size() < k && !split(p, x.dev + 1, heap)) {
        complete = false;
        break;
      }
    }
    return out;
  }

  /** Queues the classes that deviate from p at its vertices from index {@code from} on. */
  private boolean split(Path p, int from, PriorityQueue<Cand> heap) {
    int len = p.edges.length;
    gen++;
    for (int i = 0; i < p.verts.length; i++) {
      stamp[p.verts[i]] = gen;
      position[p.verts[i]] = i;
    }
    int last = Math.max(len - 1, 0);
    if (len == 0 && p.verts[0] == t) {
      return true;
    }
    for (int i = from; i <= last; i++) {
      int u = p.verts[i];
      int taken = i < len ? p.edges[i] : -1;
      for (int e = g.outStart[u]; e < g.outStart[u + 1]; e++) {
        if (e == taken || !s.usable(e)) {
          continue;
        }
        int y = g.head[e];
        if (stamp[y] == gen && position[y] <= i) {
          continue;
        }
        if (!tree.reaches(y)) {
          continue;
        }
        long[] key = new long[c];
        for (int j = 0; j < c; j++) {
          key[j] = p.cum[i * c + j] + s.weight(j, e) + tree.dist[y * c + j];
        }
        if (limitBounds != null) {
          long steps = p.cum[i * c + s.stepsComp] + s.weight(s.stepsComp, e)
              + limitBounds[s.stepsComp][y];
          long months = p.cum[i * c + s.monthsComp] + s.weight(s.monthsComp, e)
              + limitBounds[s.monthsComp][y];
          if (limitBounds[s.stepsComp][y] == Long.MAX_VALUE || steps > s.maxSteps
              || months > s.maxMonths) {
            continue;
          }
        }
        if (!s.work.add(1)) {
          return false;
        }
        heap.add(new Cand(p, i, e, key));
      }
    }
    return true;
  }

  /** Whether the class's tree path avoids its prefix and keeps the limits. */
  private boolean treePathFits(Cand x) {
    if (!s.within(x.key, 0)) {
      return false;
    }
    gen++;
    for (int i = 0; i <= x.dev; i++) {
      stamp[x.parent.verts[i]] = gen;
    }
    for (int v = g.head[x.edge]; v != t; ) {
      v = g.head[tree.next[v]];
      if (stamp[v] == gen) {
        return false;
      }
    }
    return true;
  }

  /** Computes the class's real best path; false when it has none. */
  private boolean repair(Cand x) {
    int head = g.head[x.edge];
    gen++;
    for (int i = 0; i <= x.dev; i++) {
      stamp[x.parent.verts[i]] = gen;
    }
    long[] start = new long[c];
    for (int j = 0; j < c; j++) {
      start[j] = x.parent.cum[x.dev * c + j] + s.weight(j, x.edge);
    }
    if (s.limited()) {
      LabelSearch search = new LabelSearch(s, true);
      search.run(head, start, t, true, stamp, gen, limitBounds);
      int label = search.first(t);
      if (label < 0) {
        return false;
      }
      int[] tail = search.edges(label);
      x.tailEdges = tail;
      for (int j = 0; j < c; j++) {
        x.key[j] = search.key(label, j);
      }
      x.exact = true;
      return true;
    }
    if (repairTree == null) {
      repairTree = new ReverseTree(s);
    }
    repairTree.run(t, stamp, gen, head);
    if (!repairTree.reaches(head)) {
      return false;
    }
    int[] tail = new int[8];
    int n = 0;
    for (int v = head; v != t; ) {
      int chosen = -1;
      for (int e = g.outStart[v]; e < g.outStart[v + 1] && chosen < 0; e++) {
        int y = g.head[e];
        if (!s.usable(e) || stamp[y] == gen || !repairTree.settled(y)) {
          continue;
        }
        boolean tight = true;
        for (int j = 0; j < c && tight; j++) {
          tight = s.w[j][e] + repairTree.dist[y * c + j] == repairTree.dist[v * c + j];
        }
        if (tight) {
          chosen = e;
        }
      }
      if (n == tail.length) {
        tail = java.util.Arrays.copyOf(tail, n * 2);
      }
      tail[n++] = chosen;
      v = g.head[chosen];
    }
    x.tailEdges = java.util.Arrays.copyOf(tail, n);
    for (int j = 0; j < c; j++) {
      x.key[j] = start[j] + repairTree.dist[head * c + j];
    }
    x.exact = true;
    return true;
  }

  private Path materialize(Cand x) {
    int prefix = x.dev;
    int[] tail = x.tailEdges;
    int len;
    if (tail == null) {
      len = prefix + 1;
      for (int v = g.head[x.edge]; v != t; v = g.head[tree.next[v]]) {
        len++;
      }
    } else {
      len = prefix + 1 + tail.length;
    }
    int[] edges = new int[len];
    int[] verts = new int[len + 1];
    System.arraycopy(x.parent.edges, 0, edges, 0, prefix);
    System.arraycopy(x.parent.verts, 0, verts, 0, prefix + 1);
    edges[prefix] = x.edge;
    int v = g.head[x.edge];
    verts[prefix + 1] = v;
    for (int i = prefix + 1; i < len; i++) {
      int e = tail == null ? tree.next[v] : tail[i - prefix - 1];
      edges[i] = e;
      v = g.head[e];
      verts[i + 1] = v;
    }
    long[] cum = new long[(len + 1) * c];
    System.arraycopy(x.parent.cum, 0, cum, 0, (prefix + 1) * c);
    for (int i = prefix; i < len; i++) {
      for (int j = 0; j < c; j++) {
        cum[(i + 1) * c + j] = cum[i * c + j] + s.weight(j, edges[i]);
      }
    }
    return new Path(verts, edges, cum);
  }

  private int compare(Cand a, Cand b) {
    for (int j = 0; j < c; j++) {
      int cmp = Long.compare(a.key[j], b.key[j]);
      if (cmp != 0) {
        return cmp;
      }
    }
    Walk wa = new Walk(a);
    Walk wb = new Walk(b);
    while (true) {
      int va = wa.next();
      int vb = wb.next();
      if (va != vb) {
        return Integer.compare(va, vb);
      }
      if (va < 0) {
        return 0;
      }
    }
  }

  /** The vertices of a class's (tentative) best path, one at a time. */
  private final class Walk {
    private final Cand x;
    private int i;
    private int v = -1;

    Walk(Cand x) {
      this.x = x;
    }

    int next() {
      int at = i++;
      if (at <= x.dev) {
        v = x.parent.verts[at];
      } else if (at == x.dev + 1) {
        v = g.head[x.edge];
      } else if (v == t) {
        v = -1;
      } else if (v >= 0) {
        int e = x.tailEdges == null ? tree.next[v] : x.tailEdges[at - x.dev - 2];
        v = g.head[e];
      }
      return v;
    }
  }

  /** A path with its vertices, edges and the key of each prefix ({@code cum[i*c+j]}). */
  private static final class Path {
    final int[] verts;
    final int[] edges;
    final long[] cum;

    Path(int[] verts, int[] edges, long[] cum) {
      this.verts = verts;
      this.edges = edges;
      this.cum = cum;
    }
  }

  /** A class of paths: the prefix parent.verts[0..dev], then edge; its key and tail if known. */
  private static final class Cand {
    final Path parent;
    final int dev;
    final int edge;
    final long[] key;
    int[] tailEdges;
    boolean exact;

    Cand(Path parent, int dev, int edge, long[] key) {
      this.parent = parent;
      this.dev = dev;
      this.edge = edge;
      this.key = key;
    }
  }
}
