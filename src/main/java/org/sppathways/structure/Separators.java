package org.sppathways.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.RoleId;

/**
 * What separates the entry roles from the senior roles in {@link StructureAnalysis}: the critical
 * roles (dominators, near O(n + m)) and the minimum route and role cuts (maximum flow,
 * O(c · (n + m)) for a cut of size c), in the whole workforce or within one organisation type.
 */
final class Separators {
  private final Terms t;

  Separators(Terms terms) {
    this.t = terms;
  }

  List<CriticalRole> criticalRoles(Optional<OrganisationTypeId> type, boolean[] mask) {
    int n = t.n;
    boolean[] senior = t.seniorMask();
    int[] idom = Dominators.immediate(t.graph, mask, t.entry);
    Map<Integer, List<RoleId>> cuts = new TreeMap<>();
    for (int s = 0; s < n; s++) {
      if (!senior[s] || !mask[s] || idom[s] < 0) {
        continue;
      }
      for (int d = idom[s]; d != n; d = idom[d]) {
        cuts.computeIfAbsent(d, x -> new ArrayList<>()).add(t.id(s));
      }
    }
    List<CriticalRole> out = new ArrayList<>();
    cuts.forEach((d, list) -> {
      list.sort(Comparator.comparing(RoleId::value));
      out.add(new CriticalRole(t.id(d), type, list));
    });
    out.sort(Comparator.comparingInt((CriticalRole c) -> -c.cutsOff().size())
        .thenComparing(c -> c.role().value()));
    return List.copyOf(out);
  }

  MinimumCut minimumCut(Optional<OrganisationTypeId> type, boolean[] mask) {
    int n = t.n;
    boolean[] senior = t.seniorMask();
    boolean[] sources = new boolean[n];
    boolean[] targets = new boolean[n];
    for (int v = 0; v < n; v++) {
      sources[v] = mask[v] && t.entry[v] && !senior[v];
      targets[v] = mask[v] && senior[v] && !t.entry[v];
    }
    List<RoleId> from = t.roles(sources, null);
    List<RoleId> to = t.roles(targets, null);
    if (!connected(mask, sources, targets)) {
      return new MinimumCut(type, from, to, false, List.of(), false, List.of());
    }
    List<ProgressionRoute> routes = new ArrayList<>();
    for (int e : Cuts.routes(t.graph, mask, sources, targets)) {
      routes.add(t.model.routes().get(e));
    }
    routes.sort(Comparator.comparing((ProgressionRoute r) -> r.from().value())
        .thenComparing(r -> r.to().value()));
    boolean[] cuttable = new boolean[n];
    for (int v = 0; v < n; v++) {
      cuttable[v] = mask[v] && !t.entry[v] && !senior[v];
    }
    Optional<List<Integer>> cut = Cuts.roles(t.graph, mask, sources, targets, cuttable);
    List<RoleId> roles = new ArrayList<>();
    cut.ifPresent(list -> list.forEach(v -> roles.add(t.id(v))));
    roles.sort(Comparator.comparing(RoleId::value));
    return new MinimumCut(type, from, to, true, routes, cut.isPresent(), roles);
  }

  private boolean connected(boolean[] mask, boolean[] sources, boolean[] targets) {
    int n = t.n;
    boolean[] seen = new boolean[n];
    int[] queue = new int[n];
    int tail = 0;
    for (int v = 0; v < n; v++) {
      if (sources[v]) {
        seen[v] = true;
        queue[tail++] = v;
      }
    }
    for (int head = 0; head < tail; head++) {
      int v = queue[head];
      if (targets[v]) {
        return true;
      }
      for (int e = t.graph.outStart[v]; e < t.graph.outStart[v + 1]; e++) {
        int w = t.graph.head[e];
        if (mask[w] && !seen[w]) {
          seen[w] = true;
          queue[tail++] = w;
        }
      }
    }
    return false;
  }
}
