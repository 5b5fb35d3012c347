package org.sppathways.report;

/**
 * Places items on a line, in a fixed order with a least distance between neighbours, as close to
 * their targets as possible: minimises Σ wᵢ (xᵢ − tᵢ)² subject to xᵢ₊₁ − xᵢ ≥ gᵢ. Shifting item i
 * by the sum of the gaps before it turns this into isotonic regression, solved exactly by
 * pool-adjacent-violators (Ayer et al. 1955) in O(n).
 */
final class Pava {
  private Pava() {}

  /**
   * The positions.
   *
   * @param target where each item would like to be
   * @param weight how much each item's wish counts (positive)
   * @param gaps the least distance from item i to item i + 1 ({@code target.length - 1} of them)
   */
  static double[] fit(double[] target, double[] weight, double[] gaps) {
    int n = target.length;
    double[] offset = new double[n];
    for (int i = 1; i < n; i++) {
      offset[i] = offset[i - 1] + gaps[i - 1];
    }
    // blocks of pooled items: mean value, total weight, first item
    double[] mean = new double[n];
    double[] total = new double[n];
    int[] start = new int[n];
    int blocks = 0;
    for (int i = 0; i < n; i++) {
      mean[blocks] = target[i] - offset[i];
      total[blocks] = weight[i];
      start[blocks] = i;
      blocks++;
      while (blocks > 1 && mean[blocks - 2] > mean[blocks - 1]) {
        double w = total[blocks - 2] + total[blocks - 1];
        mean[blocks - 2] = (mean[blocks - 2] * total[blocks - 2]
            + mean[blocks - 1] * total[blocks - 1]) / w;
        total[blocks - 2] = w;
        blocks--;
      }
    }
    double[] x = new double[n];
    for (int b = 0; b < blocks; b++) {
      int end = b + 1 < blocks ? start[b + 1] : n;
      for (int i = start[b]; i < end; i++) {
        x[i] = mean[b] + offset[i];
      }
    }
    return x;
  }
}
