package org.sppathways.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sppathways.gaps.RequirementGap;
import org.sppathways.model.Competency;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.OrganisationType;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.PersonId;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RoleVariant;
import org.sppathways.model.RouteKind;
import org.sppathways.model.UnknownIdException;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;

/**
 * A path planned in an organisation type asks for each role as that type's variant has it.
 *
 * <p>The model: a link worker (listening 2; in a VCSE charity also lone working 3) may become a
 * senior link worker after 12 months, by a route that asks for listening 3. The senior role
 * requires clinical systems 2 and coaching 3 (first year: coaching 2); a VCSE charity's variant
 * adds lone working 3 and removes clinical systems. One course per competency: {@code cs-2} 10 h
 * £100, {@code coach-3} 20 h £200, {@code lone-3} 6 h £50, {@code listen-3} 4 h £40.
 *
 * <p>Worked by hand, for someone holding listening 2 (the step's gaps in the order the role then
 * the route ask for them):
 * <ul>
 *   <li>no type, or a PCN (no variant): clinical systems 0→2, coaching 0→3, listening 2→3;
 *       {@code cs-2}, {@code coach-3}, {@code listen-3}: 34 h, £340;</li>
 *   <li>a VCSE charity: coaching 0→3, lone working 0→3, listening 2→3 (the route's, unchanged);
 *       {@code coach-3}, {@code lone-3}, {@code listen-3}: 30 h, £290;</li>
 *   <li>from the role itself in a VCSE charity, someone holding its VCSE requirements (listening
 *       2, lone working 3): coaching 0→3, listening 2→3: 24 h, £240.</li>
 * </ul>
 */
class PathsInAnOrganisationTypeTest {
  static final CompetencyId LISTENING = CompetencyId.of("listening");
  static final CompetencyId SYSTEMS = CompetencyId.of("clinical-systems");
  static final CompetencyId COACHING = CompetencyId.of("coaching");
  static final CompetencyId LONE = CompetencyId.of("lone-working");
  static final OrganisationTypeId PCN = OrganisationTypeId.of("pcn");
  static final OrganisationTypeId VCSE = OrganisationTypeId.of("vcse-charity");
  static final RoleId LW = RoleId.of("link-worker");
  static final RoleId SENIOR = RoleId.of("senior-link-worker");

  static final WorkforceModel MODEL = WorkforceModel.builder().name("paths in a type")
      .scale(ProficiencyScale.of("Awareness", "Working", "Practitioner", "Expert"))
      .addCompetency(competency(LISTENING))
      .addCompetency(competency(SYSTEMS))
      .addCompetency(competency(COACHING))
      .addCompetency(competency(LONE))
      .addOrganisationType(OrganisationType.builder().id(PCN).name("PCN").sector("nhs").build())
      .addOrganisationType(OrganisationType.builder().id(VCSE).name("VCSE charity").sector("vcse")
          .build())
      .addRole(Role.builder().id(LW).title("Link worker").addOfferedBy(PCN, VCSE)
          .addRequirement(Requirement.of(LISTENING, 2))
          .addFirstYear(CompetencyLevel.of(LISTENING, 1))
          .putVariant(VCSE, RoleVariant.builder().addAdd(Requirement.of(LONE, 3)).build())
          .build())
      .addRole(Role.builder().id(SENIOR).title("Senior link worker").addOfferedBy(PCN, VCSE)
          .addRequirement(Requirement.of(SYSTEMS, 2))
          .addRequirement(Requirement.of(COACHING, 3))
          .addFirstYear(CompetencyLevel.of(COACHING, 2))
          .putVariant(VCSE, RoleVariant.builder().addAdd(Requirement.of(LONE, 3))
              .addRemove(SYSTEMS).build())
          .build())
      .addRoute(ProgressionRoute.builder().from(LW).to(SENIOR).kind(RouteKind.PROMOTION)
          .months(12).addRequirement(Requirement.of(LISTENING, 3)).build())
      .addCourse(course("cs-2", SYSTEMS, 2, 10, 100))
      .addCourse(course("coach-3", COACHING, 3, 20, 200))
      .addCourse(course("lone-3", LONE, 3, 6, 50))
      .addCourse(course("listen-3", LISTENING, 3, 4, 40))
      .build();

  static final CareerPathFinder FINDER = CareerPathFinder.of(MODEL);

  static final RequirementGap SYSTEMS_GAP = new RequirementGap(SYSTEMS, 0, 2, true);
  static final RequirementGap COACHING_GAP = new RequirementGap(COACHING, 0, 3, true);
  static final RequirementGap LONE_GAP = new RequirementGap(LONE, 0, 3, true);
  static final RequirementGap LISTENING_GAP = new RequirementGap(LISTENING, 2, 3, true);

  static Competency competency(CompetencyId id) {
    return Competency.builder().id(id).name(id.value()).domain("d").build();
  }

  static Course course(String id, CompetencyId teaches, int level, double hours, double cost) {
    return Course.builder().id(CourseId.of(id)).title(id).hours(hours).cost(cost)
        .addCover(CompetencyLevel.of(teaches, level)).build();
  }

  /** A link worker holding listening 2, in the type given (none: null), in their 4th month. */
  static WorkerProfile person(OrganisationTypeId type) {
    WorkerProfile.Builder b = WorkerProfile.builder().id(PersonId.of("p1")).role(LW)
        .putHold(LISTENING, 2).monthsInRole(3);
    if (type != null) {
      b.organisationType(type);
    }
    return b.build();
  }

  static CareerPath only(CareerPaths found) {
    assertThat(found.paths()).hasSize(1);
    return found.paths().get(0);
  }

  static CareerPath best(WorkerProfile person, PathQuery query) {
    return only(FINDER.paths(person, SENIOR, 1, query));
  }

  static List<CourseId> ids(String... ids) {
    return java.util.Arrays.stream(ids).map(CourseId::of).toList();
  }

  @Test
  void aVcsePersonsStepShowsTheAddedGapAndNotTheRemovedOne() {
    CareerPath p = best(person(VCSE), PathQuery.by(Criterion.HOURS));
    PathStep step = p.steps().get(0);
    assertThat(step.gaps()).containsExactly(COACHING_GAP, LONE_GAP, LISTENING_GAP);
    assertThat(step.courses()).containsExactlyInAnyOrderElementsOf(
        ids("coach-3", "lone-3", "listen-3"));
    assertThat(p.hours()).isEqualTo(30.0);
    assertThat(p.cost()).isEqualTo(290.0);
  }

  @Test
  void withoutATypeTheRolesOwnRequirementsApply() {
    for (WorkerProfile person : List.of(person(null), person(PCN))) {
      CareerPath p = best(person, PathQuery.by(Criterion.HOURS));
      assertThat(p.steps().get(0).gaps()).containsExactly(SYSTEMS_GAP, COACHING_GAP,
          LISTENING_GAP);
      assertThat(p.hours()).isEqualTo(34.0);
      assertThat(p.cost()).isEqualTo(340.0);
    }
  }

  @Test
  void theQuerysTypeOverridesThePersons() {
    CareerPath inPcn = best(person(VCSE),
        PathQuery.builder().by(Criterion.HOURS).organisationType(PCN).build());
    assertThat(inPcn.steps().get(0).gaps()).containsExactly(SYSTEMS_GAP, COACHING_GAP,
        LISTENING_GAP);
    assertThat(inPcn.hours()).isEqualTo(34.0);
    CareerPath inVcse = best(person(null),
        PathQuery.builder().by(Criterion.HOURS).organisationType(VCSE).build());
    assertThat(inVcse.steps().get(0).gaps()).containsExactly(COACHING_GAP, LONE_GAP,
        LISTENING_GAP);
    assertThat(inVcse.hours()).isEqualTo(30.0);
  }

  @Test
  void aFirstYearTargetDoesNotLowerAStepIntoARole() {
    // the person is in their 4th month, and the senior role's first-year coaching target is 2:
    // it is not theirs until they are in the role, so the step asks for coaching 3
    CareerPath p = best(person(VCSE), PathQuery.by(Criterion.HOURS));
    assertThat(p.steps().get(0).gaps()).contains(COACHING_GAP);
  }

  @Test
  void aSearchFromARoleInATypeStartsFromItsVariant() {
    PathQuery inVcse = PathQuery.builder().by(Criterion.COST).organisationType(VCSE).build();
    CareerPath p = only(FINDER.paths(LW, SENIOR, 1, inVcse));
    // the start holds the link worker's VCSE requirements in full (lone working 3, listening 2,
    // not the first-year listening 1)
    assertThat(p.steps().get(0).gaps()).containsExactly(COACHING_GAP, LISTENING_GAP);
    assertThat(p.courses()).containsExactlyInAnyOrderElementsOf(ids("coach-3", "listen-3"));
    assertThat(p.hours()).isEqualTo(24.0);
    assertThat(p.cost()).isEqualTo(240.0);

    CareerPath own = only(FINDER.paths(LW, SENIOR, 1, PathQuery.by(Criterion.COST)));
    assertThat(own.steps().get(0).gaps()).containsExactly(SYSTEMS_GAP, COACHING_GAP,
        LISTENING_GAP);
    assertThat(own.cost()).isEqualTo(340.0);
  }

  @Test
  void oneFinderKeepsEachTypesPlansApart() {
    // interleaved on one finder: memoised plans and targets must not leak between types
    PathQuery own = PathQuery.by(Criterion.HOURS);
    PathQuery vcse = PathQuery.builder().by(Criterion.HOURS).organisationType(VCSE).build();
    PathQuery pcn = PathQuery.builder().by(Criterion.HOURS).organisationType(PCN).build();
    CareerPathFinder finder = CareerPathFinder.of(MODEL);
    for (int round = 0; round < 2; round++) {
      assertThat(only(finder.paths(LW, SENIOR, 1, vcse)).hours()).isEqualTo(24.0);
      assertThat(only(finder.paths(LW, SENIOR, 1, own)).hours()).isEqualTo(34.0);
      assertThat(only(finder.paths(LW, SENIOR, 1, pcn)).hours()).isEqualTo(34.0);
      assertThat(only(finder.paths(LW, SENIOR, 1, vcse)).hours()).isEqualTo(24.0);
    }
  }

  @Test
  void paretoAndReachUseTheVariantToo() {
    PathQuery vcse = PathQuery.builder().organisationType(VCSE).build();
    assertThat(only(FINDER.pareto(person(null), SENIOR, vcse)).hours()).isEqualTo(30.0);
    assertThat(only(FINDER.pareto(person(null), SENIOR, PathQuery.defaults())).hours())
        .isEqualTo(34.0);
    Reach reach = FINDER.reach(person(VCSE), PathQuery.by(Criterion.HOURS));
    assertThat(reach.roles()).hasSize(1);
    assertThat(reach.roles().get(0).path().hours()).isEqualTo(30.0);
    Reach own = FINDER.reach(person(null), PathQuery.by(Criterion.HOURS));
    assertThat(own.roles().get(0).path().hours()).isEqualTo(34.0);
  }

  @Test
  void anUnknownTypeIsAnErrorNamingIt() {
    PathQuery q = PathQuery.builder().organisationType(OrganisationTypeId.of("vcse-charty"))
        .build();
    assertThatThrownBy(() -> FINDER.paths(LW, SENIOR, 1, q))
        .isInstanceOf(UnknownIdException.class)
        .hasMessageContaining("vcse-charty");
  }

  @Test
  void theQueryShowsTheTypeItWasGiven() {
    PathQuery q = PathQuery.builder().organisationType(VCSE).build();
    assertThat(q.organisationType()).contains(VCSE);
    assertThat(q.toBuilder().build().organisationType()).contains(VCSE);
    assertThat(q.toString()).contains("organisationType=vcse-charity");
    assertThat(PathQuery.defaults().organisationType()).isEmpty();
  }
}
