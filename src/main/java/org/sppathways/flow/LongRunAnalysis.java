package org.sppathways.flow;

import com.google.common.base.Suppliers;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import org.sppathways.flow.internal.LuDecomposition;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.SpPathwaysException;
import org.sppathways.model.UnknownIdException;

/**
 * Long-run analysis of a {@link FlowModel}: the steady state, expected time in roles, the
 * probability of ever reaching a role and the time it takes, and the recruitment needed to hold
 * a role at a target headcount.
 *
 * <pre>{@code
 * LongRunAnalysis longRun = FlowModel.of(model).longRun();
 * SteadyState steady = longRun.steadyState();           // or steady.reason() when none
 * longRun.yearsPerSpell(FlowState.of(linkWorker));     // 1 / (1 − stay rate)
 * longRun.reach(linkWorker, RoleId.of("sp-manager"));  // probability and expected years
 * longRun.capacity(RoleId.of("link-worker"), 4000).recruitsNeeded();
 * }</pre>
 *
 * <h2>Method</h2>
 * The workforce is an absorbing Markov chain whose transient states are the model's states and
 * whose absorbing state is "left the workforce" (Kemeny and Snell, <i>Finite Markov Chains</i>,
 * ch. III; Bartholomew, <i>Stochastic Models for Social Processes</i>). With {@code P} the
 * transitions among states (stays on the diagonal), the fundamental matrix {@code N = (I − P)⁻¹}
 * gives the expected number of years spent in state j by someone starting in state i; it exists
 * when every state can lead to leaving. Then:
 * <ul>
 *   <li>the steady state is {@code n = rN}, i.e. the solution of {@code n(I − P) = r};</li>
 *   <li>one spell in a state lasts {@code 1 / (1 − P[i][i])} years on average (geometric);</li>
 *   <li>years in a state counting returns are {@code N[i][i]}; years in the workforce are
 *       {@code (N·1)[i]};</li>
 *   <li>to reach a role, its states (or, for an external role, leaving along routes to it) are
 *       made absorbing too: with {@code Q} the transitions among the states that can still reach
 *       it and {@code b} the one-year probabilities of reaching it, {@code h = (I − Q)⁻¹ b} is the
 *       probability of ever reaching it and {@code (I − Q)⁻¹ h / h} the expected years to do so,
 *       given that it is reached.</li>
 * </ul>
 * Linear systems are solved by LU decomposition with partial pivoting on plain double arrays;
 * matrices are never inverted. Results are accurate to about the condition number of
 * {@code I − P} times 10⁻¹⁶ (relative): when every state has a leaving (or exit) rate of at
 * least w, that condition number is at most about 2/w.
 *
 * <h2>Complexity</h2>
 * For n states and z non-zero rates: building the analysis is O(1). The first call that needs the
 * fundamental matrix factors {@code I − P} once, O(n³) time and O(n²) memory (n = 3,000 needs
 * 72 MB), after finding the states that cannot leave, O(n + z); then {@link #steadyState()} and
 * {@link #yearsInWorkforce} take O(1), {@link #yearsInRole} and {@link #capacity} O(n²).
 * {@link #reach} does not need it: it factors the system of the c states that can reach the
 * target, O(c³) time, O(c²) memory.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class LongRunAnalysis {
  private final FlowModel flows;
  private final int n;
  private final Supplier<Factors> factors;

  /** The factored system I − P and what is computed from it once, or the reason it is not. */
  private record Factors(LuDecomposition lu, SteadyState steady, double[] workforceYears) {}

  LongRunAnalysis(FlowModel flows) {
    this.flows = Objects.requireNonNull(flows, "flows");
    this.n = flows.size();
    this.factors = Suppliers.memoize(this::factor);
  }

  private Factors factor() {
    Optional<String> reason = closedReason();
    if (reason.isPresent()) {
      return new Factors(null, new SteadyState(Map.of(), reason), null);
    }
    LuDecomposition lu = LuDecomposition.of(identityMinus(allStates()), n);
    if (lu.isSingular()) {
      String why = "no steady state can be computed: the system n(I - P) = r is singular to "
          + "working precision (smallest pivot " + lu.smallestPivot() + "); some roles keep "
          + "almost everyone, with leaving rates too small to matter";
      return new Factors(null, new SteadyState(Map.of(), Optional.of(why)), null);
    }
    double[] s = lu.solveTransposed(flows.recruits.clone());
    Map<FlowState, Double> headcounts = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      headcounts.put(flows.states().get(i), Math.max(0, s[i]));
    }
    double[] ones = new double[n];
    Arrays.fill(ones, 1);
    return new Factors(lu, new SteadyState(headcounts, Optional.empty()), lu.solve(ones));
  }

  /** The flow model analysed. */
  public FlowModel flows() {
    return flows;
  }

  private int[] allStates() {
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    return all;
  }

  /** {@code I − P} restricted to the given states, row-major. */
  private double[] identityMinus(int[] subset) {
    int c = subset.length;
    int[] position = new int[n];
    Arrays.fill(position, -1);
    for (int k = 0; k < c; k++) {
      position[subset[k]] = k;
    }
    double[] a = new double[c * c];
    for (int k = 0; k < c; k++) {
      int i = subset[k];
      a[k * c + k] = 1 - flows.stay[i];
      for (int e = flows.rowStart[i]; e < flows.rowStart[i + 1]; e++) {
        int j = position[flows.target[e]];
        if (j >= 0) {
          a[k * c + j] -= flows.rate[e];
        }
      }
    }
    return a;
  }

  /** States from which leaving can be reached, by a search backwards from the states that exit. */
  private boolean[] canLeave() {
    List<List<Integer>> into = reverse();
    boolean[] seen = new boolean[n];
    Deque<Integer> queue = new ArrayDeque<>();
    for (int i = 0; i < n; i++) {
      if (flows.exit[i] > 0) {
        seen[i] = true;
        queue.add(i);
      }
    }
    spread(into, seen, queue);
    return seen;
  }

  private List<List<Integer>> reverse() {
    List<List<Integer>> into = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      into.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      for (int e = flows.rowStart[i]; e < flows.rowStart[i + 1]; e++) {
        if (flows.rate[e] > 0) {
          into.get(flows.target[e]).add(i);
        }
      }
    }
    return into;
  }

  private static void spread(List<List<Integer>> edges, boolean[] seen, Deque<Integer> queue) {
    while (!queue.isEmpty()) {
      int j = queue.poll();
      for (int i : edges.get(j)) {
        if (!seen[i]) {
          seen[i] = true;
          queue.add(i);
        }
      }
    }
  }

  /** Why there is no steady state, when some states can never lead to leaving. */
  private Optional<String> closedReason() {
    boolean[] leave = canLeave();
    List<String> kept = new ArrayList<>();
    boolean[] closed = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (!leave[i]) {
        closed[i] = true;
        kept.add("'" + flows.states().get(i) + "'");
      }
    }
    if (kept.isEmpty()) {
      return Optional.empty();
    }
    // Does anyone ever arrive in a closed state? Search forwards from the recruits.
    List<List<Integer>> forward = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<Integer> next = new ArrayList<>();
      for (int e = flows.rowStart[i]; e < flows.rowStart[i + 1]; e++) {
        if (flows.rate[e] > 0) {
          next.add(flows.target[e]);
        }
      }
      forward.add(next);
    }
    boolean[] reached = new boolean[n];
    Deque<Integer> queue = new ArrayDeque<>();
    for (int i = 0; i < n; i++) {
      if (flows.recruits[i] > 0) {
        reached[i] = true;
        queue.add(i);
      }
    }
    spread(forward, reached, queue);
    List<String> growing = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (closed[i] && reached[i]) {
        growing.add("'" + flows.states().get(i) + "'");
      }
    }
    String fix = " (give them a leaving rate, or a rated route towards a role that has one)";
    if (!growing.isEmpty()) {
      return Optional.of("no steady state: " + list(growing) + " keep" + (growing.size() == 1
          ? "s" : "") + " everyone who arrives — no leaving rate and no rated route out to a role "
          + "that has one — and recruits reach " + (growing.size() == 1 ? "it" : "them")
          + ", so headcount grows without limit" + fix);
    }
    return Optional.of("no unique steady state: " + list(kept) + " keep" + (kept.size() == 1
        ? "s" : "") + " everyone — no leaving rate and no rated route out to a role that has one "
        + "— so the long-run headcount there is whatever it starts with" + fix);
  }

  private static String list(List<String> items) {
    return String.join(", ", items.subList(0, Math.min(5, items.size())))
        + (items.size() > 5 ? " and " + (items.size() - 5) + " more" : "");
  }

  /**
   * The steady state, or the reason there is none. The first call that needs the fundamental
   * matrix (this, {@link #yearsInWorkforce}, {@link #yearsInRole} or {@link #capacity}) factors
   * {@code I − P}, O(n³); later calls take O(n).
   */
  public SteadyState steadyState() {
    return factors.get().steady();
  }

  /**
   * The expected length in years of one spell in a state: {@code 1 / (1 − stay rate)}; empty
   * when the stay rate is 1 (no one ever leaves the state). O(1).
   *
   * @throws UnknownIdException if there is no such state
   */
  public OptionalDouble yearsPerSpell(FlowState state) {
    double stay = flows.stay[flows.stateIndex(state)];
    return stay >= 1 ? OptionalDouble.empty() : OptionalDouble.of(1 / (1 - stay));
  }

  /**
   * The expected years someone in a state now stays in the workforce, counting this year: the
   * row sum of the fundamental matrix. Empty when there is no steady state (see
   * {@link SteadyState#reason()}). O(1) once the fundamental matrix is factored.
   *
   * @throws UnknownIdException if there is no such state
   */
  public OptionalDouble yearsInWorkforce(FlowState state) {
    int i = flows.stateIndex(state);
    double[] years = factors.get().workforceYears();
    return years == null ? OptionalDouble.empty() : OptionalDouble.of(years[i]);
  }

  /**
   * The expected years someone in a state now spends in it, counting this year and any later
   * returns: the diagonal entry {@code N[i][i]} of the fundamental matrix. Empty when there is no
   * steady state. O(n²).
   *
   * @throws UnknownIdException if there is no such state
   */
  public OptionalDouble yearsInRole(FlowState state) {
    int i = flows.stateIndex(state);
    LuDecomposition lu = factors.get().lu();
    if (lu == null) {
      return OptionalDouble.empty();
    }
    double[] e = new double[n];
    e[i] = 1;
    return OptionalDouble.of(lu.solve(e)[i]);
  }

  /**
   * The probability that someone in each state of role {@code from} ever reaches role {@code to}
   * before leaving, and the expected years to do so: one entry per state of {@code from} (one
   * when states are roles). {@code to} may be an external role: reaching it means leaving along
   * a route to it. O(c³) for the c states that can reach {@code to}.
   *
   * @throws UnknownIdException if either role is not in the model
   * @throws SpPathwaysException if {@code from} is external (it has no headcount; the message
   *     names the roles it leads into)
   */
  public List<ReachProbability> reach(RoleId from, RoleId to) {
    Role source = flows.model().role(from);
    if (source.external()) {
      List<String> next = flows.model().routesFrom(from).stream()
          .map(r -> "'" + r.to() + "'").toList();
      throw new SpPathwaysException("role '" + from + "' is external: it has no headcount in the "
          + "workforce; ask from a role people enter" + (next.isEmpty() ? ""
              : ", e.g. " + String.join(", ", next)));
    }
    double[][] table = reachTable(to);
    List<ReachProbability> out = new ArrayList<>();
    for (FlowState state : flows.states(from)) {
      out.add(result(state, to, table, flows.stateIndex(state)));
    }
    return out;
  }

  /**
   * The probability that someone in a state ever reaches role {@code to} before leaving, and the
   * expected years to do so. O(c³) for the c states that can reach {@code to}.
   *
   * @throws UnknownIdException if the state or role is not in the model
   */
  public ReachProbability reach(FlowState from, RoleId to) {
    int i = flows.stateIndex(from);
    return result(from, to, reachTable(to), i);
  }

  /**
   * The probability that someone in each state ever reaches role {@code to} before leaving, and
   * the expected years: one entry per state, in state order, from one factorisation — O(c³) for
   * the c states that can reach {@code to}, the same as one {@link #reach(FlowState, RoleId)}.
   *
   * @throws UnknownIdException if the role is not in the model
   */
  public List<ReachProbability> reachFromEveryState(RoleId to) {
    double[][] table = reachTable(to);
    List<ReachProbability> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(result(flows.states().get(i), to, table, i));
    }
    return out;
  }

  /**
   * For every state that can reach the role {@code to}, to one of whose states the others are
   * compared: row 0 the probabilities, row 1 the expected years given reached; NaN for states in
   * the target.
   */
  private double[][] reachTable(RoleId to) {
    int roleIndex = flows.model().roleIndex(to);
    boolean external = flows.model().role(to).external();
    boolean[] inTarget = new boolean[n];
    for (int i : flows.statesOfRole(roleIndex)) {
      inTarget[i] = true;
    }
    double[] b = new double[n];
    for (int i = 0; i < n; i++) {
      if (inTarget[i]) {
        continue;
      }
      if (external) {
        for (int e = flows.exitStart[i]; e < flows.exitStart[i + 1]; e++) {
          if (flows.exitRole[e] == roleIndex) {
            b[i] += flows.exitRate[e];
          }
        }
      } else {
        for (int e = flows.rowStart[i]; e < flows.rowStart[i + 1]; e++) {
          if (inTarget[flows.target[e]]) {
            b[i] += flows.rate[e];
          }
        }
      }
    }
    // The states that can reach the target: a search backwards from those one step away.
    List<List<Integer>> into = reverse();
    boolean[] can = new boolean[n];
    Deque<Integer> queue = new ArrayDeque<>();
    for (int i = 0; i < n; i++) {
      if (b[i] > 0) {
        can[i] = true;
        queue.add(i);
      }
    }
    while (!queue.isEmpty()) {
      int j = queue.poll();
      for (int i : into.get(j)) {
        if (!can[i] && !inTarget[i]) {
          can[i] = true;
          queue.add(i);
        }
      }
    }
    int c = 0;
    for (boolean x : can) {
      c += x ? 1 : 0;
    }
    int[] subset = new int[c];
    for (int i = 0, k = 0; i < n; i++) {
      if (can[i]) {
        subset[k++] = i;
      }
    }
    double[][] table = new double[2][n];
    for (int i = 0; i < n; i++) {
      table[0][i] = inTarget[i] ? 1 : 0;
      table[1][i] = inTarget[i] ? 0 : Double.NaN;
    }
    if (c == 0) {
      return table;
    }
    LuDecomposition factors = LuDecomposition.of(identityMinus(subset), c);
    if (factors.isSingular()) {
      throw new SpPathwaysException("the chance of reaching '" + to + "' cannot be computed: the "
          + "system is singular to working precision (smallest pivot " + factors.smallestPivot()
          + "); some roles keep almost everyone");
    }
    double[] bc = new double[c];
    for (int k = 0; k < c; k++) {
      bc[k] = b[subset[k]];
    }
    double[] h = factors.solve(bc);
    double[] m = factors.solve(h);
    for (int k = 0; k < c; k++) {
      double p = Math.min(1, Math.max(0, h[k]));
      table[0][subset[k]] = p;
      table[1][subset[k]] = p > 0 ? Math.max(1, m[k] / h[k]) : Double.NaN;
    }
    return table;
  }

  private static ReachProbability result(FlowState from, RoleId to, double[][] table, int i) {
    double years = table[1][i];
    return new ReachProbability(from, to, table[0][i],
        Double.isNaN(years) ? OptionalDouble.empty() : OptionalDouble.of(years));
  }

  /**
   * The recruitment into a role needed to hold it at a target headcount in the long run, with
   * every other role's recruitment as the model gives it. Recruits into a role split between
   * organisation types by its shares. O(n²).
   *
   * <p>With {@code y = N·1_R} (expected years in the role's states R from each state) and
   * {@code r'} the recruits with the role's own set to 0, the steady headcount of the role is
   * {@code r'·y + x (w·y)} for x recruits a year split by shares w; x solves it equal to the
   * target (0 when {@code r'·y} already exceeds it).
   *
   * @throws UnknownIdException if the role is not in the model
   * @throws IllegalArgumentException if the role is external, or the target is negative,
   *     infinite or NaN
   * @throws SpPathwaysException if there is no steady state (the message gives the reason)
   */
  public CapacityNeed capacity(RoleId role, double target) {
    if (!(target >= 0) || Double.isInfinite(target)) {
      throw new IllegalArgumentException("target must be a finite number, 0 or more, was "
          + target);
    }
    List<FlowState> own = flows.states(role);
    LuDecomposition lu = factors.get().lu();
    if (lu == null) {
      throw new SpPathwaysException("role '" + role + "' cannot be held at a long-run headcount: "
          + steadyState().reason().orElse("there is no steady state"));
    }
    boolean[] inRole = new boolean[n];
    double[] ones = new double[n];
    double[] w = new double[n];
    for (FlowState s : own) {
      int i = flows.stateIndex(s);
      inRole[i] = true;
      ones[i] = 1;
      w[i] = flows.shareOf(i);
    }
    double[] y = lu.solve(ones);
    double base = 0;
    double perRecruit = 0;
    double current = 0;
    double[] others = new double[n];
    for (int i = 0; i < n; i++) {
      if (inRole[i]) {
        current += flows.recruits[i];
      } else {
        others[i] = flows.recruits[i];
        base += others[i] * y[i];
      }
      perRecruit += w[i] * y[i];
    }
    double x = Math.max(0, (target - base) / perRecruit);
    double[] r = others.clone();
    for (int i = 0; i < n; i++) {
      r[i] += x * w[i];
    }
    double[] stock = lu.solveTransposed(r);
    double in = 0;
    double out = 0;
    double leavers = 0;
    for (int i = 0; i < n; i++) {
      for (int e = flows.rowStart[i]; e < flows.rowStart[i + 1]; e++) {
        int j = flows.target[e];
        if (inRole[i] && !inRole[j]) {
          out += stock[i] * flows.rate[e];
        } else if (!inRole[i] && inRole[j]) {
          in += stock[i] * flows.rate[e];
        }
      }
      if (inRole[i]) {
        leavers += stock[i] * flows.exit[i];
      }
    }
    return new CapacityNeed(role, target, x, current, in, out, leavers, base);
  }

  @Override
  public String toString() {
    return "LongRunAnalysis{" + n + " states}";
  }
}
