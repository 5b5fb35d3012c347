package org.sppathways.structure;

import org.sppathways.paths.Criterion;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.sppathways.model.RoleId;

/**
 * The parts of a {@link StructureAnalysis} asked for together, with the settings they were
 * computed under: what {@code sp-pathways structure} prints, as one result that the
 * {@code org.sppathways.io.ResultWriter} writes. A part not asked for is empty.
 *
 * <pre>{@code
 * StructureAnalysis structure = StructureAnalysis.of(model);
 * StructureReport report = StructureReport.of(structure, false, Criterion.STEPS,
 *     EnumSet.of(StructureReport.Part.CEILINGS, StructureReport.Part.BOTTLENECKS));
 * report.ceilings().orElseThrow();   // across organisation types
 * String json = ResultWriter.json().write(report);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param model the model's name
 * @param byOrganisationType whether ceilings and dead ends stay within each organisation type
 * @param metric how bottleneck paths are measured
 * @param monthsTies which least-month paths count for betweenness by months
 * @param seniorFrom the seniority from which roles are senior; empty when no role has one
 * @param entryRoles the entry roles of the workforce, by id
 * @param seniorRoles the senior roles of the workforce, by id
 * @param ceilings the ceilings across organisation types, one per entry role (not with
 *     {@code byOrganisationType})
 * @param crossingGains per organisation type and entry role, the ceiling within the type beside
 *     the one crossing types (only with {@code byOrganisationType})
 * @param deadEnds the dead ends, within each type or across types
 * @param bottlenecks the roles by betweenness centrality, most central first
 * @param criticalRoles the roles every path from the entry to some senior roles passes through
 * @param minimumCut the fewest routes and roles separating entry from senior roles
 * @param supportGaps senior roles whose employers lack key support
 * @param support the support each role has and lacks with each type that offers it
 * @since 0.1.0
 */
public record StructureReport(String model, boolean byOrganisationType, Criterion metric,
    MonthsTies monthsTies, OptionalInt seniorFrom, List<RoleId> entryRoles,
    List<RoleId> seniorRoles, Optional<List<Ceiling>> ceilings,
    Optional<List<CrossingGain>> crossingGains, Optional<List<DeadEnd>> deadEnds,
    Optional<List<Bottleneck>> bottlenecks, Optional<List<CriticalRole>> criticalRoles,
    Optional<MinimumCut> minimumCut, Optional<List<SupportGap>> supportGaps,
    Optional<List<RoleSupport>> support) {

  /**
   * A part of the structure analysis; printed as its lower-case name with hyphens
   * ({@code dead-ends}), as {@code --part} takes it.
   */
  public enum Part {
    /** Progression ceilings (with crossing gains when by organisation type). */
    CEILINGS,
    /** Dead ends and plateaus. */
    DEAD_ENDS,
    /** Betweenness centrality. */
    BOTTLENECKS,
    /** Dominators of the senior roles. */
    CRITICAL_ROLES,
    /** Minimum route and role cuts. */
    MINIMUM_CUT,
    /** Senior roles lacking key support. */
    SUPPORT_GAPS,
    /** Support per role and organisation type. */
    SUPPORT;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The part of that printed name ({@code dead-ends}).
     *
     * @throws IllegalArgumentException naming the valid names, when there is none
     */
    public static Part parse(String name) {
      return org.sppathways.model.internal.EnumNames.parse(Part.class, "structure part", name);
    }
  }

  /** Validates and copies the components. */
  public StructureReport {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(monthsTies, "monthsTies");
    Objects.requireNonNull(seniorFrom, "seniorFrom");
    entryRoles = List.copyOf(entryRoles);
    seniorRoles = List.copyOf(seniorRoles);
    ceilings = ceilings.map(List::copyOf);
    crossingGains = crossingGains.map(List::copyOf);
    deadEnds = deadEnds.map(List::copyOf);
    bottlenecks = bottlenecks.map(List::copyOf);
    criticalRoles = criticalRoles.map(List::copyOf);
    Objects.requireNonNull(minimumCut, "minimumCut");
    supportGaps = supportGaps.map(List::copyOf);
    support = support.map(List::copyOf);
    if (byOrganisationType ? ceilings.isPresent() : crossingGains.isPresent()) {
      throw new IllegalArgumentException(byOrganisationType
          ? "by organisation type, ceilings come as crossing gains"
          : "crossing gains belong to a report by organisation type");
    }
  }

  /**
   * Computes the parts asked for. Cost: that of each part (see {@link StructureAnalysis}).
   *
   * @param analysis the analysis of the model
   * @param byOrganisationType whether ceilings and dead ends stay within each organisation type
   * @param metric how bottleneck paths are measured
   * @param parts the parts to compute
   */
  public static StructureReport of(StructureAnalysis analysis, boolean byOrganisationType,
      Criterion metric, Set<Part> parts) {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(metric, "metric");
    boolean ceilings = parts.contains(Part.CEILINGS);
    return new StructureReport(analysis.model().name(), byOrganisationType, metric,
        analysis.options().monthsTies(), analysis.seniorFrom(), analysis.entryRoles(),
        analysis.seniorRoles(),
        ceilings && !byOrganisationType ? Optional.of(analysis.ceilingsAcrossTypes())
            : Optional.empty(),
        ceilings && byOrganisationType ? Optional.of(analysis.crossingGains()) : Optional.empty(),
        parts.contains(Part.DEAD_ENDS) ? Optional.of(byOrganisationType ? analysis.deadEnds()
            : analysis.deadEndsAcrossTypes()) : Optional.empty(),
        parts.contains(Part.BOTTLENECKS) ? Optional.of(analysis.bottlenecks(metric))
            : Optional.empty(),
        parts.contains(Part.CRITICAL_ROLES) ? Optional.of(analysis.criticalRoles())
            : Optional.empty(),
        parts.contains(Part.MINIMUM_CUT) ? Optional.of(analysis.minimumCut()) : Optional.empty(),
        parts.contains(Part.SUPPORT_GAPS) ? Optional.of(analysis.supportGaps())
            : Optional.empty(),
        parts.contains(Part.SUPPORT) ? Optional.of(analysis.support()) : Optional.empty());
  }

  /** This report with only the {@code n} most central bottlenecks. */
  public StructureReport withTopBottlenecks(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("the number of bottlenecks must be 1 or more, was " + n);
    }
    return new StructureReport(model, byOrganisationType, metric, monthsTies, seniorFrom,
        entryRoles, seniorRoles, ceilings, crossingGains, deadEnds,
        bottlenecks.map(b -> b.subList(0, Math.min(n, b.size()))), criticalRoles, minimumCut,
        supportGaps, support);
  }
}
