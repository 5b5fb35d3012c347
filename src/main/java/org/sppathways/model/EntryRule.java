package org.sppathways.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.sppathways.model.internal.Checks;

/**
 * One rule a person must meet to enrol on a course ({@link Course#entry()}): a competency held at
 * a level, a course completed, one of several rules, an employer of certain organisation types,
 * or a contract of enough hours. A course's entry rules all must hold; they come on top of its
 * {@linkplain Course#prerequisites() prerequisites}.
 *
 * <p>In a model file each rule is a map with one kind of key:
 * <pre>{@code
 * entry:
 *   - {competency: safeguarding-adults, level: 2}       # EntryRule.HeldLevel
 *   - {course: care-certificate}                        # EntryRule.CompletedCourse
 *   - {anyOf: [{competency: a, level: 2}, {course: x}]} # EntryRule.AnyOf
 *   - {organisationTypes: [pcn, nhs-trust]}             # EntryRule.OrganisationTypes
 *   - {minContractedHours: 30}                          # EntryRule.MinContractedHours
 * }</pre>
 *
 * <p>Every rule is a record, immutable and thread-safe, validated when built (an
 * {@link IllegalArgumentException} naming the bad value). Whether its ids are in a model is
 * checked by {@link WorkforceModel.Builder#build()}.
 *
 * <pre>{@code
 * EntryRule rule = EntryRule.AnyOf.of(List.of(
 *     EntryRule.HeldLevel.of(CompetencyId.of("safeguarding-adults"), 2),
 *     EntryRule.CompletedCourse.of(CourseId.of("care-certificate"))));
 * boolean ok = rule.isMetBy(EntryRule.Candidate.of(person));
 * }</pre>
 *
 * @since 0.1.0
 */
public sealed interface EntryRule {

  /**
   * Whether the candidate meets this rule. A rule about something the candidate's profile does
   * not say (no organisation type, no contracted hours) is not met: eligibility must be shown.
   *
   * <p>O(size of the rule) calls on the candidate.
   */
  boolean isMetBy(Candidate candidate);

  /**
   * What {@link #isMetBy(Candidate)} needs to know of a person: the levels they hold, the courses
   * they have completed, their employer's organisation type and their contracted hours. A
   * planner that adds courses one by one implements it over its own state.
   *
   * @since 0.1.0
   */
  interface Candidate {
    /** The level held of a competency, 0 when not held. */
    int level(CompetencyId competency);

    /** Whether the course has been completed. */
    boolean hasCompleted(CourseId course);

    /** The employer's organisation type, when known. */
    Optional<OrganisationTypeId> organisationType();

    /** Contracted hours per week, when known. */
    OptionalDouble contractedHours();

    /**
     * A candidate as a profile says, ignoring dates: the levels in {@link WorkerProfile#holds()}
     * and the courses in {@link WorkerProfile#completed()}. For a person "as of" a date, use
     * {@link #of(HeldLevels, WorkerProfile)}.
     */
    static Candidate of(WorkerProfile person) {
      Objects.requireNonNull(person, "person");
      Set<CourseId> completed = Set.copyOf(person.completed());
      return of(person::level, completed::contains, person.organisationType(),
          person.contractedHours());
    }

    /**
     * A candidate as of the date of {@code held}: the levels held then and the courses completed
     * by then (lapsed or not), with the profile's organisation type and contracted hours.
     *
     * <pre>{@code
     * HeldLevels held = HeldLevels.of(model, person, LocalDate.of(2026, 1, 1));
     * boolean canEnrol = course.isOpenTo(EntryRule.Candidate.of(held, person));
     * }</pre>
     */
    static Candidate of(HeldLevels held, WorkerProfile person) {
      Objects.requireNonNull(held, "held");
      Objects.requireNonNull(person, "person");
      return of(held::level, held.completed()::contains, person.organisationType(),
          person.contractedHours());
    }

    private static Candidate of(java.util.function.ToIntFunction<CompetencyId> level,
        java.util.function.Predicate<CourseId> completed, Optional<OrganisationTypeId> type,
        OptionalDouble hours) {
      return new Candidate() {
        @Override
        public int level(CompetencyId competency) {
          return level.applyAsInt(competency);
        }

        @Override
        public boolean hasCompleted(CourseId course) {
          return completed.test(course);
        }

        @Override
        public Optional<OrganisationTypeId> organisationType() {
          return type;
        }

        @Override
        public OptionalDouble contractedHours() {
          return hours;
        }
      };
    }
  }

  /**
   * Holding a competency at a level or above: {@code {competency: safeguarding-adults, level: 2}}.
   *
   * @param competency the competency
   * @param level the least level, 1 or more
   * @since 0.1.0
   */
  record HeldLevel(CompetencyId competency, int level) implements EntryRule {
    /**
     * Checks the level.
     *
     * @throws IllegalArgumentException if the level is below 1
     */
    public HeldLevel {
      Objects.requireNonNull(competency, "competency");
      Checks.positiveLevel(level, "level");
    }

    /**

     * The rule.

     *

     * @throws IllegalArgumentException if the level is below 1

     */
    public static HeldLevel of(CompetencyId competency, int level) {
      return new HeldLevel(competency, level);
    }

    @Override
    public boolean isMetBy(Candidate candidate) {
      return candidate.level(competency) >= level;
    }
  }

  /**
   * Having completed a course: {@code {course: care-certificate}}. A completion counts even when
   * its evidence has lapsed ({@link Course#validForMonths()}): the rule asks that the course was
   * done, not that its levels are still in date.
   *
   * @param course the course
   * @since 0.1.0
   */
  record CompletedCourse(CourseId course) implements EntryRule {
    /** Checks the id. */
    public CompletedCourse {
      Objects.requireNonNull(course, "course");
    }

    /** The rule. */
    public static CompletedCourse of(CourseId course) {
      return new CompletedCourse(course);
    }

    @Override
    public boolean isMetBy(Candidate candidate) {
      return candidate.hasCompleted(course);
    }
  }

  /**
   * At least one of several rules: {@code {anyOf: [{competency: a, level: 2}, {course: x}]}}.
   *
   * @param rules the alternatives, at least one, in the order given
   * @since 0.1.0
   */
  record AnyOf(List<EntryRule> rules) implements EntryRule {
    /**
     * Copies and checks the list.
     *
     * @throws IllegalArgumentException if it is empty
     */
    public AnyOf {
      rules = List.copyOf(rules);
      if (rules.isEmpty()) {
        throw new IllegalArgumentException("anyOf must list at least one rule");
      }
    }

    /**

     * The rule.

     *

     * @throws IllegalArgumentException if {@code rules} is empty

     */
    public static AnyOf of(List<? extends EntryRule> rules) {
      return new AnyOf(List.copyOf(rules));
    }

    @Override
    public boolean isMetBy(Candidate candidate) {
      for (EntryRule rule : rules) {
        if (rule.isMetBy(candidate)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Working for an employer of one of the given organisation types:
   * {@code {organisationTypes: [pcn, nhs-trust]}}. Not met when the person's organisation type is
   * not known.
   *
   * @param types the organisation types, at least one, in the order given
   * @since 0.1.0
   */
  record OrganisationTypes(Set<OrganisationTypeId> types) implements EntryRule {
    /**
     * Copies and checks the set.
     *
     * @throws IllegalArgumentException if it is empty
     */
    public OrganisationTypes {
      if (types.isEmpty()) {
        throw new IllegalArgumentException("organisationTypes must list at least one type");
      }
      types = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(types));
    }

    /**

     * The rule.

     *

     * @throws IllegalArgumentException if {@code types} is empty

     */
    public static OrganisationTypes of(Set<OrganisationTypeId> types) {
      return new OrganisationTypes(types);
    }

    @Override
    public boolean isMetBy(Candidate candidate) {
      return candidate.organisationType().map(types::contains).orElse(false);
    }
  }

  /**
   * A contract of at least so many hours a week: {@code {minContractedHours: 30}}. Not met when
   * the person's contracted hours are not known.
   *
   * @param hours the least contracted hours per week, more than 0 and finite
   * @since 0.1.0
   */
  record MinContractedHours(double hours) implements EntryRule {
    /**
     * Checks the hours.
     *
     * @throws IllegalArgumentException unless 0 &lt; hours &lt; infinity
     */
    public MinContractedHours {
      if (!(hours > 0) || Double.isInfinite(hours)) {
        throw new IllegalArgumentException(
            "minContractedHours must be a finite number above 0, was " + hours);
      }
    }

    /**

     * The rule.

     *

     * @throws IllegalArgumentException unless 0 &lt; hours &lt; infinity

     */
    public static MinContractedHours of(double hours) {
      return new MinContractedHours(hours);
    }

    @Override
    public boolean isMetBy(Candidate candidate) {
      OptionalDouble held = candidate.contractedHours();
      return held.isPresent() && held.getAsDouble() >= hours;
    }
  }
}
