package org.sppathways.training;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a course catalogue covers, for which roles, and what is missing.
 *
 * @param competencies every competency of the model, in model order
 * @param uncovered the competencies some role requires above the level any course reaches, in
 *     model order
 * @param roles every role (in a report by organisation type, every role the type offers), in
 *     model order
 * @param bestAdditions the single-competency courses whose addition would make the most roles
 *     reachable by courses and practice, best first (roles made reachable descending, then
 *     requirements closed descending, then competency id); external professions and competencies
 *     learned on the job are left out (see {@link CoverageAnalysis})
 * @param noAdditions when {@code bestAdditions} is empty, one sentence saying why (e.g. every role
 *     can already be reached by courses and practice); empty otherwise
 *
 * @since 0.1.0
 */
public record CoverageReport(List<CompetencyCoverage> competencies,
    List<CompetencyCoverage> uncovered, List<RoleCoverage> roles,
    List<CoverageAddition> bestAdditions, Optional<String> noAdditions) {
  /** Copies the components. */
  public CoverageReport {
    competencies = List.copyOf(competencies);
    uncovered = List.copyOf(uncovered);
    roles = List.copyOf(roles);
    bestAdditions = List.copyOf(bestAdditions);
    Objects.requireNonNull(noAdditions, "noAdditions");
  }
}
