package org.sppathways.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sppathways.model.Competency;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.OrganisationType;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.SupportStructure;
import org.sppathways.model.WorkforceModel;

/**
 * Hand-made models in a few lines: organisation types with their support, roles with seniority
 * and offering types, routes with months.
 *
 * <pre>{@code
 * WorkforceModel m = Models.named("ladder")
 *     .type("nhs", "clinical-supervision", "management-training")
 *     .role("a", 4, "nhs").role("b", 5, "nhs")
 *     .route("a", "b", 12)
 *     .build();
 * }</pre>
 */
final class Models {
  private final WorkforceModel.Builder b;
  private final List<ProgressionRoute> routes = new ArrayList<>();

  private Models(String name) {
    b = WorkforceModel.builder().name(name).scale(ProficiencyScale.of("A", "B"))
        .addCompetency(Competency.builder().id(CompetencyId.of("c")).name("c").domain("d").build());
  }

  static Models named(String name) {
    return new Models(name);
  }

  static RoleId rid(String id) {
    return RoleId.of(id);
  }

  static OrganisationTypeId oid(String id) {
    return OrganisationTypeId.of(id);
  }

  static List<RoleId> rids(String... ids) {
    return Arrays.stream(ids).map(RoleId::of).toList();
  }

  Models type(String id, String... supports) {
    OrganisationType.Builder t = OrganisationType.builder().id(oid(id)).name("Type " + id).sector("s");
    for (String s : supports) {
      t.addSupport(SupportStructure.of(s));
    }
    b.addOrganisationType(t.build());
    return this;
  }

  /** A role with a seniority (negative for none) offered by the given types. */
  Models role(String id, int seniority, String... types) {
    Role.Builder r = Role.builder().id(rid(id)).title("Role " + id);
    if (seniority >= 0) {
      r.seniority(seniority);
    }
    for (String t : types) {
      r.addOfferedBy(oid(t));
    }
    b.addRole(r.build());
    return this;
  }

  /** An external role (a profession outside the workforce). */
  Models external(String id) {
    b.addRole(Role.builder().id(rid(id)).title("Role " + id).external(true).build());
    return this;
  }

  Models route(String from, String to, int months) {
    return route(from, to, months, RouteKind.PROMOTION);
  }

  Models route(String from, String to, int months, RouteKind kind) {
    routes.add(ProgressionRoute.builder().from(rid(from)).to(rid(to)).kind(kind).months(months)
        .build());
    return this;
  }

  WorkforceModel build() {
    return b.addRoutes(routes).build();
  }
}
