package org.sppathways.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sppathways.model.Competency;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.SpPathwaysException;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

/** Roles and competencies named on the command line by id or exact title. */
class NamesTest {
  private final WorkforceModel reference = ReferenceModels.socialPrescribing();

  @Test
  void anIdOrAnExactTitleNamesARole() {
    assertThat(Names.role(reference, "link-worker")).isEqualTo(RoleId.of("link-worker"));
    assertThat(Names.role(reference, "Social prescribing link worker"))
        .isEqualTo(RoleId.of("link-worker"));
    assertThat(Names.competency(reference, "safeguarding-adults"))
        .isEqualTo(CompetencyId.of("safeguarding-adults"));
    String name = reference.competency(CompetencyId.of("safeguarding-adults")).name();
    assertThat(Names.competency(reference, name))
        .isEqualTo(CompetencyId.of("safeguarding-adults"));
  }

  @Test
  void anUnknownNameListsTheCandidatesWithTheirTitles() {
    assertThatThrownBy(() -> Names.role(reference, "Link Worker"))
        .isInstanceOf(SpPathwaysException.class)
        .hasMessageStartingWith("unknown role 'Link Worker'; did you mean 'link-worker' "
            + "(Social prescribing link worker), ");
    assertThatThrownBy(() -> Names.role(reference, "link-wroker"))
        .hasMessage("unknown role 'link-wroker'; did you mean 'link-worker' "
            + "(Social prescribing link worker)?");
    assertThatThrownBy(() -> Names.role(reference, "astronaut"))
        .hasMessage("unknown role 'astronaut' in the model; give the id or the exact title of "
            + "one");
    assertThatThrownBy(() -> Names.competency(reference, "Safeguarding"))
        .hasMessageStartingWith("unknown competency 'Safeguarding'; did you mean "
            + "'safeguarding-");
  }

  @Test
  void aTitleSharedByTwoRolesIsAmbiguousAndAnIdWinsOverATitle() {
    WorkforceModel m = WorkforceModel.builder().name("Twins").scale(ProficiencyScale.of("A"))
        .addCompetency(Competency.builder().id(CompetencyId.of("c")).name("d").domain("x")
            .build())
        .addCompetency(Competency.builder().id(CompetencyId.of("d")).name("other").domain("x")
            .build())
        .addRole(Role.builder().id(RoleId.of("a")).title("Worker").build())
        .addRole(Role.builder().id(RoleId.of("b")).title("Worker").build())
        .addRole(Role.builder().id(RoleId.of("Worker")).title("Someone else").build())
        .addRole(Role.builder().id(RoleId.of("c")).title("Coach").build())
        .build();

    assertThat(Names.role(m, "Worker")).isEqualTo(RoleId.of("Worker"));
    assertThat(Names.competency(m, "d")).isEqualTo(CompetencyId.of("d"));
    assertThatThrownBy(() -> Names.role(withoutRole(m, "Worker"), "Worker"))
        .hasMessage("2 roles have the title 'Worker': 'a' (Worker), 'b' (Worker); name one by "
            + "its id");
  }

  private static WorkforceModel withoutRole(WorkforceModel m, String id) {
    WorkforceModel.Builder b = WorkforceModel.builder().name(m.name()).scale(m.scale());
    m.competencies().forEach(b::addCompetency);
    m.roles().stream().filter(r -> !r.id().value().equals(id)).forEach(b::addRole);
    return b.build();
  }

  @Test
  void commandsTakeTitles() {
    CliRun r = CliRun.of("gaps", "--from",
        "Social prescribing link worker", "--role", "Senior social prescribing link worker",
        "--format", "csv");
    CliRun ids = CliRun.of("gaps", "--from", "link-worker",
        "--role", "senior-link-worker", "--format", "csv");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo(ids.out());
  }

  @Test
  void rolesToAvoidAndEntryRolesTakeTitlesToo() {
    CliRun byTitle = CliRun.of("paths", "--from", "link-worker",
        "--to", "sp-manager", "--avoid", "Senior social prescribing link worker", "--format",
        "csv");
    CliRun byId = CliRun.of("paths", "--from", "link-worker",
        "--to", "sp-manager", "--avoid", "senior-link-worker", "--format", "csv");
    assertThat(byTitle.code()).as(byTitle.err()).isZero();
    assertThat(byTitle.out()).isEqualTo(byId.out()).doesNotContain(",senior-link-worker,");

    CliRun compare = CliRun.of("compare", "--org",
        "vcse-charity", "--org", "pcn", "--entry-roles",
        "Social prescribing link worker,Care coordinator", "--format", "json");
    CliRun compareIds = CliRun.of("compare", "--org",
        "vcse-charity", "--org", "pcn", "--entry-roles", "link-worker,care-coordinator",
        "--format", "json");
    assertThat(compare.code()).as(compare.err()).isZero();
    assertThat(compare.out()).isEqualTo(compareIds.out());

    CliRun unknown = CliRun.of("paths", "--from", "link-worker",
        "--to", "sp-manager", "--avoid", "Senior link worker");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown role 'Senior link worker'; did you mean "
        + "'senior-link-worker' (Senior social prescribing link worker)");
    CliRun unknownEntry = CliRun.of("compare", "--org",
        "vcse-charity", "--org", "pcn", "--entry-roles", "Link Worker");
    assertThat(unknownEntry.code()).isEqualTo(2);
    assertThat(unknownEntry.err()).contains("unknown role 'Link Worker'; did you mean "
        + "'link-worker' (Social prescribing link worker)");
  }

  @Test
  void organisationTypesAreNamedByIdOrExactNameAndAnUnknownOneListsCandidates() {
    assertThat(Names.organisationType(reference, "Primary care network"))
        .isEqualTo(OrganisationTypeId.of("pcn"));
    assertThat(Names.organisationType(reference, "pcn")).isEqualTo(OrganisationTypeId.of("pcn"));
    assertThatThrownBy(() -> Names.organisationType(reference, "Primary Care Network"))
        .hasMessage("unknown organisation type 'Primary Care Network'; did you mean 'pcn' "
            + "(Primary care network)?");

    CliRun byName = CliRun.of("compare", "--org",
        "VCSE charity or community organisation", "--org", "Primary care network", "--format",
        "csv");
    CliRun byId = CliRun.of("compare", "--org", "vcse-charity",
        "--org", "pcn", "--format", "csv");
    assertThat(byName.code()).as(byName.err()).isZero();
    assertThat(byName.out()).isEqualTo(byId.out());

    CliRun within = CliRun.of("paths", "--from", "link-worker",
        "--to", "sp-manager", "--within", "VCSE charity or community organisation");
    CliRun withinId = CliRun.of("paths", "--from",
        "link-worker", "--to", "sp-manager", "--within", "vcse-charity");
    assertThat(within.code()).as(within.err()).isZero();
    assertThat(within.out()).isEqualTo(withinId.out());
  }
}
