package org.sppathways.structure;

import java.util.Arrays;
import org.sppathways.graph.internal.BucketQueue;
import org.sppathways.graph.internal.IndexedHeap;
import org.sppathways.graph.internal.RoleGraph;

/**
 * Single-source searches over a {@link RoleGraph}, optionally confined to a set of roles (a
 * mask): fewest moves by breadth-first search, least months by Dijkstra's algorithm. Not
 * thread-safe: one instance per thread, reused from one source to the next.
 */
final class Searches {
  private final RoleGraph g;
  /** Fewest moves from the last source of {@link #steps}, -1 when unreached. */
  final int[] steps;
  /** Least months from the last source of {@link #months}, -1 when unreached. */
  final long[] months;
  /** The roles reached by the last {@link #steps} search, in breadth-first order. */
  final int[] stepOrder;
  int stepReached;
  /** The roles reached by the last {@link #months} search, in the order they were settled. */
  final int[] monthOrder;
  int monthReached;
  private final IndexedHeap heap;
  /** Bucket queue, when the routes' months allow it ({@link Brandes#bucketable}), else null. */
  private final BucketQueue buckets;
  private final boolean[] settled;

  Searches(RoleGraph g) {
    this.g = g;
    boolean bucketable = Brandes.bucketable(g);
    buckets = bucketable ? new BucketQueue(Brandes.maxMonths(g) + 1, g.m + 1) : null;
    settled = new boolean[bucketable ? g.n : 0];
    steps = new int[g.n];
    months = new long[g.n];
    stepOrder = new int[g.n];
    monthOrder = new int[g.n];
    Arrays.fill(steps, -1);
    Arrays.fill(months, -1);
    heap = new IndexedHeap(months);
  }

  /**
   * Breadth-first search from {@code source} through roles in {@code mask} (all roles when null).
   * O(n + m). Fills {@link #steps} and {@link #stepOrder}; clears the previous one first.
   */
  void steps(int source, boolean[] mask) {
    int[] order = stepOrder;
    for (int i = 0; i < stepReached; i++) {
      steps[order[i]] = -1;
    }
    int head = 0;
    int tail = 0;
    order[tail++] = source;
    steps[source] = 0;
    while (head < tail) {
      int v = order[head++];
      int next = steps[v] + 1;
      for (int e = g.outStart[v], end = g.outStart[v + 1]; e < end; e++) {
        int w = g.head[e];
        if (steps[w] < 0 && (mask == null || mask[w])) {
          steps[w] = next;
          order[tail++] = w;
        }
      }
    }
    stepReached = tail;
  }

  /**
   * Least months from {@code source} through roles in {@code mask} (all roles when null): Dial's
   * bucket queue when the routes' months are small (O(m + D) for the longest distance D), else
   * Dijkstra's algorithm with a binary heap (O(m log n)). Fills {@link #months} and
   * {@link #monthOrder}; clears the previous one first. Independent of {@link #steps}.
   */
  void months(int source, boolean[] mask) {
    int[] order = monthOrder;
    for (int i = 0; i < monthReached; i++) {
      months[order[i]] = -1;
    }
    if (buckets != null) {
      buckets(source, mask);
      return;
    }
    int settled = 0;
    months[source] = 0;
    heap.offer(source);
    while (!heap.isEmpty()) {
      int v = heap.poll();
      order[settled++] = v;
      long dv = months[v];
      for (int e = g.outStart[v], end = g.outStart[v + 1]; e < end; e++) {
        int w = g.head[e];
        if (mask != null && !mask[w]) {
          continue;
        }
        long d = dv + g.months[e];
        long dw = months[w];
        if (dw < 0 || d < dw) {
          months[w] = d;
          heap.offer(w);
        }
      }
    }
    monthReached = settled;
  }

  private void buckets(int source, boolean[] mask) {
    int[] order = monthOrder;
    BucketQueue queue = buckets;
    queue.reset();
    int count = 0;
    months[source] = 0;
    queue.add(source, 0);
    for (long cur = 0; !queue.isEmpty(); cur++) {
      // Roles reached by 0-month routes join the open bucket at its head, so poll until empty.
      for (int v = queue.poll(cur); v >= 0; v = queue.poll(cur)) {
        if (settled[v] || months[v] != cur) {
          continue;
        }
        settled[v] = true;
        order[count++] = v;
        for (int r = g.outStart[v], end = g.outStart[v + 1]; r < end; r++) {
          int w = g.head[r];
          if (mask != null && !mask[w]) {
            continue;
          }
          long d = cur + g.months[r];
          if (months[w] < 0 || d < months[w]) {
            months[w] = d;
            queue.add(w, d);
          }
        }
      }
    }
    for (int i = 0; i < count; i++) {
      settled[order[i]] = false;
    }
    monthReached = count;
  }
}
