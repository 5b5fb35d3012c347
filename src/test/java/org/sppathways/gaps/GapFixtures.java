package org.sppathways.gaps;

import java.util.List;
import org.sppathways.model.Competency;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.OrganisationType;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.PersonId;
import org.sppathways.model.Population;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;

/**
 * A small hand-made model and population whose gaps are worked out by hand in the tests.
 *
 * <pre>
 * competencies  a, b, c, d                      scale 1..4
 * roles         nurse (external)   a:3 b:2
 *               teacher (external) c:2 a:1
 *               lw                 a:2 b:3 c:2(desirable)
 *               senior             a:3 b:3 d:2 c:2(desirable)
 *               open               (no requirements)
 *               coord              c:1
 * routes        nurse -> lw (entry), coord -> lw (promotion),
 *               lw -> senior (promotion, the move itself requires c:3),
 *               senior -> open (lateral), open -> lw (lateral)
 * people        ana  lw     pcn   a:3 b:1 c:0
 *               bo   coord  vcse  a:2 b:3 c:2
 *               cy   lw     pcn   a:2 b:3
 *               dee  -      vcse  (nothing)
 *               al   -      -     a:3 b:1          (same standing as ana for lw)
 * </pre>
 */
final class GapFixtures {
  private GapFixtures() {}

  static CompetencyId c(String id) {
    return CompetencyId.of(id);
  }

  static RoleId r(String id) {
    return RoleId.of(id);
  }

  static OrganisationTypeId o(String id) {
    return OrganisationTypeId.of(id);
  }

  static final WorkforceModel MODEL = model();

  static WorkforceModel model() {
    WorkforceModel.Builder b = WorkforceModel.builder().name("hand-made")
        .scale(ProficiencyScale.of("Awareness", "Working", "Practitioner", "Expert"));
    for (String id : List.of("a", "b", "c", "d")) {
      b.addCompetency(Competency.builder().id(c(id)).name(id.toUpperCase()).domain("d").build());
    }
    b.addOrganisationType(OrganisationType.builder().id(o("pcn")).name("PCN").sector("nhs").build());
    b.addOrganisationType(OrganisationType.builder().id(o("vcse")).name("VCSE").sector("vcse").build());
    b.addRole(Role.builder().id(r("nurse")).title("Nurse").external(true)
        .addRequirement(Requirement.of(c("a"), 3)).addRequirement(Requirement.of(c("b"), 2)).build());
    b.addRole(Role.builder().id(r("teacher")).title("Teacher").external(true)
        .addRequirement(Requirement.of(c("c"), 2)).addRequirement(Requirement.of(c("a"), 1)).build());
    b.addRole(Role.builder().id(r("lw")).title("Link worker")
        .addRequirement(Requirement.of(c("a"), 2)).addRequirement(Requirement.of(c("b"), 3))
        .addRequirement(Requirement.desirable(c("c"), 2)).build());
    b.addRole(Role.builder().id(r("senior")).title("Senior")
        .addRequirement(Requirement.of(c("a"), 3)).addRequirement(Requirement.of(c("b"), 3))
        .addRequirement(Requirement.of(c("d"), 2)).addRequirement(Requirement.desirable(c("c"), 2))
        .build());
    b.addRole(Role.builder().id(r("open")).title("Open to all").build());
    b.addRole(Role.builder().id(r("coord")).title("Coordinator")
        .addRequirement(Requirement.of(c("c"), 1)).build());
    b.addRoute(route("nurse", "lw", RouteKind.ENTRY));
    b.addRoute(route("coord", "lw", RouteKind.PROMOTION));
    b.addRoute(ProgressionRoute.builder().from(r("lw")).to(r("senior")).kind(RouteKind.PROMOTION)
        .months(24).addRequirement(Requirement.of(c("c"), 3)).build());
    b.addRoute(route("senior", "open", RouteKind.LATERAL));
    b.addRoute(route("open", "lw", RouteKind.LATERAL));
    return b.build();
  }

  private static ProgressionRoute route(String from, String to, RouteKind kind) {
    return ProgressionRoute.builder().from(r(from)).to(r(to)).kind(kind).months(12).build();
  }

  static final WorkerProfile ANA = WorkerProfile.builder().id(PersonId.of("ana")).role(r("lw"))
      .organisationType(o("pcn")).putHold(c("a"), 3).putHold(c("b"), 1).putHold(c("c"), 0).build();
  static final WorkerProfile BO = WorkerProfile.builder().id(PersonId.of("bo")).role(r("coord"))
      .organisationType(o("vcse")).putHold(c("a"), 2).putHold(c("b"), 3).putHold(c("c"), 2).build();
  static final WorkerProfile CY = WorkerProfile.builder().id(PersonId.of("cy")).role(r("lw"))
      .organisationType(o("pcn")).putHold(c("a"), 2).putHold(c("b"), 3).build();
  static final WorkerProfile DEE = WorkerProfile.builder().id(PersonId.of("dee"))
      .organisationType(o("vcse")).build();
  static final WorkerProfile AL = WorkerProfile.builder().id(PersonId.of("al"))
      .putHold(c("a"), 3).putHold(c("b"), 1).build();

  static final Population PEOPLE = Population.of(List.of(ANA, BO, CY, DEE, AL));
}
