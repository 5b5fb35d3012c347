package org.sppathways.training;

import java.util.List;
import java.util.Objects;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.CourseId;

/**
 * Courses that close a gap, in an order in which each can be begun, with their totals.
 *
 * <p>Every target in {@link #closes()} is reached by some course of the plan at the required
 * level or above; {@link #unclosableTargets()} lists the targets no plan can reach, each with
 * why (no course reaches it, or the person cannot enter any course that does: see
 * {@link UnclosableTarget}), reported, never hidden. {@link #optimal()} says whether the plan is proven to minimise the
 * objective (false when the search bound was hit and a greedy or best-so-far plan is returned).
 *
 * @param courses the courses to take, in an order in which each can be begun: every prerequisite
 *     is completed before, earlier in the plan, or (when it teaches something) met by holding
 *     every level it teaches by then (see {@link TrainingPlanner}); the smallest course id first
 *     among those that can be begun next
 * @param hours total learning hours
 * @param cost total cost per learner
 * @param closes the targets the plan closes, in target order
 * @param unclosableTargets the targets no plan can close, in target order, each with why
 * @param optimal whether the plan is proven optimal for its objective
 * @param objective the objective minimised
 *
 * @since 0.1.0
 */
public record TrainingPlan(List<CourseId> courses, double hours, double cost,
    List<CompetencyLevel> closes, List<UnclosableTarget> unclosableTargets, boolean optimal,
    Objective objective) {
  /** Validates and copies the components. */
  public TrainingPlan {
    courses = List.copyOf(courses);
    closes = List.copyOf(closes);
    unclosableTargets = List.copyOf(unclosableTargets);
    Objects.requireNonNull(objective, "objective");
  }

  /** The targets no plan can close, in target order, without why ({@link #unclosableTargets()}). */
  public List<CompetencyLevel> unclosable() {
    return unclosableTargets.stream().map(UnclosableTarget::target).toList();
  }
}
