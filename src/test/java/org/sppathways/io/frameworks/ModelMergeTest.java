package org.sppathways.io.frameworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sppathways.model.Competency;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.ModelException;
import org.sppathways.model.OrganisationType;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.Problem;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

class ModelMergeTest {

  private static final ProficiencyScale FOUR = ProficiencyScale.of("A", "W", "P", "E");
  private static final RoleId LINK_WORKER = RoleId.of("link-worker");
  private static final RoleId SENIOR = RoleId.of("senior-link-worker");
  private static final RoleId CHW = RoleId.of("21-1094.00");
  private static final RoleId ASSISTANT = RoleId.of("21-1093.00");
  private static final CompetencyId LISTENING = CompetencyId.of("listening");
  private static final CompetencyId ACTIVE_LISTENING = CompetencyId.of("2.A.1.b");
  private static final CompetencyId SERVICE = CompetencyId.of("2.C.1.e");

  @TempDir
  Path tmp;

  private static Competency competency(CompetencyId id, String domain) {
    return Competency.builder().id(id).name(id.value()).domain(domain).build();
  }

  private static ProgressionRoute route(RoleId from, RoleId to, RouteKind kind, int months) {
    return ProgressionRoute.builder().from(from).to(to).kind(kind).months(months).build();
  }

  private static WorkforceModel base() {
    return WorkforceModel.builder().name("Base").scale(FOUR).addSource("base source")
        .addCompetency(competency(LISTENING, "Conversations"))
        .addCompetency(competency(CompetencyId.of("safeguarding"), "Safety"))
        .addOrganisationType(OrganisationType.builder().id(OrganisationTypeId.of("pcn"))
            .name("Primary care network").sector("NHS").build())
        .addRole(Role.builder().id(LINK_WORKER).title("Link worker").seniority(5)
            .addOfferedBy(OrganisationTypeId.of("pcn"))
            .addRequirement(Requirement.of(LISTENING, 2)).build())
        .addRole(Role.builder().id(SENIOR).title("Senior link worker").seniority(6).build())
        .addRoute(route(LINK_WORKER, SENIOR, RouteKind.PROMOTION, 18))
        .build();
  }

  private static WorkforceModel other() {
    return WorkforceModel.builder().name("Other").scale(FOUR).addSource("credit line")
        .addCompetency(competency(ACTIVE_LISTENING, "skills"))
        .addCompetency(competency(SERVICE, "knowledge"))
        .addRole(Role.builder().id(ASSISTANT).title("Assistants").seniority(3)
            .addRequirement(Requirement.desirable(ACTIVE_LISTENING, 2)).build())
        .addRole(Role.builder().id(CHW).title("Community Health Workers").seniority(4)
            .addRequirement(Requirement.of(ACTIVE_LISTENING, 3))
            .addRequirement(Requirement.desirable(SERVICE, 4)).build())
        .addRoute(ProgressionRoute.builder().from(ASSISTANT).to(CHW).kind(RouteKind.PROMOTION)
            .months(24).rate(0.1).putAttribute("tier", "Primary-Short").addSource("onet")
            .build())
        .addRoute(route(CHW, ASSISTANT, RouteKind.LATERAL, 12))
        .build();
  }

  private static List<String> problems(Runnable merging) {
    ModelException e = catchThrowableOfType(merging::run, ModelException.class);
    assertThat(e).as("a ModelException").isNotNull();
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void withoutCollisionsTheOtherModelIsAppended() {
    WorkforceModel merged = ModelMerge.of().merge(base(), other());

    assertThat(merged.name()).isEqualTo("Base");
    assertThat(merged.roles()).extracting(Role::id)
        .containsExactly(LINK_WORKER, SENIOR, ASSISTANT, CHW);
    assertThat(merged.competencies()).hasSize(4);
    assertThat(merged.routes()).hasSize(3);
    assertThat(merged.sources()).containsExactly("base source", "credit line");
    assertThat(ModelMerge.of().withName("Both").merge(base(), other()).name())
        .isEqualTo("Both");
  }

  @Test
  void anIdInBothModelsIsAnErrorUnlessMapped() {
    WorkforceModel clash = other().toBuilder()
        .addCompetency(competency(LISTENING, "skills")).build();

    assertThat(problems(() -> ModelMerge.of().merge(base(), clash))).containsExactly(
        "other.competencies[2].id: competency id 'listening' is in both models (base "
            + "competencies[0]) (map it: to itself to treat the two as one competency, or to a "
            + "new id to keep both)");
    WorkforceModel merged = ModelMerge.of().withCompetencyMapping(LISTENING, LISTENING)
        .merge(base(), clash);
    assertThat(merged.competency(LISTENING).domain()).isEqualTo("Conversations");
    assertThat(merged.competencies()).hasSize(4);
  }

  @Test
  void mappingOntoABaseEntityMergesItAndRewritesReferences() {
    WorkforceModel merged = ModelMerge.of()
        .withCompetencyMapping(ACTIVE_LISTENING, LISTENING)
        .withRoleMapping(CHW, LINK_WORKER)
        .merge(base(), other());

    assertThat(merged.findCompetency(ACTIVE_LISTENING)).isEmpty();
    assertThat(merged.findRole(CHW)).isEmpty();
    // the base's definition of the role is kept
    assertThat(merged.role(LINK_WORKER).requirements())
        .containsExactly(Requirement.of(LISTENING, 2));
    assertThat(merged.role(ASSISTANT).requirements())
        .containsExactly(Requirement.desirable(LISTENING, 2));
    assertThat(merged.route(ASSISTANT, LINK_WORKER)).isPresent();
    assertThat(merged.route(LINK_WORKER, ASSISTANT)).isPresent();
  }

  @Test
  void mappingToANewIdRenames() {
    RoleId chw = RoleId.of("community-health-worker");
    WorkforceModel merged = ModelMerge.of().withRoleMapping(CHW, chw).merge(base(), other());

    assertThat(merged.role(chw).title()).isEqualTo("Community Health Workers");
    // everything else about a route is kept
    assertThat(merged.route(ASSISTANT, chw)).hasValueSatisfying(r -> {
      assertThat(r.months()).isEqualTo(24);
      assertThat(r.rate()).hasValue(0.1);
      assertThat(r.attributes()).containsEntry("tier", "Primary-Short");
      assertThat(r.sources()).containsExactly("onet");
    });
    assertThat(merged.findRole(CHW)).isEmpty();
  }

  @Test
  void whenMappingJoinsTwoRequirementsTheStricterIsKept() {
    WorkforceModel merged = ModelMerge.of()
        .withCompetencyMapping(ACTIVE_LISTENING, LISTENING)
        .withCompetencyMapping(SERVICE, LISTENING)
        .merge(base(), other());

    assertThat(merged.role(CHW).requirements()).containsExactly(Requirement.of(LISTENING, 4));
  }

  @Test
  void aRouteTheBaseAlreadyHasIsKeptFromTheBase() {
    WorkforceModel merged = ModelMerge.of()
        .withRoleMapping(ASSISTANT, LINK_WORKER).withRoleMapping(CHW, SENIOR)
        .merge(base(), other());

    assertThat(merged.route(LINK_WORKER, SENIOR).get().months()).isEqualTo(18);
    assertThat(merged.route(SENIOR, LINK_WORKER).get().kind()).isEqualTo(RouteKind.LATERAL);
    assertThat(merged.routes()).hasSize(2);
  }

  @Test
  void aRouteThatMappingTurnsIntoALoopIsAnError() {
    assertThat(problems(() -> ModelMerge.of()
        .withRoleMapping(ASSISTANT, LINK_WORKER).withRoleMapping(CHW, LINK_WORKER)
        .merge(base(), other()))).containsExactly(
            "other.routes[0]: the route from '21-1093.00' to '21-1094.00' becomes a loop on "
                + "'link-worker' after mapping (map the two roles to different roles)",
            "other.routes[1]: the route from '21-1094.00' to '21-1093.00' becomes a loop on "
                + "'link-worker' after mapping (map the two roles to different roles)");
  }

  @Test
  void twoEntitiesMayNotBecomeTheSameNewId() {
    RoleId same = RoleId.of("same");
    assertThat(problems(() -> ModelMerge.of().withRoleMapping(ASSISTANT, same)
        .withRoleMapping(CHW, same).merge(base(), other())))
        .contains("other.roles[1].id: role '21-1094.00' would become 'same', as other.roles[0] "
            + "already does (map the two to different ids, or one of them onto a base role)");
  }

  @Test
  void aMappingOfAnUnknownIdIsAnErrorWithASuggestion() {
    assertThat(problems(() -> ModelMerge.of()
        .withRoleMapping(RoleId.of("21-1094.0"), LINK_WORKER).merge(base(), other())))
        .containsExactly("mapping.roles['21-1094.0']: the other model has no role '21-1094.0' "
            + "to map (did you mean '21-1094.00'?)");
  }

  @Test
  void scalesMustHaveTheSameNumberOfLevels() {
    WorkforceModel three = WorkforceModel.builder().name("Three")
        .scale(ProficiencyScale.of("a", "b", "c")).addCompetency(competency(SERVICE, "k"))
        .build();
    assertThat(problems(() -> ModelMerge.of().merge(base(), three))).containsExactly(
        "other.scale: the other model's scale has 3 levels but the base model's has 4 (import "
            + "or write the other model with 4 levels)");
  }

  @Test
  void aMappingCannotBeChangedSilently() {
    ModelMerge merge = ModelMerge.of().withRoleMapping(CHW, LINK_WORKER);
    assertThat(merge.withRoleMapping(CHW, LINK_WORKER)).isNotNull();
    assertThatThrownBy(() -> merge.withRoleMapping(CHW, SENIOR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("role '21-1094.00' is already mapped to 'link-worker'; it cannot also map "
            + "to 'senior-link-worker'");
    assertThat(merge.roleMappings()).containsEntry(CHW, LINK_WORKER);
  }

  @Test
  void importedFrameworksMergeIntoTheReferenceModel() {
    WorkforceModel reference = ReferenceModels.socialPrescribing();
    WorkforceModel onet = OnetImporter.of().read(FrameworkFixtures.onet(tmp)).model();
    WorkforceModel esco = EscoImporter.of().read(FrameworkFixtures.esco(tmp)).model();

    WorkforceModel both = ModelMerge.of().merge(ModelMerge.of().merge(reference, onet),
        esco);
    assertThat(both.roles()).hasSize(reference.roles().size() + 4 + 4);
    assertThat(both.routes()).hasSize(reference.routes().size() + 6);
    assertThat(both.sources()).contains(OnetImporter.credit("29.2"),
        EscoImporter.attribution("v1.2.0"));
    assertThat(both.scale()).isEqualTo(reference.scale());
  }
}
