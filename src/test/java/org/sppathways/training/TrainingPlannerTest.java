package org.sppathways.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sppathways.gaps.GapAnalysis;
import org.sppathways.gaps.GapReport;
import org.sppathways.model.Competency;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.ModelException;
import org.sppathways.model.PersonId;
import org.sppathways.model.Problem;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;

/**
 * Training plans on a hand-made catalogue, each optimum worked out by hand.
 *
 * <pre>
 * course  covers              needs   hours  cost
 * base    x:1                          2       0
 * xadv    x:3                 base    10     300
 * combo   x:2 y:2                     20     100
 * yonly   y:3                          5     400
 * mega    x:3 y:2 z:2                100    1000
 * zz      z:2                 base     1      50
 * zadv    z:3                 xadv     3      10
 * </pre>
 * Nothing teaches w. Role {@code dest} requires x:3 y:2 z:2 and, desirably, w:1.
 */
class TrainingPlannerTest {

  static CompetencyId c(String id) {
    return CompetencyId.of(id);
  }

  static CourseId k(String id) {
    return CourseId.of(id);
  }

  static CompetencyLevel t(String competency, int level) {
    return CompetencyLevel.of(c(competency), level);
  }

  static List<CourseId> ks(String... ids) {
    return java.util.Arrays.stream(ids).map(CourseId::of).toList();
  }

  static Course course(String id, double hours, double cost, List<String> needs,
      CompetencyLevel... covers) {
    Course.Builder b = Course.builder().id(k(id)).title("Course " + id).hours(hours).cost(cost)
        .addCovers(covers);
    needs.forEach(n -> b.addPrerequisite(k(n)));
    return b.build();
  }

  static final List<Course> CATALOGUE = List.of(
      course("base", 2, 0, List.of(), t("x", 1)),
      course("xadv", 10, 300, List.of("base"), t("x", 3)),
      course("combo", 20, 100, List.of(), t("x", 2), t("y", 2)),
      course("yonly", 5, 400, List.of(), t("y", 3)),
      course("mega", 100, 1000, List.of(), t("x", 3), t("y", 2), t("z", 2)),
      course("zz", 1, 50, List.of("base"), t("z", 2)),
      course("zadv", 3, 10, List.of("xadv"), t("z", 3)));

  static final WorkforceModel MODEL = model();

  static WorkforceModel model() {
    WorkforceModel.Builder b = WorkforceModel.builder().name("planner")
        .scale(ProficiencyScale.of("Awareness", "Working", "Practitioner", "Expert"));
    for (String id : List.of("x", "y", "z", "w")) {
      b.addCompetency(Competency.builder().id(c(id)).name(id).domain("d").build());
    }
    b.addRole(Role.builder().id(RoleId.of("dest")).title("Destination")
        .addRequirement(Requirement.of(c("x"), 3)).addRequirement(Requirement.of(c("y"), 2))
        .addRequirement(Requirement.of(c("z"), 2)).addRequirement(Requirement.desirable(c("w"), 1))
        .build());
    b.addRole(Role.builder().id(RoleId.of("from")).title("Source")
        .addRequirement(Requirement.of(c("x"), 1)).build());
    CATALOGUE.forEach(b::addCourse);
    return b.build();
  }

  static final List<CompetencyLevel> TARGETS = List.of(t("x", 3), t("y", 2), t("z", 2), t("w", 1));

  private final TrainingPlanner planner = TrainingPlanner.of(MODEL);

  private TrainingPlan plan(Objective objective) {
    return planner.plan(TARGETS, Map.of(), Set.of(), objective);
  }

  @Nested
  class Objectives {
    @Test
    void leastHours() {
      // x:3 by base+xadv (12 h), y:2 by yonly (5 h), z:2 by zz (1 h, base already taken)
      TrainingPlan p = plan(Objective.HOURS);
      assertThat(p.courses()).isEqualTo(ks("base", "xadv", "yonly", "zz"));
      assertThat(p.hours()).isEqualTo(18);
      assertThat(p.cost()).isEqualTo(750);
      assertThat(p.optimal()).isTrue();
      assertThat(p.objective()).isEqualTo(Objective.HOURS);
    }

    @Test
    void leastCost() {
      // x:3 by xadv (300; combo's x:2 holds all base teaches, so base is not needed), y:2 by
      // combo (100), z:2 by zadv (10, xadv already taken)
      TrainingPlan p = plan(Objective.COST);
      assertThat(p.courses()).isEqualTo(ks("combo", "xadv", "zadv"));
      assertThat(p.cost()).isEqualTo(410);
      assertThat(p.hours()).isEqualTo(33);
      assertThat(p.optimal()).isTrue();
    }

    @Test
    void fewestCourses() {
      TrainingPlan p = plan(Objective.COUNT);
      assertThat(p.courses()).isEqualTo(ks("mega"));
      assertThat(p.hours()).isEqualTo(100);
      assertThat(p.cost()).isEqualTo(1000);
    }

    /**
     * free (cost 0) reaches a:1; both (cost 100) reaches a:1 and b:1. Both plans {both} and
     * {free, both} cost 100, but free adds 10 hours and closes nothing both does not.
     */
    @Test
    void aFreeCourseThatClosesNothingExtraIsLeftOut() {
      List<Course> catalogue = List.of(course("free", 10, 0, List.of(), t("x", 1)),
          course("both", 5, 100, List.of(), t("x", 1), t("y", 1)));
      TrainingPlan p = TrainingPlanner.of(MODEL, catalogue)
          .plan(List.of(t("x", 1), t("y", 1)), Map.of(), Set.of(), Objective.COST);
      assertThat(p.cost()).isEqualTo(100);
      assertThat(p.courses()).isEqualTo(ks("both"));
    }

    @Test
    void weights() {
      Course mega = CATALOGUE.get(4);
      assertThat(Objective.HOURS.weight(mega)).isEqualTo(100);
      assertThat(Objective.COST.weight(mega)).isEqualTo(1000);
      assertThat(Objective.COUNT.weight(mega)).isEqualTo(1);
    }
  }

  @Nested
  class TargetsAndHoldings {
    @Test
    void closableAndUnclosableInTargetOrder() {
      TrainingPlan p = plan(Objective.HOURS);
      assertThat(p.closes()).containsExactly(t("x", 3), t("y", 2), t("z", 2));
      assertThat(p.unclosable()).containsExactly(t("w", 1));
    }

    @Test
    void nothingToDo() {
      TrainingPlan p = planner.plan(List.of(), Map.of(), Set.of(), Objective.HOURS);
      assertThat(p.courses()).isEmpty();
      assertThat(p.hours()).isZero();
      assertThat(p.cost()).isZero();
      assertThat(p.optimal()).isTrue();
    }

    @Test
    void onlyUnclosableTargets() {
      TrainingPlan p = planner.plan(List.of(t("w", 1), t("x", 4)), Map.of(), Set.of(), Objective.COST);
      assertThat(p.courses()).isEmpty();
      assertThat(p.closes()).isEmpty();
      assertThat(p.unclosable()).containsExactly(t("w", 1), t("x", 4));
    }

    @Test
    void heldLevelsNeedNoCourse() {
      TrainingPlan p = planner.plan(TARGETS, Map.of(c("x"), 3, c("y"), 2, c("w"), 1), Set.of(),
          Objective.HOURS);
      assertThat(p.closes()).containsExactly(t("z", 2));
      assertThat(p.unclosable()).isEmpty();
      // x:3 is held, so base's x:1 is too: zz may begin without base
      assertThat(p.courses()).isEqualTo(ks("zz"));
    }

    @Test
    void aCompetencyListedTwiceCountsAtItsHighestLevel() {
      TrainingPlan p = planner.plan(List.of(t("x", 2), t("x", 3)), Map.of(), Set.of(),
          Objective.HOURS);
      assertThat(p.closes()).containsExactly(t("x", 3));
      assertThat(p.courses()).isEqualTo(ks("base", "xadv"));
    }
  }

  @Nested
  class CompletedCoursesAndPrerequisites {
    @Test
    void aCompletedPrerequisiteIsNotPlannedAgain() {
      TrainingPlan p = planner.plan(TARGETS, Map.of(), Set.of(k("base")), Objective.HOURS);
      assertThat(p.courses()).isEqualTo(ks("xadv", "yonly", "zz"));
      assertThat(p.hours()).isEqualTo(16);
    }

    @Test
    void prerequisitesOfACompletedCourseAreNotNeeded() {
      // zadv needs xadv (completed), which needed base: base is not planned
      TrainingPlan p = planner.plan(List.of(t("z", 3)), Map.of(), Set.of(k("xadv")), Objective.HOURS);
      assertThat(p.courses()).isEqualTo(ks("zadv"));
    }

    @Test
    void aCompletedCourseIsNeverPlannedAgainEvenIfTheTargetIsStillOpen() {
      TrainingPlan p = planner.plan(List.of(t("x", 3)), Map.of(), Set.of(k("xadv")), Objective.HOURS);
      assertThat(p.courses()).isEqualTo(ks("mega"));
      TrainingPlan none = planner.plan(List.of(t("x", 3)), Map.of(), Set.of(k("xadv"), k("mega")),
          Objective.HOURS);
      assertThat(none.courses()).isEmpty();
      assertThat(none.unclosable()).containsExactly(t("x", 3));
    }

    @Test
    void prerequisitesComeFirstAcrossAChain() {
      TrainingPlan p = planner.plan(List.of(t("z", 3)), Map.of(), Set.of(), Objective.HOURS);
      assertThat(p.courses()).isEqualTo(ks("base", "xadv", "zadv"));
    }

    @Test
    void unknownCompletedCoursesAreIgnored() {
      TrainingPlan p = planner.plan(List.of(t("z", 3)), Map.of(), Set.of(k("elsewhere")),
          Objective.HOURS);
      assertThat(p.courses()).isEqualTo(ks("base", "xadv", "zadv"));
    }
  }

  @Nested
  class FromGapReports {
    private final GapAnalysis gaps = GapAnalysis.of(MODEL);
    private final WorkerProfile person = WorkerProfile.builder().id(PersonId.of("p"))
        .putHold(c("y"), 2).addCompleted(k("base")).build();

    @Test
    void aPersonsGapCountsTheirCompletedCourses() {
      GapReport gap = gaps.gap(person, RoleId.of("dest"));
      TrainingPlan p = planner.plan(person, gap, Objective.HOURS);
      assertThat(p.courses()).isEqualTo(ks("xadv", "zz"));
      assertThat(p.closes()).containsExactly(t("x", 3), t("z", 2));
      assertThat(p.unclosable()).containsExactly(t("w", 1));
    }

    @Test
    void aGapReportAloneKnowsOnlyTheLevelsItShows() {
      // the report shows x held at 1, taught by the completed base course: holding every level
      // base teaches meets xadv's prerequisite, so base is not planned although the report does
      // not say it was completed
      GapReport gap = gaps.gap(person, RoleId.of("dest"));
      assertThat(gap.requirements()).filteredOn(g -> g.competency().equals(c("x")))
          .singleElement().satisfies(g -> assertThat(g.held()).isEqualTo(1));
      assertThat(planner.plan(gap, Objective.HOURS).courses()).isEqualTo(ks("xadv", "zz"));
    }

    @Test
    void roleToRole() {
      // from holds x:1, all that base teaches, so xadv may begin without base; dest needs x:3
      // y:2 z:2 w:1
      GapReport gap = gaps.gap(RoleId.of("from"), RoleId.of("dest"));
      TrainingPlan p = planner.plan(gap, Objective.COST);
      assertThat(p.courses()).isEqualTo(ks("combo", "xadv", "zadv"));
      assertThat(p.unclosable()).containsExactly(t("w", 1));
    }
  }

  @Nested
  class SearchBound {
    @Test
    void theDefaultBound() {
      assertThat(planner.nodeLimit()).isEqualTo(TrainingPlanner.DEFAULT_NODE_LIMIT);
      assertThat(planner.withNodeLimit(7).nodeLimit()).isEqualTo(7);
      assertThat(planner.catalogue()).isEqualTo(CATALOGUE);
    }

    @Test
    void hittingTheBoundGivesAFeasiblePlanFlaggedNotOptimal() {
      TrainingPlan p = planner.withNodeLimit(1).plan(TARGETS, Map.of(), Set.of(), Objective.COST);
      assertThat(p.optimal()).isFalse();
      assertThat(p.cost()).isGreaterThanOrEqualTo(410);
      assertThat(p.closes()).containsExactly(t("x", 3), t("y", 2), t("z", 2));
      assertFeasible(MODEL, p, Set.of());
    }

    @Test
    void aBoundBelowOneIsRejected() {
      assertThatThrownBy(() -> planner.withNodeLimit(0))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    }
  }

  @Nested
  class CatalogueErrors {
    @Test
    void duplicateIds() {
      List<Course> dup = List.of(course("a", 1, 1, List.of(), t("x", 1)),
          course("a", 2, 2, List.of(), t("y", 1)));
      assertThatThrownBy(() -> TrainingPlanner.of(MODEL, dup))
          .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.problems())
              .containsExactly(Problem.of("courses[1].id", "duplicate course id 'a' in the catalogue")))
          .hasMessageContaining("the course catalogue is invalid");
    }

    @Test
    void unknownPrerequisite() {
      List<Course> ghost = List.of(course("a", 1, 1, List.of("ghost"), t("x", 1)));
      assertThatThrownBy(() -> TrainingPlanner.of(MODEL, ghost))
          .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.problems())
              .containsExactly(Problem.of("courses[0].prerequisites[0]", "unknown course 'ghost'")
                  .withSuggestion("add the prerequisite to the catalogue")));
    }

    @Test
    void prerequisiteLoop() {
      List<Course> loop = List.of(course("a", 1, 1, List.of("b"), t("x", 1)),
          course("b", 1, 1, List.of("a"), t("y", 1)));
      assertThatThrownBy(() -> TrainingPlanner.of(MODEL, loop))
          .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.problems())
              .extracting(Problem::location, Problem::message).containsExactly(
                  org.assertj.core.groups.Tuple.tuple("courses[0].prerequisites",
                      "course 'a' is its own prerequisite through a loop"),
                  org.assertj.core.groups.Tuple.tuple("courses[1].prerequisites",
                      "course 'b' is its own prerequisite through a loop")));
    }

    @Test
    void aCourseLeadingIntoALoopIsNotItselfInTheLoop() {
      List<Course> loop = List.of(course("c", 1, 1, List.of("a"), t("z", 1)),
          course("a", 1, 1, List.of("b"), t("x", 1)),
          course("b", 1, 1, List.of("a"), t("y", 1)));
      assertThatThrownBy(() -> TrainingPlanner.of(MODEL, loop))
          .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.problems())
              .extracting(Problem::message).containsExactly(
                  "course 'a' is its own prerequisite through a loop",
                  "course 'b' is its own prerequisite through a loop"));
    }

    @Test
    void everyProblemIsReportedTogether() {
      List<Course> bad = List.of(course("a", 1, 1, List.of("ghost"), t("x", 1)),
          course("a", 1, 1, List.of("phantom"), t("x", 1)));
      assertThatThrownBy(() -> TrainingPlanner.of(MODEL, bad))
          .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.problems()).hasSize(3));
    }

    @Test
    void theCommissionerChecksItsCatalogueTheSameWay() {
      List<Course> ghost = List.of(course("a", 1, 1, List.of("ghost"), t("x", 1)));
      assertThatThrownBy(() -> Commissioner.of(MODEL, ghost)).isInstanceOf(ModelException.class)
          .hasMessageContaining("unknown course 'ghost'");
    }
  }

  /** Prerequisites before the courses that need them, no completed course, no course twice. */
  static void assertFeasible(WorkforceModel model, TrainingPlan p, Set<CourseId> completed) {
    assertFeasible(model, p, Map.of(), completed);
  }

  /**
   * The plan, taken in its order, begins each course with every prerequisite met: completed
   * before, taken earlier in the plan, or (for a prerequisite that teaches something) every level
   * it teaches held by then, from the start or from earlier courses of the plan.
   */
  static void assertFeasible(WorkforceModel model, TrainingPlan p, Map<CompetencyId, Integer> held,
      Set<CourseId> completed) {
    Set<CourseId> taken = new HashSet<>(completed);
    Map<CompetencyId, Integer> levels = new java.util.HashMap<>(held);
    for (CourseId id : p.courses()) {
      Course course = model.course(id);
      assertThat(completed).doesNotContain(id);
      for (CourseId pre : course.prerequisites()) {
        List<CompetencyLevel> teaches = model.course(pre).covers();
        boolean levelsHeld = !teaches.isEmpty() && teaches.stream()
            .allMatch(v -> levels.getOrDefault(v.competency(), 0) >= v.level());
        assertThat(taken.contains(pre) || levelsHeld)
            .as("prerequisite %s of %s met when it begins", pre, id).isTrue();
      }
      assertThat(taken.add(id)).as("%s planned once", id).isTrue();
      course.covers().forEach(v -> levels.merge(v.competency(), v.level(), Math::max));
    }
    for (CompetencyLevel target : p.closes()) {
      assertThat(p.courses().stream().map(model::course)).as("a course reaches %s", target)
          .anyMatch(k -> k.covers().stream().anyMatch(cv -> cv.competency().equals(target.competency())
              && cv.level() >= target.level()));
    }
  }
}
