package org.sppathways.paths;

import java.util.List;
import java.util.Objects;
import org.sppathways.model.CourseId;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.RoleId;

/**
 * A simple path through the roles of a model — no role visited twice — with what each step
 * takes and the totals. Training accumulates: each course of the path's plan is taken once, at
 * the first step that needs it, so the hours and cost are those of the distinct courses (and
 * equal the sums over the steps).
 *
 * <pre>{@code
 * CareerPath p = finder.paths(from, to, 1, PathQuery.by(Criterion.MONTHS)).paths().get(0);
 * p.roles();        // [link-worker, senior-link-worker, sp-manager]
 * p.months();       // 48
 * p.steps().get(0).courses();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param roles the roles in order, from the start to the end; one role for a path of no steps
 * @param steps each move, with what it takes; one fewer than the roles
 * @param months the total months of the steps
 * @param hours the learning hours of the path's courses, each counted once (0 when not planned)
 * @param cost the cost of the path's courses, each counted once (0 when not planned)
 *
 * @since 0.1.0
 */
public record CareerPath(List<RoleId> roles, List<PathStep> steps, long months, double hours,
    double cost) {

  /** Validates and copies the components. */
  public CareerPath {
    roles = List.copyOf(roles);
    steps = List.copyOf(steps);
    if (roles.size() != steps.size() + 1) {
      throw new IllegalArgumentException("a path of " + steps.size() + " steps visits "
          + (steps.size() + 1) + " roles, not " + roles.size());
    }
  }

  /** The role the path starts from. */
  public RoleId start() {
    return roles.get(0);
  }

  /** The role the path ends at. */
  public RoleId end() {
    return roles.get(roles.size() - 1);
  }

  /** The number of moves. */
  public int stepCount() {
    return steps.size();
  }

  /**
   * Every course of the path's training once, in the order taken: the first step's courses,
   * then the second's, and so on (a course appears at one step only). Empty when the training
   * was not planned.
   */
  public List<CourseId> courses() {
    return steps.stream().flatMap(s -> s.courses().stream()).toList();
  }

  /** The routes taken, in order. */
  public List<ProgressionRoute> routes() {
    return steps.stream().map(PathStep::route).toList();
  }

  /** The value of a criterion for this path: steps, months, hours or cost. */
  public double total(Criterion criterion) {
    switch (Objects.requireNonNull(criterion, "criterion")) {
      case STEPS:
        return steps.size();
      case MONTHS:
        return months;
      case HOURS:
        return hours;
      default:
        return cost;
    }
  }
}
