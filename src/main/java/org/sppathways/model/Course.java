package org.sppathways.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.sppathways.model.internal.Checks;
import org.sppathways.model.internal.Requirements;

/**
 * A course or qualification: how long and costly it is, and which competencies it brings its
 * completers up to which level.
 *
 * <pre>{@code
 * Course l3 = Course.builder()
 *     .id(CourseId.of("safeguarding-adults-l3"))
 *     .title("Safeguarding adults, level 3")
 *     .hours(8).cost(0)
 *     .addCover(CompetencyLevel.of(CompetencyId.of("safeguarding-adults"), 3))
 *     .validForMonths(36)                                  // renewed every three years
 *     .addEntry(EntryRule.HeldLevel.of(CompetencyId.of("safeguarding-adults"), 2))
 *     .build();
 * l3.lapsesOn(LocalDate.of(2023, 5, 2));                 // Optional[2026-05-02]
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

  /**
   * How many months completing the course counts as holding the levels it teaches, when the
   * evidence lapses (e.g. 36 for safeguarding renewed every three years); more than 0. Absent:
   * completion never lapses.
   *
   * @since 0.1.0
   */
  public abstract OptionalInt validForMonths();

  /**
   * The rules a person must meet to enrol, all of them, besides the
   * {@linkplain #prerequisites() prerequisites}; empty when anyone may enrol.
   *
   * @since 0.1.0
   */
  public abstract List<EntryRule> entry();

  /**
   * The day on which a completion on {@code completed} lapses: {@code completed} plus
   * {@link #validForMonths()} months ({@link LocalDate#plusMonths}, so 31 January plus one month
   * is 28 or 29 February). The evidence counts on days before that day and no longer on it.
   * Empty when the course never lapses.
   *
   * @since 0.1.0
   */
  public Optional<LocalDate> lapsesOn(LocalDate completed) {
    Objects.requireNonNull(completed, "completed");
    return validForMonths().isPresent()
        ? Optional.of(completed.plusMonths(validForMonths().getAsInt()))
        : Optional.empty();
  }

  /**
   * Whether the candidate meets every {@linkplain #entry() entry rule} (prerequisites are not
   * checked here). O(total size of the rules).
   *
   * <pre>{@code
   * course.isOpenTo(EntryRule.Candidate.of(person));
   * }</pre>
   *
   * @since 0.1.0
   */
  public boolean isOpenTo(EntryRule.Candidate candidate) {
    Objects.requireNonNull(candidate, "candidate");
    for (EntryRule rule : entry()) {
      if (!rule.isMetBy(candidate)) {
        return false;
      }
    }
    return true;
  }

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
    if (validForMonths().isPresent() && validForMonths().getAsInt() <= 0) {
      throw new IllegalArgumentException(
          "validForMonths must be 1 or more, was " + validForMonths().getAsInt());
    }
    if (prerequisites().contains(id())) {
      throw new IllegalArgumentException(owner + " cannot be its own prerequisite");
    }
  }
}
