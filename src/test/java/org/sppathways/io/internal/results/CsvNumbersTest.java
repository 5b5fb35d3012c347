package org.sppathways.io.internal.results;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Numbers in CSV cells: shares with four decimals, amounts with two, rounded half up, and never a
 * "-0" for a value that rounds to zero.
 */
class CsvNumbersTest {
  @Test
  void sharesAndAmountsRoundHalfUpToTheirDecimals() {
    assertThat(CsvNumbers.share(0.12345)).isEqualTo("0.1235");
    assertThat(CsvNumbers.share(1)).isEqualTo("1.0000");
    assertThat(CsvNumbers.amount(1234.565)).isEqualTo("1234.57");
    assertThat(CsvNumbers.whole(42)).isEqualTo("42");
  }

  @Test
  void aNegativeValueThatRoundsToZeroIsWrittenAsZero() {
    assertThat(CsvNumbers.share(-0.00001)).isEqualTo("0.0000");
    assertThat(CsvNumbers.amount(-0.004)).isEqualTo("0.00");
    assertThat(CsvNumbers.amount(-0.0)).isEqualTo("0.00");
  }

  @Test
  void aNegativeValueKeepsItsSignWhereAnyDigitIsLeft() {
    assertThat(CsvNumbers.share(-0.5)).isEqualTo("-0.5000");
    assertThat(CsvNumbers.amount(-0.005)).isEqualTo("-0.01");
    assertThat(CsvNumbers.amount(-9)).isEqualTo("-9.00");
    assertThat(CsvNumbers.share(-0.00009)).isEqualTo("-0.0001");
  }
}
