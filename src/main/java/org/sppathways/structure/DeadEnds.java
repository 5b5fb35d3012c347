package org.sppathways.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sppathways.model.OrganisationType;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.RoleId;

/**
 * The dead ends and plateaus of {@link StructureAnalysis}: roles from which no path within a scope
 * leads to higher seniority, and for those within a type whether changing employer type would.
 * O(L · (n + m)) per scope for L distinct seniorities, plus O(n + m) per plateau.
 */
final class DeadEnds {
  private final Terms t;

  DeadEnds(Terms terms) {
    this.t = terms;
  }

  List<DeadEnd> all() {
    boolean[] up = t.ladders.higherReachable(t.workforce);
    List<DeadEnd> out = new ArrayList<>();
    Searches s = new Searches(t.graph);
    for (OrganisationType type : t.model.organisationTypes()) {
      out.addAll(find(Optional.of(type.id()), t.facts.within(type.id()), up, s));
    }
    out.sort(Comparator.comparing((DeadEnd d) -> d.organisationType().get().value())
        .thenComparing(d -> d.role().value()));
    return List.copyOf(out);
  }

  List<DeadEnd> of(OrganisationTypeId type) {
    boolean[] mask = t.scope(type);
    List<DeadEnd> out = new ArrayList<>(find(Optional.of(type), mask,
        t.ladders.higherReachable(t.workforce), new Searches(t.graph)));
    out.sort(Comparator.comparing((DeadEnd d) -> d.role().value()));
    return List.copyOf(out);
  }

  List<DeadEnd> acrossTypes() {
    List<DeadEnd> out = new ArrayList<>(find(Optional.empty(), t.workforce, null, null));
    out.sort(Comparator.comparing((DeadEnd d) -> d.role().value()));
    return List.copyOf(out);
  }

  /**
   * The dead ends in a mask; with {@code upAnywhere} (roles that can reach a higher one anywhere
   * in the workforce), whether each is a plateau and its nearest higher role.
   */
  private List<DeadEnd> find(Optional<OrganisationTypeId> type, boolean[] mask,
      boolean[] upAnywhere, Searches s) {
    int[] seniority = t.facts.seniority;
    boolean[] up = t.ladders.higherReachable(mask);
    int top = -1;
    for (int v = 0; v < t.n; v++) {
      if (mask[v]) {
        top = Math.max(top, seniority[v]);
      }
    }
    List<DeadEnd> out = new ArrayList<>();
    for (int v = 0; v < t.n; v++) {
      if (!mask[v] || seniority[v] < 0 || up[v]) {
        continue;
      }
      boolean elsewhere = upAnywhere != null && upAnywhere[v];
      Optional<RoleId> nearest = elsewhere
          ? Optional.of(t.id(t.ladders.nearestHigher(v, t.workforce, s))) : Optional.empty();
      out.add(new DeadEnd(t.id(v), type, seniority[v], seniority[v] == top, elsewhere, nearest));
    }
    return out;
  }
}
