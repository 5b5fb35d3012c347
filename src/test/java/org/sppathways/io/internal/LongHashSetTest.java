package org.sppathways.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongHashSetTest {
  @Test
  void agreesWithAHashSetThroughManyGrowths() {
    LongHashSet set = new LongHashSet();
    Set<Long> oracle = new HashSet<>();
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < 50_000; i++) {
      long v = random.nextInt(4) == 0 ? random.nextLong(1000) - 500 : random.nextLong();
      assertThat(set.add(v)).isEqualTo(oracle.add(v));
    }
    for (int i = 0; i < 50_000; i++) {
      long v = random.nextInt(2) == 0 ? random.nextLong(1000) - 500 : random.nextLong();
      assertThat(set.contains(v)).isEqualTo(oracle.contains(v));
    }
  }

  @Test
  void zeroIsAValueLikeAnyOther() {
    LongHashSet set = new LongHashSet();
    assertThat(set.contains(0)).isFalse();
    assertThat(set.add(0)).isTrue();
    assertThat(set.add(0)).isFalse();
    assertThat(set.contains(0)).isTrue();
  }
}
