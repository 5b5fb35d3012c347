package org.sppathways.structure;

import java.util.Arrays;

/**
 * A binary min-heap of role indices keyed by a caller-owned {@code long[]} of distances, with
 * decrease-key: the priority queue of Dijkstra's algorithm without boxing. Ties are broken by
 * the smaller index, so the pop order is deterministic. Not thread-safe: one per search.
 */
final class IndexedHeap {
  private final int[] heap;
  /** Position of each index in {@link #heap}, or -1 when absent. */
  private final int[] position;
  private final long[] key;
  private int size;

  IndexedHeap(long[] key) {
    this.key = key;
    this.heap = new int[key.length];
    this.position = new int[key.length];
    Arrays.fill(position, -1);
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** Inserts {@code v}, or moves it up after its key was lowered. */
  void offer(int v) {
    int i = position[v];
    if (i < 0) {
      i = size++;
      heap[i] = v;
      position[v] = i;
    }
    up(i);
  }

  int poll() {
    int top = heap[0];
    position[top] = -1;
    int last = heap[--size];
    if (size > 0) {
      heap[0] = last;
      position[last] = 0;
      down(0);
    }
    return top;
  }

  private boolean less(int a, int b) {
    long ka = key[a];
    long kb = key[b];
    return ka < kb || (ka == kb && a < b);
  }

  private void up(int i) {
    int v = heap[i];
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      int p = heap[parent];
      if (!less(v, p)) {
        break;
      }
      heap[i] = p;
      position[p] = i;
      i = parent;
    }
    heap[i] = v;
    position[v] = i;
  }

  private void down(int i) {
    int v = heap[i];
    int half = size >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      int c = heap[child];
      int right = child + 1;
      if (right < size && less(heap[right], c)) {
        child = right;
        c = heap[child];
      }
      if (!less(c, v)) {
        break;
      }
      heap[i] = c;
      position[c] = i;
      i = child;
    }
    heap[i] = v;
    position[v] = i;
  }
}
