package org.sppathways.training;

import java.util.List;

/**
 * What a course catalogue covers, for which roles, and what is missing.
 *
 * @param competencies every competency of the model, in model order
 * @param uncovered the competencies some role requires above the level any course reaches, in
 *     model order
 * @param roles every role, in model order
 * @param bestAdditions the single-competency courses whose addition would make the most roles
 *     fully reachable, best first (roles made reachable descending, then requirements closed
 *     descending, then competency id)
 */
public record CoverageReport(List<CompetencyCoverage> competencies,
    List<CompetencyCoverage> uncovered, List<RoleCoverage> roles,
    List<CoverageAddition> bestAdditions) {
  /** Copies the components. */
  public CoverageReport {
    competencies = List.copyOf(competencies);
    uncovered = List.copyOf(uncovered);
    roles = List.copyOf(roles);
    bestAdditions = List.copyOf(bestAdditions);
  }
}
