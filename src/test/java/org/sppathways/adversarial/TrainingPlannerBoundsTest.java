package org.sppathways.adversarial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sppathways.model.Competency;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.WorkforceModel;
import org.sppathways.training.Objective;
import org.sppathways.training.TrainingPlan;
import org.sppathways.training.TrainingPlanner;

/**
 * Set cover is NP-hard, so a gap with many targets and many overlapping courses makes the exact
 * planner's branch and bound explode; it stops at its node limit and says so
 * ({@code optimal = false}), with a plan that still closes every closable target.
 */
class TrainingPlannerBoundsTest {

  /** A model of {@code targets} competencies and courses covering random sets of 2 to 6. */
  private static TrainingPlanner planner(int targets, int courses, long seed) {
    Random random = new Random(seed);
    WorkforceModel.Builder b = WorkforceModel.builder().name("set cover")
        .scale(ProficiencyScale.of("Awareness", "Working"));
    for (int c = 0; c < targets; c++) {
      b.addCompetency(Competency.builder().id(competency(c)).name("C" + c).domain("d").build());
    }
    WorkforceModel model = b.build();
    List<Course> catalogue = new ArrayList<>();
    for (int k = 0; k < courses; k++) {
      Course.Builder course = Course.builder().id(CourseId.of(String.format("k%04d", k)))
          .title("Course " + k).hours(10 + random.nextInt(90)).cost(100 + random.nextInt(900));
      int size = Math.min(targets, 2 + random.nextInt(5));
      random.ints(0, targets).distinct().limit(size)
          .forEach(c -> course.addCover(CompetencyLevel.of(competency(c), 1)));
      catalogue.add(course.build());
    }
    return TrainingPlanner.of(model, catalogue);
  }

  private static CompetencyId competency(int c) {
    return CompetencyId.of(String.format("c%03d", c));
  }

  private static List<CompetencyLevel> allTargets(int targets) {
    List<CompetencyLevel> all = new ArrayList<>();
    for (int c = 0; c < targets; c++) {
      all.add(CompetencyLevel.of(competency(c), 1));
    }
    return all;
  }

  @ParameterizedTest(name = "{0} targets, {1} courses")
  @CsvSource({"40, 200", "80, 400", "150, 1000"})
  void hardSetCoverStopsAtTheNodeLimitWithAPlanThatClosesEveryTarget(int targets, int courses) {
    TrainingPlanner planner = planner(targets, courses, 7);
    long start = System.nanoTime();
    TrainingPlan plan = planner.plan(allTargets(targets), Map.of(), Set.of(), Objective.HOURS);
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    System.out.printf("training plan, %d targets, %d courses, node limit %,d: optimal=%s, "
        + "%d courses, %.0f hours, %d ms%n", targets, courses, planner.nodeLimit(),
        plan.optimal(), plan.courses().size(), plan.hours(), took.toMillis());
    assertThat(plan.closes().size() + plan.unclosable().size()).isEqualTo(targets);
    assertThat(took).isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void aSmallerNodeLimitStopsSoonerAndSaysTheResultMayNotBeOptimal() {
    TrainingPlanner planner = planner(80, 400, 7).withNodeLimit(100);
    TrainingPlan plan = planner.plan(allTargets(80), Map.of(), Set.of(), Objective.HOURS);

    assertThat(plan.optimal()).isFalse();
    assertThat(plan.closes().size() + plan.unclosable().size()).isEqualTo(80);
  }

  @Test
  void badNodeLimitsAreRejectedWithTheValue() {
    TrainingPlanner planner = planner(3, 3, 1);
    assertThatThrownBy(() -> planner.withNodeLimit(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the node limit must be 1 or more, was 0");
    assertThatThrownBy(() -> planner.withNodeLimit(Integer.MIN_VALUE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-2147483648");
  }
}
