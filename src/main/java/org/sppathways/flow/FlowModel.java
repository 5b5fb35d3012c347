package org.sppathways.flow;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.UnknownIdException;
import org.sppathways.model.WorkforceModel;

/**
 * The discrete-time Markov manpower model of a workforce (Bartholomew; Vajda): states, annual
 * transition rates between them, leaving rates and recruitment, read from the flow parameters of
 * a {@link WorkforceModel} (documented in {@code docs/reference/format.md}).
 *
 * <pre>{@code
 * FlowModel flows = FlowModel.of(model);                          // states are roles
 * Projection p = flows.project(Headcounts.of(Map.of(RoleId.of("link-worker"), 3300)), 5);
 * p.year(5).headcount(RoleId.of("senior-link-worker"));
 *
 * FlowModel byType = FlowModel.byOrganisationType(model, start);  // role × organisation type
 * LongRunAnalysis longRun = byType.longRun();
 * }</pre>
 *
 * <h2>The model</h2>
 * Each year, a person in state i moves to state j with probability {@code P[i][j]}, leaves the
 * workforce with probability {@code w[i]}, or stays with probability
 * {@code 1 − Σⱼ P[i][j] − w[i]}; then {@code r[i]} recruits arrive. Expected stocks follow
 * {@code n(t+1) = n(t) P + r}. From the model file:
 * <ul>
 *   <li>States are the workforce (not external) roles; split by organisation type, they are the
 *       pairs (role, type) for each type offering the role (a role offered by none keeps one
 *       state with no type).</li>
 *   <li>{@code P} comes from route {@code rate}s ({@code rateBy} for a type overrides it); a route
 *       without either carries no one. A route to an external role is a way of leaving.</li>
 *   <li>{@code w} is the role's {@code leaving} ({@code leavingBy} for a type overrides it; 0 when
 *       neither is given) plus the rates of routes to external roles.</li>
 *   <li>{@code r} is the role's {@code recruits} plus the {@code recruits} of entry routes from
 *       external roles into it, plus its {@code recruitsBy}. Rates of routes from external roles
 *       are not used: external roles have no headcount.</li>
 * </ul>
 *
 * <h2>Splitting roles between organisation types</h2>
 * Where the model does not say in which organisation type something happens, it is split by
 * <em>shares</em>: a role's share in each type offering it, taken from the weights given (usually
 * the starting headcounts, see {@link Headcounts}), or even when the weights give the role no one.
 * Shares split a role's recruits other than {@code recruitsBy}, and moves into a role from a type
 * that does not offer it (a person keeps their organisation type when the new role is offered
 * there). When states are roles, per-type rates are averaged with the shares as weights.
 * Headcounts are placed on types as follows: an entry with a type offering the role goes to that
 * type; the rest of the role's headcount (entries without a type, or with a type that does not
 * offer the role) goes evenly to the types offering the role that have no entry of their own, or,
 * when every type has one, in proportion to those entries.
 *
 * <h2>Performance notes</h2>
 * Building takes O(n + m·k) time for n states, m routes and k organisation types per role; the
 * transition matrix is held sparse (compressed rows), O(n + m·k) memory. See {@link #project}
 * and {@link LongRunAnalysis} for the cost of analyses.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class FlowModel {
  private final WorkforceModel model;
  private final boolean split;
  private final ImmutableList<FlowState> states;
  private final ImmutableMap<FlowState, Integer> index;
  /** Per state, the model index of its role. */
  private final int[] roleOf;
  /** Per model role index, its states (empty for external roles). */
  private final int[][] statesOfRole;
  /** Per state, its share of its role. */
  private final double[] share;
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
  private final double[] directRecruits;
  private final double[] pinnedRecruits;
  final double[] recruits;
  private final ImmutableList<String> notes;
  /** The one long-run analysis of this model, created on first use. */
  private final Supplier<LongRunAnalysis> longRun =
      Suppliers.memoize(() -> new LongRunAnalysis(this));

  private FlowModel(WorkforceModel model, Headcounts weights, boolean split) {
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

  /**
   * The model with roles as states. Per-type rates are averaged evenly over the types offering a
   * role.
   */
  public static FlowModel of(WorkforceModel model) {
    return new FlowModel(model, Headcounts.empty(), false);
  }

  /**
   * The model with roles as states; per-type rates are averaged with the weights' shares.
   *
   * @throws UnknownIdException if the weights name a role or organisation type not in the model
   * @throws IllegalArgumentException if the weights name an external role
   */
  public static FlowModel of(WorkforceModel model, Headcounts weights) {
    return new FlowModel(model, weights, false);
  }

  /** The model with states split by organisation type, shares even. */
  public static FlowModel byOrganisationType(WorkforceModel model) {
    return new FlowModel(model, Headcounts.empty(), true);
  }

  /**
   * The model with states split by organisation type, shares from the weights (usually the
   * starting headcounts).
   *
   * @throws UnknownIdException if the weights name a role or organisation type not in the model
   * @throws IllegalArgumentException if the weights name an external role
   */
  public static FlowModel byOrganisationType(WorkforceModel model, Headcounts weights) {
    return new FlowModel(model, weights, true);
  }

  /** The workforce model the flows come from. */
  public WorkforceModel model() {
    return model;
  }

  /** Whether states are split by organisation type. */
  public boolean isSplitByOrganisationType() {
    return split;
  }

  /** The states, in model role order (and, within a role, in the order of its organisation types). */
  public List<FlowState> states() {
    return states;
  }

  /**
   * The position of a state in {@link #states()}.
   *
   * @throws UnknownIdException if there is no such state
   */
  public int stateIndex(FlowState state) {
    Integer i = index.get(state);
    if (i == null) {
      throw new UnknownIdException("state", state.toString());
    }
    return i;
  }

  /**
   * The states of a role: one, or one per organisation type offering it when split.
   *
   * @throws UnknownIdException if the model has no such role
   * @throws IllegalArgumentException if the role is external (it has no states)
   */
  public List<FlowState> states(RoleId role) {
    int[] own = statesOfRole[model.roleIndex(role)];
    if (own.length == 0) {
      throw new IllegalArgumentException("role '" + role + "' is external: it has no headcount "
          + "in the workforce, so it is not a state of the projection");
    }
    List<FlowState> out = new ArrayList<>(own.length);
    for (int i : own) {
      out.add(states.get(i));
    }
    return out;
  }

  /** The annual probability of moving from one state to another (0 for a state itself). */
  public double transitionRate(FlowState from, FlowState to) {
    int i = stateIndex(from);
    int j = stateIndex(to);
    for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
      if (target[k] == j) {
        return rate[k];
      }
    }
    return 0;
  }

  /** The annual probability of staying in a state. */
  public double stayRate(FlowState state) {
    return stay[stateIndex(state)];
  }

  /** The annual probability of leaving the workforce from a state, routes to external roles included. */
  public double leavingRate(FlowState state) {
    return exit[stateIndex(state)];
  }

  /** Expected recruits per year into a state. */
  public double recruits(FlowState state) {
    return recruits[stateIndex(state)];
  }

  /** Expected recruits per year into every state together. */
  public double totalRecruits() {
    return Arrays.stream(recruits).sum();
  }

  /** A state's share of its role, used to split what the model does not place on a type. */
  public double share(FlowState state) {
    return share[stateIndex(state)];
  }

  /**
   * What to keep in mind about the data, e.g. routes without a rate or roles without a leaving
   * rate; empty when the flow parameters are complete.
   */
  public List<String> notes() {
    return notes;
  }

  int size() {
    return states.size();
  }

  int roleOf(int state) {
    return roleOf[state];
  }

  int[] statesOfRole(int role) {
    return statesOfRole[role];
  }

  double directRecruits(int role) {
    return directRecruits[role];
  }

  double pinnedRecruits(int state) {
    return pinnedRecruits[state];
  }

  double shareOf(int state) {
    return share[state];
  }

  /**
   * Projects expected headcounts year by year: year 0 holds the start, year t the stocks after t
   * years of moves, leaving and recruitment.
   *
   * <p>Accounting is exact: every stock and flow is a whole number of millionths of a person,
   * computed in integer arithmetic, so that for every state and year
   * {@code stock(t) = stock(t−1) − leavers − moved out + moved in + recruits}, and in total
   * {@code stocks(t) + leavers = stocks(t−1) + recruits}, hold exactly. Each flow is the expected
   * flow rounded to the nearest millionth (a row's flows are trimmed, largest first, if rounding
   * would move more people than the state holds), so stocks follow {@code n(t+1) = n(t)P + r}
   * to within about 10⁻⁶ people per route per year.
   *
   * <h4>Complexity</h4>
   * O(Y·(n + z)) time and O(Y·n) memory for Y years, n states and z non-zero transition rates.
   *
   * @param start the headcounts at year 0, placed on states as described in the class notes
   * @param years how many years to project, 0 to 1000
   * @throws UnknownIdException if the start names a role or organisation type not in the model
   * @throws IllegalArgumentException if years is out of range, the start names an external role,
   *     or headcounts would exceed 10⁹ people
   */
  public Projection project(Headcounts start, int years) {
    return Projector.project(this, start, years);
  }

  /**
   * The long-run analysis of this model: steady state, time in roles, reach probabilities and
   * training capacity.
   *
   * <p>Memoised: every call on this flow model returns the same analysis, created by the first
   * call (safely when several threads call at once), so I − P is factored at most once per flow
   * model (O(n³) time, O(n²) memory, the first time the analysis needs it), however often this
   * method is called. Calls after the first take O(1).
   *
   * <pre>{@code
   * flows.longRun().steadyState();
   * flows.longRun().capacity(RoleId.of("link-worker"), 4000);   // reuses the same factors
   * }</pre>
   */
  public LongRunAnalysis longRun() {
    return longRun.get();
  }

  /** A one-line summary. */
  @Override
  public String toString() {
    return "FlowModel{" + states.size() + " states" + (split ? " (role × organisation type)" : "")
        + ", " + target.length + " transitions, " + totalRecruits() + " recruits a year}";
  }
}
