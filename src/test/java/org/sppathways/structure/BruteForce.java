package org.sppathways.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;

/**
 * Slow, obviously correct answers for small models, by enumerating every simple path: the
 * oracles of the property tests. Independent of the code under test (no shared helpers).
 */
final class BruteForce {
  private BruteForce() {}

  /** Every simple path from {@code from} through roles accepted by {@code allowed}. */
  static List<List<ProgressionRoute>> paths(WorkforceModel model, RoleId from,
      java.util.function.Predicate<RoleId> allowed) {
    List<List<ProgressionRoute>> out = new ArrayList<>();
    extend(model, from, allowed, new ArrayList<>(), new HashSet<>(Set.of(from)), out);
    return out;
  }

  private static void extend(WorkforceModel model, RoleId at, java.util.function.Predicate<RoleId> allowed,
      List<ProgressionRoute> path, Set<RoleId> seen, List<List<ProgressionRoute>> out) {
    out.add(List.copyOf(path));
    for (ProgressionRoute r : model.routesFrom(at)) {
      if (seen.contains(r.to()) || !allowed.test(r.to())) {
        continue;
      }
      seen.add(r.to());
      path.add(r);
      extend(model, r.to(), allowed, path, seen, out);
      path.remove(path.size() - 1);
      seen.remove(r.to());
    }
  }

  static RoleId end(RoleId start, List<ProgressionRoute> path) {
    return path.isEmpty() ? start : path.get(path.size() - 1).to();
  }

  static int months(List<ProgressionRoute> path) {
    return path.stream().mapToInt(ProgressionRoute::months).sum();
  }

  /**
   * Directed betweenness by counting shortest simple paths through each role: by moves, or by
   * months with ties broken by moves ({@code fewestMoves}) or by the number of 0-month routes
   * (every least-month path with no 0-month route counts equally).
   */
  static Map<RoleId, Double> betweenness(WorkforceModel model, boolean byMonths,
      boolean fewestMoves) {
    Map<RoleId, Double> bc = new HashMap<>();
    model.roles().forEach(r -> bc.put(r.id(), 0.0));
    long k = Math.max(1, model.roles().size());
    for (Role s : model.roles()) {
      Map<RoleId, List<List<ProgressionRoute>>> byEnd = new HashMap<>();
      for (List<ProgressionRoute> p : paths(model, s.id(), x -> true)) {
        byEnd.computeIfAbsent(end(s.id(), p), x -> new ArrayList<>()).add(p);
      }
      byEnd.forEach((t, list) -> {
        if (t.equals(s.id())) {
          return;
        }
        long best = list.stream().mapToLong(p -> length(p, byMonths, fewestMoves, k)).min()
            .getAsLong();
        List<List<ProgressionRoute>> shortest =
            list.stream().filter(p -> length(p, byMonths, fewestMoves, k) == best).toList();
        for (List<ProgressionRoute> p : shortest) {
          for (int i = 0; i + 1 < p.size(); i++) {
            RoleId via = p.get(i).to();
            bc.merge(via, 1.0 / shortest.size(), Double::sum);
          }
        }
      });
    }
    return bc;
  }

  private static long length(List<ProgressionRoute> p, boolean byMonths, boolean fewestMoves,
      long k) {
    if (!byMonths) {
      return p.size();
    }
    long zeroMonthRoutes = p.stream().filter(r -> r.months() == 0).count();
    return months(p) * k + (fewestMoves ? p.size() : zeroMonthRoutes);
  }

  /** Whether a role is in scope: within the type, or of the workforce when the type is empty. */
  static boolean within(WorkforceModel model, Optional<OrganisationTypeId> type, RoleId id) {
    Role r = model.role(id);
    return !r.external() && type.map(t -> r.offeredBy().contains(t)).orElse(true);
  }

  /** The roles reachable from {@code from} staying in scope (from itself included). */
  static Set<RoleId> reachable(WorkforceModel model, RoleId from, java.util.function.Predicate<RoleId> allowed) {
    Set<RoleId> out = new HashSet<>();
    for (List<ProgressionRoute> p : paths(model, from, allowed)) {
      out.add(end(from, p));
    }
    return out;
  }
}
