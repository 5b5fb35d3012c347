package org.sppathways.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sppathways.gaps.GapReport;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.PersonId;
import org.sppathways.model.RoleId;

/**
 * A training plan with the gap it closes (whose gap, for which role) and the planned courses as
 * the catalogue describes them: the result that {@code sp-pathways plan} prints and
 * {@code org.sppathways.io.ResultWriter} writes. The course details matter because a catalogue
 * given with {@code --courses} may hold courses the model does not.
 *
 * <pre>{@code
 * TrainingPlanner planner = TrainingPlanner.of(model);
 * GapReport gap = GapAnalysis.of(model).gap(person, RoleId.of("link-worker"));
 * TrainingPlan plan = planner.plan(person, gap, Objective.HOURS);
 * TrainingPlanReport report = TrainingPlanReport.of(gap, plan, planner.catalogue());
 * }</pre>
 *
 * <p><b>Personal data.</b> A person's plan follows from their competency levels, so
 * {@link #toString()} shows the person's id, the role and the number of courses only.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param person the person whose gap the plan closes, when it is a person's
 * @param from the role whose requirements were taken as held, when the gap is between roles
 * @param role the target role
 * @param plan the plan
 * @param courses the plan's courses in plan order, as the catalogue describes them
 * @since 0.1.0
 */
public record TrainingPlanReport(Optional<PersonId> person, Optional<RoleId> from, RoleId role,
    TrainingPlan plan, List<Course> courses) {

  /**
   * Validates and copies the components.
   *
   * @throws IllegalArgumentException if {@code courses} are not the plan's courses in plan order
   */
  public TrainingPlanReport {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(plan, "plan");
    courses = List.copyOf(courses);
    if (!courses.stream().map(Course::id).toList().equals(plan.courses())) {
      throw new IllegalArgumentException("courses must be the plan's courses, in plan order");
    }
  }

  /**
   * The plan for a gap, its courses looked up in the catalogue it was planned from.
   *
   * @param gap the gap the plan closes
   * @param plan the plan ({@link TrainingPlanner#plan(GapReport, Objective)})
   * @param catalogue the planner's catalogue ({@link TrainingPlanner#catalogue()})
   * @throws IllegalArgumentException if a course of the plan is not in the catalogue
   */
  public static TrainingPlanReport of(GapReport gap, TrainingPlan plan, List<Course> catalogue) {
    Map<CourseId, Course> byId = new HashMap<>();
    catalogue.forEach(c -> byId.putIfAbsent(c.id(), c));
    List<Course> courses = new ArrayList<>();
    for (CourseId id : plan.courses()) {
      Course course = byId.get(id);
      if (course == null) {
        throw new IllegalArgumentException("course '" + id + "' of the plan is not in the "
            + "catalogue");
      }
      courses.add(course);
    }
    return new TrainingPlanReport(gap.person(), gap.from(), gap.role(), plan, courses);
  }

  /**
   * Whose plan, the role and the number of courses, e.g.
   * {@code TrainingPlanReport{person=p-0001, role=link-worker, 3 courses}}.
   */
  @Override
  public String toString() {
    return "TrainingPlanReport{" + person.map(p -> "person=" + p)
        .orElse("from=" + from.map(Object::toString).orElse("")) + ", role=" + role + ", "
        + courses.size() + " courses}";
  }
}
