package org.sppathways.paths;

import java.util.List;
import java.util.Objects;
import org.sppathways.gaps.RequirementGap;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.CourseId;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.RoleId;

/**
 * One move of a {@link CareerPath} and what it takes: the route, the months before it, and the
 * training that closes the gap between what is held on arrival and what the new role and the
 * route ask for.
 *
 * <p>What is held on arrival is the source role's requirements (taken as held), or the person's
 * profile for the first step of a search from a person ({@link #personal()}). The gap is every
 * requirement of the target role and every extra requirement of the route that the holdings do
 * not meet (a competency asked for by both counts once, at the higher level, essential if either
 * is); the training is the {@link org.sppathways.training.TrainingPlanner} plan that closes it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param route the route taken
 * @param months the months before the move: the route's months, less the person's months in
 *     role for a personal first step (never below 0)
 * @param hours learning hours of the courses suggested
 * @param cost cost of the courses suggested
 * @param gaps the requirements not met on arrival, which the step's training sets out to close:
 *     the target role's in its order, then the route's own
 * @param courses the courses suggested, prerequisites first
 * @param unclosable gaps that no course in the catalogue closes
 * @param optimal whether the planner proved the course choice optimal
 * @param personal whether the step was measured against a person's profile
 * @param planned whether the training was planned at all: false when the query asked for no
 *     detail ({@link PathQuery#detail()}), and then hours and cost are 0 and the lists empty
 */
public record PathStep(ProgressionRoute route, int months, double hours, double cost,
    List<RequirementGap> gaps, List<CourseId> courses, List<CompetencyLevel> unclosable,
    boolean optimal, boolean personal, boolean planned) {

  /** Validates and copies the components. */
  public PathStep {
    Objects.requireNonNull(route, "route");
    gaps = List.copyOf(gaps);
    courses = List.copyOf(courses);
    unclosable = List.copyOf(unclosable);
  }

  /** The role moved from. */
  public RoleId from() {
    return route.from();
  }

  /** The role moved to. */
  public RoleId to() {
    return route.to();
  }
}
