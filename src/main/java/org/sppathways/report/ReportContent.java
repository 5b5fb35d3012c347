package org.sppathways.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sppathways.gaps.PopulationNeeds;
import org.sppathways.model.WorkforceModel;
import org.sppathways.training.CoverageReport;

/**
 * Everything a report shows, computed beforehand by {@link Reports#of}: writers only lay it out.
 *
 * @param model the model reported on
 * @param careerMap the laid-out career graph
 * @param ceilings highest seniority reachable per organisation type (staying with that type),
 *     best first
 * @param coverage the course coverage of the model's catalogue
 * @param population what the profiles show, when profiles were given
 */
public record ReportContent(WorkforceModel model, CareerMap careerMap, List<Ceiling> ceilings,
    CoverageReport coverage, Optional<PopulationSection> population) {

  /** Validates and copies the components. */
  public ReportContent {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(careerMap, "careerMap");
    ceilings = List.copyOf(ceilings);
    Objects.requireNonNull(coverage, "coverage");
    Objects.requireNonNull(population, "population");
  }

  /**
   * The progression ceiling of one organisation type.
   *
   * @param organisationType the organisation type id
   * @param name its name
   * @param seniority the highest seniority reachable from its entry roles without leaving it (0
   *     when it offers no role with a seniority)
   * @param role a role at that seniority (the first by id)
   * @param steps the fewest moves to reach it from an entry role of the type
   */
  public record Ceiling(String organisationType, String name, int seniority, String role,
      int steps) {
    /** Validates the components. */
    public Ceiling {
      Objects.requireNonNull(organisationType, "organisationType");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(role, "role");
    }
  }

  /**
   * What a population of profiles shows.
   *
   * @param people the number of profiles
   * @param readinessBands people per band of readiness for their own role (eleven bands as in
   *     {@link org.sppathways.gaps.ReadinessDistribution}), people without a role left out
   * @param meanReadinessByRole mean readiness for their own role, per role id (roles with people)
   * @param needs the population's training needs against their own roles
   */
  public record PopulationSection(long people, List<Long> readinessBands,
      Map<String, Double> meanReadinessByRole, PopulationNeeds needs) {
    /** Copies the components. */
    public PopulationSection {
      readinessBands = List.copyOf(readinessBands);
      meanReadinessByRole = Map.copyOf(meanReadinessByRole);
      Objects.requireNonNull(needs, "needs");
    }
  }
}
