package org.sppathways.paths;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sppathways.model.RoleId;

/**
 * The paths a search found between two roles, in order, and whether the search finished.
 *
 * <p>{@link #complete()} is false when the search reached its work limit
 * ({@link PathQuery#maxWork()}): the paths listed are still correct and in order — for a k-best
 * search they are the first ones of the full answer — but more may exist. An unreachable target
 * gives an empty, complete list.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param from the start role; empty for a person with no current role, whose paths start at
 *     every entry route
 * @param to the target role
 * @param by the criterion the paths are ordered by
 * @param paths the paths, best first
 * @param complete whether the search finished within its work limit
 *
 * @since 0.1.0
 */
public record CareerPaths(Optional<RoleId> from, RoleId to, Criterion by, List<CareerPath> paths,
    boolean complete) {

  /** Validates and copies the components. */
  public CareerPaths {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(by, "by");
    paths = List.copyOf(paths);
  }

  /** The best path, if any. */
  public Optional<CareerPath> best() {
    return paths.isEmpty() ? Optional.empty() : Optional.of(paths.get(0));
  }
}
