package org.sppathways.structure;

import java.util.List;

/**
 * Who works beyond their contracted hours, by organisation type and seniority — the seed study
 * found senior staff in community organisations doing so. Hours come from the profiles'
 * {@code contractedHours} and {@code workedHours}.
 *
 * <p>JSON: {@code people}, {@code withHours}, {@code groups} and {@code byOrganisationType}
 * (lists of {@link WorkloadGroup}).
 *
 * @param people every profile read
 * @param withHours those with both contracted and worked hours
 * @param groups one per (organisation type, seniority) that has people: by type id (unknown
 *     type last), then seniority (unknown last)
 * @param byOrganisationType one per organisation type over all seniorities, same order
 *
 * @since 0.1.0
 */
public record Workload(long people, long withHours, List<WorkloadGroup> groups,
    List<WorkloadGroup> byOrganisationType) {

  /** Validates and copies the components. */
  public Workload {
    groups = List.copyOf(groups);
    byOrganisationType = List.copyOf(byOrganisationType);
  }
}
