package org.sppathways.evidence;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.RoleId;

/**
 * What the evidence says about one role (or one role in one organisation type): the time spent
 * in it, the yearly probability of leaving the workforce and of each move out of it, with 95 %
 * intervals, and how long people stay before a move.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param role the role
 * @param organisationType the organisation type; empty for the role as a whole (every spell in
 *     it, typed or not)
 * @param spells the spells counted (0 when estimated from yearly counts)
 * @param exposureYears the person-years observed in the role (months of 30.4375 days, twelve to a
 *     year); from yearly counts, the sum of the headcounts at the start of each year
 * @param yearsAtRisk the denominator of the rates: spell-years started, less half of those cut
 *     short by censoring (the actuarial adjustment); from yearly counts, as {@code exposureYears}
 * @param leavers spells that ended by leaving the workforce
 * @param leaving the yearly probability of leaving the workforce (moves to external roles are
 *     routes, not leaving), with its 95 % Wilson interval
 * @param routes the yearly probability of each move: every route of the model out of the role
 *     (0 when nobody took it), then moves the model lacks, each in role id order
 * @param recruitsPerYear from yearly counts: the mean starters a year; empty from histories
 * @param timeToMove months in the role before a move, as a Kaplan–Meier curve (leaving and
 *     censoring end a spell without a move); empty from yearly counts
 * @since 0.1.0
 */
public record RoleEstimate(RoleId role, Optional<OrganisationTypeId> organisationType,
    long spells, double exposureYears, double yearsAtRisk, long leavers, AnnualRate leaving,
    List<RouteEstimate> routes, OptionalDouble recruitsPerYear,
    Optional<SurvivalCurve> timeToMove) {

  /** Validates and copies the components. */
  public RoleEstimate {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(organisationType, "organisationType");
    Objects.requireNonNull(leaving, "leaving");
    Objects.requireNonNull(recruitsPerYear, "recruitsPerYear");
    Objects.requireNonNull(timeToMove, "timeToMove");
    routes = ImmutableList.copyOf(routes);
    if (spells < 0 || leavers < 0 || !(exposureYears >= 0) || !(yearsAtRisk > 0)) {
      throw new IllegalArgumentException("counts must be 0 or more and years at risk positive");
    }
  }

  /** The estimate of the move to a role, if it was seen or the model has the route. */
  public Optional<RouteEstimate> route(RoleId to) {
    Objects.requireNonNull(to, "to");
    return routes.stream().filter(r -> r.to().equals(to)).findFirst();
  }

  /** Moves seen out of the role, every route together. */
  public long moves() {
    return routes.stream().mapToLong(RouteEstimate::moves).sum();
  }

  /** The role, with {@code @type} when the estimate is for one organisation type. */
  public String key() {
    return role + organisationType.map(t -> "@" + t).orElse("");
  }
}
