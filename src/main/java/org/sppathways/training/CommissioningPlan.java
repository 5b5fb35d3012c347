package org.sppathways.training;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sppathways.gaps.NeedSplit;
import org.sppathways.model.RoleId;

/**
 * What to fund within a budget, and what the budget achieves.
 *
 * <p>A person-gap is one person short of one competency for their role (or the target role). The
 * plan funds places on courses, each place for one person (with any prerequisites that person has
 * not completed), so as to close as many person-gaps as the budget allows.
 *
 * @param target the role everyone was assessed against, or empty for each person's current role
 * @param budget the budget
 * @param spent the total cost of the places funded, at most the budget
 * @param courses the places funded per course, most places first, then by course id
 * @param personGaps all person-gaps found
 * @param closed the person-gaps the funded places close
 * @param unclosable the person-gaps no course in the catalogue reaches, or only courses the
 *     person cannot enter nor be made eligible for (see {@link TrainingPlanner})
 * @param remaining the person-gaps still open after the plan, per competency (key: competency
 *     id), most first
 * @param guarantee the quality guarantee of the selection, in words
 *
 * @since 0.1.0
 */
public record CommissioningPlan(Optional<RoleId> target, double budget, double spent,
    List<CourseSeats> courses, long personGaps, long closed, long unclosable,
    List<NeedSplit> remaining, String guarantee) {
  /** Validates and copies the components. */
  public CommissioningPlan {
    Objects.requireNonNull(target, "target");
    courses = List.copyOf(courses);
    remaining = List.copyOf(remaining);
    Objects.requireNonNull(guarantee, "guarantee");
  }
}
