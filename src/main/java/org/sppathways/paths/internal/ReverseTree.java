package org.sppathways.paths.internal;

import org.sppathways.graph.internal.IndexedHeap;
import org.sppathways.graph.internal.RoleGraph;

/**
 * Dijkstra's algorithm run backwards from a target: for every vertex v that can reach the
 * target, the lexicographically least key {@code dist(v)} of a path from v to the target, and
 * {@code next(v)}, the first edge of the path that, among all least-key paths, visits role ids in
 * the least order (the tight edge to the smallest vertex). Following {@code next} from any
 * vertex therefore spells out the least path in the library's total order (key, then role ids).
 *
 * <p>The source of the {@link SearchSpec} and its forbidden vertex are never used, and a call
 * may block further vertices (a path prefix) and stop early once a given vertex is settled:
 * every vertex on a least path from it is settled before it, because edges weigh strictly more
 * than nothing.
 *
 * <p>O(m log n) per run with an indexed binary heap, for n vertices and m edges; the arrays are
 * allocated once and reused by generation stamps, so a run costs only what it touches. Not
 * thread-safe.
 */
final class ReverseTree {
  private final SearchSpec s;
  private final RoleGraph g;
  private final int c;
  final long[] dist;
  final int[] next;
  private final int[] reached;
  private final int[] settled;
  private int gen;
  private final int[] heap;
  /** The shared indexed heap on {@link #dist}, for keys of one component. */
  private final IndexedHeap single;
  private final int[] pos;
  private int size;

  ReverseTree(SearchSpec s) {
    this.s = s;
    this.g = s.g;
    this.c = s.c;
    dist = new long[g.n * c];
    next = new int[g.n];
    reached = new int[g.n];
    settled = new int[g.n];
    heap = new int[g.n];
    single = c == 1 ? new IndexedHeap(dist) : null;
    pos = new int[g.n];
  }

  /** Whether v was settled in the last run (its dist and next are final). */
  boolean settled(int v) {
    return settled[v] == gen;
  }

  /**
   * Runs from target t.
   *
   * @param blocked vertices v with {@code blocked[v] == blockedGen} are never used (may be null)
   * @param stop stop once this vertex is settled, or -1 to settle everything reachable
   * @return whether the work limit still holds
   */
  boolean run(int t, int[] blocked, int blockedGen, int stop) {
    if (c == 1) {
      return runSingle(t, blocked, blockedGen, stop);
    }
    gen++;
    size = 0;
    reached[t] = gen;
    for (int i = 0; i < c; i++) {
      dist[t * c + i] = 0;
    }
    next[t] = -1;
    push(t);
    long settledCount = 0;
    while (size > 0) {
      int v = pop();
      settled[v] = gen;
      settledCount++;
      if (v == stop) {
        break;
      }
      int dv = v * c;
      for (int j = g.inStart[v]; j < g.inStart[v + 1]; j++) {
        int e = g.inEdge[j];
        int u = g.tail[e];
        if (settled[u] == gen || !s.enterable(u) || (s.edgeOk != null && !s.edgeOk[e])
            || (blocked != null && blocked[u] == blockedGen)) {
          continue;
        }
        int du = u * c;
        if (reached[u] != gen) {
          reached[u] = gen;
          for (int i = 0; i < c; i++) {
            dist[du + i] = s.w[i][e] + dist[dv + i];
          }
          next[u] = e;
          push(u);
          continue;
        }
        int cmp = 0;
        for (int i = 0; i < c && cmp == 0; i++) {
          cmp = Long.compare(s.w[i][e] + dist[dv + i], dist[du + i]);
        }
        if (cmp < 0) {
          for (int i = 0; i < c; i++) {
            dist[du + i] = s.w[i][e] + dist[dv + i];
          }
          next[u] = e;
          up(pos[u]);
        } else if (cmp == 0 && v < g.head[next[u]]) {
          next[u] = e;
        }
      }
    }
    return s.work.add(settledCount);
  }

  /**
   * {@link #run} for keys of one component: the same steps with plain long comparisons on the
   * shared {@link IndexedHeap} (the library's one indexed heap; keys of several components keep
   * the lexicographic heap below).
   */
  private boolean runSingle(int t, int[] blocked, int blockedGen, int stop) {
    gen++;
    final long[] w = s.w[0];
    final long[] dist = this.dist;
    final int[] inStart = g.inStart;
    final int[] inEdge = g.inEdge;
    final int[] tails = g.tail;
    final int[] heads = g.head;
    final boolean[] edgeOk = s.edgeOk;
    final IndexedHeap heap = single;
    heap.clear();
    reached[t] = gen;
    dist[t] = 0;
    next[t] = -1;
    heap.offer(t);
    long settledCount = 0;
    while (!heap.isEmpty()) {
      int v = heap.poll();
      long dv = dist[v];
      settled[v] = gen;
      settledCount++;
      if (v == stop) {
        break;
      }
      for (int j = inStart[v], end = inStart[v + 1]; j < end; j++) {
        int e = inEdge[j];
        int u = tails[e];
        if (settled[u] == gen || (edgeOk != null && !edgeOk[e]) || !s.enterable(u)
            || (blocked != null && blocked[u] == blockedGen)) {
          continue;
        }
        long d = w[e] + dv;
        if (reached[u] != gen) {
          reached[u] = gen;
          dist[u] = d;
          next[u] = e;
          heap.offer(u);
        } else if (d < dist[u]) {
          dist[u] = d;
          next[u] = e;
          heap.offer(u);
        } else if (d == dist[u] && v < heads[next[u]]) {
          next[u] = e;
        }
      }
    }
    return s.work.add(settledCount);
  }

  /** Whether v was reached and settled, i.e. can reach the target. */
  boolean reaches(int v) {
    return settled[v] == gen;
  }

  private boolean less(int a, int b) {
    int da = a * c;
    int db = b * c;
    for (int i = 0; i < c; i++) {
      if (dist[da + i] != dist[db + i]) {
        return dist[da + i] < dist[db + i];
      }
    }
    return a < b;
  }

  private void push(int v) {
    heap[size] = v;
    pos[v] = size;
    up(size++);
  }

  private int pop() {
    int top = heap[0];
    int last = heap[--size];
    if (size > 0) {
      heap[0] = last;
      pos[last] = 0;
      down(0);
    }
    return top;
  }

  private void up(int i) {
    int v = heap[i];
    while (i > 0) {
      int p = (i - 1) >>> 1;
      int pv = heap[p];
      if (!less(v, pv)) {
        break;
      }
      heap[i] = pv;
      pos[pv] = i;
      i = p;
    }
    heap[i] = v;
    pos[v] = i;
  }

  private void down(int i) {
    int v = heap[i];
    while (true) {
      int l = 2 * i + 1;
      if (l >= size) {
        break;
      }
      int r = l + 1;
      int ch = r < size && less(heap[r], heap[l]) ? r : l;
      if (!less(heap[ch], v)) {
        break;
      }
      heap[i] = heap[ch];
      pos[heap[i]] = i;
      i = ch;
    }
    heap[i] = v;
    pos[v] = i;
  }
}
