package org.sppathways.gaps;

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
 *
 * @since 0.1.0
 */
public record PopulationNeeds(Optional<RoleId> target, long people, long assessed,
    List<CompetencyNeed> competencies, Optional<ReadinessDistribution> readiness) {
  /** Validates and copies the components. */
  public PopulationNeeds {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(readiness, "readiness");
    competencies = List.copyOf(competencies);
  }
}
