package org.sppathways.io.internal;

/**
 * A set of longs in one open-addressing array (linear probing, at most three-quarters full; 0 is
 * stored apart): 11 to 22 bytes per element, for readers that must remember millions of keys in little memory. Not
 * thread-safe. Internal: not part of the API.
 */
public final class LongHashSet {
  private long[] slots = new long[1024];
  private int size;
  private boolean hasZero;

  /** Adds a value; returns whether it was not there yet. */
  public boolean add(long value) {
    if (value == 0) {
      boolean added = !hasZero;
      hasZero = true;
      return added;
    }
    if (4L * (size + 1) > 3L * slots.length) {
      grow();
    }
    if (insert(slots, value)) {
      size++;
      return true;
    }
    return false;
  }

  /** Whether the value is in the set. */
  public boolean contains(long value) {
    if (value == 0) {
      return hasZero;
    }
    int mask = slots.length - 1;
    for (int i = mix(value) & mask; ; i = (i + 1) & mask) {
      if (slots[i] == value) {
        return true;
      }
      if (slots[i] == 0) {
        return false;
      }
    }
  }

  private static boolean insert(long[] table, long value) {
    int mask = table.length - 1;
    for (int i = mix(value) & mask; ; i = (i + 1) & mask) {
      if (table[i] == value) {
        return false;
      }
      if (table[i] == 0) {
        table[i] = value;
        return true;
      }
    }
  }

  private void grow() {
    long[] bigger = new long[slots.length * 2];
    for (long v : slots) {
      if (v != 0) {
        insert(bigger, v);
      }
    }
    slots = bigger;
  }

  private static int mix(long v) {
    long h = v * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
