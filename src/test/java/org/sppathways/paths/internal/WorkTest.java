package org.sppathways.paths.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The work counter: the limit itself is still within it; one unit more is not. */
class WorkTest {

  @Test
  void workUpToTheLimitIsWithinItAndBeyondIsExhausted() {
    SearchSpec.Work work = new SearchSpec.Work(5);
    assertThat(work.add(2)).isTrue();
    assertThat(work.used()).isEqualTo(2);
    assertThat(work.add(3)).isTrue();
    assertThat(work.used()).isEqualTo(5);
    assertThat(work.exhausted()).isFalse();
    assertThat(work.add(1)).isFalse();
    assertThat(work.used()).isEqualTo(6);
    assertThat(work.exhausted()).isTrue();
  }
}
