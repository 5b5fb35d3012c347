package org.sppathways.gaps;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sppathways.model.RoleId;

/**
 * Where a population is short: per competency, the people short and the total shortfall, split
 * by role and organisation type, most common gaps first (people short descending, then total
 * shortfall descending, then competency id). Competencies nobody is short of are left out.
 *
 * @param target the role everyone was assessed against, or empty when each person was assessed
 *     against their current role
 * @param people the profiles read
 * @param assessed the profiles assessed (people without a current role are skipped when there is
 *     no target)
 * @param competencies the needs, most common first
 * @param readiness the readiness distribution for the target role, when there is one
 * @param asOf the day held levels were taken on, when any profile's evidence carried dates;
 *     empty otherwise, when the day makes no difference
 *
 * @since 0.1.0
 */
public record PopulationNeeds(Optional<RoleId> target, long people, long assessed,
    List<CompetencyNeed> competencies, Optional<ReadinessDistribution> readiness,
    Optional<LocalDate> asOf) {
  /**
   * Validates and copies the components.
   *
   * @throws IllegalArgumentException if a count is negative, more people are assessed than read,
   *     or the readiness distribution is not for the target role
   */
  public PopulationNeeds {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(readiness, "readiness");
    Objects.requireNonNull(asOf, "asOf");
    competencies = List.copyOf(competencies);
    if (people < 0 || assessed < 0 || assessed > people) {
      throw new IllegalArgumentException("expected 0 <= assessed <= people, got assessed "
          + assessed + " of " + people);
    }
    if (readiness.isPresent() && !target.equals(Optional.of(readiness.get().role()))) {
      throw new IllegalArgumentException("the readiness distribution is for role "
          + readiness.get().role() + ", not the target " + target.map(Object::toString)
              .orElse("(none)"));
    }
  }

  /**
   * The same needs with only the {@code n} most common competencies (all of them when there are
   * no more than {@code n}); the counts of people are unchanged.
   *
   * @param n how many competencies to keep, 1 or more
   * @throws IllegalArgumentException if n is below 1
   */
  public PopulationNeeds mostCommon(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be 1 or more, was " + n);
    }
    return n >= competencies.size() ? this : new PopulationNeeds(target, people, assessed,
        competencies.subList(0, n), readiness, asOf);
  }
}
