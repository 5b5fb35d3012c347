package org.sppathways.flow.internal;

import java.util.Arrays;

/**
 * The LU decomposition with partial pivoting of a dense square matrix, {@code PA = LU}, for
 * solving {@code Ax = b} and {@code Aᵀy = c} with the same factors. Internal: not part of the API.
 *
 * <p>The matrix is a plain {@code double[]} in row-major order ({@code a[i * n + j]}). Gaussian
 * elimination picks, in each column, the row with the largest magnitude as pivot (Golub and Van
 * Loan, <i>Matrix Computations</i>, section 3.4). The elimination is blocked (right-looking,
 * panels of {@value #BLOCK} columns): each panel is factored, then the rest of the
 * matrix is updated once per panel rather than once per column, so that it is read from memory
 * n/{@value #BLOCK} times instead of n times. Rows whose multiplier is exactly zero are skipped,
 * which saves most of the work on the sparse, nearly triangular matrices of role graphs.
 *
 * <h2>Precision</h2>
 * Backward stable in practice: the computed solution solves {@code (A + E)x = b} with
 * {@code ‖E‖ ≤ c·n·ε·g·‖A‖}, ε = 2⁻⁵³, g the growth factor (1 for the diagonally dominant
 * matrices {@code I − P} of workforce chains, so the error is then bounded by the condition
 * number times a small multiple of ε). A pivot smaller than {@link #SINGULAR} times the largest
 * magnitude in the matrix marks the matrix as singular.
 *
 * <h2>Complexity</h2>
 * Factoring takes O(n³) time (at most n³/3 multiply–adds) and O(n²) memory (the factors replace
 * a copy of the matrix); each solve takes O(n²).
 *
 * <p>Immutable after construction and thread-safe.
 */
public final class LuDecomposition {
  /** Relative pivot size below which the matrix counts as singular. */
  public static final double SINGULAR = 1e-13;

  /** Columns per panel of the blocked elimination. */
  static final int BLOCK = 64;

  private final int n;
  private final double[] lu;
  private final int[] pivot;
  private final boolean singular;
  private final double smallestPivot;

  private LuDecomposition(int n, double[] lu, int[] pivot, boolean singular, double smallestPivot) {
    this.n = n;
    this.lu = lu;
    this.pivot = pivot;
    this.singular = singular;
    this.smallestPivot = smallestPivot;
  }

  /**
   * Factors an n × n matrix given in row-major order; the array is copied, not changed.
   *
   * @throws IllegalArgumentException if the array does not hold n × n values
   */
  public static LuDecomposition of(double[] matrix, int n) {
    return of(matrix, n, BLOCK);
  }

  /** Factors with panels of the given width (1 is plain, unblocked elimination); for tests. */
  static LuDecomposition of(double[] matrix, int n, int block) {
    if (block < 1) {
      throw new IllegalArgumentException("block must be 1 or more, was " + block);
    }
    if (n < 0 || matrix.length != (long) n * n) {
      throw new IllegalArgumentException("expected " + n + " x " + n + " values, got "
          + matrix.length);
    }
    double[] a = matrix.clone();
    int[] pivot = new int[n];
    double scale = 0;
    for (double v : a) {
      scale = Math.max(scale, Math.abs(v));
    }
    double tiny = scale == 0 ? Double.MIN_NORMAL : scale * SINGULAR;
    boolean singular = false;
    double smallest = n == 0 ? Double.NaN : Double.POSITIVE_INFINITY;
    for (int k0 = 0; k0 < n; k0 += block) {
      int k1 = Math.min(n, k0 + block);
      // 1. Factor the panel (columns k0..k1-1, rows k0..n-1), swapping whole rows.
      for (int k = k0; k < k1; k++) {
        int p = k;
        double max = Math.abs(a[k * n + k]);
        for (int i = k + 1; i < n; i++) {
          double v = Math.abs(a[i * n + k]);
          if (v > max) {
            max = v;
            p = i;
          }
        }
        smallest = Math.min(smallest, max);
        if (max <= tiny) {
          pivot[k] = k;
          singular = true;
          continue;
        }
        pivot[k] = p;
        if (p != k) {
          swapRows(a, n, p, k);
        }
        int kk = k * n;
        double d = a[kk + k];
        for (int i = k + 1; i < n; i++) {
          int ii = i * n;
          double f = a[ii + k];
          if (f == 0) {
            continue;
          }
          f /= d;
          a[ii + k] = f;
          for (int j = k + 1; j < k1; j++) {
            a[ii + j] -= f * a[kk + j];
          }
        }
      }
      if (k1 == n) {
        break;
      }
      // 2. The block row of U to the right of the panel: U12 = L11⁻¹ A12.
      for (int k = k0; k < k1; k++) {
        int kk = k * n;
        for (int i = k + 1; i < k1; i++) {
          int ii = i * n;
          double f = a[ii + k];
          if (f != 0) {
            for (int j = k1; j < n; j++) {
              a[ii + j] -= f * a[kk + j];
            }
          }
        }
      }
      // 3. The trailing matrix, one row at a time (it stays in cache): A22 -= L21 U12, four
      //    rows of U12 per pass over the row.
      for (int i = k1; i < n; i++) {
        int ii = i * n;
        int k = k0;
        for (; k + 3 < k1; k += 4) {
          double f0 = a[ii + k];
          double f1 = a[ii + k + 1];
          double f2 = a[ii + k + 2];
          double f3 = a[ii + k + 3];
          if (f0 == 0 && f1 == 0 && f2 == 0 && f3 == 0) {
            continue;
          }
          int u0 = k * n;
          int u1 = u0 + n;
          int u2 = u1 + n;
          int u3 = u2 + n;
          for (int j = k1; j < n; j++) {
            a[ii + j] -= f0 * a[u0 + j] + f1 * a[u1 + j] + f2 * a[u2 + j] + f3 * a[u3 + j];
          }
        }
        for (; k < k1; k++) {
          double f = a[ii + k];
          if (f != 0) {
            int kk = k * n;
            for (int j = k1; j < n; j++) {
              a[ii + j] -= f * a[kk + j];
            }
          }
        }
      }
    }
    return new LuDecomposition(n, a, pivot, singular, smallest);
  }

  private static void swapRows(double[] a, int n, int p, int k) {
    for (int j = 0; j < n; j++) {
      double t = a[p * n + j];
      a[p * n + j] = a[k * n + j];
      a[k * n + j] = t;
    }
  }

  /** The order of the matrix. */
  public int size() {
    return n;
  }

  /** Whether a pivot was (relatively) zero, so that the matrix has no usable inverse. */
  public boolean isSingular() {
    return singular;
  }

  /** The smallest pivot magnitude met (NaN for an empty matrix). */
  public double smallestPivot() {
    return smallestPivot;
  }

  /**
   * Solves {@code Ax = b}.
   *
   * @throws IllegalStateException if the matrix is singular
   * @throws IllegalArgumentException if {@code b} does not have n values
   */
  public double[] solve(double[] b) {
    check(b);
    double[] x = b.clone();
    for (int k = 0; k < n; k++) {
      int p = pivot[k];
      if (p != k) {
        double t = x[p];
        x[p] = x[k];
        x[k] = t;
      }
    }
    for (int i = 0; i < n; i++) {
      double s = x[i];
      int ii = i * n;
      for (int j = 0; j < i; j++) {
        s -= lu[ii + j] * x[j];
      }
      x[i] = s;
    }
    for (int i = n - 1; i >= 0; i--) {
      double s = x[i];
      int ii = i * n;
      for (int j = i + 1; j < n; j++) {
        s -= lu[ii + j] * x[j];
      }
      x[i] = s / lu[ii + i];
    }
    return x;
  }

  /**
   * Solves {@code Aᵀy = c}, i.e. {@code yᵀA = cᵀ}.
   *
   * @throws IllegalStateException if the matrix is singular
   * @throws IllegalArgumentException if {@code c} does not have n values
   */
  public double[] solveTransposed(double[] c) {
    check(c);
    // A = Pᵀ L U, so Aᵀ = Uᵀ Lᵀ P: solve Uᵀ z = c, then Lᵀ w = z, then y = Pᵀ w.
    double[] y = c.clone();
    for (int j = 0; j < n; j++) {
      double s = y[j] / lu[j * n + j];
      y[j] = s;
      if (s != 0) {
        int jj = j * n;
        for (int i = j + 1; i < n; i++) {
          y[i] -= lu[jj + i] * s;
        }
      }
    }
    for (int j = n - 1; j >= 0; j--) {
      double s = y[j];
      if (s != 0) {
        int jj = j * n;
        for (int i = 0; i < j; i++) {
          y[i] -= lu[jj + i] * s;
        }
      }
    }
    for (int k = n - 1; k >= 0; k--) {
      int p = pivot[k];
      if (p != k) {
        double t = y[p];
        y[p] = y[k];
        y[k] = t;
      }
    }
    return y;
  }

  private void check(double[] b) {
    if (b.length != n) {
      throw new IllegalArgumentException("expected " + n + " values, got " + b.length);
    }
    if (singular) {
      throw new IllegalStateException("the matrix is singular (smallest pivot " + smallestPivot
          + "): it has no inverse");
    }
  }

  @Override
  public String toString() {
    return "LuDecomposition{n=" + n + (singular ? ", singular" : "") + ", pivots="
        + Arrays.toString(Arrays.copyOf(pivot, Math.min(n, 8))) + (n > 8 ? "…" : "") + "}";
  }
}
