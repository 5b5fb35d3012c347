package org.sppathways.flow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** LU decomposition: known solutions, pivoting, singular matrices, random residuals. */
class LuDecompositionTest {

  @Test
  void solvesASmallSystem() {
    // 2x + y = 5, x + 3y = 10  ->  x = 1, y = 3
    LuDecomposition lu = LuDecomposition.of(new double[] {2, 1, 1, 3}, 2);

    assertThat(lu.solve(new double[] {5, 10})).containsExactly(new double[] {1, 3},
        within(1e-15));
    // transposed: 2x + y = 4, x + 3y = 7  ->  x = 1, y = 2
    assertThat(lu.solveTransposed(new double[] {4, 7})).containsExactly(new double[] {1, 2},
        within(1e-15));
  }

  @Test
  void pivotsWhenTheDiagonalIsZero() {
    LuDecomposition lu = LuDecomposition.of(new double[] {0, 1, 1, 0}, 2);

    assertThat(lu.isSingular()).isFalse();
    assertThat(lu.solve(new double[] {3, 4})).containsExactly(4, 3);
    assertThat(lu.solveTransposed(new double[] {3, 4})).containsExactly(4, 3);
  }

  @Test
  void pivotsForAccuracy() {
    // Without pivoting the tiny first pivot would lose the answer to rounding.
    LuDecomposition lu = LuDecomposition.of(new double[] {1e-20, 1, 1, 1}, 2);

    assertThat(lu.solve(new double[] {1, 2})).containsExactly(new double[] {1, 1},
        within(1e-15));
  }

  @Test
  void singularMatrixIsReportedAndNotSolved() {
    LuDecomposition lu = LuDecomposition.of(new double[] {1, 2, 2, 4}, 2);

    assertThat(lu.isSingular()).isTrue();
    assertThatIllegalStateException().isThrownBy(() -> lu.solve(new double[] {1, 1}))
        .withMessageStartingWith("the matrix is singular");
  }

  @Test
  void zeroMatrixIsSingular() {
    assertThat(LuDecomposition.of(new double[4], 2).isSingular()).isTrue();
  }

  @Test
  void emptyMatrixSolvesToNothing() {
    LuDecomposition lu = LuDecomposition.of(new double[0], 0);

    assertThat(lu.solve(new double[0])).isEmpty();
    assertThat(lu.solveTransposed(new double[0])).isEmpty();
  }

  @Test
  void wrongSizesAreRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> LuDecomposition.of(new double[3], 2))
        .withMessage("expected 2 x 2 values, got 3");
    LuDecomposition lu = LuDecomposition.of(new double[] {1, 0, 0, 1}, 2);
    assertThatIllegalArgumentException().isThrownBy(() -> lu.solve(new double[3]))
        .withMessage("expected 2 values, got 3");
  }

  @Test
  void theInputIsNotChanged() {
    double[] a = {4, 3, 6, 3};
    LuDecomposition.of(a, 2);

    assertThat(a).containsExactly(4, 3, 6, 3);
  }

  private static double[] times(double[] a, int n, double[] x, boolean transposed) {
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        y[i] += (transposed ? a[j * n + i] : a[i * n + j]) * x[j];
      }
    }
    return y;
  }

  /** Random dense matrices (well away from singular): A·solve(b) = b and Aᵀ·solveTransposed(c) = c. */
  @Property(tries = 200, seed = "20240611")
  void residualsAreTiny(@ForAll @IntRange(min = 1, max = 40) int n,
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    Random random = new Random(seed);
    double[] a = new double[n * n];
    for (int i = 0; i < a.length; i++) {
      a[i] = random.nextDouble() * 2 - 1;
    }
    for (int i = 0; i < n; i++) {
      a[i * n + i] += n; // diagonally dominant: condition number stays small
    }
    double[] b = new double[n];
    for (int i = 0; i < n; i++) {
      b[i] = random.nextDouble() * 100 - 50;
    }
    LuDecomposition lu = LuDecomposition.of(a, n);

    assertThat(times(a, n, lu.solve(b), false)).containsExactly(b, within(1e-10));
    assertThat(times(a, n, lu.solveTransposed(b), true)).containsExactly(b, within(1e-10));
  }

  /**
   * Blocked and unblocked elimination give the same factors (up to rounding) for any panel
   * width, on matrices that need row swaps across panels.
   */
  @Property(tries = 150, seed = "4815162342")
  void panelWidthDoesNotChangeTheAnswer(@ForAll @IntRange(min = 1, max = 70) int n,
      @ForAll @IntRange(min = 1, max = 9) int block,
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    Random random = new Random(seed);
    double[] a = new double[n * n];
    for (int i = 0; i < a.length; i++) {
      a[i] = random.nextInt(4) == 0 ? 0 : random.nextGaussian();
    }
    for (int i = 0; i < n; i++) {
      a[i * n + i] *= 1e-3; // small diagonal: pivots come from other rows
    }
    LuDecomposition plain = LuDecomposition.of(a, n, 1);
    LuDecomposition blocked = LuDecomposition.of(a, n, block);
    assertThat(blocked.isSingular()).isEqualTo(plain.isSingular());
    if (plain.isSingular()) {
      return;
    }
    double[] b = new double[n];
    for (int i = 0; i < n; i++) {
      b[i] = random.nextGaussian();
    }
    double[] x = blocked.solve(b);
    double scale = 1;
    for (double v : x) {
      scale = Math.max(scale, Math.abs(v));
    }

    assertThat(x).containsExactly(plain.solve(b), within(1e-8 * scale));
    assertThat(times(a, n, x, false)).containsExactly(b, within(1e-9 * scale * n));
    assertThat(times(a, n, blocked.solveTransposed(b), true)).containsExactly(b,
        within(1e-8 * scale * n));
  }

  @Test
  void largeMatrixAcrossManyPanels() {
    int n = 301;
    Random random = new Random(5);
    double[] a = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        a[i * n + j] = (i == j ? 1 : 0) - (random.nextInt(20) == 0 ? random.nextDouble() / 20 : 0);
      }
    }
    double[] b = new double[n];
    java.util.Arrays.fill(b, 1);
    LuDecomposition lu = LuDecomposition.of(a, n);

    assertThat(times(a, n, lu.solve(b), false)).containsExactly(b, within(1e-12));
    assertThat(times(a, n, lu.solveTransposed(b), true)).containsExactly(b, within(1e-12));
  }

  /** Random matrices needing row swaps (no dominance): residuals still tiny. */
  @Property(tries = 200, seed = "77123")
  void residualsAreTinyWithPivoting(@ForAll @IntRange(min = 1, max = 25) int n,
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    Random random = new Random(seed);
    double[] a = new double[n * n];
    for (int i = 0; i < a.length; i++) {
      a[i] = random.nextInt(5) == 0 ? 0 : random.nextGaussian();
    }
    LuDecomposition lu = LuDecomposition.of(a, n);
    if (lu.isSingular()) {
      return;
    }
    double[] b = new double[n];
    for (int i = 0; i < n; i++) {
      b[i] = random.nextGaussian();
    }
    double[] x = lu.solve(b);
    double[] y = lu.solveTransposed(b);
    double scale = 1;
    for (double v : x) {
      scale = Math.max(scale, Math.abs(v));
    }
    for (double v : y) {
      scale = Math.max(scale, Math.abs(v));
    }

    assertThat(times(a, n, x, false)).containsExactly(b, within(1e-9 * scale * n));
    assertThat(times(a, n, y, true)).containsExactly(b, within(1e-9 * scale * n));
  }
}
