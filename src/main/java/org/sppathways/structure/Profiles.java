package org.sppathways.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeSet;
import org.sppathways.model.OrganisationType;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.RoleId;

/**
 * The profiles of {@link StructureAnalysis}: one organisation type's (or the whole workforce's)
 * roles, entry roles, levels, ceilings, ladder depth, dead ends and support, side by side with
 * other types'. The ceilings and dead ends come from {@link Ceilings} and {@link DeadEnds}.
 */
final class Profiles {
  private final Terms t;
  private final Ceilings ceilings;
  private final DeadEnds deadEnds;
  private final Supports supports;

  Profiles(Terms terms, Ceilings ceilings, DeadEnds deadEnds, Supports supports) {
    this.t = terms;
    this.ceilings = ceilings;
    this.deadEnds = deadEnds;
    this.supports = supports;
  }

  StructureProfile workforce() {
    int supportGaps = supports.gaps().size();
    return profile(Optional.empty(), t.model.name(), t.workforce, deadEnds.acrossTypes(),
        List.of(), List.of(), supportGaps);
  }

  StructureProfile of(OrganisationTypeId type) {
    OrganisationType ot = t.model.organisationType(type);
    List<String> offered = Terms.offered(ot);
    List<String> lacks = new ArrayList<>(t.vocabulary);
    lacks.removeAll(offered);
    int gaps = (int) supports.gaps().stream().filter(g -> g.organisationType().equals(type))
        .count();
    return profile(Optional.of(type), ot.name(), t.facts.within(type), deadEnds.of(type),
        offered, lacks, gaps);
  }

  private StructureProfile profile(Optional<OrganisationTypeId> type, String name, boolean[] mask,
      List<DeadEnd> deadEnds, List<String> supports, List<String> lacks, int supportGaps) {
    int n = t.n;
    int[] seniority = t.facts.seniority;
    int roles = 0;
    int entries = 0;
    int top = -1;
    TreeSet<Integer> levels = new TreeSet<>();
    for (int v = 0; v < n; v++) {
      if (mask[v]) {
        roles++;
        entries += t.entry[v] ? 1 : 0;
        if (seniority[v] >= 0) {
          top = Math.max(top, seniority[v]);
          levels.add(seniority[v]);
        }
      }
    }
    Searches s = new Searches(t.graph);
    int ceiling = -1;
    double sumCeiling = 0;
    double sumMonths = 0;
    int counted = 0;
    boolean[] reached = new boolean[n];
    // careers start at the entry roles below the senior levels: a senior role entered from
    // outside (a clinical supervisor GPs enter) is no one's ceiling within the type, unless the
    // type has no other entry role
    boolean[] senior = t.seniorMask();
    boolean below = false;
    for (int v = 0; v < n; v++) {
      below |= mask[v] && t.entry[v] && !senior[v];
    }
    if (!below) {
      senior = new boolean[n];
    }
    for (int v = 0; v < n; v++) {
      if (!(mask[v] && t.entry[v]) || senior[v]) {
        continue;
      }
      Ceiling c = ceilings.ceiling(type, mask, v, s);
      for (int i = 0; i < s.stepReached; i++) {
        reached[s.stepOrder[i]] = true;
      }
      if (c.seniority().isPresent()) {
        ceiling = Math.max(ceiling, c.seniority().getAsInt());
        sumCeiling += c.seniority().getAsInt();
        sumMonths += c.months();
        counted++;
      }
    }
    List<RoleId> ceilingRoles = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      if (reached[v] && ceiling >= 0 && seniority[v] == ceiling) {
        ceilingRoles.add(t.id(v));
      }
    }
    ceilingRoles.sort(Comparator.comparing(RoleId::value));
    int plateaus = (int) deadEnds.stream().filter(DeadEnd::onlyByChangingType).count();
    return new StructureProfile(t.model.name(), type, name, roles, entries,
        top < 0 ? OptionalInt.empty() : OptionalInt.of(top),
        ceiling < 0 ? OptionalInt.empty() : OptionalInt.of(ceiling), ceilingRoles,
        counted == 0 ? OptionalDouble.empty() : OptionalDouble.of(sumCeiling / counted),
        counted == 0 ? OptionalDouble.empty() : OptionalDouble.of(sumMonths / counted),
        t.ladders.depth(mask), levels.size(), deadEnds.size(), plateaus, supports, lacks,
        supportGaps);
  }
}
