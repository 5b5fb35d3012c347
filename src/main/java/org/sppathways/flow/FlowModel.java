package org.sppathways.flow;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
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
  private final FlowMatrix matrix;
  private final boolean split;
  private final ImmutableList<FlowState> states;
  private final List<FlowParameter> parameters;
  private final ImmutableList<String> notes;
  /** The transition matrix in compressed rows (see {@link FlowMatrix}), for the analyses. */
  final int[] rowStart;
  final int[] target;
  final double[] rate;
  final double[] stay;
  final double[] exit;
  final int[] exitStart;
  final int[] exitRole;
  final double[] exitRate;
  final double[] recruits;
  /** The one long-run analysis of this model, created on first use. */
  private final Supplier<LongRunAnalysis> longRun =
      Suppliers.memoize(() -> new LongRunAnalysis(this));

  private FlowModel(WorkforceModel model, Headcounts weights, boolean split) {
    this.model = Objects.requireNonNull(model, "model");
    this.matrix = new FlowMatrix(model, weights, split);
    this.split = split;
    this.states = matrix.states;
    this.rowStart = matrix.rowStart;
    this.target = matrix.target;
    this.rate = matrix.rate;
    this.stay = matrix.stay;
    this.exit = matrix.exit;
    this.exitStart = matrix.exitStart;
    this.exitRole = matrix.exitRole;
    this.exitRate = matrix.exitRate;
    this.recruits = matrix.recruits;
    this.parameters = FlowParameter.listOf(model);
    List<String> found = new ArrayList<>(matrix.notes);
    List<String> assumed = parameters.stream().filter(FlowParameter::isAssumed)
        .map(FlowParameter::describe).toList();
    if (!assumed.isEmpty()) {
      found.add(assumedNote(assumed));
    }
    this.notes = ImmutableList.copyOf(found);
  }

  /** The note that lists the assumed flow parameters, every one of them. */
  static String assumedNote(List<String> assumed) {
    return assumed.size() + " flow parameter" + (assumed.size() == 1 ? " is" : "s are")
        + " assumed, not measured (the model's notes on each say why): "
        + String.join(", ", assumed);
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
    Integer i = matrix.index.get(state);
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
    int[] own = matrix.statesOfRole[model.roleIndex(role)];
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
    return matrix.share[stateIndex(state)];
  }

  /**
   * What to keep in mind about the data, e.g. routes without a rate or roles without a leaving
   * rate, and, last, the flow parameters the model marks assumed; empty when the flow parameters
   * are complete and none is assumed.
   */
  public List<String> notes() {
    return notes;
  }

  /**
   * Every flow number of the model with where it comes from: roles' leaving and recruits (in
   * role order), then routes' rates and recruits (in route order), per-type values after the
   * value they go with. Those marked {@code assumed} are also listed in {@link #notes()}.
   *
   * @since 0.1.0
   */
  public List<FlowParameter> parameters() {
    return parameters;
  }

  int size() {
    return states.size();
  }

  int roleOf(int state) {
    return matrix.roleOf[state];
  }

  int[] statesOfRole(int role) {
    return matrix.statesOfRole[role];
  }

  double directRecruits(int role) {
    return matrix.directRecruits[role];
  }

  double pinnedRecruits(int state) {
    return matrix.pinnedRecruits[state];
  }

  double shareOf(int state) {
    return matrix.share[state];
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
   * Projects from a sourced baseline: as {@link #project(Headcounts, int)} from
   * {@code baseline.start()}, with the baseline's notes (the series and figures the start comes
   * from, the roles without a figure) first among the projection's notes.
   *
   * <pre>{@code
   * Baseline baseline = Baseline.of(model);
   * Projection p = FlowModel.of(model, baseline.start()).project(baseline, 5);
   * }</pre>
   *
   * @param baseline the start, usually of the same model
   * @param years how many years to project, 0 to 1000
   * @throws UnknownIdException if the baseline names a role or organisation type not in the model
   * @throws IllegalArgumentException as {@link #project(Headcounts, int)}
   * @since 0.1.0
   */
  public Projection project(Baseline baseline, int years) {
    Projection p = Projector.project(this, baseline.start(), years);
    List<String> notes = new ArrayList<>(baseline.notes());
    notes.addAll(p.notes());
    return new Projection(p.isSplitByOrganisationType(), p.years(), notes, p.parameters(),
        p.staffCost());
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
