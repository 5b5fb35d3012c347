package org.sppathways.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The edges of an annual rate, where an off-by-one comparison would change what a reader is
 * told: a rate of exactly 0 or exactly 1 is a rate, an interval holds its own ends, nothing is a
 * rate over no time at risk, and an interval needs a positive width.
 */
class AnnualRateEdgesTest {
  @Test
  void ratesOfExactlyZeroAndOneAreRates() {
    assertThat(new AnnualRate(0, 0, 0).rate()).isZero();
    assertThat(new AnnualRate(1, 1, 1).rate()).isEqualTo(1);
    AnnualRate none = AnnualRate.of(0, 10);
    assertThat(none.rate()).isZero();
    assertThat(none.low()).isZero();
    assertThat(none.high()).isPositive().isLessThan(1);
    AnnualRate all = AnnualRate.of(10, 10);
    assertThat(all.rate()).isEqualTo(1);
    assertThat(all.high()).isEqualTo(1);
    assertThat(all.low()).isPositive().isLessThan(1);
  }

  @Test
  void anIntervalHoldsItsOwnEnds() {
    AnnualRate r = AnnualRate.of(3, 20);
    assertThat(r.contains(r.low())).isTrue();
    assertThat(r.contains(r.high())).isTrue();
    assertThat(r.contains(Math.nextDown(r.low()))).isFalse();
    assertThat(r.contains(Math.nextUp(r.high()))).isFalse();
  }

  @Test
  void noTimeAtRiskOrNoWidthIsRefused() {
    assertThatThrownBy(() -> AnnualRate.of(0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AnnualRate.of(1, 2, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AnnualRate.of(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AnnualRate.of(3, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AnnualRate(0.5, -0.1, 0.6))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AnnualRate(0.5, 0.4, 1.1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
