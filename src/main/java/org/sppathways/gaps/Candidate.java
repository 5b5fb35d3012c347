package org.sppathways.gaps;

import java.util.Objects;
import org.sppathways.model.PersonId;

/**
 * One person's standing for a role in a {@link TalentPool}.
 *
 * <p><b>Personal data.</b> Readiness and shortfall are derived from the person's competency
 * levels, so {@link #toString()} shows only the person's id; read the components for the rest.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param person the person
 * @param readiness met requirements / all requirements
 * @param essentialMet whether every essential requirement is met
 * @param shortfall the total missing level steps
 *
 * @since 0.1.0
 */
public record Candidate(PersonId person, double readiness, boolean essentialMet, int shortfall) {
  /** Validates the components. */
  public Candidate {
    Objects.requireNonNull(person, "person");
  }

  /** The person's id only, e.g. {@code Candidate{person=p-0001}}: the scores are personal data. */
  @Override
  public String toString() {
    return "Candidate{person=" + person + "}";
  }
}
