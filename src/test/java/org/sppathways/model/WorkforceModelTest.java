package org.sppathways.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.sppathways.model.ModelFixtures.cid;
import static org.sppathways.model.ModelFixtures.competency;
import static org.sppathways.model.ModelFixtures.course;
import static org.sppathways.model.ModelFixtures.courseCovering;
import static org.sppathways.model.ModelFixtures.kid;
import static org.sppathways.model.ModelFixtures.oid;
import static org.sppathways.model.ModelFixtures.organisationType;
import static org.sppathways.model.ModelFixtures.problems;
import static org.sppathways.model.ModelFixtures.requires;
import static org.sppathways.model.ModelFixtures.rid;
import static org.sppathways.model.ModelFixtures.role;
import static org.sppathways.model.ModelFixtures.route;
import static org.sppathways.model.ModelFixtures.valid;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The rules {@link WorkforceModel.Builder#build()} checks (each with its location, message and
 * suggestion) and the look-ups of a built model.
 */
class WorkforceModelTest {

  /** The only problem a builder reports. */
  private static Problem onlyProblem(WorkforceModel.Builder builder) {
    List<Problem> problems = problems(builder);
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  @Test
  void validModelBuilds() {
    WorkforceModel model = valid().build();

    assertThat(model.name()).isEqualTo("Test model");
    assertThat(model.currency()).isEqualTo(WorkforceModel.DEFAULT_CURRENCY);
    assertThat(model.competencies()).hasSize(3);
    assertThat(model.organisationTypes()).hasSize(2);
    assertThat(model.roles()).hasSize(4);
    assertThat(model.routes()).hasSize(3);
    assertThat(model.courses()).hasSize(2);
  }

  @Test
  void smallestValidModelHasANameAndAScale() {
    WorkforceModel model = WorkforceModel.builder().name("M").scale(ProficiencyScale.of("Only"))
        .build();

    assertThat(model.roles()).isEmpty();
    assertThat(model.graph().vertexSet()).isEmpty();
  }

  @Nested
  class DuplicateIds {

    @Test
    void duplicateCompetencyId() {
      Problem p = onlyProblem(valid().addCompetency(competency("safeguarding")));

      assertThat(p.location()).isEqualTo("competencies[3].id");
      assertThat(p.message())
          .isEqualTo("duplicate competency id 'safeguarding', first defined at competencies[0]");
      assertThat(p.suggestion()).hasValueSatisfying(s -> assertThat(s).contains("its own id"));
    }

    @Test
    void duplicateOrganisationTypeId() {
      Problem p = onlyProblem(valid().addOrganisationType(organisationType("vcse")));

      assertThat(p.location()).isEqualTo("organisationTypes[2].id");
      assertThat(p.message()).isEqualTo(
          "duplicate organisation type id 'vcse', first defined at organisationTypes[1]");
      assertThat(p.suggestion()).isPresent();
    }

    @Test
    void duplicateRoleId() {
      Problem p = onlyProblem(valid().addRole(role("link-worker")));

      assertThat(p.location()).isEqualTo("roles[4].id");
      assertThat(p.message())
          .isEqualTo("duplicate role id 'link-worker', first defined at roles[1]");
      assertThat(p.suggestion()).isPresent();
    }

    @Test
    void duplicateCourseId() {
      Problem p = onlyProblem(valid().addCourse(course("core-skills")));

      assertThat(p.location()).isEqualTo("courses[2].id");
      assertThat(p.message())
          .isEqualTo("duplicate course id 'core-skills', first defined at courses[0]");
      assertThat(p.suggestion()).isPresent();
    }

    @Test
    void sameTextAsIdsOfDifferentKindsIsNotADuplicate() {
      WorkforceModel model = valid()
          .addCompetency(competency("shared"))
          .addRole(role("shared"))
          .addCourse(course("shared"))
          .addOrganisationType(organisationType("shared"))
          .build();

      assertThat(model.role(rid("shared")).id().value())
          .isEqualTo(model.competency(cid("shared")).id().value());
    }

    @Test
    void thirdCopyIsReportedAgainstTheFirst() {
      List<Problem> problems = problems(valid().addRole(role("nurse")).addRole(role("nurse")));

      assertThat(problems).extracting(Problem::location)
          .containsExactly("roles[4].id", "roles[5].id");
      assertThat(problems).allSatisfy(p -> assertThat(p.message()).endsWith("at roles[0]"));
    }
  }

  @Nested
  class UnknownReferences {

    @Test
    void unknownCompetencyInRoleRequires() {
      Problem p = onlyProblem(valid().addRole(role("hwb-coach", requires("listening", 1),
          requires("safegaurding", 2))));

      assertThat(p.location()).isEqualTo("roles[4].requires[1].competency");
      assertThat(p.message()).isEqualTo("unknown competency 'safegaurding'");
      assertThat(p.suggestion()).contains("did you mean 'safeguarding'?");
    }

    @Test
    void unknownCompetencyInRouteRequires() {
      Problem p = onlyProblem(valid().addRoute(
          route("senior-link-worker", "care-coordinator", requires("listenin", 1))));

      assertThat(p.location()).isEqualTo("routes[3].requires[0].competency");
      assertThat(p.message()).isEqualTo("unknown competency 'listenin'");
      assertThat(p.suggestion()).contains("did you mean 'listening'?");
    }

    @Test
    void unknownOrganisationTypeInOfferedBy() {
      Problem p = onlyProblem(valid().addRole(role("hwb-coach", List.of("pcn", "vcs"))));

      assertThat(p.location()).isEqualTo("roles[4].offeredBy[1]");
      assertThat(p.message()).isEqualTo("unknown organisation type 'vcs'");
      assertThat(p.suggestion()).contains("did you mean 'vcse'?");
    }

    @Test
    void unknownRoleInRouteFrom() {
      Problem p = onlyProblem(valid().addRoute(route("link-wroker", "care-coordinator")));

      assertThat(p.location()).isEqualTo("routes[3].from");
      assertThat(p.message()).isEqualTo("unknown role 'link-wroker'");
      assertThat(p.suggestion()).contains("did you mean 'link-worker'?");
    }

    @Test
    void unknownRoleInRouteTo() {
      Problem p = onlyProblem(valid().addRoute(route("care-coordinator", "senior-link-wroker")));

      assertThat(p.location()).isEqualTo("routes[3].to");
      assertThat(p.message()).isEqualTo("unknown role 'senior-link-wroker'");
      assertThat(p.suggestion()).contains("did you mean 'senior-link-worker'?");
    }

    @Test
    void unknownCompetencyInCourseCovers() {
      Problem p = onlyProblem(valid().addCourse(
          courseCovering("listening-101", CompetencyLevel.of(cid("listning"), 1))));

      assertThat(p.location()).isEqualTo("courses[2].covers[0].competency");
      assertThat(p.message()).isEqualTo("unknown competency 'listning'");
      assertThat(p.suggestion()).contains("did you mean 'listening'?");
    }

    @Test
    void unknownCoursePrerequisite() {
      Problem p = onlyProblem(valid().addCourse(course("advanced", "core-skills", "core-skils")));

      assertThat(p.location()).isEqualTo("courses[2].prerequisites[1]");
      assertThat(p.message()).isEqualTo("unknown course 'core-skils'");
      assertThat(p.suggestion()).contains("did you mean 'core-skills'?");
    }

    @Test
    void unknownCompetencyParent() {
      Problem p = onlyProblem(valid().addCompetency(competency("safeguarding-adults", "safegarding")));

      assertThat(p.location()).isEqualTo("competencies[3].parent");
      assertThat(p.message()).isEqualTo("unknown competency 'safegarding'");
      assertThat(p.suggestion()).contains("did you mean 'safeguarding'?");
    }

    @Test
    void unknownReferenceFarFromEveryIdHasNoSuggestion() {
      Problem p = onlyProblem(valid().addRole(role("hwb-coach", requires("quantum-physics", 1))));

      assertThat(p.message()).isEqualTo("unknown competency 'quantum-physics'");
      assertThat(p.suggestion()).isEmpty();
    }

    @Test
    void referenceToAnIdOfAnotherKindIsUnknown() {
      Problem p = onlyProblem(valid().addRoute(route("link-worker", "core-skills")));

      assertThat(p.location()).isEqualTo("routes[3].to");
      assertThat(p.message()).isEqualTo("unknown role 'core-skills'");
    }

    @Test
    void suggestionsStopAfterTheLimitButEveryReferenceIsReported() {
      WorkforceModel.Builder builder = valid();
      int count = ModelValidator.SUGGESTION_LIMIT + 5;
      for (int i = 0; i < count; i++) {
        builder.addRole(role("extra-" + i, requires("listenin", 1)));
      }

      List<Problem> problems = problems(builder);

      assertThat(problems).hasSize(count);
      assertThat(problems.subList(0, ModelValidator.SUGGESTION_LIMIT))
          .allSatisfy(p -> assertThat(p.suggestion()).contains("did you mean 'listening'?"));
      assertThat(problems.subList(ModelValidator.SUGGESTION_LIMIT, count))
          .allSatisfy(p -> assertThat(p.suggestion()).isEmpty());
    }
  }

  @Nested
  class Levels {

    @Test
    void levelAboveScaleInRoleRequirement() {
      Problem p = onlyProblem(valid().addRole(role("hwb-coach", requires("listening", 5))));

      assertThat(p.location()).isEqualTo("roles[4].requires[0].level");
      assertThat(p.message()).isEqualTo("level 5 is above the scale's highest level 4 (Expert)");
      assertThat(p.suggestion()).contains("use a level from 1 to 4");
    }

    @Test
    void levelAboveScaleInRouteRequirement() {
      Problem p = onlyProblem(valid().addRoute(
          route("senior-link-worker", "care-coordinator", requires("listening", 9))));

      assertThat(p.location()).isEqualTo("routes[3].requires[0].level");
      assertThat(p.message()).contains("level 9 is above");
    }

    @Test
    void levelAboveScaleInCourseCover() {
      Problem p = onlyProblem(valid().addCourse(
          courseCovering("listening-101", CompetencyLevel.of(cid("listening"), 5))));

      assertThat(p.location()).isEqualTo("courses[2].covers[0].level");
      assertThat(p.message()).contains("level 5 is above");
    }

    @Test
    void levelAtTheTopOfTheScaleIsAccepted() {
      WorkforceModel model = valid().addRole(role("hwb-coach", requires("listening", 4))).build();

      assertThat(model.role(rid("hwb-coach")).requirements()).containsExactly(
          requires("listening", 4));
    }

    @Test
    void unknownCompetencyAboveTheScaleGivesTwoProblems() {
      List<Problem> problems = problems(valid().addRole(role("hwb-coach", requires("nope", 7))));

      assertThat(problems).extracting(Problem::location).containsExactly(
          "roles[4].requires[0].competency", "roles[4].requires[0].level");
    }
  }

  @Nested
  class Routes {

    @Test
    void twoRoutesForTheSamePair() {
      Problem p = onlyProblem(valid().addRoute(ProgressionRoute.builder().from(rid("nurse"))
          .to(rid("link-worker")).kind(RouteKind.LATERAL).months(6).build()));

      assertThat(p.location()).isEqualTo("routes[3]");
      assertThat(p.message()).isEqualTo(
          "a second route from 'nurse' to 'link-worker', first defined at routes[0]");
      assertThat(p.suggestion()).hasValueSatisfying(s -> assertThat(s).contains("one route per pair"));
    }

    @Test
    void routesBothWaysBetweenTwoRolesAreTwoPairs() {
      WorkforceModel model = valid().addRoute(route("link-worker", "care-coordinator")).build();

      assertThat(model.route(rid("link-worker"), rid("care-coordinator"))).isPresent();
      assertThat(model.route(rid("care-coordinator"), rid("link-worker"))).isPresent();
    }
  }

  @Nested
  class Loops {

    @Test
    void parentLoop() {
      Problem p = onlyProblem(valid()
          .addCompetency(competency("a", "b"))
          .addCompetency(competency("b", "a")));

      assertThat(p.location()).isEqualTo("competencies[3].parent");
      assertThat(p.message()).contains("'a'", "'b'", "each other's parents");
      assertThat(p.suggestion()).hasValueSatisfying(s -> assertThat(s).contains("break the loop"));
    }

    @Test
    void parentLoopOfThreeIsReportedOnceAtItsFirstMember() {
      Problem p = onlyProblem(valid()
          .addCompetency(competency("c", "a"))
          .addCompetency(competency("b", "c"))
          .addCompetency(competency("a", "b")));

      assertThat(p.location()).isEqualTo("competencies[3].parent");
      assertThat(p.message()).contains("'a'", "'b'", "'c'");
    }

    @Test
    void parentChainWithoutLoopIsAccepted() {
      WorkforceModel model = valid()
          .addCompetency(competency("a", "safeguarding"))
          .addCompetency(competency("b", "a"))
          .build();

      assertThat(model.competency(cid("b")).parent()).contains(cid("a"));
    }

    @Test
    void twoSeparateLoopsAreTwoProblems() {
      List<Problem> problems = problems(valid()
          .addCompetency(competency("a", "b"))
          .addCompetency(competency("b", "a"))
          .addCompetency(competency("x", "y"))
          .addCompetency(competency("y", "x")));

      assertThat(problems).extracting(Problem::location)
          .containsExactlyInAnyOrder("competencies[3].parent", "competencies[5].parent");
    }

    @Test
    void prerequisiteLoop() {
      Problem p = onlyProblem(valid()
          .addCourse(course("first", "second"))
          .addCourse(course("second", "first")));

      assertThat(p.location()).isEqualTo("courses[2].prerequisites");
      assertThat(p.message()).contains("'first'", "'second'", "each other's prerequisites");
      assertThat(p.suggestion()).hasValueSatisfying(s -> assertThat(s).contains("break the loop"));
    }

    @Test
    void prerequisiteChainWithoutLoopIsAccepted() {
      WorkforceModel model = valid()
          .addCourse(course("advanced", "safeguarding-3", "core-skills"))
          .build();

      assertThat(model.course(kid("advanced")).prerequisites())
          .containsExactly(kid("safeguarding-3"), kid("core-skills"));
    }
  }

  @Nested
  class ModelFields {

    @Test
    void missingName() {
      Problem p = onlyProblem(WorkforceModel.builder().scale(ModelFixtures.SCALE));

      assertThat(p.location()).isEqualTo("name");
      assertThat(p.message()).isEqualTo("the model has no name");
      assertThat(p.suggestion()).isPresent();
    }

    @Test
    void blankName() {
      Problem p = onlyProblem(valid().name(" \t"));

      assertThat(p.location()).isEqualTo("name");
      assertThat(p.message()).isEqualTo("the model name is blank");
    }

    @Test
    void missingScale() {
      Problem p = onlyProblem(WorkforceModel.builder().name("M"));

      assertThat(p.location()).isEqualTo("scale");
      assertThat(p.message()).isEqualTo("the model has no proficiency scale");
      assertThat(p.suggestion()).hasValueSatisfying(s -> assertThat(s).contains("Awareness"));
    }

    @Test
    void blankCurrency() {
      Problem p = onlyProblem(valid().currency(""));

      assertThat(p.location()).isEqualTo("currency");
      assertThat(p.message()).isEqualTo("the currency is blank");
    }

    @Test
    void emptyBuilderReportsNameAndScale() {
      assertThat(problems(WorkforceModel.builder())).extracting(Problem::location)
          .containsExactly("name", "scale");
    }

    @Test
    void missingScaleSkipsLevelChecksButStillChecksReferences() {
      List<Problem> problems = problems(WorkforceModel.builder().name("M")
          .addCompetency(competency("c"))
          .addRole(role("r", requires("c", 99), requires("d", 1))));

      assertThat(problems).extracting(Problem::location)
          .containsExactly("scale", "roles[0].requires[1].competency");
    }
  }

  @Nested
  class AllProblemsTogether {

    @Test
    void threeDifferentProblemsAreThreeProblems() {
      ModelException e = catchThrowableOfType(ModelException.class, () -> valid()
          .addRole(role("nurse"))
          .addRoute(route("nobody", "link-worker"))
          .addCourse(courseCovering("x", CompetencyLevel.of(cid("listening"), 5)))
          .build());

      assertThat(e.problems()).extracting(Problem::location).containsExactly(
          "roles[4].id", "routes[3].from", "courses[2].covers[0].level");
      assertThat(e.getMessage()).startsWith("the model is invalid: 3 problems");
      assertThat(e.getMessage()).contains("roles[4].id: duplicate role id 'nurse'",
          "routes[3].from: unknown role 'nobody'",
          "courses[2].covers[0].level: level 5 is above");
    }

    @Test
    void messageListsAtMostTheLimitAndCountsTheRest() {
      WorkforceModel.Builder builder = valid();
      int count = ModelException.MESSAGE_LIMIT + 7;
      for (int i = 0; i < count; i++) {
        builder.addRoute(route("ghost-" + i, "link-worker"));
      }

      ModelException e = catchThrowableOfType(ModelException.class, builder::build);

      assertThat(e.problems()).hasSize(count);
      assertThat(e.getMessage()).contains("ghost-" + (ModelException.MESSAGE_LIMIT - 1))
          .doesNotContain("ghost-" + ModelException.MESSAGE_LIMIT + "'")
          .contains("... and 7 more; all " + count + " by kind:")
          .endsWith(count + " x routes[].from: unknown role '\u2026'");
    }

    @Test
    void modelExceptionNeedsAProblem() {
      assertThatThrownBy(() -> new ModelException("x", List.of()))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class LookUps {
    private final WorkforceModel model = valid().build();

    @Test
    void lookUpsFindEachKind() {
      assertThat(model.role(rid("link-worker")).title()).isEqualTo("Link worker");
      assertThat(model.competency(cid("listening")).name()).isEqualTo("Name of listening");
      assertThat(model.course(kid("safeguarding-3")).hours()).isEqualTo(7.5);
      assertThat(model.organisationType(oid("vcse")).name()).isEqualTo("Name of vcse");
    }

    @Test
    void unknownRoleNamesTheIdAndSuggestsTheClosest() {
      UnknownIdException e = catchThrowableOfType(UnknownIdException.class,
          () -> model.role(rid("link-wroker")));

      assertThat(e.kind()).isEqualTo("role");
      assertThat(e.id()).isEqualTo("link-wroker");
      assertThat(e.suggestion()).contains("link-worker");
      assertThat(e).hasMessage("unknown role 'link-wroker' (did you mean 'link-worker'?)");
    }

    @Test
    void unknownCompetencyNamesTheIdAndSuggestsTheClosest() {
      UnknownIdException e = catchThrowableOfType(UnknownIdException.class,
          () -> model.competency(cid("safegaurding")));

      assertThat(e).hasMessage(
          "unknown competency 'safegaurding' (did you mean 'safeguarding'?)");
      assertThat(e.kind()).isEqualTo("competency");
    }

    @Test
    void unknownCourseNamesTheIdAndSuggestsTheClosest() {
      UnknownIdException e = catchThrowableOfType(UnknownIdException.class,
          () -> model.course(kid("core-skill")));

      assertThat(e).hasMessage("unknown course 'core-skill' (did you mean 'core-skills'?)");
    }

    @Test
    void unknownOrganisationTypeNamesTheIdAndSuggestsTheClosest() {
      UnknownIdException e = catchThrowableOfType(UnknownIdException.class,
          () -> model.organisationType(oid("pcnn")));

      assertThat(e.kind()).isEqualTo("organisation type");
      assertThat(e).hasMessageStartingWith("unknown organisation type 'pcnn'");
      assertThat(e.suggestion()).contains("pcn");
    }

    @Test
    void unknownIdFarFromEveryKnownIdHasNoSuggestion() {
      UnknownIdException e = catchThrowableOfType(UnknownIdException.class,
          () -> model.role(rid("astronaut")));

      assertThat(e.suggestion()).isEmpty();
      assertThat(e).hasMessage("unknown role 'astronaut'");
    }

    @Test
    void unknownIdExceptionIsAnSpPathwaysException() {
      assertThatThrownBy(() -> model.roleIndex(rid("astronaut")))
          .isInstanceOf(SpPathwaysException.class);
    }

    @Test
    void findReturnsEmptyForUnknownIds() {
      assertThat(model.findRole(rid("astronaut"))).isEmpty();
      assertThat(model.findCompetency(cid("astronaut"))).isEmpty();
      assertThat(model.findCourse(kid("astronaut"))).isEmpty();
      assertThat(model.findOrganisationType(oid("astronaut"))).isEmpty();
    }

    @Test
    void findReturnsTheEntityForKnownIds() {
      assertThat(model.findRole(rid("nurse"))).map(Role::external).contains(true);
      assertThat(model.findCompetency(cid("listening"))).isPresent();
      assertThat(model.findCourse(kid("core-skills"))).isPresent();
      assertThat(model.findOrganisationType(oid("pcn"))).isPresent();
    }

    @Test
    void findDoesNotConfuseKinds() {
      assertThat(model.findRole(RoleId.of("listening"))).isEmpty();
    }

    @Test
    void roleIndexIsDenseInInsertionOrder() {
      for (int i = 0; i < model.roles().size(); i++) {
        assertThat(model.roleIndex(model.roles().get(i).id())).isEqualTo(i);
      }
      assertThat(model.roleIndex(rid("care-coordinator"))).isEqualTo(3);
    }

    @Test
    void competencyIndexIsDenseInInsertionOrder() {
      for (int i = 0; i < model.competencies().size(); i++) {
        assertThat(model.competencyIndex(model.competencies().get(i).id())).isEqualTo(i);
      }
      assertThatThrownBy(() -> model.competencyIndex(cid("nope")))
          .isInstanceOf(UnknownIdException.class);
    }

    @Test
    void routesFromInTheOrderAdded() {
      assertThat(model.routesFrom(rid("link-worker")))
          .extracting(r -> r.to().value()).containsExactly("senior-link-worker");
      assertThat(model.routesFrom(rid("senior-link-worker"))).isEmpty();
    }

    @Test
    void routesToInTheOrderAdded() {
      assertThat(model.routesTo(rid("link-worker")))
          .extracting(r -> r.from().value()).containsExactly("nurse", "care-coordinator");
      assertThat(model.routesTo(rid("nurse"))).isEmpty();
    }

    @Test
    void routesOfAnUnknownRoleThrow() {
      assertThatThrownBy(() -> model.routesFrom(rid("link-wroker")))
          .isInstanceOf(UnknownIdException.class).hasMessageContaining("link-worker");
      assertThatThrownBy(() -> model.routesTo(rid("link-wroker")))
          .isInstanceOf(UnknownIdException.class);
    }

    @Test
    void routeBetweenTwoRoles() {
      assertThat(model.route(rid("nurse"), rid("link-worker")))
          .map(ProgressionRoute::kind).contains(RouteKind.PROMOTION);
      assertThat(model.route(rid("link-worker"), rid("nurse"))).isEmpty();
      assertThat(model.route(rid("nurse"), rid("astronaut"))).isEmpty();
      assertThatThrownBy(() -> model.route(rid("astronaut"), rid("nurse")))
          .isInstanceOf(UnknownIdException.class).hasMessage("unknown role 'astronaut'");
    }

    @Test
    void listsAreUnmodifiable() {
      assertThatThrownBy(() -> model.roles().add(role("x")))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> model.routesFrom(rid("nurse")).clear())
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> model.sources().add("x"))
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void changingTheBuilderAfterBuildLeavesTheModelAlone() {
      WorkforceModel.Builder builder = valid();
      WorkforceModel built = builder.build();

      builder.addRole(role("late")).name("Changed");

      assertThat(built.roles()).hasSize(4);
      assertThat(built.name()).isEqualTo("Test model");
    }

    @Test
    void toBuilderRebuildsAnEqualModel() {
      WorkforceModel copy = model.toBuilder().build();

      assertThat(copy).isEqualTo(model).hasSameHashCodeAs(model);
      assertThat(model.toBuilder().name("Other").build()).isNotEqualTo(model);
    }

    @Test
    void equalityIgnoresNotesButNotSources() {
      WorkforceModel noted = valid().notes("a note").build();
      WorkforceModel sourced = valid().addSource("a source").build();

      assertThat(noted).isEqualTo(model);
      assertThat(noted.notes()).contains("a note");
      assertThat(sourced).isNotEqualTo(model);
    }

    @Test
    void toStringCountsEntities() {
      assertThat(model).hasToString("WorkforceModel{name=Test model, 3 competencies, "
          + "2 organisation types, 4 roles, 3 routes, 2 courses}");
    }
  }

  @Nested
  class GraphView {
    private final WorkforceModel model = valid().build();

    @Test
    void oneVertexPerRoleIncludingIsolatedRoles() {
      WorkforceModel withLoner = valid().addRole(role("loner")).build();

      assertThat(withLoner.graph().vertexSet()).containsExactlyInAnyOrderElementsOf(
          withLoner.roles().stream().map(Role::id).collect(Collectors.toList()));
    }

    @Test
    void oneEdgePerRouteFromSourceToTarget() {
      Graph<RoleId, ProgressionRoute> g = model.graph();

      assertThat(g.edgeSet()).containsExactlyInAnyOrderElementsOf(model.routes());
      for (ProgressionRoute r : model.routes()) {
        assertThat(g.getEdgeSource(r)).isEqualTo(r.from());
        assertThat(g.getEdgeTarget(r)).isEqualTo(r.to());
      }
      assertThat(g.getType().isDirected()).isTrue();
      assertThat(g.outgoingEdgesOf(rid("link-worker")))
          .containsExactlyElementsOf(model.routesFrom(rid("link-worker")));
    }

    @Test
    void addingAVertexThrows() {
      assertThatThrownBy(() -> model.graph().addVertex(rid("new-role")))
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void addingAnEdgeThrows() {
      ProgressionRoute extra = route("senior-link-worker", "nurse");
      assertThatThrownBy(() -> model.graph().addEdge(extra.from(), extra.to(), extra))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> model.graph().addEdge(rid("nurse"), rid("care-coordinator")))
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void removingThrows() {
      assertThatThrownBy(() -> model.graph().removeVertex(rid("nurse")))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> model.graph().removeEdge(model.routes().get(0)))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThat(model.graph().edgeSet()).hasSize(3);
    }

    @Test
    void sameGraphOnEveryCall() {
      assertThat(model.graph()).isSameAs(model.graph());
      assertThat(Optional.of(model.graph().vertexSet().size())).contains(4);
    }
  }
}
