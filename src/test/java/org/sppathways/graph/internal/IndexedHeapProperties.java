package org.sppathways.graph.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The shared indexed heap against {@link PriorityQueue} on (key, vertex): random inserts,
 * decrease-keys and polls come out in the same order.
 */
class IndexedHeapProperties {

  @Property(tries = 300, seed = "20261203")
  void pollsInTheOrderOfAPriorityQueue(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int n,
      @ForAll @IntRange(min = 1, max = 200) int operations,
      @ForAll @IntRange(min = 1, max = 20) int keyRange) {
    Random random = new Random(seed);
    long[] key = new long[n];
    IndexedHeap heap = new IndexedHeap(key);
    PriorityQueue<long[]> oracle = new PriorityQueue<>(
        Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]));
    boolean[] in = new boolean[n];
    List<Integer> polled = new ArrayList<>();
    List<Integer> expected = new ArrayList<>();
    for (int op = 0; op < operations; op++) {
      int v = random.nextInt(n);
      if (random.nextInt(3) > 0) {
        if (!in[v]) {
          key[v] = random.nextInt(keyRange);
          in[v] = true;
          heap.offer(v);
          oracle.add(new long[] {key[v], v});
        } else if (key[v] > 0) {
          long before = key[v];
          key[v] = random.nextInt((int) before);
          heap.offer(v);
          oracle.removeIf(e -> e[1] == v);
          oracle.add(new long[] {key[v], v});
        }
      } else if (!oracle.isEmpty()) {
        int top = heap.poll();
        in[top] = false;
        polled.add(top);
        expected.add((int) oracle.poll()[1]);
      }
      assertThat(heap.size()).isEqualTo(oracle.size());
      assertThat(heap.isEmpty()).isEqualTo(oracle.isEmpty());
    }
    while (!oracle.isEmpty()) {
      polled.add(heap.poll());
      expected.add((int) oracle.poll()[1]);
    }
    assertThat(polled).isEqualTo(expected);
    assertThat(heap.isEmpty()).isTrue();
  }

  @Property(tries = 100, seed = "20261203")
  void insertionOrderDoesNotMatter(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int n) {
    Random random = new Random(seed);
    long[] key = new long[n];
    for (int v = 0; v < n; v++) {
      key[v] = random.nextInt(4);
    }
    Integer[] order = new Integer[n];
    Arrays.setAll(order, i -> i);
    Integer[] sorted = order.clone();
    Arrays.sort(sorted, Comparator.<Integer>comparingLong(v -> key[v]).thenComparing(v -> v));
    java.util.Collections.shuffle(Arrays.asList(order), random);
    IndexedHeap heap = new IndexedHeap(key);
    for (int v : order) {
      heap.offer(v);
    }
    Integer[] out = new Integer[n];
    for (int i = 0; i < n; i++) {
      out[i] = heap.poll();
    }
    assertThat(out).containsExactly(sorted);
  }

  @Test
  void tiesLeaveBySmallerVertex() {
    long[] key = {5, 5, 5, 1};
    IndexedHeap heap = new IndexedHeap(key);
    heap.offer(2);
    heap.offer(0);
    heap.offer(3);
    heap.offer(1);
    assertThat(heap.poll()).isEqualTo(3);
    assertThat(heap.poll()).isEqualTo(0);
    assertThat(heap.poll()).isEqualTo(1);
    assertThat(heap.poll()).isEqualTo(2);
    assertThat(heap.isEmpty()).isTrue();
  }

  @Test
  void clearEmptiesAndTheHeapIsReusable() {
    long[] key = {3, 1, 2};
    IndexedHeap heap = new IndexedHeap(key);
    heap.offer(0);
    heap.offer(1);
    heap.clear();
    assertThat(heap.isEmpty()).isTrue();
    assertThat(heap.contains(1)).isFalse();
    heap.offer(2);
    heap.offer(0);
    assertThat(heap.poll()).isEqualTo(2);
    assertThat(heap.poll()).isEqualTo(0);
  }
}
