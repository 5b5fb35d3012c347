package org.sppathways.paths;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.EntryRule;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;
import org.sppathways.training.Objective;

/**
 * The oracle: every simple path from a start, by depth-first enumeration over the model's
 * objects, each with the training it takes planned by brute force over every subset of the
 * catalogue, with the constraints, totals and order written out again from the documentation.
 * It shares no code with the finder or the training planner.
 *
 * <p>A path's training, as documented: what is held at the start (a role's requirement levels,
 * or a person's levels and completed courses) is carried along. Per competency, the target is
 * the highest level the path's entered roles and routes ask for that is above what is held and
 * that some course not completed reaches. The plan is the least-weight set of courses (by the
 * query's objective) that reaches every target and can be taken in some order in which each
 * course's prerequisites are met when it is begun: completed before, taken earlier, or (when it
 * teaches anything) every level the prerequisite teaches held, at the start or from earlier
 * courses. The path's hours and cost are the plan's.
 */
final class BruteForce {
  private final WorkforceModel model;
  private final PathQuery q;
  private final WorkerProfile person;
  private final Objective objective;
  private final Map<String, double[]> plans = new HashMap<>();

  /** One simple path with its totals and ordering units, and the courses of its plan. */
  record Walk(List<RoleId> roles, List<ProgressionRoute> routes, long months, double hours,
      double cost, long hoursUnits, long costUnits, Set<CourseId> courses) {
    int steps() {
      return routes.size();
    }

    RoleId end() {
      return roles.get(roles.size() - 1);
    }
  }

  BruteForce(WorkforceModel model, PathQuery q, WorkerProfile person) {
    this.model = model;
    this.q = q;
    this.person = person;
    this.objective = q.trainingObjective();
  }

  /** Every simple path from the start (a role, or for a person without one every entry route). */
  List<Walk> all(RoleId from) {
    List<Walk> out = new ArrayList<>();
    if (from != null) {
      List<RoleId> roles = new ArrayList<>(List.of(from));
      out.add(walk(roles, new ArrayList<>()));
      extend(roles, new ArrayList<>(), new HashSet<>(roles), out);
    } else {
      for (ProgressionRoute r : model.routes()) {
        if (r.kind() != RouteKind.ENTRY || !routeOk(r) || !roleOk(r.to())
            || q.avoid().contains(r.from()) || !q.roleFilter().test(model.role(r.from()))) {
          continue;
        }
        List<RoleId> roles = new ArrayList<>(List.of(r.from(), r.to()));
        List<ProgressionRoute> routes = new ArrayList<>(List.of(r));
        if (fits(routes)) {
          out.add(walk(roles, routes));
          extend(roles, routes, new HashSet<>(roles), out);
        }
      }
    }
    return out;
  }

  private void extend(List<RoleId> roles, List<ProgressionRoute> routes, Set<RoleId> seen,
      List<Walk> out) {
    RoleId at = roles.get(roles.size() - 1);
    for (ProgressionRoute r : model.routesFrom(at)) {
      if (seen.contains(r.to()) || !routeOk(r) || !roleOk(r.to())) {
        continue;
      }
      roles.add(r.to());
      routes.add(r);
      seen.add(r.to());
      if (fits(routes)) {
        out.add(walk(roles, routes));
        extend(roles, routes, seen, out);
      }
      seen.remove(r.to());
      roles.remove(roles.size() - 1);
      routes.remove(routes.size() - 1);
    }
  }

  private boolean fits(List<ProgressionRoute> routes) {
    return (q.maxSteps().isEmpty() || routes.size() <= q.maxSteps().getAsInt())
        && (q.maxMonths().isEmpty() || months(routes) <= q.maxMonths().getAsInt());
  }

  private long months(List<ProgressionRoute> routes) {
    long months = 0;
    for (int i = 0; i < routes.size(); i++) {
      boolean reduced = i == 0 && person != null && person.role().isPresent();
      months += reduced ? Math.max(0, routes.get(i).months() - person.monthsInRole())
          : routes.get(i).months();
    }
    return months;
  }

  private boolean roleOk(RoleId id) {
    Role role = model.role(id);
    boolean offered = q.within().isEmpty();
    for (OrganisationTypeId o : role.offeredBy()) {
      offered |= q.within().contains(o);
    }
    return offered && !q.avoid().contains(id) && q.roleFilter().test(role);
  }

  private boolean routeOk(ProgressionRoute r) {
    if (!q.kinds().isEmpty() && !q.kinds().contains(r.kind())) {
      return false;
    }
    if (q.qualifiedOnly()) {
      for (Requirement req : r.requirements()) {
        if (req.essential() && person.level(req.competency()) < req.level()) {
          return false;
        }
      }
    }
    return q.routeFilter().test(r);
  }

  // ------------------------------------------------------------------ what is held

  /** Levels held at the start of a path from this role (or the person). */
  Map<CompetencyId, Integer> heldAtStart(RoleId start) {
    if (person != null) {
      return org.sppathways.model.ModelFixtures.heldUndated(model, person);
    }
    Map<CompetencyId, Integer> held = new HashMap<>();
    for (Requirement r : model.role(start).requirements()) {
      held.merge(r.competency(), r.level(), Math::max);
    }
    return held;
  }

  Set<CourseId> completedAtStart() {
    return person == null ? Set.of() : Set.copyOf(person.completed());
  }

  /** The plan's targets for a path: see the class comment. */
  Map<CompetencyId, Integer> targets(List<ProgressionRoute> routes,
      Map<CompetencyId, Integer> held, Set<CourseId> completed) {
    Map<CompetencyId, Integer> targets = new TreeMap<>();
    for (ProgressionRoute r : routes) {
      List<Requirement> asked = new ArrayList<>(model.role(r.to()).requirements());
      asked.addAll(r.requirements());
      Set<CourseId> open = enterable(held, completed);
      for (Requirement req : asked) {
        boolean reachable = false;
        for (Course c : model.courses()) {
          reachable |= open.contains(c.id()) && c.reaches(req.competency(), req.level());
        }
        if (reachable && held.getOrDefault(req.competency(), 0) < req.level()) {
          targets.merge(req.competency(), req.level(), Math::max);
        }
      }
    }
    return targets;
  }

  /**
   * The least-weight course set reaching the targets, by trying every subset of the courses not
   * completed: {hours, cost, weight, subset mask} over model course indices.
   */
  double[] plan(Map<CompetencyId, Integer> targets, Map<CompetencyId, Integer> held,
      Set<CourseId> completed, Objective by) {
    String key = targets + "|" + held + "|" + completed + "|" + by;
    double[] cached = plans.get(key);
    if (cached != null) {
      return cached;
    }
    List<Course> courses = model.courses();
    double[] best = null;
    for (long mask = 0; mask < (1L << courses.size()); mask++) {
      boolean ok = true;
      for (int i = 0; i < courses.size() && ok; i++) {
        ok = (mask & (1L << i)) == 0 || !completed.contains(courses.get(i).id());
      }
      if (!ok || !reachesAll(mask, targets) || !orderable(mask, held, completed)) {
        continue;
      }
      double hours = 0;
      double cost = 0;
      double weight = 0;
      for (int i = 0; i < courses.size(); i++) {
        if ((mask & (1L << i)) != 0) {
          Course c = courses.get(i);
          hours += c.hours();
          cost += c.cost();
          weight += by == Objective.HOURS ? c.hours() : by == Objective.COST ? c.cost() : 1;
        }
      }
      if (best == null || weight < best[2]) {
        best = new double[] {hours, cost, weight, mask};
      }
    }
    plans.put(key, best);
    return best;
  }

  private boolean reachesAll(long mask, Map<CompetencyId, Integer> targets) {
    for (Map.Entry<CompetencyId, Integer> t : targets.entrySet()) {
      boolean reached = false;
      for (int i = 0; i < model.courses().size() && !reached; i++) {
        reached = (mask & (1L << i)) != 0
            && model.courses().get(i).reaches(t.getKey(), t.getValue());
      }
      if (!reached) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the courses of the mask can be taken in some order with every prerequisite met when
   * a course is begun. Taking a course only adds to what is held, so taking any course that can
   * be begun, until none can, finds such an order when one exists.
   */
  private boolean orderable(long mask, Map<CompetencyId, Integer> held, Set<CourseId> completed) {
    Map<CompetencyId, Integer> now = new HashMap<>(held);
    Set<CourseId> done = new HashSet<>(completed);
    long left = mask;
    boolean progress = true;
    while (left != 0 && progress) {
      progress = false;
      for (int i = 0; i < model.courses().size(); i++) {
        Course c = model.courses().get(i);
        if ((left & (1L << i)) != 0 && canBegin(c, now, done)) {
          left &= ~(1L << i);
          done.add(c.id());
          for (CompetencyLevel cover : c.covers()) {
            now.merge(cover.competency(), cover.level(), Math::max);
          }
          progress = true;
        }
      }
    }
    return left == 0;
  }

  /**
   * The courses not completed that some order can begin: taking every course that can be begun
   * until none can (entry rules included).
   */
  private Set<CourseId> enterable(Map<CompetencyId, Integer> held, Set<CourseId> completed) {
    Map<CompetencyId, Integer> now = new HashMap<>(held);
    Set<CourseId> done = new HashSet<>(completed);
    Set<CourseId> taken = new HashSet<>();
    boolean progress = true;
    while (progress) {
      progress = false;
      for (Course c : model.courses()) {
        if (!done.contains(c.id()) && canBegin(c, now, done)) {
          done.add(c.id());
          taken.add(c.id());
          c.covers().forEach(v -> now.merge(v.competency(), v.level(), Math::max));
          progress = true;
        }
      }
    }
    return taken;
  }

  /**
   * Who entry rules are judged on after some courses: live views of the levels and completions
   * so far (changes to them show), and the person's organisation type and contracted hours, none
   * known when {@code person} is null (a path from a role).
   */
  static EntryRule.Candidate candidate(Map<CompetencyId, Integer> held, Set<CourseId> done,
      WorkerProfile person) {
    return new EntryRule.Candidate() {
      @Override
      public int level(CompetencyId competency) {
        return held.getOrDefault(competency, 0);
      }

      @Override
      public boolean hasCompleted(CourseId course) {
        return done.contains(course);
      }

      @Override
      public java.util.Optional<org.sppathways.model.OrganisationTypeId> organisationType() {
        return person == null ? java.util.Optional.empty() : person.organisationType();
      }

      @Override
      public java.util.OptionalDouble contractedHours() {
        return person == null ? java.util.OptionalDouble.empty() : person.contractedHours();
      }
    };
  }

  private boolean canBegin(Course c, Map<CompetencyId, Integer> held, Set<CourseId> done) {
    EntryRule.Candidate now = candidate(held, done, person);
    if (!c.entry().stream().allMatch(r -> r.isMetBy(now))) {
      return false;
    }
    for (CourseId p : c.prerequisites()) {
      if (done.contains(p)) {
        continue;
      }
      // a prerequisite that teaches nothing can only be met by completing it
      boolean holdsAll = !model.course(p).covers().isEmpty();
      for (CompetencyLevel cover : model.course(p).covers()) {
        holdsAll &= held.getOrDefault(cover.competency(), 0) >= cover.level();
      }
      if (!holdsAll) {
        return false;
      }
    }
    return true;
  }

  private Walk walk(List<RoleId> roles, List<ProgressionRoute> routes) {
    List<RoleId> all = new ArrayList<>(roles);
    Map<CompetencyId, Integer> held = heldAtStart(all.get(0));
    Set<CourseId> completed = completedAtStart();
    double[] plan = plan(targets(routes, held, completed), held, completed, objective);
    Set<CourseId> courses = new HashSet<>();
    for (int i = 0; i < model.courses().size(); i++) {
      if (((long) plan[3] & (1L << i)) != 0) {
        courses.add(model.courses().get(i).id());
      }
    }
    return new Walk(List.copyOf(all), List.copyOf(routes), months(routes), plan[0], plan[1],
        Math.round(plan[0] * 1000), Math.round(plan[1] * 1000), courses);
  }

  // ------------------------------------------------------------------ the documented answers

  /** The key of a walk for a criterion, in the documented order. */
  static long[] key(Walk w, Criterion by) {
    switch (by) {
      case STEPS:
        return new long[] {w.steps(), w.months()};
      case MONTHS:
        return new long[] {w.months(), w.steps()};
      case HOURS:
        return new long[] {w.hoursUnits(), w.steps(), w.months()};
      default:
        return new long[] {w.costUnits(), w.steps(), w.months()};
    }
  }

  /** The Pareto vector: months, hours, cost, steps. */
  static long[] vector(Walk w) {
    return new long[] {w.months(), w.hoursUnits(), w.costUnits(), w.steps()};
  }

  static int compareRoles(List<RoleId> a, List<RoleId> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int cmp = a.get(i).compareTo(b.get(i));
      if (cmp != 0) {
        return cmp;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  static Comparator<Walk> order(Criterion by) {
    return (a, b) -> {
      int cmp = Arrays.compare(key(a, by), key(b, by));
      return cmp != 0 ? cmp : compareRoles(a.roles(), b.roles());
    };
  }

  /** The first k walks to a target in the documented order. */
  List<Walk> kBest(RoleId from, RoleId to, int k) {
    return all(from).stream().filter(w -> w.end().equals(to)).sorted(order(q.by())).limit(k)
        .toList();
  }

  /** The Pareto set to a target, one walk per vector, in the documented order. */
  List<Walk> pareto(RoleId from, RoleId to) {
    List<Walk> walks = all(from).stream().filter(w -> w.end().equals(to)).toList();
    Map<List<Long>, Walk> best = new HashMap<>();
    for (Walk w : walks) {
      boolean dominated = false;
      long[] v = vector(w);
      for (Walk o : walks) {
        long[] u = vector(o);
        boolean le = true;
        boolean lt = false;
        for (int i = 0; i < 4; i++) {
          le &= u[i] <= v[i];
          lt |= u[i] < v[i];
        }
        dominated |= le && lt;
      }
      if (!dominated) {
        List<Long> key = Arrays.stream(v).boxed().toList();
        best.merge(key, w, (a, b) -> compareRoles(a.roles(), b.roles()) <= 0 ? a : b);
      }
    }
    int lead = List.of(Criterion.MONTHS, Criterion.HOURS, Criterion.COST, Criterion.STEPS)
        .indexOf(q.by());
    Comparator<Walk> c = (a, b) -> {
      long[] x = vector(a);
      long[] y = vector(b);
      int cmp = Long.compare(x[lead], y[lead]);
      for (int i = 0; i < 4 && cmp == 0; i++) {
        if (i != lead) {
          cmp = Long.compare(x[i], y[i]);
        }
      }
      return cmp != 0 ? cmp : compareRoles(a.roles(), b.roles());
    };
    return best.values().stream().sorted(c).toList();
  }

  /** Per role reached (not the start), the best walk; ordered by key then role id. */
  List<Walk> reach(RoleId from) {
    Map<RoleId, Walk> best = new TreeMap<>();
    Comparator<Walk> order = order(q.by());
    for (Walk w : all(from)) {
      if (w.steps() == 0) {
        continue;
      }
      best.merge(w.end(), w, (a, b) -> order.compare(a, b) <= 0 ? a : b);
    }
    return best.values().stream().sorted((a, b) -> {
      int cmp = Arrays.compare(key(a, q.by()), key(b, q.by()));
      return cmp != 0 ? cmp : a.end().compareTo(b.end());
    }).toList();
  }
}
