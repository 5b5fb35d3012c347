package org.sppathways.paths;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
 * objects, with the constraints, step values and order written out again from the
 * documentation, independently of the searches' int arrays.
 */
final class BruteForce {
  private final WorkforceModel model;
  private final StepCosts costs;
  private final PathQuery q;
  private final WorkerProfile person;
  private final Objective objective;

  /** One simple path with its totals and ordering units. */
  record Walk(List<RoleId> roles, List<ProgressionRoute> routes, long months, double hours,
      double cost, long hoursUnits, long costUnits) {
    int steps() {
      return routes.size();
    }

    RoleId end() {
      return roles.get(roles.size() - 1);
    }
  }

  BruteForce(WorkforceModel model, StepCosts costs, PathQuery q, WorkerProfile person) {
    this.model = model;
    this.costs = costs;
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
    Walk w = walk(new ArrayList<>(List.of(routes.get(0).from())), routes);
    return (q.maxSteps().isEmpty() || routes.size() <= q.maxSteps().getAsInt())
        && (q.maxMonths().isEmpty() || w.months() <= q.maxMonths().getAsInt());
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

  private Walk walk(List<RoleId> roles, List<ProgressionRoute> routes) {
    long months = 0;
    double hours = 0;
    double cost = 0;
    long hu = 0;
    long cu = 0;
    for (int i = 0; i < routes.size(); i++) {
      ProgressionRoute r = routes.get(i);
      boolean personal = person != null && i == 0;
      StepCosts.Step step = personal ? costs.of(r, person, objective)
          : costs.of(model.routes().indexOf(r), objective);
      months += personal && person.role().isPresent()
          ? Math.max(0, r.months() - person.monthsInRole()) : r.months();
      hours += step.hours();
      cost += step.cost();
      hu += StepCosts.units(step.hours());
      cu += StepCosts.units(step.cost());
    }
    List<RoleId> all = new ArrayList<>(roles);
    if (all.size() < routes.size() + 1) {
      for (int i = all.size() - 1; i < routes.size(); i++) {
        all.add(routes.get(i).to());
      }
    }
    return new Walk(List.copyOf(all), List.copyOf(routes), months, hours, cost, hu, cu);
  }

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
      int cmp = java.util.Arrays.compare(key(a, by), key(b, by));
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
    Map<List<Long>, Walk> best = new java.util.HashMap<>();
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
        List<Long> key = java.util.Arrays.stream(v).boxed().toList();
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
      int cmp = java.util.Arrays.compare(key(a, q.by()), key(b, q.by()));
      return cmp != 0 ? cmp : a.end().compareTo(b.end());
    }).toList();
  }
}
