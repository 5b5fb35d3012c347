package org.sppathways.graph.internal;

import java.util.Arrays;

/**
 * Dial's bucket queue for shortest paths with small non-negative integer edge weights: one
 * bucket per distance modulo {@code slots} (the largest edge weight plus one, so the open
 * distances of a search never share a bucket), each a stack of entries. A search adds a vertex
 * at its tentative distance every time the distance falls, and takes the buckets in increasing
 * distance; an entry whose vertex has since got a smaller distance (or was settled) is stale and
 * the caller skips it. Entries of one bucket come out last in, first out, so a vertex added to
 * the open bucket (over a 0-weight edge) comes out before the rest of it.
 *
 * <p>{@link #add} and {@link #poll} take O(1); a search of the largest distance D takes
 * O(m + D) in all for m additions. Memory: {@code slots} ints plus two ints per entry
 * ({@code capacity}: at most one per edge relaxation plus the source, so m + 1 suffices for one
 * single-source search). Not thread-safe: one per search, reused from one search to the next
 * after {@link #reset}.
 */
public final class BucketQueue {
  private final int[] bucketHead;
  private final int[] entryVertex;
  private final int[] entryNext;
  private int entries;
  private int pending;

  /**
   * A queue of {@code slots} buckets and room for {@code capacity} entries per search.
   *
   * @param slots the largest edge weight plus one
   * @param capacity the most entries one search adds (m + 1 for m edges)
   */
  public BucketQueue(int slots, int capacity) {
    if (slots < 1 || capacity < 0) {
      throw new IllegalArgumentException(
          "a bucket queue needs at least one slot and no negative capacity: slots " + slots
              + ", capacity " + capacity);
    }
    bucketHead = new int[slots];
    Arrays.fill(bucketHead, -1);
    entryVertex = new int[capacity];
    entryNext = new int[capacity];
  }

  /** The number of buckets: the largest edge weight plus one. */
  public int slots() {
    return bucketHead.length;
  }

  /**
   * Starts a new search: forgets every entry. O(1) after a search that polled every entry (the
   * usual case), O(slots) otherwise.
   */
  public void reset() {
    if (pending > 0) {
      Arrays.fill(bucketHead, -1);
    }
    entries = 0;
    pending = 0;
  }

  /**
   * Adds {@code v} at {@code distance}, which must lie within {@code slots - 1} of every distance
   * still open in the queue.
   */
  public void add(int v, long distance) {
    int slot = (int) (distance % bucketHead.length);
    int e = entries++;
    entryVertex[e] = v;
    entryNext[e] = bucketHead[slot];
    bucketHead[slot] = e;
    pending++;
  }

  /** Whether every entry has been polled. */
  public boolean isEmpty() {
    return pending == 0;
  }

  /**
   * Takes the most recently added entry of the bucket of {@code distance}, or returns -1 when that
   * bucket is empty. The entry may be stale: the caller checks the vertex's current distance.
   */
  public int poll(long distance) {
    int slot = (int) (distance % bucketHead.length);
    int e = bucketHead[slot];
    if (e < 0) {
      return -1;
    }
    bucketHead[slot] = entryNext[e];
    pending--;
    return entryVertex[e];
  }
}
