package org.sppathways.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import org.sppathways.gaps.GapReport;
import org.sppathways.gaps.RequirementGap;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.ModelException;
import org.sppathways.model.Problem;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;

/**
 * Chooses the courses that close a gap at the least total hours, cost or number of courses,
 * honouring prerequisites (a prerequisite may be met by a course completed before, or by an
 * earlier course of the plan).
 *
 * <pre>{@code
 * TrainingPlanner planner = TrainingPlanner.of(model);
 * GapReport gap = GapAnalyzer.of(model).gap(person, RoleId.of("senior-link-worker"));
 * TrainingPlan plan = planner.plan(person, gap, Objective.HOURS);
 * plan.courses();      // in an order that honours prerequisites
 * plan.unclosable();   // what no course reaches
 * }</pre>
 *
 * <h2>Algorithm</h2>
 * The problem is weighted set cover with precedence: choose a set of courses, closed under
 * prerequisites, that reaches every closable target, at least total weight. A greedy pass
 * (repeatedly take the course, with its missing prerequisites, that closes the most targets per
 * unit of weight) gives a first plan; depth-first branch and bound then branches on the open
 * target with the fewest courses that close it, over each such course plus its missing
 * prerequisites, pruning with a lower bound: the sum of the cheapest closer's weight over open
 * targets whose closer sets are pairwise disjoint (each needs its own course). The search is
 * exact, so the plan is optimal, unless it expands more than {@link #nodeLimit()} nodes; then the
 * best plan found so far is returned with {@code optimal = false}. Without prerequisites the
 * greedy plan is within H(n) ≤ 1 + ln n of the optimum for n targets (Chvátal 1979); with
 * prerequisites, within H(n) of the cheapest cover by course-plus-prerequisites bundles.
 *
 * <h2>Complexity</h2>
 * For n targets and c courses that close some target (with their prerequisites): the greedy pass
 * is O(n · c · p) for prerequisite closures of size p; the search visits at most
 * {@link #nodeLimit()} nodes, each O(n · c). Typical gaps (tens of targets, each closed by a few
 * courses) are solved exactly in well under a millisecond.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TrainingPlanner {

  /** The default most search nodes expanded before the best plan so far is returned. */
  public static final int DEFAULT_NODE_LIMIT = 200_000;

  private static final double EPSILON = 1e-9;

  private final WorkforceModel model;
  private final List<Course> catalogue;
  private final Map<CourseId, Integer> courseIndex;
  private final Map<CompetencyId, List<Integer>> coursesCovering;
  private final int nodeLimit;

  private TrainingPlanner(WorkforceModel model, List<Course> catalogue, int nodeLimit) {
    this.model = model;
    this.catalogue = List.copyOf(catalogue);
    this.nodeLimit = nodeLimit;
    this.courseIndex = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < this.catalogue.size(); i++) {
      if (courseIndex.putIfAbsent(this.catalogue.get(i).id(), i) != null) {
        problems.add(Problem.of("courses[" + i + "].id", "duplicate course id '"
            + this.catalogue.get(i).id() + "' in the catalogue"));
      }
    }
    this.coursesCovering = new HashMap<>();
    for (int i = 0; i < this.catalogue.size(); i++) {
      Course course = this.catalogue.get(i);
      for (int j = 0; j < course.prerequisites().size(); j++) {
        if (!courseIndex.containsKey(course.prerequisites().get(j))) {
          problems.add(Problem.of("courses[" + i + "].prerequisites[" + j + "]",
              "unknown course '" + course.prerequisites().get(j) + "'")
              .withSuggestion("add the prerequisite to the catalogue"));
        }
      }
      for (CompetencyLevel cover : course.covers()) {
        coursesCovering.computeIfAbsent(cover.competency(), k -> new ArrayList<>()).add(i);
      }
    }
    if (!problems.isEmpty()) {
      throw new ModelException("the course catalogue is invalid", problems);
    }
    checkLoops(problems);
    if (!problems.isEmpty()) {
      throw new ModelException("the course catalogue is invalid", problems);
    }
  }

  /** A planner over the model's own courses. */
  public static TrainingPlanner of(WorkforceModel model) {
    return new TrainingPlanner(Objects.requireNonNull(model, "model"), model.courses(),
        DEFAULT_NODE_LIMIT);
  }

  /**
   * A planner over another catalogue (e.g. one read by {@code CourseCatalogReader}).
   *
   * @throws ModelException if course ids repeat, a prerequisite is not in the catalogue, or
   *     prerequisites form a loop
   */
  public static TrainingPlanner of(WorkforceModel model, List<Course> catalogue) {
    return new TrainingPlanner(Objects.requireNonNull(model, "model"), catalogue,
        DEFAULT_NODE_LIMIT);
  }

  /**
   * This planner with another search bound.
   *
   * @throws IllegalArgumentException if the limit is below 1
   */
  public TrainingPlanner withNodeLimit(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("the node limit must be 1 or more, was " + limit);
    }
    return new TrainingPlanner(model, catalogue, limit);
  }

  /** The most search nodes expanded before the best plan so far is returned. */
  public int nodeLimit() {
    return nodeLimit;
  }

  /** The courses planned from. */
  public List<Course> catalogue() {
    return catalogue;
  }

  /** Reports every course that is its own prerequisite through a loop. */
  private void checkLoops(List<Problem> problems) {
    int n = catalogue.size();
    for (int i = 0; i < n; i++) {
      if (reachesItself(i, i, new BitSet(n))) {
        problems.add(Problem.of("courses[" + i + "].prerequisites", "course '"
            + catalogue.get(i).id() + "' is its own prerequisite through a loop")
            .withSuggestion("remove one prerequisite to break the loop"));
      }
    }
  }

  /** Whether following prerequisites from {@code course} leads back to {@code root}. */
  private boolean reachesItself(int root, int course, BitSet seen) {
    for (CourseId p : catalogue.get(course).prerequisites()) {
      int q = courseIndex.get(p);
      if (q == root) {
        return true;
      }
      if (!seen.get(q)) {
        seen.set(q);
        if (reachesItself(root, q, seen)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A plan closing a gap report's unmet requirements, for someone who has completed nothing. */
  public TrainingPlan plan(GapReport gap, Objective objective) {
    return plan(targets(gap), Map.of(), Set.of(), objective);
  }

  /** A plan closing a person's gap, counting the courses they have completed as done. */
  public TrainingPlan plan(WorkerProfile person, GapReport gap, Objective objective) {
    return plan(targets(gap), person.holds(), Set.copyOf(person.completed()), objective);
  }

  private static List<CompetencyLevel> targets(GapReport gap) {
    List<CompetencyLevel> targets = new ArrayList<>();
    for (RequirementGap g : gap.gaps()) {
      targets.add(CompetencyLevel.of(g.competency(), g.required()));
    }
    return targets;
  }

  /**
   * A plan reaching every target level not already held, at least total weight.
   *
   * @param targets competencies and the levels to reach (a competency listed twice counts at its
   *     highest level)
   * @param held levels already held; targets they meet need no course
   * @param completed courses already completed: they satisfy prerequisites and are not planned
   * @param objective what to minimise
   */
  public TrainingPlan plan(List<CompetencyLevel> targets, Map<CompetencyId, Integer> held,
      Set<CourseId> completed, Objective objective) {
    Objects.requireNonNull(targets, "targets");
    Objects.requireNonNull(held, "held");
    Objects.requireNonNull(completed, "completed");
    Objects.requireNonNull(objective, "objective");
    Map<CompetencyId, Integer> wanted = new LinkedHashMap<>();
    for (CompetencyLevel t : targets) {
      Integer level = held.get(t.competency());
      if (level == null || level < t.level()) {
        wanted.merge(t.competency(), t.level(), Math::max);
      }
    }
    boolean[] done = new boolean[catalogue.size()];
    for (CourseId c : completed) {
      Integer i = courseIndex.get(c);
      if (i != null) {
        done[i] = true;
      }
    }
    List<CompetencyLevel> closable = new ArrayList<>();
    List<CompetencyLevel> unclosable = new ArrayList<>();
    List<int[]> closers = new ArrayList<>();
    for (Map.Entry<CompetencyId, Integer> e : wanted.entrySet()) {
      List<Integer> list = new ArrayList<>();
      for (int c : coursesCovering.getOrDefault(e.getKey(), List.of())) {
        if (!done[c] && catalogue.get(c).reaches(e.getKey(), e.getValue())) {
          list.add(c);
        }
      }
      CompetencyLevel target = CompetencyLevel.of(e.getKey(), e.getValue());
      if (list.isEmpty()) {
        unclosable.add(target);
      } else {
        closable.add(target);
        closers.add(list.stream().mapToInt(Integer::intValue).toArray());
      }
    }
    Search search = new Search(closable, closers, done, objective);
    search.run();
    return search.plan(closable, unclosable);
  }

  /** Greedy start, then branch and bound, over the closable targets. */
  private final class Search {
    final int targets;
    final int[][] closers;
    final boolean[] done;
    final Objective objective;
    final double[] weight;
    final BitSet[] closes;
    final double[] cheapest;
    final int[] byFewestClosers;
    /** Per course, the prerequisites still to take (completed courses and theirs cut off). */
    final int[][] closure;
    BitSet best;
    double bestWeight = Double.POSITIVE_INFINITY;
    int nodes;
    boolean exhausted = true;

    Search(List<CompetencyLevel> closable, List<int[]> closerList, boolean[] done,
        Objective objective) {
      this.targets = closable.size();
      this.closers = closerList.toArray(new int[0][]);
      this.done = done;
      this.objective = objective;
      this.closure = new int[catalogue.size()][];
      this.weight = new double[catalogue.size()];
      this.closes = new BitSet[catalogue.size()];
      for (int c = 0; c < catalogue.size(); c++) {
        weight[c] = objective.weight(catalogue.get(c));
        closes[c] = new BitSet(targets);
      }
      this.cheapest = new double[targets];
      for (int t = 0; t < targets; t++) {
        double min = Double.POSITIVE_INFINITY;
        for (int c : closers[t]) {
          closes[c].set(t);
          min = Math.min(min, weight[c]);
        }
        cheapest[t] = min;
      }
      Integer[] order = new Integer[targets];
      for (int t = 0; t < targets; t++) {
        order[t] = t;
      }
      Arrays.sort(order, Comparator.comparingInt((Integer t) -> closers[t].length).thenComparingInt(t -> t));
      this.byFewestClosers = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    /** The prerequisites of a course still to take, prerequisites first; computed on demand. */
    int[] needs(int c) {
      if (closure[c] == null) {
        List<Integer> order = new ArrayList<>();
        BitSet seen = new BitSet(catalogue.size());
        visit(c, seen, order);
        order.remove(order.size() - 1);
        closure[c] = order.stream().mapToInt(Integer::intValue).toArray();
      }
      return closure[c];
    }

    private void visit(int c, BitSet seen, List<Integer> order) {
      seen.set(c);
      for (CourseId p : catalogue.get(c).prerequisites()) {
        int q = courseIndex.get(p);
        if (!done[q] && !seen.get(q)) {
          visit(q, seen, order);
        }
      }
      order.add(c);
    }

    /** Weight of adding course c with its missing prerequisites to the chosen set. */
    double marginal(int c, BitSet chosen) {
      double w = chosen.get(c) ? 0 : weight[c];
      for (int p : needs(c)) {
        if (!chosen.get(p)) {
          w += weight[p];
        }
      }
      return w;
    }

    void add(int c, BitSet chosen, BitSet covered) {
      for (int p : needs(c)) {
        if (!chosen.get(p)) {
          chosen.set(p);
          covered.or(closes[p]);
        }
      }
      chosen.set(c);
      covered.or(closes[c]);
    }

    void run() {
      if (targets == 0) {
        best = new BitSet();
        bestWeight = 0;
        return;
      }
      greedy();
      BitSet chosen = new BitSet(catalogue.size());
      BitSet covered = new BitSet(targets);
      branch(chosen, covered, 0);
    }

    void greedy() {
      BitSet chosen = new BitSet(catalogue.size());
      BitSet covered = new BitSet(targets);
      double total = 0;
      while (covered.cardinality() < targets) {
        int pick = -1;
        double pickRatio = -1;
        int pickGain = 0;
        for (int t = covered.nextClearBit(0); t < targets; t = covered.nextClearBit(t + 1)) {
          for (int c : closers[t]) {
            BitSet gain = bundleCover(c, chosen);
            gain.andNot(covered);
            int g = gain.cardinality();
            double m = marginal(c, chosen);
            double ratio = m <= EPSILON ? Double.POSITIVE_INFINITY : g / m;
            if (pick < 0 || better(ratio, g, c, pickRatio, pickGain, pick)) {
              pick = c;
              pickRatio = ratio;
              pickGain = g;
            }
          }
        }
        total += marginal(pick, chosen);
        add(pick, chosen, covered);
      }
      best = chosen;
      bestWeight = total;
      exhausted = true;
    }

    /** More targets per unit of weight, then more targets, then the smaller course id. */
    boolean better(double ratio, int gain, int c, double pickRatio, int pickGain, int pick) {
      boolean sameRatio = ratio == pickRatio || Math.abs(ratio - pickRatio) <= EPSILON;
      if (!sameRatio) {
        return ratio > pickRatio;
      }
      if (gain != pickGain) {
        return gain > pickGain;
      }
      return idOf(c).compareTo(idOf(pick)) < 0;
    }

    BitSet bundleCover(int c, BitSet chosen) {
      BitSet cover = (BitSet) closes[c].clone();
      for (int p : needs(c)) {
        if (!chosen.get(p)) {
          cover.or(closes[p]);
        }
      }
      return cover;
    }

    CourseId idOf(int c) {
      return catalogue.get(c).id();
    }

    /** A lower bound on the weight still needed: open targets with pairwise disjoint closers. */
    double lowerBound(BitSet covered) {
      double bound = 0;
      BitSet used = new BitSet(catalogue.size());
      for (int t : byFewestClosers) {
        if (covered.get(t)) {
          continue;
        }
        boolean disjoint = true;
        for (int c : closers[t]) {
          if (used.get(c)) {
            disjoint = false;
            break;
          }
        }
        if (disjoint) {
          for (int c : closers[t]) {
            used.set(c);
          }
          bound += cheapest[t];
        }
      }
      return bound;
    }

    void branch(BitSet chosen, BitSet covered, double w) {
      if (++nodes > nodeLimit) {
        exhausted = false;
        return;
      }
      int open = -1;
      for (int t : byFewestClosers) {
        if (!covered.get(t)) {
          open = t;
          break;
        }
      }
      if (open < 0) {
        if (w < bestWeight - EPSILON) {
          bestWeight = w;
          best = (BitSet) chosen.clone();
        }
        return;
      }
      if (w + lowerBound(covered) >= bestWeight - EPSILON) {
        return;
      }
      int[] options = closers[open].clone();
      double[] cost = new double[catalogue.size()];
      for (int c : options) {
        cost[c] = marginal(c, chosen);
      }
      Integer[] sorted = Arrays.stream(options).boxed().toArray(Integer[]::new);
      Arrays.sort(sorted, Comparator.comparingDouble((Integer c) -> cost[c])
          .thenComparing(c -> idOf(c)));
      for (int c : sorted) {
        if (nodes > nodeLimit) {
          return;
        }
        BitSet nextChosen = (BitSet) chosen.clone();
        BitSet nextCovered = (BitSet) covered.clone();
        add(c, nextChosen, nextCovered);
        branch(nextChosen, nextCovered, w + cost[c]);
      }
    }

    /**
     * Drops courses the rest of the plan makes unnecessary (e.g. a free course whose targets a
     * later course also closes): never raises the weight, keeps the plan closed under
     * prerequisites. Tries the most recently chosen (largest id) first, for a deterministic result.
     */
    void prune() {
      for (int c = best.length(); (c = best.previousSetBit(c - 1)) >= 0; ) {
        best.clear(c);
        if (!coversAll(best) || needed(c, best)) {
          best.set(c);
        }
      }
    }

    boolean coversAll(BitSet chosen) {
      BitSet covered = new BitSet(targets);
      for (int k = chosen.nextSetBit(0); k >= 0; k = chosen.nextSetBit(k + 1)) {
        covered.or(closes[k]);
      }
      return covered.cardinality() == targets;
    }

    /** Whether some chosen course has {@code c} as a prerequisite. */
    boolean needed(int c, BitSet chosen) {
      CourseId id = idOf(c);
      for (int k = chosen.nextSetBit(0); k >= 0; k = chosen.nextSetBit(k + 1)) {
        if (catalogue.get(k).prerequisites().contains(id)) {
          return true;
        }
      }
      return false;
    }

    TrainingPlan plan(List<CompetencyLevel> closable, List<CompetencyLevel> unclosable) {
      prune();
      List<CourseId> ordered = order(best);
      double hours = 0;
      double money = 0;
      for (CourseId id : ordered) {
        Course c = catalogue.get(courseIndex.get(id));
        hours += c.hours();
        money += c.cost();
      }
      return new TrainingPlan(ordered, hours, money, closable, unclosable, exhausted, objective);
    }

    /** Kahn's algorithm over the chosen courses; ties by course id. */
    List<CourseId> order(BitSet chosen) {
      Map<Integer, Integer> waiting = new HashMap<>();
      PriorityQueue<Integer> ready = new PriorityQueue<>(Comparator.comparing(this::idOf));
      for (int c = chosen.nextSetBit(0); c >= 0; c = chosen.nextSetBit(c + 1)) {
        int n = 0;
        for (CourseId p : catalogue.get(c).prerequisites()) {
          if (chosen.get(courseIndex.get(p))) {
            n++;
          }
        }
        if (n == 0) {
          ready.add(c);
        } else {
          waiting.put(c, n);
        }
      }
      List<CourseId> out = new ArrayList<>();
      while (!ready.isEmpty()) {
        int c = ready.poll();
        out.add(idOf(c));
        for (Map.Entry<Integer, Integer> e : new ArrayList<>(waiting.entrySet())) {
          if (catalogue.get(e.getKey()).prerequisites().contains(idOf(c))) {
            if (e.getValue() == 1) {
              waiting.remove(e.getKey());
              ready.add(e.getKey());
            } else {
              waiting.put(e.getKey(), e.getValue() - 1);
            }
          }
        }
      }
      return out;
    }
  }
}
