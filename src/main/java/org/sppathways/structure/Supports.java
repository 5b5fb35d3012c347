package org.sppathways.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.Role;

/**
 * The support of {@link StructureAnalysis}: which support structures each role's holders have
 * and lack with each type that offers it, and the senior roles whose employers lack key ones.
 * O(n · T · s) for T organisation types and s support structures.
 */
final class Supports {
  private final Terms t;

  Supports(Terms terms) {
    this.t = terms;
  }

  List<RoleSupport> support() {
    List<RoleSupport> out = new ArrayList<>();
    for (Role role : t.model.roles()) {
      if (role.external()) {
        continue;
      }
      for (OrganisationTypeId type : role.offeredBy()) {
        List<String> has = Terms.offered(t.model.organisationType(type));
        List<String> lacks = new ArrayList<>(t.vocabulary);
        lacks.removeAll(has);
        out.add(new RoleSupport(role.id(), type, has, lacks));
      }
    }
    out.sort(Comparator.comparing((RoleSupport r) -> r.role().value())
        .thenComparing(r -> r.organisationType().value()));
    return List.copyOf(out);
  }

  List<SupportGap> gaps() {
    boolean[] senior = t.seniorMask();
    List<SupportGap> out = new ArrayList<>();
    for (int v = 0; v < t.n; v++) {
      if (!senior[v]) {
        continue;
      }
      Role role = t.facts.role(v);
      for (OrganisationTypeId type : role.offeredBy()) {
        List<String> has = Terms.offered(t.model.organisationType(type));
        List<String> lacks = new ArrayList<>(t.keySupports);
        lacks.removeAll(has);
        if (!lacks.isEmpty()) {
          out.add(new SupportGap(role.id(), t.facts.seniority[v], type, lacks));
        }
      }
    }
    out.sort(Comparator.comparingInt((SupportGap g) -> -g.seniority())
        .thenComparing(g -> g.role().value()).thenComparing(g -> g.organisationType().value()));
    return List.copyOf(out);
  }
}
