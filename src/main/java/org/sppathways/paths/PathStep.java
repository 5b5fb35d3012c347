package org.sppathways.paths;

import java.util.List;
import java.util.Objects;
import org.sppathways.gaps.RequirementGap;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.CourseId;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.RoleId;
import org.sppathways.training.UnclosableTarget;

/**
 * One move of a {@link CareerPath} and what it takes: the route, the months before it, and the
 * share of the path's training first needed for it.
 *
 * <p>What is held on arrival is what the path started with (the start role's requirement levels,
 * or the person's profile) raised by the courses of the earlier steps. The gap is every
 * requirement of the target role and every extra requirement of the route that those holdings do
 * not meet (a competency asked for by both counts once, at the higher level, essential if either
 * is). The courses are those of the path's one training plan that this step is the first to need,
 * with the plan's courses they depend on that no earlier step took; a course appears at one step
 * only. See {@link CareerPathFinder} for how the plan is made.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param route the route taken
 * @param months the months before the move: the route's months, less the person's months in
 *     role for a personal first step (never below 0)
 * @param hours learning hours of this step's courses
 * @param cost cost of this step's courses
 * @param gaps the requirements not met on arrival: the target role's in its order, then the
 *     route's own
 * @param courses the courses first needed at this step, in the plan's order (each can be begun
 *     when its turn comes)
 * @param unclosableTargets gaps of this step that no plan closes, each with why (no course
 *     reaches it, or the person cannot enter any course that does: see
 *     {@link org.sppathways.training.UnclosableTarget})
 * @param optimal whether the planner proved the path's course choice optimal
 * @param personal whether this is the first step of a search from a person (measured against
 *     their profile, months reduced by their months in role)
 * @param planned whether the training was planned at all: false when the query asked for no
 *     detail ({@link PathQuery#detail()}), and then hours and cost are 0 and the lists empty
 *
 * @since 0.1.0
 */
public record PathStep(ProgressionRoute route, int months, double hours, double cost,
    List<RequirementGap> gaps, List<CourseId> courses, List<UnclosableTarget> unclosableTargets,
    boolean optimal, boolean personal, boolean planned) {

  /** Validates and copies the components. */
  public PathStep {
    Objects.requireNonNull(route, "route");
    gaps = List.copyOf(gaps);
    courses = List.copyOf(courses);
    unclosableTargets = List.copyOf(unclosableTargets);
  }

  /** The gaps of this step no plan closes, without why ({@link #unclosableTargets()}). */
  public List<CompetencyLevel> unclosable() {
    return unclosableTargets.stream().map(UnclosableTarget::target).toList();
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
