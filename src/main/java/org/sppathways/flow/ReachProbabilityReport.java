package org.sppathways.flow;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.RoleId;

/**
 * The chance that someone in one role ever reaches another before leaving the workforce, and how
 * long it takes, for a person in the role as a whole: when states are split by organisation type,
 * the states' figures weighted by their shares of the role (command {@code reach-probability}).
 *
 * <pre>{@code
 * ReachProbabilityReport r = ReachProbabilityReport.of(FlowModel.of(model, start),
 *     RoleId.of("link-worker"), RoleId.of("senior-link-worker"));
 * r.probability();      // e.g. 0.41
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param from the starting role
 * @param to the role to reach
 * @param probability the probability, in [0, 1]
 * @param expectedYears expected years to reach it, given that it is reached; empty when the
 *     probability is 0
 * @param byOrganisationType one entry per organisation type of {@code from} when states are split
 *     by organisation type, empty otherwise
 * @param notes what to keep in mind about the data ({@link FlowModel#notes()})
 * @since 0.1.0
 */
public record ReachProbabilityReport(RoleId from, RoleId to, double probability,
    OptionalDouble expectedYears, List<TypeReach> byOrganisationType, List<String> notes) {

  /** Validates and copies the components. */
  public ReachProbabilityReport {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(expectedYears, "expectedYears");
    byOrganisationType = ImmutableList.copyOf(byOrganisationType);
    notes = ImmutableList.copyOf(notes);
  }

  /**
   * The figures of one state of the starting role.
   *
   * @param organisationType the state's organisation type (empty for a role offered by none)
   * @param share the state's share of the role's people, in [0, 1]
   * @param probability the probability from this state, in [0, 1]
   * @param expectedYears expected years to reach the role from this state, given that it is
   *     reached; empty when the probability is 0
   */
  public record TypeReach(Optional<OrganisationTypeId> organisationType, double share,
      double probability, OptionalDouble expectedYears) {
    /** Validates that no component is null. */
    public TypeReach {
      Objects.requireNonNull(organisationType, "organisationType");
      Objects.requireNonNull(expectedYears, "expectedYears");
    }
  }

  /**
   * The reach probability from role {@code from} to role {@code to}. O(n³) for n states.
   *
   * @throws org.sppathways.model.UnknownIdException if either role is not in the model, or
   *     {@code from} is not a workforce role
   */
  public static ReachProbabilityReport of(FlowModel flows, RoleId from, RoleId to) {
    List<ReachProbability> each = flows.longRun().reach(from, to);
    double p = 0;
    double timed = 0;
    for (ReachProbability r : each) {
      double share = flows.share(r.from());
      p += share * r.probability();
      if (r.expectedYears().isPresent()) {
        timed += share * r.probability() * r.expectedYears().getAsDouble();
      }
    }
    List<TypeReach> types = flows.isSplitByOrganisationType()
        ? each.stream().map(r -> new TypeReach(r.from().organisationType(), flows.share(r.from()),
            r.probability(), r.expectedYears())).toList()
        : List.of();
    return new ReachProbabilityReport(from, to, p,
        p > 0 ? OptionalDouble.of(timed / p) : OptionalDouble.empty(), types, flows.notes());
  }
}
