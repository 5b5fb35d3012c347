package org.sppathways.graph.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The shared bucket queue drives Dial's algorithm to the same distances as a brute-force
 * Bellman–Ford on random small-weight graphs (0-weight edges included), and settles vertices in
 * non-decreasing order of distance; one queue serves many searches in a row.
 */
class BucketQueueProperties {

  @Property(tries = 300, seed = "20261203")
  void dialFindsTheBellmanFordDistances(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 25) int n, @ForAll @IntRange(min = 0, max = 80) int m,
      @ForAll @IntRange(min = 0, max = 9) int maxWeight) {
    Random random = new Random(seed);
    int[] from = new int[m];
    int[] to = new int[m];
    int[] weight = new int[m];
    for (int e = 0; e < m; e++) {
      from[e] = random.nextInt(n);
      to[e] = random.nextInt(n);
      weight[e] = random.nextInt(maxWeight + 1);
    }
    BucketQueue queue = new BucketQueue(maxWeight + 1, m + 1);
    for (int source = 0; source < n; source++) {
      long[] dist = new long[n];
      Arrays.fill(dist, -1);
      boolean[] settled = new boolean[n];
      long last = 0;
      queue.reset();
      dist[source] = 0;
      queue.add(source, 0);
      for (long cur = 0; !queue.isEmpty(); cur++) {
        for (int v = queue.poll(cur); v >= 0; v = queue.poll(cur)) {
          if (settled[v] || dist[v] != cur) {
            continue;
          }
          settled[v] = true;
          assertThat(cur).isGreaterThanOrEqualTo(last);
          last = cur;
          for (int e = 0; e < m; e++) {
            if (from[e] == v) {
              long d = cur + weight[e];
              if (dist[to[e]] < 0 || d < dist[to[e]]) {
                dist[to[e]] = d;
                queue.add(to[e], d);
              }
            }
          }
        }
      }
      assertThat(dist).containsExactly(bellmanFord(n, from, to, weight, source));
    }
  }

  private static long[] bellmanFord(int n, int[] from, int[] to, int[] weight, int source) {
    long[] dist = new long[n];
    Arrays.fill(dist, -1);
    dist[source] = 0;
    for (int round = 0; round < n; round++) {
      for (int e = 0; e < from.length; e++) {
        if (dist[from[e]] >= 0) {
          long d = dist[from[e]] + weight[e];
          if (dist[to[e]] < 0 || d < dist[to[e]]) {
            dist[to[e]] = d;
          }
        }
      }
    }
    return dist;
  }

  @Test
  void aBucketIsLastInFirstOut() {
    BucketQueue queue = new BucketQueue(3, 4);
    queue.add(7, 4);
    queue.add(8, 1);
    queue.add(9, 1);
    assertThat(queue.poll(0)).isEqualTo(-1);
    assertThat(queue.poll(1)).isEqualTo(9);
    assertThat(queue.poll(1)).isEqualTo(8);
    assertThat(queue.poll(1)).isEqualTo(7); // distance 4 shares slot 1 of 3
    assertThat(queue.isEmpty()).isTrue();
  }

  @Test
  void resetForgetsEntriesLeftBehind() {
    BucketQueue queue = new BucketQueue(2, 2);
    queue.add(1, 0);
    queue.add(2, 1);
    queue.reset();
    assertThat(queue.isEmpty()).isTrue();
    assertThat(queue.poll(0)).isEqualTo(-1);
    assertThat(queue.poll(1)).isEqualTo(-1);
    queue.add(3, 1);
    assertThat(queue.poll(1)).isEqualTo(3);
  }

  @Test
  void refusesNoSlots() {
    assertThatThrownBy(() -> new BucketQueue(0, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("slots 0");
  }
}
