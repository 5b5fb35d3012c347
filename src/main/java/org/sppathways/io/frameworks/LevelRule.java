package org.sppathways.io.frameworks;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.sppathways.model.internal.ValueStyle;

/**
 * How an O*NET Level rating (the LV scale, 0 to 7, a mean of raters so usually fractional) maps
 * onto a model's proficiency levels 1..N: by N − 1 ascending thresholds, where a rating at or
 * above the k-th threshold (and below the next) gives level k + 1, and a rating below the first
 * gives level 1.
 *
 * <p>The default, {@link #linear(int) linear(4)}, cuts 0–7 into four equal bands:
 * <pre>
 * LV  [0, 1.75)  → 1      LV [1.75, 3.5) → 2      LV [3.5, 5.25) → 3      LV [5.25, 7] → 4
 * </pre>
 *
 * <pre>{@code
 * LevelRule rule = LevelRule.linear(4);
 * rule.level(4.62);                                   // 3
 * LevelRule custom = LevelRule.parse("2,4,6");         // LV 2 → 2, LV 4 → 3, LV 6 → 4
 * }</pre>
 *
 * <p>{@link #toString()} and {@link #parse(String)} round-trip. A look-up takes O(N).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false, copy = false)
@ValueStyle
public abstract class LevelRule {

  /** The lowest value of O*NET's Level scale. */
  public static final double MIN_LEVEL_RATING = 0;
  /** The highest value of O*NET's Level scale. */
  public static final double MAX_LEVEL_RATING = 7;
  /** The most proficiency levels a rule may map onto. */
  public static final int MAX_LEVELS = 20;

  /** The thresholds: the lowest Level rating of levels 2..N. */
  @Value.Parameter
  public abstract List<Double> thresholds();

  /** At most {@value #MAX_LEVELS} levels; thresholds rising strictly within (0, 7]. */
  @Value.Check
  void check() {
    List<Double> thresholds = thresholds();
    if (thresholds.size() + 1 > MAX_LEVELS) {
      throw new IllegalArgumentException("a level rule maps onto at most " + MAX_LEVELS
          + " levels; " + thresholds.size() + " thresholds make " + (thresholds.size() + 1));
    }
    double previous = MIN_LEVEL_RATING;
    for (int i = 0; i < thresholds.size(); i++) {
      double t = thresholds.get(i);
      if (!(t > previous && t <= MAX_LEVEL_RATING)) {
        throw new IllegalArgumentException("level thresholds must rise strictly within (0, 7]; "
            + "threshold " + (i + 1) + " is " + fmt(t) + (i == 0 ? "" : " after " + fmt(previous))
            + " in " + this);
      }
      previous = t;
    }
  }

  private static LevelRule of(double[] thresholds) {
    List<Double> list = new ArrayList<>(thresholds.length);
    for (double t : thresholds) {
      list.add(t);
    }
    return ImmutableLevelRule.of(list);
  }

  /**
   * Cuts the Level scale 0–7 into {@code levels} equal bands: the thresholds are
   * {@code 7k / levels} for k = 1..levels − 1.
   *
   * @throws IllegalArgumentException if {@code levels} is outside 1..{@value #MAX_LEVELS}
   */
  public static LevelRule linear(int levels) {
    if (levels < 1 || levels > MAX_LEVELS) {
      throw new IllegalArgumentException("levels must be from 1 to " + MAX_LEVELS + ", was "
          + levels);
    }
    double[] t = new double[levels - 1];
    for (int k = 1; k < levels; k++) {
      t[k - 1] = MAX_LEVEL_RATING * k / levels;
    }
    return of(t);
  }

  /**
   * A rule with the given thresholds: the lowest Level rating of levels 2, 3, ... N.
   *
   * @throws IllegalArgumentException if the thresholds do not rise strictly within (0, 7], or
   *     make more than {@value #MAX_LEVELS} levels
   */
  public static LevelRule thresholds(double... lowestRatings) {
    return of(lowestRatings);
  }

  /**
   * Reads thresholds written as {@link #toString()} writes them: comma-separated numbers such as
   * {@code 1.75,3.5,5.25}; an empty text is the one-level rule.
   *
   * @throws IllegalArgumentException if a part is not a number or the thresholds are invalid
   */
  public static LevelRule parse(String text) {
    if (text.isBlank()) {
      return of(new double[0]);
    }
    String[] parts = text.split(",", -1);
    double[] t = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        t[i] = Double.parseDouble(parts[i].strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("level thresholds are numbers separated by commas, "
            + "such as 1.75,3.5,5.25; '" + parts[i].strip() + "' is not a number");
      }
    }
    return of(t);
  }

  /** The number of proficiency levels this rule maps onto, N. */
  public int levels() {
    return thresholds().size() + 1;
  }

  /**
   * The proficiency level 1..N of a Level rating.
   *
   * @throws IllegalArgumentException if the rating is outside 0–7 or not a number
   */
  public int level(double rating) {
    if (!(rating >= MIN_LEVEL_RATING && rating <= MAX_LEVEL_RATING)) {
      throw new IllegalArgumentException("a Level rating is from 0 to 7, was " + rating);
    }
    int level = 1;
    for (double t : thresholds()) {
      if (rating >= t) {
        level++;
      } else {
        break;
      }
    }
    return level;
  }

  /** A sentence for people, e.g. {@code LV < 1.75 → 1, LV ≥ 1.75 → 2, ...}. */
  public String description() {
    List<Double> thresholds = thresholds();
    if (thresholds.isEmpty()) {
      return "every LV → 1";
    }
    StringBuilder sb = new StringBuilder("LV < ").append(fmt(thresholds.get(0))).append(" → 1");
    for (int i = 0; i < thresholds.size(); i++) {
      sb.append(", LV ≥ ").append(fmt(thresholds.get(i))).append(" → ").append(i + 2);
    }
    return sb.toString();
  }

  /** The thresholds, comma-separated, e.g. {@code 1.75,3.5,5.25}; see {@link #parse(String)}. */
  @Override
  public String toString() {
    return thresholds().stream().map(LevelRule::fmt).collect(Collectors.joining(","));
  }

  static String fmt(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e9 ? Long.toString((long) d) : Double.toString(d);
  }
}
