package org.sppathways.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sppathways.training.TrainingPlannerTest.CATALOGUE;
import static org.sppathways.training.TrainingPlannerTest.MODEL;
import static org.sppathways.training.TrainingPlannerTest.TARGETS;
import static org.sppathways.training.TrainingPlannerTest.course;
import static org.sppathways.training.TrainingPlannerTest.ks;
import static org.sppathways.training.TrainingPlannerTest.t;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Course;

/**
 * The planner's inner steps, each worked out by hand: the greedy first plan (seen alone with a
 * node limit of 1, where the search stops before it can improve on it), its tie order, how
 * prerequisites are costed, and how the final plan is pruned.
 */
class TrainingPlannerSearchTest {

  private static TrainingPlan greedy(List<Course> catalogue, List<CompetencyLevel> targets,
      Objective objective) {
    return TrainingPlanner.of(MODEL, catalogue).withNodeLimit(1)
        .plan(targets, Map.of(), Set.of(), objective);
  }

  private static TrainingPlan exact(List<Course> catalogue, List<CompetencyLevel> targets,
      Objective objective) {
    return TrainingPlanner.of(MODEL, catalogue).plan(targets, Map.of(), Set.of(), objective);
  }

  @Nested
  class GreedyFirstPlan {

    /**
     * By cost per target closed: zz with base (50 for z:2, ratio 1/50) first, then combo (100 for
     * y:2), then xadv (300 for x:3, base already taken): 450, where the optimum is 410.
     */
    @Test
    void theGreedyPlanOfTheHandMadeCatalogue() {
      TrainingPlan p = greedy(CATALOGUE, TARGETS, Objective.COST);

      // then pruned: base goes, as combo's x:2 holds all base teaches before xadv and zz begin
      assertThat(p.courses()).isEqualTo(ks("combo", "xadv", "zz"));
      assertThat(p.cost()).isEqualTo(450);
      assertThat(p.hours()).isEqualTo(31);
      assertThat(p.optimal()).isFalse();
    }

    @Test
    void targetsAlreadyClosedDoNotCountAgain() {
      // r (0.1) closes x first; then q (1.0, y only) beats p (1.5, x and y), as x is closed
      List<Course> catalogue = List.of(course("p", 1.5, 0, List.of(), t("x", 1), t("y", 1)),
          course("q", 1, 0, List.of(), t("y", 1)), course("r", 0.1, 0, List.of(), t("x", 1)));

      TrainingPlan p = greedy(catalogue, List.of(t("x", 1), t("y", 1)), Objective.HOURS);

      assertThat(p.courses()).isEqualTo(ks("q", "r"));
      assertThat(p.hours()).isEqualTo(1.1);
    }

    @Test
    void whatAPrerequisiteClosesCountsForTheCourseThatNeedsIt() {
      // c (0.4) with its prerequisite pre (1.6) closes x and y for 2 hours (ratio 1); d and e
      // close one each for 1.5 (ratio 2/3), pre alone closes x at ratio 1/1.6
      List<Course> catalogue = List.of(course("c", 0.4, 0, List.of("pre"), t("y", 1)),
          course("d", 1.5, 0, List.of(), t("x", 1)), course("e", 1.5, 0, List.of(), t("y", 1)),
          course("pre", 1.6, 0, List.of(), t("x", 1)));

      TrainingPlan p = greedy(catalogue, List.of(t("x", 1), t("y", 1)), Objective.HOURS);

      assertThat(p.courses()).isEqualTo(ks("pre", "c"));
      assertThat(p.hours()).isEqualTo(2);
    }

    @Test
    void equalRatiosGoToTheCourseClosingMoreTargets() {
      // both: 2 targets for 2 hours; a and b: 1 for 1 each. The optimum ties at 2 hours, and the
      // search keeps the greedy plan unless it finds a strictly better one.
      List<Course> catalogue = List.of(course("a", 1, 0, List.of(), t("x", 1)),
          course("both", 2, 0, List.of(), t("x", 1), t("y", 1)),
          course("b", 1, 0, List.of(), t("y", 1)));
      List<CompetencyLevel> targets = List.of(t("x", 1), t("y", 1));

      assertThat(greedy(catalogue, targets, Objective.HOURS).courses()).isEqualTo(ks("both"));
      assertThat(exact(catalogue, targets, Objective.HOURS).courses()).isEqualTo(ks("both"));
    }

    @Test
    void equalRatiosAndGainsGoToTheSmallerCourseId() {
      List<Course> catalogue = List.of(course("x2", 1, 0, List.of(), t("x", 1)),
          course("x1", 1, 0, List.of(), t("x", 1)), course("x3", 1, 0, List.of(), t("x", 1)));

      assertThat(greedy(catalogue, List.of(t("x", 1)), Objective.HOURS).courses())
          .isEqualTo(ks("x1"));
      assertThat(exact(catalogue, List.of(t("x", 1)), Objective.HOURS).courses())
          .isEqualTo(ks("x1"));
    }

    @Test
    void ratiosEqualUpToRoundingAreEqual() {
      // a with pre costs 0.2 + 0.1 = 0.30000000000000004 hours for three targets, b 0.3: the
      // ratios differ in the last bit only, so the smaller id, a, wins
      List<Course> catalogue = List.of(
          course("b", 0.3, 0, List.of(), t("x", 1), t("y", 1), t("z", 1)),
          course("a", 0.2, 0, List.of("pre"), t("x", 1), t("y", 1), t("z", 1)),
          course("pre", 0.1, 0, List.of()));
      List<CompetencyLevel> targets = List.of(t("x", 1), t("y", 1), t("z", 1));

      assertThat(greedy(catalogue, targets, Objective.HOURS).courses())
          .isEqualTo(ks("pre", "a"));
      assertThat(exact(catalogue, targets, Objective.HOURS).courses())
          .isEqualTo(ks("pre", "a"));
    }
  }

  @Nested
  class Prerequisites {

    /**
     * top needs left and right, which both need root (10 hours): top's bundle is 13 hours, root
     * counted once, so it beats alt (20 hours).
     */
    @Test
    void aSharedPrerequisiteIsCountedOnce() {
      List<Course> catalogue = List.of(course("alt", 20, 0, List.of(), t("x", 1)),
          course("left", 1, 0, List.of("root")), course("right", 1, 0, List.of("root")),
          course("root", 10, 0, List.of()), course("top", 1, 0, List.of("left", "right"),
              t("x", 1)));

      TrainingPlan p = exact(catalogue, List.of(t("x", 1)), Objective.HOURS);

      assertThat(p.courses()).isEqualTo(ks("root", "left", "right", "top"));
      assertThat(p.hours()).isEqualTo(13);
      assertThat(greedy(catalogue, List.of(t("x", 1)), Objective.HOURS).courses())
          .isEqualTo(ks("root", "left", "right", "top"));
    }
  }

  @Nested
  class NodeLimit {

    /**
     * The greedy plan takes a (4, best ratio 1/4) then b (14, closes y and w: 2/14 beats 1/9 and
     * 1/8): 18, pruned to b alone, 14. The search branches first on y, cheapest first: xy then w
     * is a complete plan of 17, lighter than the greedy 18 before pruning but heavier than its 14
     * after. Compared after pruning, it never replaces the greedy plan, so stopping the search
     * just after it does not return a worse plan than stopping at once.
     */
    @Test
    void aLargerNodeLimitNeverGivesAWorsePlan() {
      List<Course> catalogue = List.of(course("a", 1, 4, List.of(), t("x", 1)),
          course("b", 1, 14, List.of(), t("x", 1), t("y", 1), t("w", 1)),
          course("xy", 1, 9, List.of(), t("x", 1), t("y", 1)),
          course("w", 1, 8, List.of(), t("w", 1)));
      List<CompetencyLevel> targets = List.of(t("x", 1), t("y", 1), t("w", 1));

      double previous = Double.POSITIVE_INFINITY;
      for (int limit = 1; limit <= 10; limit++) {
        TrainingPlan p = TrainingPlanner.of(MODEL, catalogue).withNodeLimit(limit)
            .plan(targets, Map.of(), Set.of(), Objective.COST);
        assertThat(p.cost()).as("cost with %d nodes: %s", limit, p.courses())
            .isLessThanOrEqualTo(previous);
        previous = p.cost();
      }
      assertThat(greedy(catalogue, targets, Objective.COST).courses()).isEqualTo(ks("b"));
      assertThat(exact(catalogue, targets, Objective.COST).courses()).isEqualTo(ks("b"));
    }
  }

  @Nested
  class Pruning {

    /** As {@code aFreeCourseThatClosesNothingExtraIsLeftOut}, with the courses the other way round. */
    @Test
    void aFreeCourseThatClosesNothingExtraIsLeftOutWhateverItsPosition() {
      List<Course> catalogue = List.of(course("both", 5, 100, List.of(), t("x", 1), t("y", 1)),
          course("free", 10, 0, List.of(), t("x", 1)));

      TrainingPlan p = exact(catalogue, List.of(t("x", 1), t("y", 1)), Objective.COST);

      assertThat(p.courses()).isEqualTo(ks("both"));
      assertThat(p.hours()).isEqualTo(5);
    }
  }
}
