package org.sppathways.flow;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Role;
import org.sppathways.model.UnknownIdException;
import org.sppathways.model.WorkforceModel;

/**
 * The machinery of {@link FlowModel}: builds its states, the sparse transition matrix (compressed
 * rows), leaving and recruitment from a model's flow parameters, placing headcounts on
 * organisation types to weight them, and checks the flows for what a reader should know (routes
 * without a rate, roles without leaving, no recruitment at all), as the model's notes. The rules
 * are described on {@link FlowModel}. O(n + m·k) time and memory for n states, m routes and k
 * organisation types per role.
 *
 * <p>Immutable after construction; the arrays are never handed out of the package.
 */
final class FlowMatrix {
  private final WorkforceModel model;
  final boolean split;
  final ImmutableList<FlowState> states;
  final ImmutableMap<FlowState, Integer> index;
  /** Per state, the model index of its role. */
  final int[] roleOf;
  /** Per model role index, its states (empty for external roles). */
  final int[][] statesOfRole;
  /** Per state, its share of its role. */
  final double[] share;
  /** Off-diagonal transitions in compressed rows, columns ascending. */
  final int[] rowStart;
  final int[] target;
  final double[] rate;
  final double[] stay;
  final double[] exit;
  /** Exits along routes to external roles, compressed rows: model role index and rate. */
  final int[] exitStart;
  final int[] exitRole;
  final double[] exitRate;
  /** Recruits per role not tied to a type (split by shares), and per state tied to its type. */
  final double[] directRecruits;
  final double[] pinnedRecruits;
  final double[] recruits;
  final ImmutableList<String> notes;
  FlowMatrix(WorkforceModel model, Headcounts weights, boolean split) {
    this.model = Objects.requireNonNull(model, "model");
    this.split = split;
    Objects.requireNonNull(weights, "weights");
    List<Role> roles = model.roles();
    int roleCount = roles.size();

    // States, and each role's shares of the organisation types offering it.
    List<FlowState> list = new ArrayList<>();
    List<Integer> roleIndex = new ArrayList<>();
    statesOfRole = new int[roleCount][];
    double[][] typeShares = new double[roleCount][];
    double[][] typeWeights = place(model, weights, new ArrayList<>());
    for (int r = 0; r < roleCount; r++) {
      Role role = roles.get(r);
      if (role.external()) {
        statesOfRole[r] = new int[0];
        continue;
      }
      typeShares[r] = normalise(typeWeights[r]);
      if (split && !role.offeredBy().isEmpty()) {
        statesOfRole[r] = new int[role.offeredBy().size()];
        for (int k = 0; k < role.offeredBy().size(); k++) {
          statesOfRole[r][k] = list.size();
          list.add(FlowState.of(role.id(), role.offeredBy().get(k)));
          roleIndex.add(r);
        }
      } else {
        statesOfRole[r] = new int[] {list.size()};
        list.add(FlowState.of(role.id()));
        roleIndex.add(r);
      }
    }
    int n = list.size();
    states = ImmutableList.copyOf(list);
    ImmutableMap.Builder<FlowState, Integer> ix = ImmutableMap.builderWithExpectedSize(n);
    for (int i = 0; i < n; i++) {
      ix.put(list.get(i), i);
    }
    index = ix.buildOrThrow();
    roleOf = roleIndex.stream().mapToInt(Integer::intValue).toArray();
    share = new double[n];
    for (int r = 0; r < roleCount; r++) {
      int[] own = statesOfRole[r];
      if (own.length == 1) {
        share[own[0]] = 1;
      } else {
        for (int k = 0; k < own.length; k++) {
          share[own[k]] = typeShares[r][k];
        }
      }
    }

    // Transitions, leaving and recruits.
    List<List<ProgressionRoute>> out = new ArrayList<>();
    for (int r = 0; r < roleCount; r++) {
      out.add(new ArrayList<>());
    }
    directRecruits = new double[roleCount];
    List<String> unrated = new ArrayList<>();
    List<String> ratedEntries = new ArrayList<>();
    int internalRoutes = 0;
    for (ProgressionRoute route : model.routes()) {
      int from = model.roleIndex(route.from());
      int to = model.roleIndex(route.to());
      if (roles.get(from).external()) {
        route.recruits().ifPresent(v -> directRecruits[to] += v);
        if (route.recruits().isEmpty() && !roles.get(to).external()
            && (route.rate().isPresent() || !route.rateBy().isEmpty())) {
          ratedEntries.add("'" + route.from() + "' -> '" + route.to() + "'");
        }
        continue;
      }
      out.get(from).add(route);
      if (!roles.get(to).external()) {
        internalRoutes++;
        if (route.rate().isEmpty() && route.rateBy().isEmpty()) {
          unrated.add("'" + route.from() + "' -> '" + route.to() + "'");
        }
      }
    }
    pinnedRecruits = new double[n];
    recruits = new double[n];
    stay = new double[n];
    exit = new double[n];
    rowStart = new int[n + 1];
    exitStart = new int[n + 1];
    List<Integer> targets = new ArrayList<>();
    List<Double> rates = new ArrayList<>();
    List<Integer> exitRoles = new ArrayList<>();
    List<Double> exitRates = new ArrayList<>();
    List<String> noLeaving = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int r = roleOf[i];
      Role role = roles.get(r);
      Optional<OrganisationTypeId> type = list.get(i).organisationType();
      TreeMap<Integer, Double> row = new TreeMap<>();
      TreeMap<Integer, Double> exits = new TreeMap<>();
      double moved = 0;
      for (ProgressionRoute route : out.get(r)) {
        double p = rateIn(route, type, role, typeShares[r]);
        if (p <= 0) {
          continue;
        }
        int to = model.roleIndex(route.to());
        if (roles.get(to).external()) {
          exits.merge(to, p, Double::sum);
          continue;
        }
        moved += p;
        int[] dest = statesOfRole[to];
        int same = -1;
        if (type.isPresent()) {
          for (int k : dest) {
            if (list.get(k).organisationType().equals(type)) {
              same = k;
            }
          }
        }
        if (same >= 0 || dest.length == 1) {
          row.merge(same >= 0 ? same : dest[0], p, Double::sum);
        } else {
          for (int k : dest) {
            if (share[k] > 0) {
              row.merge(k, p * share[k], Double::sum);
            }
          }
        }
      }
      double leaving = leavingIn(role, type, typeShares[r]);
      if (role.leaving().isEmpty() && role.leavingBy().isEmpty()
          && (statesOfRole[r][0] == i)) {
        noLeaving.add("'" + role.id() + "'");
      }
      double left = leaving;
      for (Map.Entry<Integer, Double> e : exits.entrySet()) {
        left += e.getValue();
        exitRoles.add(e.getKey());
        exitRates.add(e.getValue());
      }
      exit[i] = left;
      stay[i] = Math.max(0, 1 - moved - left);
      for (Map.Entry<Integer, Double> e : row.entrySet()) {
        targets.add(e.getKey());
        rates.add(e.getValue());
      }
      rowStart[i + 1] = targets.size();
      exitStart[i + 1] = exitRoles.size();
      double pinned = 0;
      if (split && type.isPresent()) {
        pinned = role.recruitsBy().getOrDefault(type.get(), 0.0);
      } else {
        for (double v : role.recruitsBy().values()) {
          pinned += v;
        }
      }
      pinnedRecruits[i] = pinned;
    }
    for (int r = 0; r < roleCount; r++) {
      Role role = roles.get(r);
      if (!role.external()) {
        directRecruits[r] += role.recruits().orElse(0);
      }
    }
    for (int i = 0; i < n; i++) {
      recruits[i] = pinnedRecruits[i] + directRecruits[roleOf[i]] * share[i];
    }
    target = targets.stream().mapToInt(Integer::intValue).toArray();
    rate = rates.stream().mapToDouble(Double::doubleValue).toArray();
    exitRole = exitRoles.stream().mapToInt(Integer::intValue).toArray();
    exitRate = exitRates.stream().mapToDouble(Double::doubleValue).toArray();

    List<String> found = new ArrayList<>();
    if (Arrays.stream(recruits).sum() == 0) {
      found.add("no recruitment is given (no 'recruits' on roles or on entry routes): headcounts "
          + "can only fall");
    }
    if (!unrated.isEmpty()) {
      found.add(unrated.size() + " of " + internalRoutes + " routes between workforce roles have "
          + "no rate, so nobody moves along them: " + examples(unrated));
    }
    if (!noLeaving.isEmpty()) {
      found.add(noLeaving.size() + " workforce roles have no leaving rate, so their staff leave "
          + "only along routes to external roles: " + examples(noLeaving));
    }
    if (!ratedEntries.isEmpty()) {
      found.add(ratedEntries.size() + " entry routes from external roles have a rate but no "
          + "recruits; the rate is not used, as external roles have no headcount (give "
          + "'recruits' instead): " + examples(ratedEntries));
    }
    if (weights.isEmpty() && (split ? hasSeveralTypes() : hasPerTypeValues())) {
      found.add("no headcounts were given to weight organisation types, so each role's "
          + (split ? "recruits and moves in are split" : "per-type rates are averaged")
          + " evenly between the types offering it");
    }
    notes = ImmutableList.copyOf(found);
  }

  private boolean hasSeveralTypes() {
    for (Role role : model.roles()) {
      if (!role.external() && role.offeredBy().size() > 1) {
        return true;
      }
    }
    return false;
  }

  private boolean hasPerTypeValues() {
    for (Role role : model.roles()) {
      if (!role.leavingBy().isEmpty()) {
        return true;
      }
    }
    return model.routes().stream().anyMatch(r -> !r.rateBy().isEmpty());
  }

  private static String examples(List<String> items) {
    return String.join(", ", items.subList(0, Math.min(3, items.size())))
        + (items.size() > 3 ? " and " + (items.size() - 3) + " more" : "");
  }

  /** The rate of a route for staff in a type; with no type, the share-weighted average. */
  private double rateIn(ProgressionRoute route, Optional<OrganisationTypeId> type, Role from,
      double[] shares) {
    if (type.isPresent()) {
      return route.rateBy().getOrDefault(type.get(), route.rate().orElse(0));
    }
    if (route.rateBy().isEmpty() || from.offeredBy().isEmpty()) {
      return route.rate().orElse(0);
    }
    double sum = 0;
    for (int k = 0; k < from.offeredBy().size(); k++) {
      sum += shares[k] * route.rateBy().getOrDefault(from.offeredBy().get(k), route.rate().orElse(0));
    }
    return sum;
  }

  /** The leaving rate of a role's staff in a type; with no type, the share-weighted average. */
  private double leavingIn(Role role, Optional<OrganisationTypeId> type, double[] shares) {
    if (type.isPresent()) {
      return role.leavingBy().getOrDefault(type.get(), role.leaving().orElse(0));
    }
    if (role.leavingBy().isEmpty() || role.offeredBy().isEmpty()) {
      return role.leaving().orElse(0);
    }
    double sum = 0;
    for (int k = 0; k < role.offeredBy().size(); k++) {
      sum += shares[k] * role.leavingBy().getOrDefault(role.offeredBy().get(k),
          role.leaving().orElse(0));
    }
    return sum;
  }

  /**
   * Places headcounts on the organisation types of each role (see the class notes): per model
   * role index, one value per type offering it, or a single value for a role offered by none;
   * null for external roles.
   *
   * @throws UnknownIdException if a role or organisation type is not in the model
   * @throws IllegalArgumentException if an entry names an external role
   */
  static double[][] place(WorkforceModel model, Headcounts counts, List<String> misplaced) {
    List<Role> roles = model.roles();
    double[][] typed = new double[roles.size()][];
    boolean[][] named = new boolean[roles.size()][];
    double[] rest = new double[roles.size()];
    for (int r = 0; r < roles.size(); r++) {
      Role role = roles.get(r);
      if (!role.external()) {
        typed[r] = new double[Math.max(1, role.offeredBy().size())];
        named[r] = new boolean[typed[r].length];
      }
    }
    for (Map.Entry<FlowState, Double> e : counts.entries().entrySet()) {
      FlowState s = e.getKey();
      int r = model.roleIndex(s.role());
      Role role = roles.get(r);
      if (role.external()) {
        throw new IllegalArgumentException("role '" + role.id() + "' is external: it has no "
            + "headcount in the workforce");
      }
      int k = -1;
      if (s.organisationType().isPresent()) {
        model.organisationType(s.organisationType().get());
        k = role.offeredBy().indexOf(s.organisationType().get());
        if (k < 0) {
          misplaced.add("'" + s + "'");
        }
      }
      if (k >= 0) {
        typed[r][k] += e.getValue();
        named[r][k] = true;
      } else {
        rest[r] += e.getValue();
      }
    }
    for (int r = 0; r < roles.size(); r++) {
      if (typed[r] == null || rest[r] == 0) {
        continue;
      }
      int open = 0;
      for (boolean b : named[r]) {
        open += b ? 0 : 1;
      }
      double sum = Arrays.stream(typed[r]).sum();
      for (int k = 0; k < typed[r].length; k++) {
        if (open > 0) {
          typed[r][k] += named[r][k] ? 0 : rest[r] / open;
        } else {
          typed[r][k] += sum > 0 ? rest[r] * typed[r][k] / sum : rest[r] / typed[r].length;
        }
      }
    }
    return typed;
  }

  private static double[] normalise(double[] weights) {
    double sum = Arrays.stream(weights).sum();
    double[] out = new double[weights.length];
    for (int k = 0; k < out.length; k++) {
      out[k] = sum > 0 ? weights[k] / sum : 1.0 / out.length;
    }
    return out;
  }

}
