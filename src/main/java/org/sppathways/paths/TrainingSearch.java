package org.sppathways.paths;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.sppathways.graph.internal.RoleGraph;
import org.sppathways.paths.internal.SearchSpec;
import org.sppathways.training.Objective;
import org.sppathways.training.TrainingPlan;

/**
 * Best-first search over simple paths whose training accumulates ({@link PathTraining}): the k
 * best by hours or cost, the Pareto set over (months, hours, cost, steps), and the best path to
 * every role by hours or cost.
 *
 * <p>A partial path is keyed by a lower bound on every completion: the optimal plan weight for
 * its targets merged with the target role's (plans only grow with their targets), its steps and
 * months plus the fewest steps and months from its end to the target (reverse shortest paths).
 * A complete path is keyed by its own totals. A new path is queued under its parent's training,
 * keyed again under a cheap bound ({@link PathTraining#lowerBound}) when it first leaves the
 * queue, and planned only when it leaves the queue under that bound (or the bound did not move
 * it). Keys are compared lexicographically, then by the
 * role ids along the path, so complete paths leave the queue in exactly the documented order.
 * Not thread-safe: one per query.
 */
final class TrainingSearch {
  private static final long INF = Long.MAX_VALUE / 4;

  /** Where paths start: a source vertex, or an entry edge taken first. */
  record Origin(int source, int entry) {}

  /** A path found: its edges (entry included), vertices and key. */
  record Found(int[] edges, int[] verts, long[] key) {}

  private final RoleGraph g;
  private final PathTraining training;
  private final PathTraining.Start start;
  private final Objective objective;
  private final boolean[] vertexOk;
  private final boolean[] edgeOk;
  private final List<Origin> origins;
  private final int reducedMonths;
  private final long maxSteps;
  private final long maxMonths;
  private final SearchSpec.Work work;
  private final Map<Object, TrainingPlan> local = new HashMap<>();
  private boolean complete = true;

  /**
   * A partial or complete path, sharing its prefix with its parent: about 100 bytes, whatever
   * its length (the roles along it are read back through the parents when needed).
   */
  private static final class Label {
    final Label parent;
    final int edge;
    final int v;
    final int origin;
    final int steps;
    final long months;
    final int[] targets;
    long[] key;
    /** Whether the key's training components are this path's own plan's (or plan bound's). */
    boolean exact;
    /** Whether the key's training components have been raised to the cheap bound. */
    boolean cheap;
    boolean done;

    Label(Label parent, int edge, int v, int origin, int steps, long months, int[] targets) {
      this.parent = parent;
      this.edge = edge;
      this.v = v;
      this.origin = origin;
      this.steps = steps;
      this.months = months;
      this.targets = targets;
    }

    /** The number of roles along the path. */
    int length() {
      return parent == null ? 1 : steps + 1;
    }

    /** Writes the roles along the path into {@code out}, from the start; returns how many. */
    int verts(int[] out) {
      int n = 0;
      for (Label l = this; l != null; l = l.parent) {
        n++;
      }
      int i = n;
      for (Label l = this; l != null; l = l.parent) {
        out[--i] = l.v;
      }
      return n;
    }

    int[] verts() {
      int n = 0;
      for (Label l = this; l != null; l = l.parent) {
        n++;
      }
      int[] out = new int[n];
      verts(out);
      return out;
    }

    /** Whether the path visits vertex h. */
    boolean visits(int h) {
      for (Label l = this; l != null; l = l.parent) {
        if (l.v == h) {
          return true;
        }
      }
      return false;
    }

    int[] edges() {
      int[] out = new int[steps];
      int i = steps;
      for (Label l = this; l != null && l.edge >= 0; l = l.parent) {
        out[--i] = l.edge;
      }
      return out;
    }
  }

  /**
   * A search set-up.
   *
   * @param reducedMonths months to take off the first step out of a role origin (a person's
   *     months in role), 0 for none
   */
  TrainingSearch(RoleGraph g, PathTraining training, PathTraining.Start start,
      Objective objective, boolean[] vertexOk, boolean[] edgeOk, List<Origin> origins,
      int reducedMonths, long maxSteps, long maxMonths, SearchSpec.Work work) {
    this.g = g;
    this.training = training;
    this.start = start;
    this.objective = objective;
    this.vertexOk = vertexOk;
    this.edgeOk = edgeOk;
    this.origins = origins;
    this.reducedMonths = reducedMonths;
    this.maxSteps = maxSteps;
    this.maxMonths = maxMonths;
    this.work = work;
    this.left = new int[g.n + 1];
    this.right = new int[g.n + 1];
  }

  /** Whether the search finished within its work limit. */
  boolean complete() {
    return complete && !work.exhausted();
  }

  // ---------------------------------------------------------------- building blocks

  private List<Label> startLabels() {
    List<Label> out = new ArrayList<>();
    for (int i = 0; i < origins.size(); i++) {
      Origin o = origins.get(i);
      if (o.entry() < 0) {
        out.add(new Label(null, -1, o.source(), i, 0, 0, new int[0]));
      } else {
        int e = o.entry();
        Label root = new Label(null, -1, g.tail[e], i, 0, 0, new int[0]);
        Label entered = new Label(root, e, g.head[e], i, 1, g.months[e],
            training.targets(start, e));
        if (entered.steps <= maxSteps && entered.months <= maxMonths) {
          out.add(entered);
        }
      }
    }
    return out;
  }

  /** The extension of a label along edge e, or null when e may not be taken. */
  private Label extend(Label l, int e) {
    int h = g.head[e];
    if ((edgeOk != null && !edgeOk[e]) || (vertexOk != null && !vertexOk[h])) {
      return null;
    }
    if (l.visits(h)) {
      return null;
    }
    long m = l.months + (l.parent == null ? Math.max(0, g.months[e] - reducedMonths)
        : g.months[e]);
    if (l.steps + 1 > maxSteps || m > maxMonths) {
      return null;
    }
    return new Label(l, e, h, l.origin, l.steps + 1, m,
        PathTraining.merge(l.targets, training.targets(start, e)));
  }

  private long weight(int[] targets, Objective o, boolean hours) {
    TrainingPlan plan = training.plan(start, targets, o, local);
    return PathTraining.units(hours ? plan.hours() : plan.cost());
  }

  /** The hours or cost of the plan a path gets (the query's objective). */
  private long actual(int[] targets, boolean hours) {
    return weight(targets, objective, hours);
  }

  /** A lower bound on the hours or cost of any plan for these targets. */
  private long bound(int[] targets, boolean hours) {
    return weight(targets, hours ? Objective.HOURS : Objective.COST, hours);
  }

  private static int compare(long[] a, int[] va, long[] b, int[] vb) {
    int cmp = Arrays.compare(a, b);
    return cmp != 0 ? cmp : Arrays.compare(va, vb);
  }

  private final int[] left;
  private final int[] right;

  /** By key, then by the roles along the path (read back only when the keys tie). */
  private int order(Label a, Label b) {
    int cmp = Arrays.compare(a.key, b.key);
    if (cmp != 0) {
      return cmp;
    }
    int na = a.verts(left);
    int nb = b.verts(right);
    return Arrays.compare(left, 0, na, right, 0, nb);
  }

  /** Fewest steps and least months from every vertex to the target, or INF. */
  private long[][] toTarget(int target) {
    long[] steps = new long[g.n];
    long[] months = new long[g.n];
    Arrays.fill(steps, INF);
    Arrays.fill(months, INF);
    if (vertexOk != null && !vertexOk[target]) {
      // the target can only be where a path starts
      steps[target] = 0;
      months[target] = 0;
      return new long[][] {steps, months};
    }
    steps[target] = 0;
    ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(target));
    while (!queue.isEmpty()) {
      int u = queue.poll();
      if (vertexOk != null && !vertexOk[u]) {
        continue;
      }
      for (int i = g.inStart[u]; i < g.inStart[u + 1]; i++) {
        int e = g.inEdge[i];
        if ((edgeOk == null || edgeOk[e]) && steps[g.tail[e]] == INF) {
          steps[g.tail[e]] = steps[u] + 1;
          queue.add(g.tail[e]);
        }
      }
    }
    months[target] = 0;
    PriorityQueue<long[]> pq = new PriorityQueue<>(Comparator.comparingLong(x -> x[0]));
    pq.add(new long[] {0, target});
    while (!pq.isEmpty()) {
      long[] top = pq.poll();
      int u = (int) top[1];
      if (top[0] > months[u] || (vertexOk != null && !vertexOk[u])) {
        continue;
      }
      for (int i = g.inStart[u]; i < g.inStart[u + 1]; i++) {
        int e = g.inEdge[i];
        long d = months[u] + g.months[e];
        if ((edgeOk == null || edgeOk[e]) && d < months[g.tail[e]]) {
          months[g.tail[e]] = d;
          pq.add(new long[] {d, g.tail[e]});
        }
      }
    }
    return new long[][] {steps, months};
  }

  /** Counts a unit of work; false (and incomplete) once the limit is passed. */
  private boolean spend() {
    if (!work.add(1)) {
      complete = false;
      return false;
    }
    return true;
  }

  // ---------------------------------------------------------------- k best

  /**
   * The k best paths to the target by hours ({@code hours} true) or cost, then steps, then
   * months, then role ids.
   */
  List<Found> kBest(int target, int k, boolean hours) {
    long[][] dist = toTarget(target);
    int[] goal = training.roleTargets(start, target);
    PriorityQueue<Label> queue = new PriorityQueue<>(this::order);
    Keyer keyer = (l, mode) -> keyToTarget(l, target, goal, dist, hours, mode);
    for (Label l : startLabels()) {
      if (keyer.key(l, EXACT)) {
        queue.add(l);
      }
    }
    List<Found> found = new ArrayList<>();
    while (!queue.isEmpty() && found.size() < k) {
      Label l = queue.poll();
      if (!l.exact) {
        advance(l, queue, keyer);
        continue;
      }
      if (l.done) {
        found.add(new Found(l.edges(), l.verts(), l.key));
        continue;
      }
      if (!expand(l, queue, keyer)) {
        break;
      }
    }
    return found;
  }

  /**
   * Sets a label's key; false when the label can be dropped. Not exact: the training
   * components are its parent's (a lower bound, as plans only grow with their targets), and
   * the label is keyed again, exactly, when it first leaves the queue, so a plan is made only
   * for the paths that reach the front of the queue.
   */
  private interface Keyer {
    boolean key(Label l, int mode);
  }

  /** Keying modes: the parent's training, a cheap bound of the label's own, its plan's. */
  private static final int PARENT = 0;
  private static final int CHEAP = 1;
  private static final int EXACT = 2;

  /**
   * Re-keys a label that left the queue under a bound. First under the cheap bound (no plan),
   * if that moves it back in the order; otherwise, or when it leaves the queue again, under its
   * exact key. Either way it is queued again unless it can be dropped.
   */
  private void advance(Label l, PriorityQueue<Label> queue, Keyer keyer) {
    if (!l.cheap) {
      l.cheap = true;
      long[] old = l.key;
      if (!keyer.key(l, CHEAP)) {
        return;
      }
      if (Arrays.compare(l.key, old) > 0) {
        queue.add(l);
        return;
      }
    }
    if (keyer.key(l, EXACT)) {
      queue.add(l);
    }
  }

  /** Adds the extensions of l that the keyer accepts; false when out of work. */
  private boolean expand(Label l, PriorityQueue<Label> queue, Keyer keyer) {
    for (int e = g.outStart[l.v]; e < g.outStart[l.v + 1]; e++) {
      Label c = extend(l, e);
      if (c == null) {
        continue;
      }
      if (!spend()) {
        return false;
      }
      if (keyer.key(c, PARENT)) {
        queue.add(c);
      }
    }
    return true;
  }

  /** Sets a label's key towards the target; false when no completion can reach it. */
  private boolean keyToTarget(Label l, int target, int[] goal, long[][] dist, boolean hours,
      int mode) {
    l.exact = mode == EXACT;
    if (l.v == target) {
      l.done = true;
      l.key = new long[] {training(l, l.targets, hours, mode, 0, true), l.steps, l.months};
      return true;
    }
    if (dist[0][l.v] >= INF) {
      return false;
    }
    long steps = l.steps + dist[0][l.v];
    long months = l.parent == null && reducedMonths > 0 ? l.months : l.months + dist[1][l.v];
    if (steps > maxSteps || months > maxMonths) {
      return false;
    }
    int[] all = mode == PARENT ? null : PathTraining.merge(l.targets, goal);
    l.key = new long[] {training(l, all, hours, mode, 0, false), steps, months};
    return true;
  }

  /**
   * A label's training component {@code at} of its key: by mode, its parent's, the cheap bound
   * for {@code targets} (at least its parent's), or the plan's ({@code own}: the query's
   * objective's plan, for a complete path) or the least-hours or least-cost plan's.
   */
  private long training(Label l, int[] targets, boolean hours, int mode, int at, boolean own) {
    switch (mode) {
      case PARENT:
        return l.parent.key[at];
      case CHEAP:
        return Math.max(l.parent == null || l.parent.key == null ? 0 : l.parent.key[at],
            training.lowerBound(start, targets, hours));
      default:
        return own ? actual(targets, hours) : bound(targets, hours);
    }
  }

  // ---------------------------------------------------------------- Pareto

  /**
   * Every non-dominated trade-off to the target over (months, hours, cost, steps), one path per
   * distinct vector (the one with the least role ids), in lexicographic order of the vectors.
   */
  List<Found> pareto(int target) {
    long[][] dist = toTarget(target);
    int[] goal = training.roleTargets(start, target);
    PriorityQueue<Label> queue = new PriorityQueue<>(this::order);
    List<long[]> front = new ArrayList<>();
    Keyer keyer = (l, mode) -> paretoKey(l, target, goal, dist, mode)
        && !dominated(l.key, front);
    for (Label l : startLabels()) {
      if (keyer.key(l, EXACT)) {
        queue.add(l);
      }
    }
    List<Found> found = new ArrayList<>();
    while (!queue.isEmpty()) {
      Label l = queue.poll();
      if (!l.exact) {
        advance(l, queue, keyer);
        continue;
      }
      if (dominated(l.key, front)) {
        continue;
      }
      if (l.done) {
        front.add(l.key);
        found.add(new Found(l.edges(), l.verts(), l.key));
        continue;
      }
      if (!expand(l, queue, keyer)) {
        break;
      }
    }
    return found;
  }

  /** Whether some vector of the front is at most this key in every component. */
  private boolean dominated(long[] key, List<long[]> front) {
    for (long[] f : front) {
      boolean le = true;
      for (int i = 0; i < key.length && le; i++) {
        le = f[i] <= key[i];
      }
      if (le) {
        return true;
      }
      if (!work.add(1)) {
        complete = false;
      }
    }
    return false;
  }

  private boolean paretoKey(Label l, int target, int[] goal, long[][] dist, int mode) {
    l.exact = mode == EXACT;
    if (l.v == target) {
      l.done = true;
      if (mode == EXACT) {
        TrainingPlan plan = training.plan(start, l.targets, objective, local);
        l.key = new long[] {l.months, PathTraining.units(plan.hours()),
            PathTraining.units(plan.cost()), l.steps};
      } else {
        l.key = new long[] {l.months, training(l, l.targets, true, mode, 1, false),
            training(l, l.targets, false, mode, 2, false), l.steps};
      }
      return true;
    }
    if (dist[0][l.v] >= INF) {
      return false;
    }
    long steps = l.steps + dist[0][l.v];
    long months = l.parent == null && reducedMonths > 0 ? l.months : l.months + dist[1][l.v];
    if (steps > maxSteps || months > maxMonths) {
      return false;
    }
    int[] all = mode == PARENT ? null : PathTraining.merge(l.targets, goal);
    l.key = new long[] {months, training(l, all, true, mode, 1, false),
        training(l, all, false, mode, 2, false), steps};
    return true;
  }

  // ---------------------------------------------------------------- reach

  /**
   * Per role reached (not where a path starts), the best path by hours ({@code hours} true) or
   * cost, then steps, months and role ids; in that order, ties by role id.
   */
  List<Found> reach(boolean hours) {
    boolean exact = objective == (hours ? Objective.HOURS : Objective.COST);
    PriorityQueue<Label> queue = new PriorityQueue<>(this::order);
    Keyer keyer = (l, mode) -> {
      l.exact = mode == EXACT;
      l.key = new long[] {training(l, l.targets, hours, mode, 0, exact), l.steps, l.months};
      return true;
    };
    for (Label l : startLabels()) {
      keyer.key(l, EXACT);
      queue.add(l);
    }
    Found[] best = new Found[g.n];
    Map<Long, List<Label>> popped = new HashMap<>();
    while (!queue.isEmpty()) {
      Label l = queue.poll();
      if (!l.exact) {
        advance(l, queue, keyer);
        continue;
      }
      if (exact) {
        List<Label> here = popped.computeIfAbsent((long) l.origin * g.n + l.v,
            x -> new ArrayList<>());
        if (isDominated(l, here)) {
          continue;
        }
        here.add(l);
      }
      if (l.steps > 0) {
        long[] key = exact ? l.key
            : new long[] {actual(l.targets, hours), l.steps, l.months};
        Found f = best[l.v];
        if (f == null || compare(key, l.verts(), f.key(), f.verts()) < 0) {
          best[l.v] = new Found(l.edges(), l.verts(), key);
        }
      }
      if (!expand(l, queue, keyer)) {
        break;
      }
    }
    List<Found> out = new ArrayList<>();
    for (Found f : best) {
      if (f != null) {
        out.add(f);
      }
    }
    out.sort((a, b) -> {
      int cmp = Arrays.compare(a.key(), b.key());
      return cmp != 0 ? cmp
          : Integer.compare(a.verts()[a.verts().length - 1], b.verts()[b.verts().length - 1]);
    });
    return out;
  }

  /**
   * Whether a path popped earlier at the same role from the same origin needs no more, no
   * more steps and no more months: then every continuation of this one is matched by one of
   * that (cut short where it would revisit a role) at no greater key.
   */
  private boolean isDominated(Label l, List<Label> here) {
    for (Label d : here) {
      if (!work.add(1)) {
        complete = false;
      }
      if (d.steps <= l.steps && d.months <= l.months && PathTraining.atMost(d.targets, l.targets)) {
        return true;
      }
    }
    return false;
  }
}
