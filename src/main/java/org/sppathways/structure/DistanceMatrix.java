package org.sppathways.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.sppathways.model.RoleId;
import org.sppathways.model.UnknownIdException;
import org.sppathways.paths.Criterion;

/**
 * The shortest distance, in moves or months, from every role to every other by progression
 * routes — and so which roles can be reached from which. Rows and columns follow
 * {@link #roles()}, the model's role order.
 *
 * <pre>{@code
 * DistanceMatrix steps = structure.distances(Criterion.STEPS);
 * steps.distance(RoleId.of("link-worker"), RoleId.of("sp-manager"));   // OptionalInt[2]
 * steps.distribution().lengths();                                     // pairs per length
 * }</pre>
 *
 * <p>Exports (command {@code matrix}): CSV with a header {@code role,roleTitle,<id>,<id>,...}
 * and one row per source role, empty cells where there is no path — read it with
 * {@code pandas.read_csv(f, index_col=0).drop(columns="roleTitle")} or
 * {@code read.csv(f, row.names = 1, check.names = FALSE)[, -1]} in R.
 *
 * <p>Memory: 4 n² bytes for n roles. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DistanceMatrix {
  private final Criterion metric;
  private final List<RoleId> roles;
  private final Map<RoleId, Integer> index;
  /** Row-major, -1 where there is no path. */
  private final int[] distances;

  DistanceMatrix(Criterion metric, List<RoleId> roles, Map<RoleId, Integer> index, int[] distances) {
    this.metric = metric;
    this.roles = List.copyOf(roles);
    this.index = index;
    this.distances = distances;
  }

  /** What the distances measure. */
  public Criterion metric() {
    return metric;
  }

  /** The roles of the rows and columns, in the model's order. */
  public List<RoleId> roles() {
    return roles;
  }

  /** The number of roles. */
  public int size() {
    return roles.size();
  }

  /**
   * The distance from row {@code from} to column {@code to}; 0 on the diagonal, empty when there
   * is no path.
   *
   * @throws IndexOutOfBoundsException if either index is outside {@code 0..size()-1}
   */
  public OptionalInt distance(int from, int to) {
    Objects.checkIndex(from, roles.size());
    Objects.checkIndex(to, roles.size());
    int d = distances[from * roles.size() + to];
    return d < 0 ? OptionalInt.empty() : OptionalInt.of(d);
  }

  /**
   * The distance from one role to another; empty when there is no path.
   *
   * @throws UnknownIdException if either role is not in the matrix
   */
  public OptionalInt distance(RoleId from, RoleId to) {
    return distance(position(from), position(to));
  }

  /**
   * Whether {@code to} can be reached from {@code from} (every role reaches itself).
   *
   * @throws UnknownIdException if either role is not in the matrix
   */
  public boolean reachable(RoleId from, RoleId to) {
    return distance(from, to).isPresent();
  }

  private int position(RoleId id) {
    Integer i = index.get(Objects.requireNonNull(id, "id"));
    if (i == null) {
      throw new UnknownIdException("role", id.value());
    }
    return i;
  }

  /**
   * How the distances between distinct roles are distributed: the number of ordered pairs at
   * each length, the pairs with no path, the mean and the longest. O(n²).
   */
  public PathLengthDistribution distribution() {
    int n = roles.size();
    TreeMap<Integer, Long> counts = new TreeMap<>();
    long reachable = 0;
    long unreachable = 0;
    double sum = 0;
    int longest = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i == j) {
          continue;
        }
        int d = distances[i * n + j];
        if (d < 0) {
          unreachable++;
        } else {
          reachable++;
          sum += d;
          longest = Math.max(longest, d);
          counts.merge(d, 1L, Long::sum);
        }
      }
    }
    List<PathLengthDistribution.LengthCount> lengths = new ArrayList<>(counts.size());
    counts.forEach((d, c) -> lengths.add(new PathLengthDistribution.LengthCount(d, c)));
    return new PathLengthDistribution(metric, lengths, reachable, unreachable,
        reachable == 0 ? 0 : sum / reachable, longest);
  }

  /** The metric and size only; the matrix may be large. */
  @Override
  public String toString() {
    return "DistanceMatrix{" + metric.toString() + ", " + roles.size() + " roles}";
  }
}
