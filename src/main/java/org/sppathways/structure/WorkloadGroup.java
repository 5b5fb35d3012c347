package org.sppathways.structure;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.sppathways.model.OrganisationTypeId;

/**
 * Hours worked against contract by the people of one group: one organisation type and one
 * seniority level (or, in {@link Workload#byOrganisationType()}, every level of a type).
 *
 * <p>JSON and CSV: {@code organisationType} and {@code seniority} (absent in JSON, empty in
 * CSV, when unknown, or
 * for all levels), {@code people}, {@code withHours}, {@code beyondContract}, {@code shareBeyond},
 * {@code meanExcess}.
 *
 * @param organisationType the employer type; empty for people whose profile names none
 * @param seniority the seniority of their current role; empty when their role has none, they
 *     have no role, or (in {@link Workload#byOrganisationType()}) for every level together
 * @param people the people in the group
 * @param withHours those whose profile gives both contracted and worked hours
 * @param beyondContract those of them who work more hours than contracted
 * @param shareBeyond {@code beyondContract / withHours}; 0 when no one has hours
 * @param meanExcess the mean of worked minus contracted hours per week over those working beyond
 *     contract; 0 when no one does
 *
 * @since 0.1.0
 */
public record WorkloadGroup(Optional<OrganisationTypeId> organisationType, OptionalInt seniority,
    long people, long withHours, long beyondContract, double shareBeyond, double meanExcess) {

  /** Validates the components. */
  public WorkloadGroup {
    Objects.requireNonNull(organisationType, "organisationType");
    Objects.requireNonNull(seniority, "seniority");
    if (beyondContract > withHours || withHours > people || beyondContract < 0) {
      throw new IllegalArgumentException("expected 0 <= beyondContract <= withHours <= people, got "
          + beyondContract + ", " + withHours + ", " + people);
    }
  }
}
