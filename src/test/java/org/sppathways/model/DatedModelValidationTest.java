package org.sppathways.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sppathways.model.ModelFixtures.cid;
import static org.sppathways.model.ModelFixtures.kid;
import static org.sppathways.model.ModelFixtures.oid;
import static org.sppathways.model.ModelFixtures.problems;
import static org.sppathways.model.ModelFixtures.requires;
import static org.sppathways.model.ModelFixtures.rid;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The model-wide checks of entry rules, variants and first-year targets: every message, located
 * as in a model file ({@code courses[2].entry[0].competency}), with a suggestion where one helps.
 * The fixture's roles: 0 nurse, 1 link-worker (pcn, vcse; safeguarding 2, listening 3),
 * 2 senior-link-worker (pcn), 3 care-coordinator; courses 0 core-skills, 1 safeguarding-3.
 */
class DatedModelValidationTest {

  private static WorkforceModel.Builder withCourse(EntryRule... rules) {
    return ModelFixtures.valid().addCourse(Course.builder().id(kid("new")).title("New").hours(1)
        .cost(0).addEntry(rules).build());
  }

  private static WorkforceModel.Builder withLinkWorker(Role.Builder changes) {
    return withRole(1, changes.build());
  }

  /** The fixture with role {@code i} replaced. */
  private static WorkforceModel.Builder withRole(int i, Role role) {
    WorkforceModel.Builder b = ModelFixtures.valid();
    List<Role> roles = new java.util.ArrayList<>(b.roles());
    roles.set(i, role);
    return WorkforceModel.builder().name("Test model").scale(ModelFixtures.SCALE)
        .addCompetencies(b.competencies()).addOrganisationTypes(b.organisationTypes())
        .addRoles(roles).addRoutes(b.routes()).addCourses(b.courses());
  }

  private static Role.Builder linkWorker() {
    return Role.builder().from(ModelFixtures.valid().roles().get(1));
  }

  private static void assertOnly(List<Problem> problems, String location, String message,
      String suggestion) {
    assertThat(problems).hasSize(1);
    Problem p = problems.get(0);
    assertThat(p.location()).isEqualTo(location);
    assertThat(p.message()).isEqualTo(message);
    if (suggestion == null) {
      assertThat(p.suggestion()).isEmpty();
    } else {
      assertThat(p.suggestion()).contains(suggestion);
    }
  }

  @Test
  void entryRulesNameKnownCompetenciesCoursesAndTypes() {
    List<Problem> found = problems(withCourse(
        EntryRule.HeldLevel.of(cid("safegaurding"), 2),
        EntryRule.CompletedCourse.of(kid("core-skils")),
        EntryRule.AnyOf.of(List.of(EntryRule.OrganisationTypes.of(Set.of(oid("vcs")))))));
    assertThat(found).extracting(Problem::location).containsExactly(
        "courses[2].entry[0].competency", "courses[2].entry[1].course",
        "courses[2].entry[2].anyOf[0].organisationTypes[0]");
    assertThat(found).extracting(Problem::message).containsExactly(
        "unknown competency 'safegaurding'", "unknown course 'core-skils'",
        "unknown organisation type 'vcs'");
    assertThat(found).extracting(p -> p.suggestion().orElse("")).containsExactly(
        "did you mean 'safeguarding'?", "did you mean 'core-skills'?", "did you mean 'vcse'?");
  }

  @Test
  void anEntryLevelMustBeOnTheScale() {
    assertOnly(problems(withCourse(EntryRule.HeldLevel.of(cid("listening"), 5))),
        "courses[2].entry[0].level", "level 5 is above the scale's highest level 4 (Expert)",
        "use a level from 1 to 4");
  }

  @Test
  void aCourseCannotRequireItself() {
    assertOnly(problems(withCourse(EntryRule.CompletedCourse.of(kid("new")))),
        "courses[2].entry[0].course",
        "course 'new' requires itself to be completed before entry, so no one could enrol",
        "remove the rule, or name the course that must come first");
  }

  @Test
  void aVariantNamesAnOrganisationTypeThatOffersTheRole() {
    assertOnly(problems(withLinkWorker(linkWorker().putVariant(oid("vcs"),
            RoleVariant.builder().build()))),
        "roles[1].variants.vcs", "unknown organisation type 'vcs'", "did you mean 'vcse'?");
    Role senior = ModelFixtures.valid().roles().get(2);
    assertOnly(problems(withRole(2, Role.builder().from(senior).putVariant(oid("vcse"),
            RoleVariant.builder().build()).build())),
        "roles[2].variants.vcse", "organisation type 'vcse' does not offer role "
            + "'senior-link-worker'", "add 'vcse' to the role's offeredBy, or remove the entry");
  }

  @Test
  void aVariantRemovesOnlyRequiredCompetenciesAndAddsKnownOnes() {
    List<Problem> found = problems(withLinkWorker(linkWorker().putVariant(oid("vcse"),
        RoleVariant.builder().addRemove(cid("staff-management"), cid("listenin"))
            .addAdd(requires("lone-working", 3)).addAdd(requires("listening", 9)).build())));
    assertThat(found).extracting(Problem::location).containsExactly(
        "roles[1].variants.vcse.add[0].competency", "roles[1].variants.vcse.add[1].level",
        "roles[1].variants.vcse.remove[0]", "roles[1].variants.vcse.remove[1]");
    assertThat(found.get(0).message()).isEqualTo("unknown competency 'lone-working'");
    assertThat(found.get(2).message()).isEqualTo("the variant for 'vcse' removes competency "
        + "'staff-management', which role 'link-worker' does not require");
    assertThat(found.get(2).suggestion())
        .contains("remove only competencies listed in the role's requires");
    assertThat(found.get(3).message()).isEqualTo("unknown competency 'listenin'");
    assertThat(found.get(3).suggestion()).contains("did you mean 'listening'?");
  }

  @Test
  void aFirstYearTargetIsOnARequiredCompetencyAtMostTheFullLevel() {
    List<Problem> found = problems(withLinkWorker(linkWorker()
        .addFirstYear(CompetencyLevel.of(cid("staff-management"), 1))
        .addFirstYear(CompetencyLevel.of(cid("listening"), 4))
        .addFirstYear(CompetencyLevel.of(cid("safeguardin"), 1))
        .addFirstYear(CompetencyLevel.of(cid("safeguarding"), 2))));
    assertThat(found).extracting(Problem::location).containsExactly(
        "roles[1].firstYear[0].competency", "roles[1].firstYear[1].level",
        "roles[1].firstYear[2].competency");
    assertThat(found.get(0).message()).isEqualTo("the first-year target names competency "
        + "'staff-management', which role 'link-worker' does not require");
    assertThat(found.get(0).suggestion())
        .contains("add a requirement on it to requires, or remove the target");
    assertThat(found.get(1).message()).isEqualTo("the first-year target on 'listening' is level "
        + "4, above the level 3 the role requires");
    assertThat(found.get(1).suggestion()).contains("a first-year target is a lower level than "
        + "the full one: use a level from 1 to 3");
    assertThat(found.get(2).suggestion()).contains("did you mean 'safeguarding'?");
  }

  @Test
  void aModelWithEveryNewFieldBuilds() {
    WorkforceModel m = withLinkWorker(linkWorker()
        .putVariant(oid("vcse"), RoleVariant.builder().addRemove(cid("safeguarding")).build())
        .addFirstYear(CompetencyLevel.of(cid("listening"), 2)))
        .addCourse(Course.builder().id(kid("new")).title("New").hours(1).cost(0)
            .validForMonths(36)
            .addEntry(EntryRule.HeldLevel.of(cid("listening"), 2),
                EntryRule.CompletedCourse.of(kid("core-skills")),
                EntryRule.OrganisationTypes.of(Set.of(oid("pcn"))),
                EntryRule.MinContractedHours.of(30)).build())
        .build();
    assertThat(m.role(rid("link-worker")).requirementsFor(oid("vcse"), 0))
        .containsExactly(requires("listening", 2));
  }
}
