package org.sppathways.io.frameworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sppathways.model.Competency;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.ModelException;
import org.sppathways.model.OrganisationType;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.Problem;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;

/**
 * {@link ModelMerge} beyond roles and routes: courses, organisation types, competency parents,
 * the merged model's name, currencies, and the mappings as values.
 */
class ModelMergeCoursesTest {

  private static final ProficiencyScale TWO = ProficiencyScale.of("A", "B");
  private static final CompetencyId LISTEN = CompetencyId.of("listen");
  private static final CompetencyId HEAR = CompetencyId.of("hear");
  private static final CompetencyId SKILLS = CompetencyId.of("skills");
  private static final OrganisationTypeId PCN = OrganisationTypeId.of("pcn");
  private static final OrganisationTypeId GP = OrganisationTypeId.of("gp");
  private static final OrganisationTypeId SURGERY = OrganisationTypeId.of("surgery");
  private static final CourseId BASICS = CourseId.of("basics");
  private static final CourseId INTRO = CourseId.of("intro");
  private static final CourseId ADVANCED = CourseId.of("advanced");

  private static Competency competency(CompetencyId id) {
    return Competency.builder().id(id).name(id.value()).domain("d").build();
  }

  private static OrganisationType type(OrganisationTypeId id) {
    return OrganisationType.builder().id(id).name(id.value()).sector("s").build();
  }

  private static Course course(CourseId id, CompetencyLevel... covers) {
    return Course.builder().id(id).title(id.value()).hours(2).cost(10).addCovers(covers).build();
  }

  private static WorkforceModel base() {
    return WorkforceModel.builder().name("Base").scale(TWO).addCompetency(competency(LISTEN))
        .addOrganisationType(type(PCN))
        .addCourse(course(BASICS, CompetencyLevel.of(LISTEN, 1))).build();
  }

  private static WorkforceModel other() {
    return WorkforceModel.builder().name("Other").scale(TWO).addCompetency(competency(SKILLS))
        .addCompetency(Competency.builder().from(competency(HEAR)).parent(SKILLS).build())
        .addOrganisationType(type(GP)).addOrganisationType(type(SURGERY))
        .addRole(Role.builder().id(RoleId.of("r")).title("R").addOfferedBy(GP, SURGERY).build())
        .addCourse(course(INTRO, CompetencyLevel.of(HEAR, 1), CompetencyLevel.of(SKILLS, 2)))
        .addCourse(Course.builder().from(course(ADVANCED, CompetencyLevel.of(HEAR, 2)))
            .addPrerequisites(INTRO).build())
        .build();
  }

  @Test
  void coursesAreAppendedWithTheirReferencesMapped() {
    WorkforceModel merged = ModelMerge.of().withCompetencyMapping(HEAR, LISTEN)
        .withCourseMapping(INTRO, BASICS).merge(base(), other());
    assertThat(merged.courses()).extracting(Course::id).containsExactly(BASICS, ADVANCED);
    assertThat(merged.course(BASICS)).isEqualTo(base().course(BASICS));
    Course advanced = merged.course(ADVANCED);
    assertThat(advanced.covers()).containsExactly(CompetencyLevel.of(LISTEN, 2));
    assertThat(advanced.prerequisites()).containsExactly(BASICS);
    assertThat(merged.competencies()).extracting(Competency::id).containsExactly(LISTEN, SKILLS);
  }

  @Test
  void coversJoinedByAMappingKeepTheHigherLevelAndPrerequisitesAreKeptOnce() {
    WorkforceModel other = WorkforceModel.builder().name("O").scale(TWO)
        .addCompetency(competency(HEAR)).addCompetency(competency(SKILLS))
        .addCourse(course(INTRO, CompetencyLevel.of(HEAR, 1)))
        .addCourse(course(ADVANCED, CompetencyLevel.of(HEAR, 2)))
        .addCourse(Course.builder().from(course(CourseId.of("both"), CompetencyLevel.of(HEAR, 1),
            CompetencyLevel.of(SKILLS, 2))).addPrerequisites(INTRO, ADVANCED).build())
        .build();
    WorkforceModel merged = ModelMerge.of().withCompetencyMapping(HEAR, LISTEN)
        .withCompetencyMapping(SKILLS, LISTEN).withCourseMapping(INTRO, BASICS)
        .withCourseMapping(ADVANCED, BASICS).merge(base(), other);
    assertThat(merged.courses()).extracting(Course::id)
        .containsExactly(BASICS, CourseId.of("both"));
    Course both = merged.course(CourseId.of("both"));
    assertThat(both.covers()).containsExactly(CompetencyLevel.of(LISTEN, 2));
    assertThat(both.prerequisites()).containsExactly(BASICS);
  }

  @Test
  void organisationTypesMappedTogetherAreOfferedOnce() {
    WorkforceModel merged = ModelMerge.of().withOrganisationTypeMapping(GP, PCN)
        .withOrganisationTypeMapping(SURGERY, PCN).merge(base(), other());
    assertThat(merged.organisationTypes()).extracting(OrganisationType::id).containsExactly(PCN);
    assertThat(merged.role(RoleId.of("r")).offeredBy()).containsExactly(PCN);
  }

  @Test
  void aCompetencysParentFollowsItsMapping() {
    WorkforceModel merged = ModelMerge.of()
        .withCompetencyMapping(SKILLS, CompetencyId.of("all-skills")).merge(base(), other());
    assertThat(merged.competency(HEAR).parent()).hasValue(CompetencyId.of("all-skills"));
  }

  @Test
  void theNameIsTheBaseOneUnlessGiven() {
    assertThat(ModelMerge.of().merge(base(), other()).name()).isEqualTo("Base");
    ModelMerge named = ModelMerge.of().withName("Joined");
    assertThat(named.name()).hasValue("Joined");
    assertThat(ModelMerge.of().name()).isEmpty();
    assertThat(named.merge(base(), other()).name()).isEqualTo("Joined");
    assertThatThrownBy(() -> ModelMerge.of().withName(" "))
        .hasMessage("name must not be blank");
  }

  @Test
  void coursesInAnotherCurrencyAreAnError() {
    WorkforceModel euros = WorkforceModel.builder().from(other()).currency("EUR").build();
    List<String> problems = problems(() -> ModelMerge.of().merge(base(), euros));
    assertThat(problems).containsExactly("other.currency: the other model's course costs are "
        + "in EUR but the base model's are in GBP (convert the costs to GBP first)");
    WorkforceModel noCourses = WorkforceModel.builder().name("N").scale(TWO).currency("EUR")
        .addCompetency(competency(HEAR)).build();
    assertThat(ModelMerge.of().merge(base(), noCourses).currency()).isEqualTo("GBP");
  }

  @Test
  void mappingsAreKeptSortedAndMayBeRepeated() {
    ModelMerge m = ModelMerge.of().withCourseMapping(INTRO, BASICS)
        .withCourseMapping(ADVANCED, BASICS).withCourseMapping(INTRO, BASICS)
        .withOrganisationTypeMapping(GP, PCN).withCompetencyMapping(HEAR, LISTEN)
        .withRoleMapping(RoleId.of("r"), RoleId.of("s"));
    assertThat(m.courseMappings()).isEqualTo(Map.of(ADVANCED, BASICS, INTRO, BASICS));
    assertThat(m.courseMappings().keySet()).containsExactly(ADVANCED, INTRO);
    assertThat(m.organisationTypeMappings()).isEqualTo(Map.of(GP, PCN));
    assertThat(m.competencyMappings()).isEqualTo(Map.of(HEAR, LISTEN));
    assertThat(m.roleMappings()).isEqualTo(Map.of(RoleId.of("r"), RoleId.of("s")));
    assertThat(ModelMerge.of().courseMappings()).isEmpty();
    assertThatThrownBy(() -> m.withCourseMapping(INTRO, ADVANCED))
        .hasMessage("course 'intro' is already mapped to 'basics'; it cannot also map to "
            + "'advanced'");
    assertThatThrownBy(() -> m.withOrganisationTypeMapping(GP, SURGERY))
        .hasMessageStartingWith("organisation type 'gp' is already mapped");
    assertThatThrownBy(() -> m.withCompetencyMapping(HEAR, SKILLS))
        .hasMessageStartingWith("competency 'hear' is already mapped");
    assertThatThrownBy(() -> m.withCourseMapping(null, INTRO)).hasMessage("from");
    assertThatThrownBy(() -> m.withCourseMapping(INTRO, null)).hasMessage("to");
  }

  private static List<String> problems(Runnable merging) {
    try {
      merging.run();
    } catch (ModelException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    throw new AssertionError("expected a ModelException");
  }
}
