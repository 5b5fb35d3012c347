package org.sppathways.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sppathways.model.Competency;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;

/**
 * Coverage of a hand-made catalogue, checked cell by cell.
 *
 * <pre>
 * competencies  a, b, c, d (learned on the job), e
 * roles         r1 a:2 b:3      r2 a:1 c:2     r3 d:2        r4 (nothing)
 *               r5 b:2 d:1      r6 c:3 b:3     r7 c:1
 * catalogue     k1 a:2 b:1      k2 a:2         k3 b:2 c:1 (needs k1)
 * </pre>
 */
class CoverageAnalysisTest {

  static CompetencyId c(String id) {
    return CompetencyId.of(id);
  }

  static RoleId r(String id) {
    return RoleId.of(id);
  }

  static CourseId k(String id) {
    return CourseId.of(id);
  }

  static final List<Course> CATALOGUE = List.of(
      course("k1", List.of(), CompetencyLevel.of(c("a"), 2), CompetencyLevel.of(c("b"), 1)),
      course("k2", List.of(), CompetencyLevel.of(c("a"), 2)),
      course("k3", List.of("k1"), CompetencyLevel.of(c("b"), 2), CompetencyLevel.of(c("c"), 1)));

  static final WorkforceModel MODEL = model();

  static WorkforceModel model() {
    WorkforceModel.Builder b = WorkforceModel.builder().name("coverage")
        .scale(ProficiencyScale.of("Awareness", "Working", "Practitioner", "Expert"));
    for (String id : List.of("a", "b", "c", "d", "e")) {
      b.addCompetency(Competency.builder().id(c(id)).name(id).domain("d")
          .learnedOnTheJob(id.equals("d")).build());
    }
    b.addRole(role("r1", Requirement.of(c("a"), 2), Requirement.of(c("b"), 3)));
    b.addRole(role("r2", Requirement.of(c("a"), 1), Requirement.of(c("c"), 2)));
    b.addRole(role("r3", Requirement.of(c("d"), 2)));
    b.addRole(role("r4"));
    b.addRole(role("r5", Requirement.of(c("b"), 2), Requirement.desirable(c("d"), 1)));
    b.addRole(role("r6", Requirement.of(c("c"), 3), Requirement.of(c("b"), 3)));
    b.addRole(role("r7", Requirement.of(c("c"), 1)));
    CATALOGUE.forEach(b::addCourse);
    return b.build();
  }

  static Role role(String id, Requirement... requirements) {
    return Role.builder().id(r(id)).title(id).addRequirements(requirements).build();
  }

  static Course course(String id, List<String> prerequisites, CompetencyLevel... covers) {
    Course.Builder b = Course.builder().id(k(id)).title(id).hours(1).cost(1).addCovers(covers);
    prerequisites.forEach(p -> b.addPrerequisite(k(p)));
    return b.build();
  }

  private final CoverageReport report = CoverageAnalysis.of(MODEL).report(10);

  @Test
  void everyCompetencyInModelOrder() {
    assertThat(report.competencies()).containsExactly(
        // competency, maxLevel, courses at maxLevel, courses covering, required level, on the job
        new CompetencyCoverage(c("a"), 2, List.of(k("k1"), k("k2")), 2, 2, false),
        new CompetencyCoverage(c("b"), 2, List.of(k("k3")), 2, 3, false),
        new CompetencyCoverage(c("c"), 1, List.of(k("k3")), 1, 3, false),
        new CompetencyCoverage(c("d"), 0, List.of(), 0, 2, true),
        new CompetencyCoverage(c("e"), 0, List.of(), 0, 0, false));
    assertThat(report.competencies()).extracting(CompetencyCoverage::isShort)
        .containsExactly(false, true, true, true, false);
  }

  @Test
  void uncoveredAreTheShortOnesInModelOrder() {
    assertThat(report.uncovered()).extracting(CompetencyCoverage::competency)
        .containsExactly(c("b"), c("c"), c("d"));
  }

  @Test
  void everyRoleInModelOrder() {
    assertThat(report.roles()).containsExactly(
        // role, requirements, closable by courses, not closable but learned on the job
        new RoleCoverage(r("r1"), 2, 1, 0),
        new RoleCoverage(r("r2"), 2, 1, 0),
        new RoleCoverage(r("r3"), 1, 0, 1),
        new RoleCoverage(r("r4"), 0, 0, 0),
        new RoleCoverage(r("r5"), 2, 1, 1),
        new RoleCoverage(r("r6"), 2, 0, 0),
        new RoleCoverage(r("r7"), 1, 1, 0));
    assertThat(report.roles()).extracting(RoleCoverage::closableShare)
        .containsExactly(0.5, 0.5, 0.0, 1.0, 0.5, 0.0, 1.0);
    assertThat(report.roles()).extracting(RoleCoverage::fullyReachable)
        .containsExactly(false, false, false, true, false, false, true);
    assertThat(report.roles()).extracting(RoleCoverage::reachableWithPractice)
        .containsExactly(false, false, true, true, true, false, true);
  }

  @Test
  void bestAdditionsUnblockTheMostRoles() {
    // b to level 3 unlocks r1 and also closes r6's b:3 (r6 still lacks c:3).
    // c to level 2 unlocks r2 only. r6 lacks two things and is counted under none.
    // d is all r3 (d:2) and r5 (d:1) lack, but d is learned on the job: no course is expected to
    // teach it, and both roles are already reachable by courses and practice.
    assertThat(report.bestAdditions()).containsExactly(
        new CoverageAddition(c("b"), 3, List.of(r("r1")), 2),
        new CoverageAddition(c("c"), 2, List.of(r("r2")), 1));
    assertThat(report.noAdditions()).isEmpty();
  }

  @Test
  void competenciesLearnedOnTheJobAreNeverWorthACourse() {
    assertThat(report.bestAdditions()).extracting(CoverageAddition::competency)
        .doesNotContain(c("d"));
    assertThat(report.bestAdditions()).flatExtracting(CoverageAddition::roles)
        .doesNotContain(r("r3"), r("r5"));
  }

  /**
   * An external profession (a nurse, say) short of e is not trained for by the catalogue: e to
   * level 2 is worth a course for r8 alone, and closes r8's requirement only, not the nurse's.
   */
  @Test
  void externalProfessionsAreLeftOut() {
    WorkforceModel.Builder b = MODEL.toBuilder();
    b.addRole(Role.builder().id(r("nurse")).title("Nurse").external(true)
        .addRequirement(Requirement.of(c("e"), 1)).build());
    b.addRole(role("r8", Requirement.of(c("e"), 2)));
    CoverageReport withNurse = CoverageAnalysis.of(b.build()).report(10);
    assertThat(withNurse.bestAdditions()).contains(
        new CoverageAddition(c("e"), 2, List.of(r("r8")), 1));
    assertThat(withNurse.bestAdditions()).flatExtracting(CoverageAddition::roles)
        .doesNotContain(r("nurse"));
  }

  @Test
  void anEmptyAnswerSaysWhy() {
    // k4 teaches b and c to 3: every role is then reachable by courses and practice
    List<Course> more = new java.util.ArrayList<>(CATALOGUE);
    more.add(course("k4", List.of(), CompetencyLevel.of(c("b"), 3), CompetencyLevel.of(c("c"), 3)));
    CoverageReport complete = CoverageAnalysis.of(MODEL, more).report(10);
    assertThat(complete.roles()).allMatch(RoleCoverage::reachableWithPractice);
    assertThat(complete.bestAdditions()).isEmpty();
    assertThat(complete.noAdditions()).contains("No course is worth adding: every role (external "
        + "professions aside) can be reached by the catalogue's courses and practice; what no "
        + "course reaches is learned on the job.");

    // k4 teaches b and c to 2, k5 a to 1: r1 (a:2 b:3) and r6 (b:3 c:3) each lack two
    // competencies; the other roles are reachable by courses and practice
    List<Course> twoEach = List.of(
        course("k4", List.of(), CompetencyLevel.of(c("b"), 2), CompetencyLevel.of(c("c"), 2)),
        course("k5", List.of(), CompetencyLevel.of(c("a"), 1)));
    CoverageReport two = CoverageAnalysis.of(MODEL, twoEach).report(10);
    assertThat(two.roles()).filteredOn(x -> !x.reachableWithPractice())
        .extracting(RoleCoverage::role).containsExactly(r("r1"), r("r6"));
    assertThat(two.bestAdditions()).isEmpty();
    assertThat(two.noAdditions()).contains("No single course is worth adding: each of the 2 roles "
        + "(external professions aside) the catalogue cannot reach lacks two or more competencies "
        + "that courses are expected to teach.");

    assertThat(CoverageAnalysis.of(MODEL).report(0).noAdditions())
        .contains("No courses worth adding were asked for (0 additions).");
  }

  @Test
  void addingTheBestAdditionMakesItsRolesFullyReachable() {
    for (CoverageAddition a : report.bestAdditions()) {
      Course added = course("new", List.of(), CompetencyLevel.of(a.competency(), a.level()));
      List<Course> more = new java.util.ArrayList<>(CATALOGUE);
      more.add(added);
      CoverageReport after = CoverageAnalysis.of(MODEL, more).report(0);
      for (RoleCoverage role : after.roles()) {
        if (a.roles().contains(role.role())) {
          assertThat(role.reachableWithPractice()).as("%s after adding %s", role.role(), a)
              .isTrue();
        }
      }
      long closedBefore = report.roles().stream().mapToLong(RoleCoverage::closable).sum();
      long closedAfter = after.roles().stream().mapToLong(RoleCoverage::closable).sum();
      assertThat(closedAfter - closedBefore).isEqualTo(a.requirementsClosed());
    }
  }

  @Test
  void topNAdditions() {
    assertThat(CoverageAnalysis.of(MODEL).report(2).bestAdditions())
        .extracting(CoverageAddition::competency).containsExactly(c("b"), c("c"));
    assertThat(CoverageAnalysis.of(MODEL).report(0).bestAdditions()).isEmpty();
    assertThatThrownBy(() -> CoverageAnalysis.of(MODEL).report(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }

  @Test
  void anotherCatalogueReplacesTheModelsCourses() {
    List<Course> other = List.of(
        course("big", List.of(), CompetencyLevel.of(c("b"), 3), CompetencyLevel.of(c("c"), 3),
            CompetencyLevel.of(c("a"), 1)),
        // a competency the model lacks is ignored, not an error
        course("odd", List.of(), CompetencyLevel.of(c("zz"), 4), CompetencyLevel.of(c("a"), 1)));
    CoverageReport o = CoverageAnalysis.of(MODEL, other).report(10);
    assertThat(o.competencies().get(0))
        .isEqualTo(new CompetencyCoverage(c("a"), 1, List.of(k("big"), k("odd")), 2, 2, false));
    assertThat(o.uncovered()).extracting(CompetencyCoverage::competency)
        .containsExactly(c("a"), c("d"));
    assertThat(o.competencies()).extracting(CompetencyCoverage::competency)
        .doesNotContain(c("zz"));
    assertThat(o.roles()).filteredOn(RoleCoverage::fullyReachable).extracting(RoleCoverage::role)
        .containsExactly(r("r2"), r("r4"), r("r6"), r("r7"));
  }

  @Test
  void anEmptyCatalogueCoversNothing() {
    CoverageReport empty = CoverageAnalysis.of(MODEL, List.of()).report(10);
    assertThat(empty.competencies()).allMatch(x -> x.maxLevel() == 0 && x.courses().isEmpty());
    assertThat(empty.roles()).filteredOn(RoleCoverage::fullyReachable)
        .extracting(RoleCoverage::role).containsExactly(r("r4"));
    // Beside what is learned on the job (d), r5 lacks only b:2 and r7 only c:1; r3 lacks only d.
    assertThat(empty.bestAdditions()).containsExactly(
        new CoverageAddition(c("b"), 2, List.of(r("r5")), 1),
        new CoverageAddition(c("c"), 1, List.of(r("r7")), 1));
  }
}
