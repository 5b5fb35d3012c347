package org.sppathways.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.WorkforceModel;

/**
 * The planner's fallback and the shape of its plans, on the random instances of
 * {@link TrainingPlannerProperties}: the greedy plan (what a search bound of one node returns)
 * stays within H(n) of the optimum when there are no prerequisites (Chvátal 1979), and no course
 * of a plan is there for nothing.
 */
class TrainingPlannerBoundProperties {

  @Property(tries = 300, seed = "62001")
  void withoutPrerequisitesTheGreedyPlanIsWithinHarmonicOfTheOptimum(@ForAll long seed,
      @ForAll("objectives") Objective objective) {
    TrainingPlannerProperties.Instance in = withoutPrerequisites(TrainingPlannerProperties.instance(seed));
    TrainingPlanner planner = TrainingPlanner.of(in.model());
    TrainingPlan exact = planner.plan(in.targets(), in.held(), in.completed(), objective);
    TrainingPlan greedy = planner.withNodeLimit(1)
        .plan(in.targets(), in.held(), in.completed(), objective);
    assertThat(greedy.closes()).isEqualTo(exact.closes());
    assertThat(greedy.unclosable()).isEqualTo(exact.unclosable());
    TrainingPlannerTest.assertFeasible(in.model(), greedy, in.completed());
    double harmonic = 0;
    for (int i = 1; i <= exact.closes().size(); i++) {
      harmonic += 1.0 / i;
    }
    double best = weight(in.model(), exact, objective);
    assertThat(exact.optimal()).isTrue();
    assertThat(weight(in.model(), greedy, objective))
        .as("greedy within H(%d) = %.3f of %s", exact.closes().size(), harmonic, best)
        .isLessThanOrEqualTo(harmonic * best + 1e-9)
        .isGreaterThanOrEqualTo(best - 1e-9);
  }

  /**
   * A course whose removal leaves every claimed target reached and every prerequisite met adds
   * hours, cost or a course for nothing. With positive weights an optimal plan never has one
   * (with zero weights it can: see {@code TrainingPlannerTest.aFreeCourseThatClosesNothingExtraIsLeftOut}).
   */
  @Property(tries = 400, seed = "62002")
  void withPositiveWeightsNoCourseOfAnOptimalPlanIsRedundant(@ForAll long seed,
      @ForAll("objectives") Objective objective) {
    TrainingPlannerProperties.Instance in = withPositiveWeights(TrainingPlannerProperties.instance(seed));
    TrainingPlan plan = TrainingPlanner.of(in.model())
        .plan(in.targets(), in.held(), in.completed(), objective);
    assertThat(redundant(in, plan)).as("redundant courses in %s", plan.courses()).isEmpty();
  }

  static List<CourseId> redundant(TrainingPlannerProperties.Instance in, TrainingPlan plan) {
    List<CourseId> out = new ArrayList<>();
    for (CourseId drop : plan.courses()) {
      Set<CourseId> rest = new HashSet<>(plan.courses());
      rest.remove(drop);
      boolean prerequisitesMet = TrainingPlannerProperties.feasible(rest, in.model(), in.held(),
          in.completed());
      boolean closesAll = true;
      for (CompetencyLevel t : plan.closes()) {
        closesAll &= rest.stream().map(in.model()::course).anyMatch(c -> c.covers().stream()
            .anyMatch(v -> v.competency().equals(t.competency()) && v.level() >= t.level()));
      }
      if (prerequisitesMet && closesAll) {
        out.add(drop);
      }
    }
    return out;
  }

  static double weight(WorkforceModel model, TrainingPlan plan, Objective objective) {
    return plan.courses().stream().map(model::course).mapToDouble(objective::weight).sum();
  }

  static TrainingPlannerProperties.Instance withoutPrerequisites(TrainingPlannerProperties.Instance in) {
    return rebuild(in, c -> Course.builder().from(c).prerequisites(List.of()).build());
  }

  static TrainingPlannerProperties.Instance withPositiveWeights(TrainingPlannerProperties.Instance in) {
    return rebuild(in, c -> Course.builder().from(c).hours(c.hours() + 1).cost(c.cost() + 1).build());
  }

  private static TrainingPlannerProperties.Instance rebuild(TrainingPlannerProperties.Instance in,
      java.util.function.UnaryOperator<Course> change) {
    WorkforceModel.Builder b = WorkforceModel.builder().name(in.model().name())
        .scale(in.model().scale()).addCompetencies(in.model().competencies());
    in.model().courses().forEach(c -> b.addCourse(change.apply(c)));
    return new TrainingPlannerProperties.Instance(b.build(), in.targets(), in.held(), in.completed());
  }

  @Provide
  Arbitrary<Objective> objectives() {
    return Arbitraries.of(Objective.class);
  }
}
