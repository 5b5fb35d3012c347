package org.sppathways.gaps;

import java.util.Objects;
import org.sppathways.model.PersonId;

/**
 * One person's standing for a role in a {@link TalentPool}.
 *
 * @param person the person
 * @param readiness met requirements / all requirements
 * @param essentialMet whether every essential requirement is met
 * @param shortfall the total missing level steps
 */
public record Candidate(PersonId person, double readiness, boolean essentialMet, int shortfall) {
  /** Validates the components. */
  public Candidate {
    Objects.requireNonNull(person, "person");
  }
}
