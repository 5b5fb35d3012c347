package org.sppathways.paths;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.sppathways.gaps.RequirementGap;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.EntryRule;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.HeldLevels;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;
import org.sppathways.graph.internal.RoleGraph;
import org.sppathways.training.Objective;
import org.sppathways.training.TrainingPlan;
import org.sppathways.training.TrainingPlanner;
import org.sppathways.training.UnclosableTarget;

/**
 * The training a path takes when what is learnt along it is kept: one plan for everything the
 * path's roles and routes ask for beyond what is held at its start, each course scheduled at the
 * first step that needs it and counted once.
 *
 * <p>A path's needs are, per competency, the levels its entered roles and its routes ask for.
 * The plan's targets are, per competency, the highest of those levels that is above what is held
 * at the start and that some course not yet completed, that the start can enter (its entry
 * rules, judged on the person, or on no one for a role's start), reaches (higher levels are
 * unclosable and
 * reported at the steps that ask for them). The optimal plan for such a target vector grows with
 * it level by level, which is what lets the searches use it as a lower bound; plans are memoised
 * per start and target vector (thread-safe: racing threads compute equal plans).
 *
 * <p>What a role asks for is its requirements in one organisation type ({@link Needs}): the
 * type's {@linkplain Role#requirementsIn(OrganisationTypeId) variant} when a search names a type
 * (the query's, else the person's), else the role's own requirements; a route's own requirements
 * are the same in every type. A start from a role holds that role's requirement levels in the
 * same type. First-year targets never apply here: every step enters a role the person is not in
 * yet, which they are to do in full, and a start from a role is someone established in it.
 *
 * <p>Needs and targets are sparse int vectors {@code [q0, l0, q1, l1, ...]}, competency indices
 * ascending, levels above 0.
 */
final class PathTraining {
  /** Hours and cost are ordered as longs in units of 1/SCALE. */
  static final double SCALE = 1000;

  /** The most plans memoised per finder; beyond it plans are computed and not kept. */
  private static final int MAX_CACHED = 200_000;

  private final WorkforceModel model;
  private final RoleGraph graph;
  private final TrainingPlanner planner;
  /** What roles and routes ask for with each role's own requirements. */
  private final Needs base;
  /** Per organisation type searched in: what roles and routes ask for ({@link #base} if alike). */
  private final Map<OrganisationTypeId, Needs> variants = new ConcurrentHashMap<>();
  /** Per competency: the highest level any course reaches. */
  private final int[] catalogueMax;
  /** Per competency: the courses (model indices) that cover it, and the level each reaches. */
  private final int[][] coverCourse;
  private final int[][] coverLevel;
  /** Per course (model index): its hours and cost. */
  private final double[] courseHours;
  private final double[] courseCost;
  /** Whether some course has entry rules: then what a start can reach depends on who it is. */
  private final boolean entryRules;
  private final Map<RoleStart, Start> roleStarts = new ConcurrentHashMap<>();
  private final Map<PlanKey, TrainingPlan> plans = new ConcurrentHashMap<>();

  PathTraining(WorkforceModel model, RoleGraph graph) {
    this.model = model;
    this.graph = graph;
    this.planner = TrainingPlanner.of(model);
    this.base = needs(Optional.empty(), null);
    this.entryRules = model.courses().stream().anyMatch(c -> !c.entry().isEmpty());
    this.catalogueMax = reachable(Set.of(), null);
    int courses = model.courses().size();
    int competencies = model.competencies().size();
    this.courseHours = new double[courses];
    this.courseCost = new double[courses];
    int[] count = new int[competencies];
    for (int c = 0; c < courses; c++) {
      Course course = model.courses().get(c);
      courseHours[c] = course.hours();
      courseCost[c] = course.cost();
      for (CompetencyLevel cover : course.covers()) {
        count[model.competencyIndex(cover.competency())]++;
      }
    }
    this.coverCourse = new int[competencies][];
    this.coverLevel = new int[competencies][];
    for (int q = 0; q < competencies; q++) {
      coverCourse[q] = new int[count[q]];
      coverLevel[q] = new int[count[q]];
      count[q] = 0;
    }
    for (int c = 0; c < courses; c++) {
      for (CompetencyLevel cover : model.courses().get(c).covers()) {
        int q = model.competencyIndex(cover.competency());
        coverCourse[q][count[q]] = c;
        coverLevel[q][count[q]++] = cover.level();
      }
    }
  }

  // ---------------------------------------------------------------- needs by organisation type

  /**
   * What the roles and routes ask for in one organisation type: per edge, its target role's
   * requirements there merged with the route's own; per vertex, its role's requirements there.
   * {@code type} empty: each role's own requirements. Immutable once built.
   */
  static final class Needs {
    /** The organisation type, when the roles' variants for it apply. */
    final Optional<OrganisationTypeId> type;
    /** Per edge: what its target role and its route ask for. */
    final int[][] edge;
    /** Per vertex: what its role asks for. */
    final int[][] role;

    private Needs(Optional<OrganisationTypeId> type, int[][] edge, int[][] role) {
      this.type = type;
      this.edge = edge;
      this.role = role;
    }

    /** A role's requirements in this type (its own when no type, or the type has no variant). */
    List<Requirement> of(Role r) {
      return type.isPresent() ? r.requirementsIn(type.get()) : r.requirements();
    }

    /** Whether a role's requirements here differ from its own (it has a variant for the type). */
    boolean varies(Role r) {
      return type.isPresent() && r.variants().containsKey(type.get());
    }
  }

  /**
   * The needs in an organisation type: the roles' own when {@code type} is empty or no role has a
   * variant for it (so searches in such types share one finder's plans and targets with searches
   * naming no type), else that type's, built once per finder. O(n + m) vectors on first use, the
   * vectors of roles without a variant shared with the roles' own.
   */
  Needs needs(Optional<OrganisationTypeId> type) {
    if (type.isEmpty()) {
      return base;
    }
    return variants.computeIfAbsent(type.get(), t -> {
      for (Role r : model.roles()) {
        if (r.variants().containsKey(t)) {
          return needs(type, base);
        }
      }
      return base;
    });
  }

  /** Builds the needs in a type, reusing {@code own}'s vectors where a role does not vary. */
  private Needs needs(Optional<OrganisationTypeId> type, Needs own) {
    Needs shell = new Needs(type, null, null);
    int[][] role = new int[graph.n][];
    for (int v = 0; v < graph.n; v++) {
      Role r = model.roles().get(graph.modelIndex[v]);
      role[v] = own != null && !shell.varies(r) ? own.role[v] : vector(shell.of(r), List.of());
    }
    int[][] edge = new int[graph.m][];
    for (int e = 0; e < graph.m; e++) {
      ProgressionRoute route = model.routes().get(graph.route[e]);
      Role r = model.role(route.to());
      edge[e] = own != null && !shell.varies(r) ? own.edge[e]
          : vector(shell.of(r), route.requirements());
    }
    return new Needs(type, edge, role);
  }

  /**
   * Every level asked for, as pairs sorted by competency then level (a competency asked for by
   * both the role and the route appears twice: the lower level may be closable when the higher
   * is not).
   */
  private int[] vector(List<Requirement> a, List<Requirement> b) {
    List<int[]> pairs = new ArrayList<>();
    for (List<Requirement> list : List.of(a, b)) {
      for (Requirement q : list) {
        pairs.add(new int[] {model.competencyIndex(q.competency()), q.level()});
      }
    }
    pairs.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
    int[] out = new int[pairs.size() * 2];
    for (int i = 0; i < pairs.size(); i++) {
      out[2 * i] = pairs.get(i)[0];
      out[2 * i + 1] = pairs.get(i)[1];
    }
    return out;
  }

  /**
   * Per competency, the highest level a course not completed reaches; with {@code enterable},
   * only the courses in it (those some plan for the start can include).
   */
  private int[] reachable(Set<CourseId> completed, Set<CourseId> enterable) {
    int[] max = new int[model.competencies().size()];
    for (Course c : model.courses()) {
      if (completed.contains(c.id()) || (enterable != null && !enterable.contains(c.id()))) {
        continue;
      }
      for (CompetencyLevel cover : c.covers()) {
        int q = model.competencyIndex(cover.competency());
        max[q] = Math.max(max[q], cover.level());
      }
    }
    return max;
  }

  // ---------------------------------------------------------------- starts

  /** What is held at the start of a path, and what courses can still reach. */
  static final class Start {
    /** The start role's vertex for a start from a role; -1 for a person's. */
    final int key;
    /**
     * For a start from a role, the organisation type whose variant of the role gave the levels
     * held (empty: the role's own requirements); plans are memoised per key and this.
     */
    final Optional<OrganisationTypeId> heldIn;
    /** What the path's roles and routes ask for. */
    final Needs needs;
    final Map<CompetencyId, Integer> held;
    final Set<CourseId> completed;
    /** Who entry rules are judged on; null for a role's start (no employer or contract known). */
    final EntryRule.Candidate person;
    final int[] heldLevel;
    final int[] reachable;
    /** Per course (model index), whether it is completed at the start; null when none is. */
    final boolean[] done;
    /**
     * Per edge, its needs that this start can close (filled on first use; racing threads store
     * equal arrays, published safely).
     */
    final AtomicReferenceArray<int[]> targets;

    Start(int key, Optional<OrganisationTypeId> heldIn, Needs needs,
        Map<CompetencyId, Integer> held, Set<CourseId> completed, EntryRule.Candidate person,
        int[] heldLevel, int[] reachable, boolean[] done, int edges) {
      this.key = key;
      this.heldIn = heldIn;
      this.needs = needs;
      this.held = held;
      this.completed = completed;
      this.person = person;
      this.heldLevel = heldLevel;
      this.reachable = reachable;
      this.done = done;
      this.targets = new AtomicReferenceArray<>(edges);
    }
  }

  /** A start from a role, with the needs searched against. */
  private record RoleStart(int vertex, Needs needs) {}

  /**
   * The start of someone holding a role's requirement levels in the needs' organisation type
   * (its variant there, its own requirements without one; full levels, no first-year targets)
   * and no completed courses.
   */
  Start roleStart(int vertex, Needs needs) {
    return roleStarts.computeIfAbsent(new RoleStart(vertex, needs), k -> {
      Role role = model.roles().get(graph.modelIndex[vertex]);
      Map<CompetencyId, Integer> held = new LinkedHashMap<>();
      for (Requirement q : needs.of(role)) {
        held.merge(q.competency(), q.level(), Math::max);
      }
      return start(vertex, needs.varies(role) ? needs.type : Optional.empty(), needs, held,
          Set.of(), null);
    });
  }

  /**
   * The start of a person on a day: the levels they hold that day and the courses whose
   * completion is still in date (a lapsed course may be planned again); courses' entry rules are
   * judged on them ({@link EntryRule.Candidate#of(HeldLevels, WorkerProfile)}).
   */
  Start personStart(WorkerProfile person, java.time.LocalDate asOf, Needs needs) {
    HeldLevels held = HeldLevels.of(model, person, asOf);
    return start(-1, Optional.empty(), needs, held.levels(), held.completedInDate(),
        EntryRule.Candidate.of(held, person));
  }

  private Start start(int key, Optional<OrganisationTypeId> heldIn, Needs needs,
      Map<CompetencyId, Integer> held, Set<CourseId> completed, EntryRule.Candidate person) {
    int[] level = new int[model.competencies().size()];
    for (Map.Entry<CompetencyId, Integer> h : held.entrySet()) {
      level[model.competencyIndex(h.getKey())] = h.getValue();
    }
    int[] reach;
    if (entryRules) {
      reach = reachable(completed, person == null ? planner.enterable(held, completed)
          : planner.enterable(held, completed, person));
    } else {
      reach = completed.isEmpty() ? catalogueMax : reachable(completed, null);
    }
    boolean[] done = null;
    if (!completed.isEmpty()) {
      done = new boolean[model.courses().size()];
      for (int c = 0; c < done.length; c++) {
        done[c] = completed.contains(model.courses().get(c).id());
      }
    }
    return new Start(key, heldIn, needs, Map.copyOf(held), completed, person, level, reach,
        done, graph.m);
  }

  /** The needs of edge e that the start can close: above what is held, reachable by a course. */
  int[] targets(Start s, int e) {
    int[] t = s.targets.get(e);
    if (t == null) {
      t = filter(s, s.needs.edge[e]);
      s.targets.set(e, t);
    }
    return t;
  }

  /** The needs of a vertex's role that the start can close. */
  int[] roleTargets(Start s, int v) {
    return filter(s, s.needs.role[v]);
  }

  /** Per competency, the highest level asked for that is above what is held and reachable. */
  private static int[] filter(Start s, int[] need) {
    int[] out = new int[need.length];
    int k = 0;
    for (int i = 0; i < need.length; i += 2) {
      int q = need[i];
      int l = need[i + 1];
      if (s.heldLevel[q] < l && l <= s.reachable[q]) {
        if (k > 0 && out[k - 2] == q) {
          out[k - 1] = Math.max(out[k - 1], l);
        } else {
          out[k++] = q;
          out[k++] = l;
        }
      }
    }
    return k == out.length ? out : Arrays.copyOf(out, k);
  }

  // ---------------------------------------------------------------- vectors

  /** The level-wise maximum of two vectors. */
  static int[] merge(int[] a, int[] b) {
    if (b.length == 0 || Arrays.equals(a, b)) {
      return a;
    }
    if (a.length == 0) {
      return b;
    }
    int[] out = new int[a.length + b.length];
    int i = 0;
    int j = 0;
    int k = 0;
    boolean grew = false;
    while (i < a.length || j < b.length) {
      if (j >= b.length || (i < a.length && a[i] < b[j])) {
        out[k++] = a[i];
        out[k++] = a[i + 1];
        i += 2;
      } else if (i >= a.length || b[j] < a[i]) {
        out[k++] = b[j];
        out[k++] = b[j + 1];
        j += 2;
        grew = true;
      } else {
        out[k++] = a[i];
        out[k++] = Math.max(a[i + 1], b[j + 1]);
        grew |= b[j + 1] > a[i + 1];
        i += 2;
        j += 2;
      }
    }
    return grew ? Arrays.copyOf(out, k) : a;
  }

  /** Whether a is level-wise at most b. */
  static boolean atMost(int[] a, int[] b) {
    int j = 0;
    for (int i = 0; i < a.length; i += 2) {
      while (j < b.length && b[j] < a[i]) {
        j += 2;
      }
      if (j >= b.length || b[j] != a[i] || b[j + 1] < a[i + 1]) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- plans

  /**
   * A memoised plan's key: the start role and the type whose variant of it gave the levels held
   * (a plan depends on the start's levels and the targets only, so two types share a plan
   * exactly when the start role does not vary between them), objective and targets.
   */
  private record PlanKey(int start, Optional<OrganisationTypeId> heldIn, Objective objective,
      Vector targets) {}

  /** An int array compared by value. */
  private record Vector(int[] values) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Vector v && Arrays.equals(values, v.values);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(values);
    }
  }

  /**
   * The optimal plan for a target vector from a start. Memoised per finder for role starts, and
   * in the given map for a person's start (personal data is not kept beyond the search).
   */
  TrainingPlan plan(Start s, int[] targets, Objective objective, Map<Object, TrainingPlan> local) {
    PlanKey key = new PlanKey(s.key, s.heldIn, objective, new Vector(targets));
    Map<Object, TrainingPlan> personal = s.key < 0 ? local : null;
    TrainingPlan plan = personal != null ? personal.get(key) : plans.get(key);
    if (plan == null) {
      List<CompetencyLevel> list = new ArrayList<>(targets.length / 2);
      for (int i = 0; i < targets.length; i += 2) {
        list.add(CompetencyLevel.of(model.competencies().get(targets[i]).id(), targets[i + 1]));
      }
      plan = s.person == null ? planner.plan(list, s.held, s.completed, objective)
          : planner.plan(list, s.held, s.completed, objective, s.person);
      if (personal != null) {
        personal.put(key, plan);
      } else if (plans.size() < MAX_CACHED) {
        plans.putIfAbsent(key, plan);
      }
    }
    return plan;
  }

  /**
   * A lower bound, in ordering units, on the hours ({@code hours} true) or cost of every plan
   * for a target vector from a start, found without planning: each target needs a course not
   * completed that reaches it, so a plan weighs at least its cheapest such course (the maximum
   * over the targets), and at least the sum of the cheapest courses of targets whose sets of
   * such courses are pairwise disjoint (each needs a course of its own), and at least the sum
   * over the targets of the least share weight(c) / n(c) over the courses c reaching it, n(c) the
   * number of the targets c reaches (each target charged to one course of the plan reaching it).
   * The sums are taken one unit lower, so that rounding in another order of addition cannot lift
   * them above the plan's. Every plan found, optimal or not, weighs at least this.
   * O(the courses covering the targets' competencies).
   */
  long lowerBound(Start s, int[] targets, boolean hours) {
    double[] weight = hours ? courseHours : courseCost;
    java.util.BitSet used = new java.util.BitSet(weight.length);
    double max = 0;
    double packed = 0;
    for (int i = 0; i < targets.length; i += 2) {
      int q = targets[i];
      int l = targets[i + 1];
      double least = Double.POSITIVE_INFINITY;
      boolean disjoint = true;
      int[] courses = coverCourse[q];
      for (int j = 0; j < courses.length; j++) {
        int c = courses[j];
        if (coverLevel[q][j] >= l && (s.done == null || !s.done[c])) {
          least = Math.min(least, weight[c]);
          disjoint &= !used.get(c);
        }
      }
      if (least == Double.POSITIVE_INFINITY) {
        continue;
      }
      max = Math.max(max, least);
      if (disjoint) {
        for (int j = 0; j < courses.length; j++) {
          if (coverLevel[q][j] >= l) {
            used.set(courses[j]);
          }
        }
        packed += least;
      }
    }
    // each target charged to one course of the plan that closes it: a course closing n of the
    // targets is charged at most n times, so its weight is at least n times its least share
    int[] closes = new int[weight.length];
    for (int i = 0; i < targets.length; i += 2) {
      int q = targets[i];
      int[] courses = coverCourse[q];
      for (int j = 0; j < courses.length; j++) {
        if (coverLevel[q][j] >= targets[i + 1]) {
          closes[courses[j]]++;
        }
      }
    }
    double shares = 0;
    for (int i = 0; i < targets.length; i += 2) {
      int q = targets[i];
      int[] courses = coverCourse[q];
      double least = Double.POSITIVE_INFINITY;
      for (int j = 0; j < courses.length; j++) {
        int c = courses[j];
        if (coverLevel[q][j] >= targets[i + 1] && (s.done == null || !s.done[c])) {
          least = Math.min(least, weight[c] / closes[c]);
        }
      }
      if (least != Double.POSITIVE_INFINITY) {
        shares += least;
      }
    }
    return Math.max(units(max), Math.max(units(packed), units(shares)) - 1);
  }

  /** A double in the ordering units: rounded to 1/SCALE. */
  static long units(double value) {
    return Math.round(value * SCALE);
  }

  // ---------------------------------------------------------------- one path in detail

  /** One step's share of a path's training. */
  record Step(double hours, double cost, List<RequirementGap> gaps, List<CourseId> courses,
      List<UnclosableTarget> unclosable) {}

  /** A path's training: its plan and each step's share. */
  record Path(TrainingPlan plan, List<Step> steps) {}

  /**
   * The training of a path given by its edges: the plan for its targets, and per step the gaps
   * on arrival, the courses first needed there (with the plan's courses they depend on) and what
   * no course closes.
   */
  Path path(Start s, int[] edges, Objective objective, Map<Object, TrainingPlan> local) {
    int[] targets = new int[0];
    for (int e : edges) {
      targets = merge(targets, targets(s, e));
    }
    TrainingPlan plan = plan(s, targets, objective, local);
    List<Course> courses = new ArrayList<>();
    for (CourseId id : plan.courses()) {
      courses.add(model.course(id));
    }
    boolean[][] depends = dependencies(s, courses);
    boolean[] taken = new boolean[courses.size()];
    Map<CompetencyId, Integer> held = new HashMap<>(s.held);
    List<Step> steps = new ArrayList<>(edges.length);
    for (int i = 0; i < edges.length; i++) {
      ProgressionRoute route = model.routes().get(graph.route[edges[i]]);
      List<RequirementGap> gaps = new ArrayList<>();
      List<UnclosableTarget> unclosable = new ArrayList<>();
      boolean[] now = new boolean[courses.size()];
      for (Requirement q : wanted(s.needs, route)) {
        int level = held.getOrDefault(q.competency(), 0);
        if (level >= q.level()) {
          continue;
        }
        gaps.add(new RequirementGap(q.competency(), level, q.level(), q.essential()));
        int reachable = s.reachable[model.competencyIndex(q.competency())];
        if (q.level() > reachable) {
          unclosable.add(why(s, CompetencyLevel.of(q.competency(), q.level())));
        }
        // the highest level this step asks for (of the role or the route) that a course reaches
        int closable = 0;
        for (Requirement r : asked(s.needs, route)) {
          if (r.competency().equals(q.competency()) && r.level() <= reachable) {
            closable = Math.max(closable, r.level());
          }
        }
        if (closable <= level) {
          continue;
        }
        for (int c = 0; c < courses.size(); c++) {
          if (!taken[c] && courses.get(c).reaches(q.competency(), closable)) {
            mark(c, depends, taken, now);
            break;
          }
        }
      }
      if (i == edges.length - 1) {
        for (int c = 0; c < courses.size(); c++) {
          if (!taken[c]) {
            mark(c, depends, taken, now);
          }
        }
      }
      List<CourseId> ids = new ArrayList<>();
      double hours = 0;
      double cost = 0;
      for (int c = 0; c < courses.size(); c++) {
        if (now[c]) {
          Course course = courses.get(c);
          ids.add(course.id());
          hours += course.hours();
          cost += course.cost();
          for (CompetencyLevel cover : course.covers()) {
            held.merge(cover.competency(), cover.level(), Math::max);
          }
        }
      }
      steps.add(new Step(hours, cost, gaps, ids, unclosable));
    }
    return new Path(plan, steps);
  }

  /**
   * Why no plan from the start reaches a target: the planner's reason for it alone (no course
   * reaches it, or the courses that do cannot be entered from this start).
   */
  private UnclosableTarget why(Start s, CompetencyLevel target) {
    List<CompetencyLevel> one = List.of(target);
    TrainingPlan alone = s.person == null
        ? planner.plan(one, s.held, s.completed, Objective.COUNT)
        : planner.plan(one, s.held, s.completed, Objective.COUNT, s.person);
    return alone.unclosableTargets().stream().findFirst().orElseGet(() -> new UnclosableTarget(
        target, UnclosableTarget.Reason.NO_COURSE, "no course in the catalogue reaches it"));
  }

  private static void mark(int c, boolean[][] depends, boolean[] taken, boolean[] now) {
    taken[c] = true;
    now[c] = true;
    for (int d = 0; d < depends.length; d++) {
      if (depends[c][d] && !taken[d]) {
        mark(d, depends, taken, now);
      }
    }
  }

  /**
   * Which courses of a plan (in the plan's order, which honours prerequisites and entry rules)
   * must come before which: a prerequisite in the plan, or, for a prerequisite met by holding
   * what it teaches, every earlier course of the plan that teaches some of it above what was held
   * at the start; a course an entry rule names, or an earlier course reaching a level an entry
   * rule names that was not held at the start.
   */
  private boolean[][] dependencies(Start s, List<Course> courses) {
    int k = courses.size();
    boolean[][] depends = new boolean[k][k];
    Map<CourseId, Integer> at = new HashMap<>();
    for (int c = 0; c < k; c++) {
      at.put(courses.get(c).id(), c);
    }
    for (int c = 0; c < k; c++) {
      for (CourseId p : courses.get(c).prerequisites()) {
        Integer d = at.get(p);
        if (d != null) {
          depends[c][d] = true;
        } else if (!s.completed.contains(p)) {
          Set<CompetencyId> taught = new HashSet<>();
          for (CompetencyLevel cover : model.course(p).covers()) {
            if (s.held.getOrDefault(cover.competency(), 0) < cover.level()) {
              taught.add(cover.competency());
            }
          }
          for (int e = 0; e < c; e++) {
            for (CompetencyLevel cover : courses.get(e).covers()) {
              depends[c][e] |= taught.contains(cover.competency());
            }
          }
        }
      }
      // entry rules: a course they name in the plan, or an earlier course of the plan teaching a
      // level they name that was not held at the start (any alternative of an any-of counts)
      List<EntryRule> atoms = new ArrayList<>();
      courses.get(c).entry().forEach(r -> atoms(r, atoms));
      for (EntryRule atom : atoms) {
        if (atom instanceof EntryRule.CompletedCourse done) {
          Integer d = at.get(done.course());
          if (d != null && d < c) {
            depends[c][d] = true;
          }
        } else if (atom instanceof EntryRule.HeldLevel level
            && s.held.getOrDefault(level.competency(), 0) < level.level()) {
          for (int e = 0; e < c; e++) {
            depends[c][e] |= courses.get(e).reaches(level.competency(), level.level());
          }
        }
      }
    }
    return depends;
  }

  private static void atoms(EntryRule rule, List<EntryRule> out) {
    if (rule instanceof EntryRule.AnyOf any) {
      any.rules().forEach(r -> atoms(r, out));
    } else {
      out.add(rule);
    }
  }

  /**
   * What a step asks for: the target role's requirements (in the needs' organisation type) in
   * order, then the route's own; a competency asked for by both counts once, at the higher level,
   * essential if either is.
   */
  private List<Requirement> wanted(Needs needs, ProgressionRoute route) {
    Map<CompetencyId, Requirement> wanted = new LinkedHashMap<>();
    Role role = model.role(route.to());
    for (Requirement q : needs.of(role)) {
      wanted.merge(q.competency(), q, PathTraining::stronger);
    }
    for (Requirement q : route.requirements()) {
      wanted.merge(q.competency(), q, PathTraining::stronger);
    }
    return new ArrayList<>(wanted.values());
  }

  /** Every requirement of a step: the target role's (in the needs' type), then the route's. */
  private List<Requirement> asked(Needs needs, ProgressionRoute route) {
    List<Requirement> all = new ArrayList<>(needs.of(model.role(route.to())));
    all.addAll(route.requirements());
    return all;
  }

  private static Requirement stronger(Requirement a, Requirement b) {
    return Requirement.builder().competency(a.competency()).level(Math.max(a.level(), b.level()))
        .essential(a.essential() || b.essential()).build();
  }
}
