package org.sppathways.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.sppathways.model.internal.Checks;
import org.sppathways.model.internal.Requirements;

/**
 * A course or qualification: how long and costly it is, and which competencies it brings its
 * completers up to which level.
 *
 * <pre>{@code
 * Course core = Course.builder()
 *     .id(CourseId.of("pci-core-skills"))
 *     .title("Core skills for personalised care")
 *     .hours(3).cost(0)
 *     .addCover(CompetencyLevel.of(CompetencyId.of("what-matters-conversations"), 2))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Course implements Sourced {

  /** The id, unique among the model's courses. */
  public abstract CourseId id();

  /** The course title. */
  public abstract String title();

  /** Who runs the course, when given. */
  public abstract Optional<String> provider();

  /** Learning hours, 0 or more. */
  public abstract double hours();

  /** Cost per learner in the model's currency, 0 or more. */
  public abstract double cost();

  /** How it is delivered, e.g. {@code online}, {@code in-person}, {@code blended}, {@code work-based}. */
  public abstract Optional<String> mode();

  /** The competencies the course raises and the level each reaches, one entry per competency. */
  public abstract List<CompetencyLevel> covers();

  /** Courses that must be completed first. */
  public abstract List<CourseId> prerequisites();

  /** Whether the course brings {@code competency} to {@code level} or above. */
  public boolean reaches(CompetencyId competency, int level) {
    Objects.requireNonNull(competency, "competency");
    for (CompetencyLevel cover : covers()) {
      if (cover.competency().equals(competency) && cover.level() >= level) {
        return true;
      }
    }
    return false;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Course}. */
  public static final class Builder extends ImmutableCourse.Builder {}

  @Value.Check
  void check() {
    Checks.notBlank(title(), "title");
    Checks.nonNegative(hours(), "hours");
    Checks.nonNegative(cost(), "cost");
    String owner = "course '" + id() + "'";
    Requirements.unique(covers(), CompetencyLevel::competency, "competency", owner);
    Requirements.unique(prerequisites(), c -> c, "prerequisite", owner);
    if (prerequisites().contains(id())) {
      throw new IllegalArgumentException(owner + " cannot be its own prerequisite");
    }
  }
}
