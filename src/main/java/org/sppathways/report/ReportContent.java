package org.sppathways.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sppathways.flow.FlowParameter;
import org.sppathways.flow.Projection;
import org.sppathways.gaps.PopulationNeeds;
import org.sppathways.model.WorkforceModel;
import org.sppathways.training.CoverageReport;
import org.sppathways.training.TrainingDemand;

/**
 * Everything a report shows, computed beforehand by {@link Reports#of}: writers only lay it out.
 *
 * @param model the model reported on
 * @param careerMap the laid-out career graph
 * @param ceilings how far careers go with each kind of employer from each role people start in
 *     there (see {@link Reports#ceilings}), by type then entry role
 * @param coverage the course coverage of the model's catalogue
 * @param population what the profiles show, when profiles were given
 * @param outlook the workforce outlook, when the model has staff figures and flow data (see
 *     {@link Reports#outlook})
 *
 * @since 0.1.0
 */
public record ReportContent(WorkforceModel model, CareerMap careerMap, List<Ceiling> ceilings,
    CoverageReport coverage, Optional<PopulationSection> population, Optional<Outlook> outlook) {

  /** Validates and copies the components. */
  public ReportContent {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(careerMap, "careerMap");
    ceilings = List.copyOf(ceilings);
    Objects.requireNonNull(coverage, "coverage");
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(outlook, "outlook");
  }

  /** This content with a workforce outlook. */
  public ReportContent withOutlook(Outlook outlook) {
    return new ReportContent(model, careerMap, ceilings, coverage, population,
        Optional.of(outlook));
  }

  /**
   * Where the workforce is heading if the model's rates hold: the projection from a start, its
   * staff cost, and the training places its entrants and lapsing training need.
   *
   * @param start where the starting headcounts come from, in words
   * @param projection the projection, year 0 the start
   * @param demand the training demand of the projection, years 1 to the last (as
   *     {@link org.sppathways.training.DemandForecaster#forecast} gives it for this projection)
   */
  public record Outlook(String start, Projection projection, TrainingDemand demand) {
    /** Validates the components. */
    public Outlook {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(projection, "projection");
      Objects.requireNonNull(demand, "demand");
    }

    /** The flow parameters the model marks assumed, in the projection's order. */
    public List<FlowParameter> assumed() {
      return projection.parameters().stream().filter(FlowParameter::isAssumed).toList();
    }
  }

  /**
   * How far a career goes with one kind of employer from one role people start in there: the
   * most senior role reachable from that entry role without moving to another kind of employer,
   * as {@link org.sppathways.structure.StructureAnalysis#ceiling} gives it.
   *
   * @param organisationType the organisation type id
   * @param name its name
   * @param entryRoleId the entry role's id; empty when the type offers no role people start in
   * @param entryRole the entry role's title ("–" when there is none)
   * @param seniority the highest seniority reachable from the entry role without leaving the type
   *     (0 when no reachable role has a seniority, or there is no entry role)
   * @param topRoleId the id of the role at the top ({@code entryRoleId} when nothing is higher)
   * @param role the title of the role at the top ("–" when there is no entry role)
   * @param steps the fewest moves from the entry role to the role at the top
   */
  public record Ceiling(String organisationType, String name, String entryRoleId,
      String entryRole, int seniority, String topRoleId, String role, int steps) {
    /** Validates the components. */
    public Ceiling {
      Objects.requireNonNull(organisationType, "organisationType");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(entryRoleId, "entryRoleId");
      Objects.requireNonNull(entryRole, "entryRole");
      Objects.requireNonNull(topRoleId, "topRoleId");
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
