package org.sppathways.evidence;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sppathways.flow.Scenario;
import org.sppathways.model.Confidence;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Provenance;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;

/**
 * Annual leaving and move rates estimated from career histories or yearly counts, with their
 * 95 % intervals, per role (and per role and organisation type), and how the evidence compares
 * with the model's routes (command {@code estimate}). Made by {@link RateEstimator}.
 *
 * <pre>{@code
 * RateEstimates e = RateEstimator.of(model).estimate(spells);
 * e.role(RoleId.of("link-worker")).get().leaving();          // AnnualRate: rate, low, high
 * WorkforceModel measured = e.toScenario(model, "Measured rates").applyTo(model);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param basis what the estimates come from: {@code histories} or {@code counts}
 * @param asOf the day histories were censored at (given, or the latest day in them); empty
 *     for counts
 * @param byOrganisationType whether roles are also estimated per organisation type
 * @param spells the spells counted (0 for counts)
 * @param roles one entry per role with time at risk, in model role order; with
 *     {@code byOrganisationType}, each role's entry is followed by one per organisation type
 * @param unmodelledRoutes moves people made that the model has no route for, by role
 * @param unobservedRoutes routes of the model out of a role with time at risk that nobody took
 *     ({@code moves} 0)
 * @param notes what to keep in mind about the evidence
 * @since 0.1.0
 */
public record RateEstimates(String basis, Optional<LocalDate> asOf, boolean byOrganisationType,
    long spells, List<RoleEstimate> roles, List<ObservedRoute> unmodelledRoutes,
    List<ObservedRoute> unobservedRoutes, List<String> notes) {

  /** Validates and copies the components. */
  public RateEstimates {
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(asOf, "asOf");
    roles = ImmutableList.copyOf(roles);
    unmodelledRoutes = ImmutableList.copyOf(unmodelledRoutes);
    unobservedRoutes = ImmutableList.copyOf(unobservedRoutes);
    notes = ImmutableList.copyOf(notes);
  }

  /** The estimate for a role as a whole, if the evidence gives it time at risk. */
  public Optional<RoleEstimate> role(RoleId role) {
    Objects.requireNonNull(role, "role");
    return roles.stream().filter(r -> r.role().equals(role) && r.organisationType().isEmpty())
        .findFirst();
  }

  /** The estimate for a role in an organisation type, if estimated by type with time at risk. */
  public Optional<RoleEstimate> role(RoleId role, OrganisationTypeId type) {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(type, "type");
    return roles.stream().filter(r -> r.role().equals(role)
        && r.organisationType().equals(Optional.of(type))).findFirst();
  }

  /**
   * The estimates as flow parameters: a scenario that sets, for every workforce role estimated,
   * {@code leaving} (and {@code leavingBy} per organisation type) and, for every route of the
   * model out of it, {@code rate} (and {@code rateBy}) — 0 for a route nobody took; from counts,
   * also {@code recruits} (the mean starters a year). Routes the model lacks are not added (they
   * are listed in {@link #unmodelledRoutes()}); external roles are left alone, as flows do not
   * use their rates. Applied to the model, the projection commands use these rates.
   *
   * @param model the model the estimates were made against
   * @param name the scenario's name
   * @throws org.sppathways.model.UnknownIdException if the model lacks a role estimated
   */
  public Scenario toScenario(WorkforceModel model, String name) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(name, "name");
    Scenario.Builder b = Scenario.builder().name(name).confidence(Confidence.UNCERTAIN)
        .notes("Estimated by sp-pathways from " + basis + (asOf.map(d -> " as of " + d)
            .orElse("")) + ": yearly probabilities (movers over spell-years at risk, actuarial "
            + "adjustment for censoring); each rate's 95 % Wilson interval is in the estimate "
            + "output, not in this file.");
    Provenance estimated = Provenance.builder().confidence(Confidence.UNCERTAIN)
        .notes("estimated from " + basis + asOf.map(d -> " as of " + d).orElse("")
            + " (95 % Wilson interval in the estimate output)")
        .build();
    Map<RoleId, RoleEstimate> pooled = new LinkedHashMap<>();
    Map<RoleId, Map<OrganisationTypeId, RoleEstimate>> typed = new LinkedHashMap<>();
    for (RoleEstimate r : roles) {
      if (r.organisationType().isEmpty()) {
        pooled.put(r.role(), r);
      } else {
        typed.computeIfAbsent(r.role(), k -> new LinkedHashMap<>())
            .put(r.organisationType().get(), r);
      }
    }
    for (RoleEstimate r : pooled.values()) {
      Role role = model.role(r.role());
      if (role.external()) {
        continue;
      }
      Role.Builder rb = Role.builder().from(role).leaving(r.leaving().rate())
          .leavingProvenance(estimated);
      Map<OrganisationTypeId, RoleEstimate> byType = typed.getOrDefault(r.role(), Map.of());
      Map<OrganisationTypeId, Double> leavingBy = new LinkedHashMap<>();
      byType.forEach((t, e) -> leavingBy.put(t, e.leaving().rate()));
      rb.leavingBy(leavingBy);
      if (r.recruitsPerYear().isPresent()) {
        rb.recruits(r.recruitsPerYear().getAsDouble()).recruitsProvenance(estimated);
      }
      b.putRole(rb.build());
      for (ProgressionRoute route : model.routesFrom(r.role())) {
        ProgressionRoute.Builder pb = route.toBuilder()
            .rate(r.route(route.to()).map(RouteEstimate::rate).orElse(0.0))
            .rateProvenance(estimated);
        Map<OrganisationTypeId, Double> rateBy = new LinkedHashMap<>();
        byType.forEach((t, e) -> rateBy.put(t, e.route(route.to()).map(RouteEstimate::rate)
            .orElse(0.0)));
        b.putRoute(pb.rateBy(rateBy).build());
      }
    }
    return b.build();
  }
}
