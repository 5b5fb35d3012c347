package org.sppathways.paths.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sppathways.graph.internal.RoleGraph;

/**
 * Multi-objective label setting (Martins 1984), guided by lower bounds in the manner of
 * NAMOA* (Mandow and Pérez de la Cruz 2005): paths grow from one start vertex as labels — a key
 * vector g, a vertex v and a parent label — taken from a heap in lexicographic order of
 * g + h(v), where h holds per-component lower bounds of the distance still to go (zero without
 * a target), then of g, then of the role ids visited. A label taken from the heap is <em>permanent</em> unless a
 * permanent label at its vertex is at least as good in every component, in which case it is
 * dropped.
 *
 * <p>Modes: with {@code keepAll} a vertex keeps every non-dominated label (Pareto search, and
 * any search under step or month limits, which are key components); without it a vertex keeps
 * only its first permanent label, which makes this Dijkstra's algorithm with the library's tie
 * order. The bounds are exact single-criterion distances, hence consistent (h(u) ≤ w(u, x) +
 * h(x) in every component), so along a path g + h never decreases; and every edge weighs
 * strictly more than nothing, so every ancestor of a label has a smaller g. Together these
 * mean that a label at least as good as a permanent one at the same vertex would have come out
 * of the heap first: permanent labels are never dominated later, all labels of one key at one
 * vertex exist before the first of them is taken (so the one kept has the least role ids), and
 * a label whose path repeats a vertex is dominated by its own ancestor, so every permanent
 * label is a simple path.
 *
 * <p>With a target, labels that a permanent target label already dominates (after adding
 * per-component lower bounds of the distance still to go) are pruned.
 *
 * <p>Complexity: with L labels created, O(L · (d̄ + log L + p̄ · c)) for average out-degree d̄,
 * average permanent labels per vertex p̄ and c components; L is exponential in the worst case
 * for Pareto search. Work counted against the {@link SearchSpec.Work} limit: one unit per label
 * created and one per dominance comparison, so the limit bounds both time and memory.
 * Not thread-safe.
 */
final class LabelSearch {
  private final SearchSpec s;
  private final RoleGraph g;
  private final int c;
  private final boolean keepAll;

  private int[] vert = new int[64];
  private int[] parent = new int[64];
  private int[] edge = new int[64];
  private long[] key;
  private long[] priority;
  private int[] permNext = new int[64];
  private int count;
  private final int[] permHead;
  private final int[] permLast;
  private final int[] bestTentative;
  private int[] heap = new int[64];
  private int size;
  private boolean complete = true;
  private long compared;

  LabelSearch(SearchSpec s, boolean keepAll) {
    this.s = s;
    this.g = s.g;
    this.c = s.c;
    this.keepAll = keepAll;
    permHead = new int[g.n];
    permLast = new int[g.n];
    bestTentative = new int[g.n];
    Arrays.fill(permHead, -1);
    Arrays.fill(bestTentative, -1);
    key = new long[64 * c];
    priority = new long[64 * c];
  }

  /** Whether the last run finished within the work limit. */
  boolean complete() {
    return complete;
  }

  /**
   * Runs from a start vertex.
   *
   * @param start the start vertex
   * @param startKey the key of the path before the start
   * @param target the target vertex, or -1 for all vertices
   * @param firstOnly with a target: stop at the first permanent target label
   * @param blocked vertices v with {@code blocked[v] == blockedGen} are never entered (may be null)
   * @param lowerBounds per component, a lower bound of the distance from each vertex to the
   *     target ({@code lowerBounds[i][v]}, {@link Long#MAX_VALUE} when unreachable), or null
   */
  void run(int start, long[] startKey, int target, boolean firstOnly, int[] blocked,
      int blockedGen, long[][] lowerBounds) {
    int root = newLabel(start, -1, -1);
    System.arraycopy(startKey, 0, key, root * c, c);
    System.arraycopy(startKey, 0, priority, root * c, c);
    push(root);
    long[] cand = new long[c];
    while (size > 0) {
      if (compared > 0) {
        boolean ok = s.work.add(compared);
        compared = 0;
        if (!ok) {
          complete = false;
          return;
        }
      }
      int l = pop();
      int v = vert[l];
      if (keepAll ? dominatedAt(v, l * c, key) : permHead[v] >= 0) {
        continue;
      }
      if (target >= 0 && keepAll && v != target && parent[l] >= 0
          && dominatedAtTarget(target, l, v, lowerBounds)) {
        continue;
      }
      makePermanent(l, v);
      if (v == target) {
        if (firstOnly) {
          return;
        }
        continue;
      }
      for (int e = g.outStart[v]; e < g.outStart[v + 1]; e++) {
        if (!s.usable(e)) {
          continue;
        }
        int y = g.head[e];
        if (y == start || (blocked != null && blocked[y] == blockedGen)) {
          continue;
        }
        for (int i = 0; i < c; i++) {
          cand[i] = key[l * c + i] + s.weight(i, e);
        }
        if (cand[s.stepsComp] > s.maxSteps || cand[s.monthsComp] > s.maxMonths) {
          continue;
        }
        if (lowerBounds != null && !withinBounds(cand, y, lowerBounds)) {
          continue;
        }
        if (keepAll ? dominatedAt(y, 0, cand) : permHead[y] >= 0) {
          continue;
        }
        if (!keepAll) {
          int b = bestTentative[y];
          if (b >= 0 && compareKey(b * c, key, 0, cand) < 0) {
            continue;
          }
        }
        if (!s.work.add(1 + compared)) {
          complete = false;
          return;
        }
        compared = 0;
        int nl = newLabel(y, l, e);
        System.arraycopy(cand, 0, key, nl * c, c);
        for (int i = 0; i < c; i++) {
          priority[nl * c + i] = cand[i] + (lowerBounds == null ? 0 : lowerBounds[i][y]);
        }
        if (!keepAll) {
          int b = bestTentative[y];
          if (b < 0 || less(nl, b)) {
            bestTentative[y] = nl;
          }
        }
        push(nl);
      }
    }
  }

  private boolean withinBounds(long[] cand, int y, long[][] lb) {
    if (lb[s.stepsComp][y] == Long.MAX_VALUE) {
      return false;
    }
    return cand[s.stepsComp] + lb[s.stepsComp][y] <= s.maxSteps
        && cand[s.monthsComp] + lb[s.monthsComp][y] <= s.maxMonths;
  }

  private boolean dominatedAtTarget(int target, int l, int v, long[][] lb) {
    for (int p = permHead[target]; p >= 0; p = permNext[p]) {
      compared++;
      boolean dominates = true;
      for (int i = 0; i < c && dominates; i++) {
        long bound = lb == null ? 0 : lb[i][v];
        dominates = key[p * c + i] <= key[l * c + i] + bound;
      }
      if (dominates) {
        return true;
      }
    }
    return false;
  }

  /** Whether a permanent label at v is at least as good as the key in every component. */
  private boolean dominatedAt(int v, int at, long[] k) {
    for (int p = permHead[v]; p >= 0; p = permNext[p]) {
      compared++;
      boolean dominates = true;
      for (int i = 0; i < c && dominates; i++) {
        dominates = key[p * c + i] <= k[at + i];
      }
      if (dominates) {
        return true;
      }
    }
    return false;
  }

  private void makePermanent(int l, int v) {
    permNext[l] = -1;
    if (permHead[v] < 0) {
      permHead[v] = l;
    } else {
      permNext[permLast[v]] = l;
    }
    permLast[v] = l;
  }

  /** The permanent labels at v, in the order they were taken (key, then role ids). */
  List<Integer> permanent(int v) {
    List<Integer> out = new ArrayList<>();
    for (int p = permHead[v]; p >= 0; p = permNext[p]) {
      out.add(p);
    }
    return out;
  }

  /** The first permanent label at v, or -1. */
  int first(int v) {
    return permHead[v];
  }

  /** Component i of a label's key. */
  long key(int label, int i) {
    return key[label * c + i];
  }

  /** The edges of a label's path from the start, in order. */
  int[] edges(int label) {
    int len = 0;
    for (int l = label; parent[l] >= 0; l = parent[l]) {
      len++;
    }
    int[] out = new int[len];
    for (int l = label; parent[l] >= 0; l = parent[l]) {
      out[--len] = edge[l];
    }
    return out;
  }

  private int newLabel(int v, int p, int e) {
    if (count == vert.length) {
      int cap = count * 2;
      vert = Arrays.copyOf(vert, cap);
      parent = Arrays.copyOf(parent, cap);
      edge = Arrays.copyOf(edge, cap);
      permNext = Arrays.copyOf(permNext, cap);
      key = Arrays.copyOf(key, cap * c);
      priority = Arrays.copyOf(priority, cap * c);
    }
    vert[count] = v;
    parent[count] = p;
    edge[count] = e;
    return count++;
  }

  private int compareKey(int at, long[] a, int bt, long[] b) {
    for (int i = 0; i < c; i++) {
      int cmp = Long.compare(a[at + i], b[bt + i]);
      if (cmp != 0) {
        return cmp;
      }
    }
    return 0;
  }

  /** Key order, then the order of the role ids visited (equal keys mean equal lengths). */
  private boolean less(int a, int b) {
    int cmp = compareKey(a * c, priority, b * c, priority);
    if (cmp == 0) {
      cmp = compareKey(a * c, key, b * c, key);
    }
    if (cmp != 0) {
      return cmp < 0;
    }
    int diff = 0;
    for (int x = a, y = b; x != y && x >= 0 && y >= 0; x = parent[x], y = parent[y]) {
      if (vert[x] != vert[y]) {
        diff = Integer.compare(vert[x], vert[y]);
      }
    }
    return diff != 0 ? diff < 0 : a < b;
  }

  private void push(int l) {
    if (size == heap.length) {
      heap = Arrays.copyOf(heap, size * 2);
    }
    int i = size++;
    while (i > 0) {
      int p = (i - 1) >>> 1;
      if (!less(l, heap[p])) {
        break;
      }
      heap[i] = heap[p];
      i = p;
    }
    heap[i] = l;
  }

  private int pop() {
    int top = heap[0];
    int last = heap[--size];
    int i = 0;
    while (true) {
      int left = 2 * i + 1;
      if (left >= size) {
        break;
      }
      int right = left + 1;
      int ch = right < size && less(heap[right], heap[left]) ? right : left;
      if (!less(heap[ch], last)) {
        break;
      }
      heap[i] = heap[ch];
      i = ch;
    }
    if (size > 0) {
      heap[i] = last;
    }
    return top;
  }
}
