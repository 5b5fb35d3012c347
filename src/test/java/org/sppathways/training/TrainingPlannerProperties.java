package org.sppathways.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.sppathways.model.Competency;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.WorkforceModel;

/** The planner against brute force over every subset of a small random catalogue. */
class TrainingPlannerProperties {

  /** A random instance: catalogue, targets, held levels and completed courses. */
  record Instance(WorkforceModel model, List<CompetencyLevel> targets,
      Map<CompetencyId, Integer> held, Set<CourseId> completed) {}

  static Instance instance(long seed) {
    Random random = new Random(seed);
    int competencies = 1 + random.nextInt(5);
    int courses = random.nextInt(9);
    WorkforceModel.Builder b = WorkforceModel.builder().name("random")
        .scale(ProficiencyScale.of("A", "B", "C", "D"));
    for (int c = 0; c < competencies; c++) {
      b.addCompetency(Competency.builder().id(CompetencyId.of("c" + c)).name("C" + c)
          .domain("d").build());
    }
    for (int k = 0; k < courses; k++) {
      Course.Builder course = Course.builder().id(CourseId.of("k" + k)).title("K" + k)
          .hours(random.nextInt(4) * 2.5).cost(random.nextInt(5) * 100);
      Set<Integer> covered = new HashSet<>();
      int covers = random.nextInt(3);
      for (int j = 0; j < covers; j++) {
        int c = random.nextInt(competencies);
        if (covered.add(c)) {
          course.addCover(CompetencyLevel.of(CompetencyId.of("c" + c), 1 + random.nextInt(4)));
        }
      }
      for (int p = 0; p < k; p++) {
        if (random.nextInt(5) == 0) {
          course.addPrerequisite(CourseId.of("k" + p));
        }
      }
      b.addCourse(course.build());
    }
    List<CompetencyLevel> targets = new ArrayList<>();
    for (int c = 0; c < competencies; c++) {
      if (random.nextBoolean()) {
        targets.add(CompetencyLevel.of(CompetencyId.of("c" + c), 1 + random.nextInt(4)));
      }
    }
    Map<CompetencyId, Integer> held = new HashMap<>();
    for (int c = 0; c < competencies; c++) {
      if (random.nextInt(4) == 0) {
        held.put(CompetencyId.of("c" + c), random.nextInt(5));
      }
    }
    Set<CourseId> completed = new HashSet<>();
    for (int k = 0; k < courses; k++) {
      if (random.nextInt(6) == 0) {
        completed.add(CourseId.of("k" + k));
      }
    }
    return new Instance(b.build(), targets, held, completed);
  }

  @Property(tries = 400, seed = "20261124")
  void planIsFeasibleOrderedAndAsCheapAsAnyFeasibleSubset(@ForAll long seed,
      @ForAll("objectives") Objective objective) {
    Instance in = instance(seed);
    TrainingPlan plan = TrainingPlanner.of(in.model())
        .plan(in.targets(), in.held(), in.completed(), objective);
    List<Course> catalogue = in.model().courses();

    // Open targets: not met by held levels, at their highest level.
    Map<CompetencyId, Integer> open = new HashMap<>();
    for (CompetencyLevel t : in.targets()) {
      if (in.held().getOrDefault(t.competency(), 0) < t.level()) {
        open.merge(t.competency(), t.level(), Math::max);
      }
    }
    assertThat(plan.closes().size() + plan.unclosable().size()).isEqualTo(open.size());

    // The plan honours prerequisites in order, skips completed courses and closes what it claims.
    Set<CourseId> taken = new HashSet<>(in.completed());
    for (CourseId id : plan.courses()) {
      Course course = in.model().course(id);
      assertThat(in.completed()).doesNotContain(id);
      assertThat(taken).containsAll(course.prerequisites());
      taken.add(id);
    }
    for (CompetencyLevel t : plan.closes()) {
      assertThat(plan.courses().stream().map(in.model()::course))
          .as("a course of the plan reaches %s", t)
          .anyMatch(c -> reaches(c, t));
    }
    for (CompetencyLevel t : plan.unclosable()) {
      assertThat(catalogue).filteredOn(c -> !in.completed().contains(c.id()))
          .noneMatch(c -> reaches(c, t));
    }

    // Brute force: the cheapest prerequisite-closed subset of not-completed courses closing every
    // closable target.
    double bestWeight = Double.POSITIVE_INFINITY;
    int n = catalogue.size();
    for (int mask = 0; mask < (1 << n); mask++) {
      Set<CourseId> chosen = new HashSet<>();
      double w = 0;
      boolean ok = true;
      for (int k = 0; k < n; k++) {
        if ((mask >> k & 1) == 1) {
          if (in.completed().contains(catalogue.get(k).id())) {
            ok = false;
          }
          chosen.add(catalogue.get(k).id());
          w += objective.weight(catalogue.get(k));
        }
      }
      if (!ok) {
        continue;
      }
      for (CourseId id : chosen) {
        for (CourseId p : in.model().course(id).prerequisites()) {
          ok &= chosen.contains(p) || in.completed().contains(p);
        }
      }
      for (CompetencyLevel t : plan.closes()) {
        ok &= chosen.stream().map(in.model()::course).anyMatch(c -> reaches(c, t));
      }
      if (ok) {
        bestWeight = Math.min(bestWeight, w);
      }
    }
    double planWeight = plan.courses().stream().map(in.model()::course)
        .mapToDouble(objective::weight).sum();
    assertThat(plan.optimal()).isTrue();
    assertThat(planWeight).isCloseTo(bestWeight, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Property(tries = 200, seed = "20261125")
  void aSearchBoundOfOneNodeStillGivesAFeasiblePlan(@ForAll long seed) {
    Instance in = instance(seed);
    TrainingPlan plan = TrainingPlanner.of(in.model()).withNodeLimit(1)
        .plan(in.targets(), in.held(), in.completed(), Objective.COST);
    for (CompetencyLevel t : plan.closes()) {
      assertThat(plan.courses().stream().map(in.model()::course)).anyMatch(c -> reaches(c, t));
    }
    Set<CourseId> taken = new HashSet<>(in.completed());
    for (CourseId id : plan.courses()) {
      assertThat(taken).containsAll(in.model().course(id).prerequisites());
      taken.add(id);
    }
  }

  @Property(tries = 50, seed = "20261126")
  void plansAreDeterministic(@ForAll @IntRange(min = 0, max = 100000) int seed) {
    Instance in = instance(seed);
    TrainingPlanner planner = TrainingPlanner.of(in.model());
    assertThat(planner.plan(in.targets(), in.held(), in.completed(), Objective.HOURS))
        .isEqualTo(planner.plan(in.targets(), in.held(), in.completed(), Objective.HOURS));
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Objective> objectives() {
    return net.jqwik.api.Arbitraries.of(Objective.class);
  }

  private static boolean reaches(Course course, CompetencyLevel target) {
    return course.covers().stream().anyMatch(c -> c.competency().equals(target.competency())
        && c.level() >= target.level());
  }
}
