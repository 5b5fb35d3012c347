package org.sppathways.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AnnualRateTest {
  @Test
  void wilsonIntervalMatchesAWorkedValue() {
    // Brown, Cai and DasGupta (2001): Wilson interval; 12 of 100 gives 0.0700 to 0.1981.
    AnnualRate r = AnnualRate.of(12, 100);
    assertThat(r.rate()).isEqualTo(0.12);
    assertThat(r.low()).isCloseTo(0.0700, within(0.0001));
    assertThat(r.high()).isCloseTo(0.1981, within(0.0001));
  }

  @Test
  void noEventsGivesZeroWithAPositiveUpperEnd() {
    AnnualRate r = AnnualRate.of(0, 20);
    assertThat(r.rate()).isZero();
    assertThat(r.low()).isZero();
    // z^2 / (n + z^2) = 3.8415 / 23.8415
    assertThat(r.high()).isCloseTo(0.1611, within(0.0001));
  }

  @Test
  void everyoneGivesOne() {
    AnnualRate r = AnnualRate.of(5, 5);
    assertThat(r.rate()).isEqualTo(1);
    assertThat(r.high()).isEqualTo(1);
    assertThat(r.low()).isLessThan(1);
  }

  @Test
  void impossibleCountsAreRefused() {
    assertThatThrownBy(() -> AnnualRate.of(3, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AnnualRate.of(6, 5)).isInstanceOf(IllegalArgumentException.class);
  }
}
