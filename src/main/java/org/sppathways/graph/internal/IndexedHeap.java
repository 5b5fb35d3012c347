package org.sppathways.graph.internal;

import java.util.Arrays;

/**
 * A binary min-heap of vertices {@code 0..n-1} keyed by a caller-owned {@code long[]} of
 * distances, with decrease-key: the priority queue of Dijkstra's algorithm without boxing. Ties
 * are broken by the smaller vertex, so the order in which vertices leave the heap is fully
 * determined by their keys (a total order on (key, vertex)) and does not depend on the order of
 * the calls that put them in.
 *
 * <p>{@link #offer} and {@link #poll} take O(log s) for s vertices in the heap; {@link #isEmpty}
 * O(1). Memory: three arrays of n. Not thread-safe: one per search, reused from one search to the
 * next (a search that runs until {@link #isEmpty} leaves it ready for the next).
 */
public final class IndexedHeap {
  private final int[] heap;
  /** Position of each vertex in {@link #heap}, or -1 when absent. */
  private final int[] position;
  private final long[] key;
  private int size;

  /**
   * A heap of the vertices {@code 0..key.length-1}, keyed by {@code key}: the caller lowers
   * {@code key[v]} and then calls {@link #offer(int)} again to move v up.
   */
  public IndexedHeap(long[] key) {
    this.key = key;
    this.heap = new int[key.length];
    this.position = new int[key.length];
    Arrays.fill(position, -1);
  }

  /** Whether no vertex is in the heap. */
  public boolean isEmpty() {
    return size == 0;
  }

  /** The number of vertices in the heap. */
  public int size() {
    return size;
  }

  /** Whether {@code v} is in the heap. */
  public boolean contains(int v) {
    return position[v] >= 0;
  }

  /**
   * Inserts {@code v}, or moves it up after its key was lowered. Raising the key of a vertex in
   * the heap is not supported.
   */
  public void offer(int v) {
    int i = position[v];
    if (i < 0) {
      i = size++;
      heap[i] = v;
      position[v] = i;
    }
    up(i);
  }

  /** Removes and returns the vertex of least (key, vertex). The heap must not be empty. */
  public int poll() {
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

  /** Empties the heap. O(s) for s vertices in it. */
  public void clear() {
    for (int i = 0; i < size; i++) {
      position[heap[i]] = -1;
    }
    size = 0;
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
