package org.sppathways.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sppathways.model.Confidence;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Provenance;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;

/**
 * One flow number of a model — a role's leaving rate or recruits, a route's rate or recruits —
 * with where it comes from, so that a projection can say which of its inputs are sourced and
 * which are assumed. Listed by {@link FlowModel#parameters()}.
 *
 * <p>A number written in the model file as a map ({@code leaving: {value: 0.15, confidence:
 * assumed, notes: ...}}) carries that {@link Provenance}'s confidence, sources and notes; a
 * plain number carries none ({@link #confidence()} empty: the file does not say). A per-organisation-type value
 * ({@code leavingBy}, {@code rateBy}, {@code recruitsBy}) shares the provenance of the
 * role's or route's own value of the same kind.
 *
 * @param kind what the number is
 * @param role the role it belongs to; for a route, the route's source role
 * @param to the route's target role; empty for a role's own leaving and recruits
 * @param organisationType the organisation type of a per-type value; empty otherwise
 * @param value the number: an annual rate in [0, 1], or recruits a year
 * @param confidence how sure the number is, when the model says; empty for a plain number
 * @param sources where it comes from; empty when the model gives none
 * @param notes the model's notes on it, e.g. why an assumed value was chosen
 * @since 0.1.0
 */
public record FlowParameter(Kind kind, RoleId role, Optional<RoleId> to,
    Optional<OrganisationTypeId> organisationType, double value,
    Optional<Confidence> confidence, List<String> sources, Optional<String> notes) {

  /** What a flow number is. */
  public enum Kind {
    /** The share of a role's staff who leave the workforce each year. */
    LEAVING,
    /** Recruits a year, into a role or along an entry route from an external role. */
    RECRUITS,
    /** The share of a role's staff who move along a route each year. */
    RATE;

    /** The printed name, lower case: {@code leaving}, {@code recruits}, {@code rate}. */
    @Override
    public String toString() {
      return org.sppathways.model.internal.EnumNames.print(this);
    }

    /**
     * The constant with the given printed name.
     *
     * @throws IllegalArgumentException if no constant prints as {@code name}
     */
    public static Kind parse(String name) {
      return org.sppathways.model.internal.EnumNames.parse(Kind.class, "flow parameter kind",
          name);
    }
  }

  /** Validates that no component is null and copies the sources. */
  public FlowParameter {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(organisationType, "organisationType");
    Objects.requireNonNull(confidence, "confidence");
    sources = List.copyOf(sources);
    Objects.requireNonNull(notes, "notes");
  }

  private static FlowParameter of(Kind kind, RoleId role, Optional<RoleId> to,
      Optional<OrganisationTypeId> type, double value, Optional<Provenance> provenance) {
    return new FlowParameter(kind, role, to, type, value,
        provenance.flatMap(Provenance::confidence),
        provenance.map(Provenance::sources).orElse(List.of()),
        provenance.flatMap(Provenance::notes));
  }

  /** Whether the model marks the number {@linkplain Confidence#ASSUMED assumed}. */
  public boolean isAssumed() {
    return confidence.filter(c -> c == Confidence.ASSUMED).isPresent();
  }

  /**
   * A short name, e.g. {@code leaving of 'link-worker'}, {@code rate 'link-worker' ->
   * 'senior-link-worker'}, {@code recruits into 'care-coordinator' in 'pcn'}.
   */
  public String describe() {
    String where = organisationType.map(t -> " in '" + t + "'").orElse("");
    if (to.isPresent()) {
      return kind + " '" + role + "' -> '" + to.get() + "'" + where;
    }
    return (kind == Kind.LEAVING ? "leaving of '" : "recruits into '") + role + "'" + where;
  }

  /** Every flow number of a model: roles' first, in role order, then routes', in route order. */
  static List<FlowParameter> listOf(WorkforceModel model) {
    List<FlowParameter> out = new ArrayList<>();
    for (Role r : model.roles()) {
      if (r.leaving().isPresent()) {
        out.add(of(Kind.LEAVING, r.id(), Optional.empty(), Optional.empty(),
            r.leaving().getAsDouble(), r.leavingProvenance()));
      }
      byType(out, Kind.LEAVING, r.id(), Optional.empty(), r.leavingBy(), r.leavingProvenance());
      if (r.recruits().isPresent()) {
        out.add(of(Kind.RECRUITS, r.id(), Optional.empty(), Optional.empty(),
            r.recruits().getAsDouble(), r.recruitsProvenance()));
      }
      byType(out, Kind.RECRUITS, r.id(), Optional.empty(), r.recruitsBy(),
          r.recruitsProvenance());
    }
    for (ProgressionRoute route : model.routes()) {
      Optional<RoleId> to = Optional.of(route.to());
      if (route.rate().isPresent()) {
        out.add(of(Kind.RATE, route.from(), to, Optional.empty(),
            route.rate().getAsDouble(), route.rateProvenance()));
      }
      byType(out, Kind.RATE, route.from(), to, route.rateBy(), route.rateProvenance());
      if (route.recruits().isPresent()) {
        out.add(of(Kind.RECRUITS, route.from(), to, Optional.empty(),
            route.recruits().getAsDouble(), route.recruitsProvenance()));
      }
    }
    return List.copyOf(out);
  }

  private static void byType(List<FlowParameter> out, Kind kind, RoleId role,
      Optional<RoleId> to, Map<OrganisationTypeId, Double> values,
      Optional<Provenance> provenance) {
    values.forEach((type, v) -> out.add(of(kind, role, to, Optional.of(type), v,
        provenance)));
  }
}
