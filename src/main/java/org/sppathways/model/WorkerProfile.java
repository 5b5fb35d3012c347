package org.sppathways.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.sppathways.model.internal.Checks;

/**
 * A person in the workforce: current role and employer type (when known), months in role, the
 * competency levels they hold and the courses they have completed.
 *
 * <p><b>Profiles are personal data.</b> The library never logs them, and {@link #toString()}
 * shows only the id and counts, never held levels, hours or courses.
 *
 * <pre>{@code
 * WorkerProfile alex = WorkerProfile.builder()
 *     .id(PersonId.of("p-0001"))
 *     .role(RoleId.of("link-worker"))
 *     .putHold(CompetencyId.of("safeguarding-adults"), 2)
 *     .build();
 * alex.level(CompetencyId.of("safeguarding-adults"));   // 2
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class WorkerProfile {

  /** The person's id. */
  public abstract PersonId id();

  /** The current role, when known. */
  public abstract Optional<RoleId> role();

  /** The current employer's organisation type, when known. */
  public abstract Optional<OrganisationTypeId> organisationType();

  /** Months in the current role, 0 or more (default 0). */
  @Value.Default
  public int monthsInRole() {
    return 0;
  }

  /** Contracted hours per week, when known. */
  public abstract OptionalDouble contractedHours();

  /** Hours per week actually worked, when known. */
  public abstract OptionalDouble workedHours();

  /**
   * The competency levels held (0 means not held), as recorded: some may have lapsed (see
   * {@link #holdsUntil()}), and courses completed may give more (see {@link HeldLevels}).
   */
  public abstract Map<CompetencyId, Integer> holds();

  /**
   * For held levels that lapse, the day each lapses: the level in {@link #holds()} counts on
   * days before that day and no longer on it. Every key is a key of {@link #holds()}. In a
   * profiles file: {@code holds: {safeguarding-adults: {level: 3, until: 2026-05-02}}}.
   *
   * @since 0.1.0
   */
  public abstract Map<CompetencyId, LocalDate> holdsUntil();

  /**
   * Completed courses, each with the day it was completed when known, in the order given. A
   * course may appear more than once (a refresher taken again).
   *
   * @since 0.1.0
   */
  public abstract List<Completion> completions();

  /**
   * The completed courses, without dates, in the order of {@link #completions()} and each listed
   * once. Whether a completion still counts on a day is for {@link HeldLevels} to say.
   */
  public List<CourseId> completed() {
    return completions().stream().map(Completion::course).distinct().toList();
  }

  /** The level held of a competency, 0 when not held. */
  public int level(CompetencyId competency) {
    Integer level = holds().get(Objects.requireNonNull(competency, "competency"));
    return level == null ? 0 : level;
  }

  /**
   * Whether any of the person's evidence carries a date (a dated completion or an {@code until}
   * day), so that the day held levels are taken on can change them. O(c) for c completions.
   */
  public boolean hasDates() {
    return !holdsUntil().isEmpty() || completions().stream().anyMatch(c -> c.date().isPresent());
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkerProfile}. */
  public static final class Builder extends ImmutableWorkerProfile.Builder {
    /** Adds an undated completion of a course. */
    public Builder addCompleted(CourseId course) {
      addCompletion(Completion.of(course));
      return this;
    }

    /** Adds undated completions of courses. */
    public Builder addCompleted(CourseId... courses) {
      for (CourseId course : courses) {
        addCompleted(course);
      }
      return this;
    }

    /** Adds undated completions of courses. */
    public Builder addAllCompleted(Iterable<CourseId> courses) {
      courses.forEach(this::addCompleted);
      return this;
    }

    /** Adds a completion of a course on a day. @since 0.1.0 */
    public Builder addCompleted(CourseId course, LocalDate date) {
      addCompletion(Completion.of(course, date));
      return this;
    }

    /**
     * Adds a held level that lapses on {@code until} (held on days before it).
     *
     * @since 0.1.0
     */
    public Builder putHold(CompetencyId competency, int level, LocalDate until) {
      putHold(competency, level);
      putHoldsUntil(competency, until);
      return this;
    }
  }

  @Value.Check
  void check() {
    Checks.nonNegative(monthsInRole(), "monthsInRole");
    if (contractedHours().isPresent()) {
      Checks.nonNegative(contractedHours().getAsDouble(), "contractedHours");
    }
    if (workedHours().isPresent()) {
      Checks.nonNegative(workedHours().getAsDouble(), "workedHours");
    }
    holds().forEach((c, level) -> Checks.nonNegative(level, "level of '" + c + "'"));
    for (CompetencyId c : holdsUntil().keySet()) {
      if (!holds().containsKey(c)) {
        throw new IllegalArgumentException("a lapse date is given for competency '" + c
            + "', which the profile does not hold; give its level too");
      }
    }
  }

  /** The id and counts only: profiles are personal data and must not reach logs. */
  @Override
  public String toString() {
    return "WorkerProfile{id=" + id() + ", " + holds().size() + " competencies, "
        + completions().size() + " courses}";
  }
}
