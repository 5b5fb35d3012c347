package org.sppathways.flow;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.RoleId;

/**
 * The recruitment that holds a role at a target headcount ({@link CapacityNeed}) and, when
 * recruits must complete a course first, the completions a year that takes (command
 * {@code capacity}).
 *
 * <pre>{@code
 * CapacityReport r = CapacityReport.of(flows, RoleId.of("link-worker"), 120,
 *     CourseId.of("personalised-care-institute-link-worker"), 0.8, false);
 * r.training().get().courseCompletionsNeeded();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param need the recruitment needed and the flows at the target
 * @param training the course completions needed; empty when no course was named
 * @param notes what to keep in mind about the data ({@link FlowModel#notes()}) and the course
 * @since 0.1.0
 */
public record CapacityReport(CapacityNeed need, Optional<Training> training, List<String> notes) {

  /** Validates and copies the components. */
  public CapacityReport {
    Objects.requireNonNull(need, "need");
    Objects.requireNonNull(training, "training");
    notes = ImmutableList.copyOf(notes);
  }

  /**
   * Course completions a year that the recruitment needs.
   *
   * @param course the course every recruit completes first
   * @param takeUp the share of completers who join the role, in (0, 1]
   * @param internalEntrantsToo whether people moving in from other roles need the course too
   * @param courseCompletionsNeeded completions a year needed
   */
  public record Training(CourseId course, double takeUp, boolean internalEntrantsToo,
      double courseCompletionsNeeded) {
    /** Validates the course. */
    public Training {
      Objects.requireNonNull(course, "course");
    }
  }

  /**
   * The recruits a year that hold {@code role} at {@code target} people in the long run.
   *
   * @throws org.sppathways.model.UnknownIdException if the role is not a workforce role
   */
  public static CapacityReport of(FlowModel flows, RoleId role, double target) {
    return new CapacityReport(flows.longRun().capacity(role, target), Optional.empty(),
        flows.notes());
  }

  /**
   * The recruits and course completions a year that hold {@code role} at {@code target} people;
   * a note says when the course covers none of the role's competencies.
   *
   * @throws org.sppathways.model.UnknownIdException if the role or course is not in the model
   * @throws IllegalArgumentException if takeUp is not in (0, 1]
   */
  public static CapacityReport of(FlowModel flows, RoleId role, double target, CourseId course,
      double takeUp, boolean internalEntrantsToo) {
    Course c = flows.model().course(course);
    CapacityNeed need = flows.longRun().capacity(role, target);
    double completions = need.courseCompletions(takeUp, internalEntrantsToo);
    List<String> notes = new ArrayList<>(flows.notes());
    var required = flows.model().role(role).requirements().stream().map(r -> r.competency())
        .toList();
    if (c.covers().stream().noneMatch(l -> required.contains(l.competency()))) {
      notes.add("course '" + c.id() + "' covers none of the competencies role '" + role
          + "' requires");
    }
    return new CapacityReport(need, Optional.of(new Training(c.id(), takeUp,
        internalEntrantsToo, completions)), notes);
  }
}
