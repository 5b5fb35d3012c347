package org.sppathways.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Kaplan–Meier against a textbook data set: the remission times (weeks) of the 6-MP and placebo
 * arms of the leukaemia trial of Freireich et al. (1963, Blood 21:699–716), as tabulated with
 * their Kaplan–Meier estimates in Kleinbaum and Klein, <i>Survival Analysis: A Self-Learning
 * Text</i> (3rd ed., Springer 2012), chapter 2 (medians 23 and 8 weeks), and with Greenwood
 * standard errors for the 6-MP arm in Klein and Moeschberger, <i>Survival Analysis: Techniques
 * for Censored and Truncated Data</i> (2nd ed., Springer 2003), section 4.2. Every published
 * value is compared.
 */
class SurvivalCurveTest {
  /** 6-MP arm: 21 patients, 9 relapses; the censored times are marked +. */
  static final double[] SIX_MP = {6, 6, 6, 6, 7, 9, 10, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25,
      32, 32, 34, 35};
  static final boolean[] SIX_MP_RELAPSED = {true, true, true, false, true, false, true, false,
      false, true, true, false, false, false, true, true, false, false, false, false, false};
  /** Placebo arm: 21 patients, all relapsed. */
  static final double[] PLACEBO = {1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17,
      22, 23};

  @Test
  void sixMpArmMatchesEveryPublishedSurvivalValueAndStandardError() {
    SurvivalCurve km = SurvivalCurve.of(SIX_MP, SIX_MP_RELAPSED);
    double[] times = {6, 7, 10, 13, 16, 22, 23};
    long[] atRisk = {21, 17, 15, 12, 11, 7, 6};
    double[] survival = {0.8571, 0.8067, 0.7529, 0.6902, 0.6275, 0.5378, 0.4482};
    double[] se = {0.0764, 0.0869, 0.0963, 0.1068, 0.1141, 0.1282, 0.1346};
    List<SurvivalStep> steps = km.survival();
    assertThat(steps).hasSize(times.length);
    for (int i = 0; i < times.length; i++) {
      SurvivalStep s = steps.get(i);
      assertThat(s.time()).isEqualTo(times[i]);
      assertThat(s.atRisk()).as("at risk at %s", times[i]).isEqualTo(atRisk[i]);
      assertThat(s.survival()).as("S(%s)", times[i]).isCloseTo(survival[i], within(0.00005));
      assertThat(s.standardError()).as("se(%s)", times[i]).isCloseTo(se[i], within(0.00005));
    }
    assertThat(km.median()).hasValue(23);
    // Brookmeyer-Crowley with the plain Greenwood band: S - 1.96 se first reaches 0.5 at 13
    // weeks (0.6902 - 1.96 x 0.1068 = 0.481); S + 1.96 se never does, so the interval is open.
    assertThat(km.low()).hasValue(13);
    assertThat(km.high()).isEmpty();
  }

  @Test
  void placeboArmMatchesEveryPublishedSurvivalValue() {
    boolean[] all = new boolean[PLACEBO.length];
    java.util.Arrays.fill(all, true);
    SurvivalCurve km = SurvivalCurve.of(PLACEBO, all);
    double[] times = {1, 2, 3, 4, 5, 8, 11, 12, 15, 17, 22, 23};
    double[] survival = {0.9048, 0.8095, 0.7619, 0.6667, 0.5714, 0.3810, 0.2857, 0.1905, 0.1429,
        0.0952, 0.0476, 0.0000};
    assertThat(km.survival()).extracting(SurvivalStep::time)
        .containsExactly(java.util.Arrays.stream(times).boxed().toArray(Double[]::new));
    for (int i = 0; i < times.length; i++) {
      assertThat(km.survival().get(i).survival()).as("S(%s)", times[i])
          .isCloseTo(survival[i], within(0.00005));
    }
    assertThat(km.median()).hasValue(8);
    assertThat(km.survivalAt(0.5)).isEqualTo(1);
    assertThat(km.survivalAt(9)).isCloseTo(0.3810, within(0.00005));
    assertThat(km.survival().get(11).standardError()).isZero();
  }

  @Test
  void everyoneCensoredGivesAFlatCurveWithNoMedian() {
    SurvivalCurve km = SurvivalCurve.of(new double[] {3, 5}, new boolean[] {false, false});
    assertThat(km.survival()).isEmpty();
    assertThat(km.median()).isEmpty();
    assertThat(km.low()).isEmpty();
  }

  @Test
  void badDurationsAreRefused() {
    assertThatThrownBy(() -> SurvivalCurve.of(new double[] {-1}, new boolean[] {true}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 or more");
    assertThatThrownBy(() -> SurvivalCurve.of(new double[] {1}, new boolean[0]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differ in length");
  }
}
