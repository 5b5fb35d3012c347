package org.sppathways.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.sppathways.model.OrganisationType;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.RoleId;

/**
 * The progression ceilings of {@link StructureAnalysis}: the highest role reachable from a start,
 * staying within an organisation type or crossing types, and what crossing adds. One search by
 * moves and one by months per start: O(m + D) each.
 */
final class Ceilings {
  private final Terms t;

  Ceilings(Terms terms) {
    this.t = terms;
  }

  Optional<Ceiling> within(OrganisationTypeId type, RoleId role) {
    boolean[] mask = t.scope(type);
    int v = t.vertex(role);
    if (!mask[v]) {
      return Optional.empty();
    }
    return Optional.of(ceiling(Optional.of(type), mask, v, new Searches(t.graph)));
  }

  Ceiling acrossTypes(RoleId role) {
    return ceiling(Optional.empty(), t.workforce, t.vertex(role), new Searches(t.graph));
  }

  List<Ceiling> all() {
    List<Ceiling> out = new ArrayList<>();
    Searches s = new Searches(t.graph);
    for (OrganisationType type : t.model.organisationTypes()) {
      boolean[] mask = t.facts.within(type.id());
      for (int v = 0; v < t.n; v++) {
        if (t.entry[v] && mask[v]) {
          out.add(ceiling(Optional.of(type.id()), mask, v, s));
        }
      }
    }
    out.sort(Comparator.comparing((Ceiling c) -> c.entryRole().value())
        .thenComparing(c -> c.organisationType().get().value()));
    return List.copyOf(out);
  }

  List<Ceiling> of(OrganisationTypeId type) {
    boolean[] mask = t.scope(type);
    List<Ceiling> out = new ArrayList<>();
    Searches s = new Searches(t.graph);
    for (int v = 0; v < t.n; v++) {
      if (t.entry[v] && mask[v]) {
        out.add(ceiling(Optional.of(type), mask, v, s));
      }
    }
    out.sort(Comparator.comparing((Ceiling c) -> c.entryRole().value()));
    return List.copyOf(out);
  }

  List<Ceiling> acrossTypes() {
    List<Ceiling> out = new ArrayList<>();
    Searches s = new Searches(t.graph);
    for (int v = 0; v < t.n; v++) {
      if (t.entry[v]) {
        out.add(ceiling(Optional.empty(), t.workforce, v, s));
      }
    }
    out.sort(Comparator.comparing((Ceiling c) -> c.entryRole().value()));
    return List.copyOf(out);
  }

  List<CrossingGain> crossingGains() {
    Searches s = new Searches(t.graph);
    Map<Integer, Ceiling> open = new HashMap<>();
    List<CrossingGain> out = new ArrayList<>();
    for (Ceiling c : all()) {
      int v = t.vertex(c.entryRole());
      Ceiling across = open.computeIfAbsent(v, x -> ceiling(Optional.empty(), t.workforce, x, s));
      out.add(new CrossingGain(c.organisationType().get(), c.entryRole(), c, across));
    }
    return List.copyOf(out);
  }

  /**
   * The ceiling from {@code start} through roles in the mask; leaves both searches of {@code s}
   * filled from {@code start} (the profiles read which roles were reached).
   */
  Ceiling ceiling(Optional<OrganisationTypeId> type, boolean[] mask, int start, Searches s) {
    int best = t.ladders.highest(mask, start, s);
    int sen = t.facts.seniority[best];
    return new Ceiling(type, t.id(start), t.id(best),
        sen < 0 ? OptionalInt.empty() : OptionalInt.of(sen), s.steps[best],
        Math.toIntExact(s.months[best]));
  }
}
