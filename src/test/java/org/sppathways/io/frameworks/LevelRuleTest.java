package org.sppathways.io.frameworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LevelRuleTest {

  @Test
  void linearFourCutsTheLevelScaleIntoEqualBands() {
    LevelRule rule = LevelRule.linear(4);
    assertThat(rule.levels()).isEqualTo(4);
    assertThat(rule.thresholds()).containsExactly(1.75, 3.5, 5.25);
    assertThat(rule.level(0)).isEqualTo(1);
    assertThat(rule.level(1.7499)).isEqualTo(1);
    assertThat(rule.level(1.75)).isEqualTo(2);
    assertThat(rule.level(3.49)).isEqualTo(2);
    assertThat(rule.level(3.5)).isEqualTo(3);
    assertThat(rule.level(5.25)).isEqualTo(4);
    assertThat(rule.level(7)).isEqualTo(4);
    assertThat(rule.description())
        .isEqualTo("LV < 1.75 → 1, LV ≥ 1.75 → 2, LV ≥ 3.5 → 3, LV ≥ 5.25 → 4");
  }

  @Test
  void oneLevelMapsEverythingToLevelOne() {
    LevelRule rule = LevelRule.linear(1);
    assertThat(rule.thresholds()).isEmpty();
    assertThat(rule.level(6.9)).isEqualTo(1);
    assertThat(LevelRule.parse("")).isEqualTo(rule);
    assertThat(rule.description()).isEqualTo("every LV → 1");
  }

  @Test
  void toStringAndParseRoundTrip() {
    for (int levels = 1; levels <= LevelRule.MAX_LEVELS; levels++) {
      LevelRule rule = LevelRule.linear(levels);
      assertThat(LevelRule.parse(rule.toString())).isEqualTo(rule);
    }
    assertThat(LevelRule.parse(" 2, 4 ,6").toString()).isEqualTo("2,4,6");
    assertThat(LevelRule.thresholds(2, 4, 6)).isEqualTo(LevelRule.parse("2,4,6"))
        .hasSameHashCodeAs(LevelRule.parse("2,4,6"));
  }

  @Test
  void badThresholdsAreRejectedNamingTheValue() {
    assertThatThrownBy(() -> LevelRule.parse("3,2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("level thresholds must rise strictly within (0, 7]; threshold 2 is 2 after 3 "
            + "in 3,2");
    assertThatThrownBy(() -> LevelRule.thresholds(0)).hasMessageContaining("threshold 1 is 0");
    assertThatThrownBy(() -> LevelRule.thresholds(7.5)).hasMessageContaining("is 7.5");
    assertThatThrownBy(() -> LevelRule.thresholds(Double.NaN)).hasMessageContaining("NaN");
    assertThatThrownBy(() -> LevelRule.parse("1,x"))
        .hasMessageContaining("'x' is not a number");
    assertThatThrownBy(() -> LevelRule.linear(0)).hasMessage("levels must be from 1 to 20, was 0");
    assertThatThrownBy(() -> LevelRule.linear(21)).hasMessageContaining("was 21");
  }

  @Test
  void ratingsOutsideTheLevelScaleAreRejected() {
    assertThatThrownBy(() -> LevelRule.linear(4).level(7.01))
        .hasMessage("a Level rating is from 0 to 7, was 7.01");
    assertThatThrownBy(() -> LevelRule.linear(4).level(-0.1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void levelsAreWithinTheScaleAndNeverFallAsTheRatingRises(
      @ForAll @IntRange(min = 1, max = 20) int levels,
      @ForAll @DoubleRange(min = 0, max = 7) double a,
      @ForAll @DoubleRange(min = 0, max = 7) double b) {
    LevelRule rule = LevelRule.linear(levels);
    int la = rule.level(Math.min(a, b));
    int lb = rule.level(Math.max(a, b));
    assertThat(la).isBetween(1, levels);
    assertThat(lb).isBetween(la, levels);
  }
}
