package org.sppathways.training;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * A larger node limit never gives a worse plan: the search is deterministic, its first nodes are
 * the same whatever the limit, and every candidate plan (the greedy one included) is compared
 * after its redundant courses are removed, so the best plan only improves as nodes are added.
 */
class TrainingPlannerMonotonicityProperties {

  @Property(tries = 1500, seed = "20261203")
  void moreNodesNeverGiveAHeavierPlan(@ForAll long seed, @ForAll("objectives") Objective objective,
      @ForAll @IntRange(min = 1, max = 30) int fewer, @ForAll @IntRange(min = 1, max = 200) int more) {
    TrainingPlannerProperties.Instance in = larger(seed);
    TrainingPlanner planner = TrainingPlanner.of(in.model());
    TrainingPlan small = planner.withNodeLimit(fewer)
        .plan(in.targets(), in.held(), in.completed(), objective);
    TrainingPlan large = planner.withNodeLimit(fewer + more)
        .plan(in.targets(), in.held(), in.completed(), objective);
    double smallWeight = TrainingPlannerBoundProperties.weight(in.model(), small, objective);
    double largeWeight = TrainingPlannerBoundProperties.weight(in.model(), large, objective);
    Statistics.label("the larger limit found a lighter plan")
        .collect(largeWeight < smallWeight - 1e-9);
    Statistics.label("the smaller limit was hit").collect(!small.optimal());
    Statistics.label("the smaller limit was hit")
        .coverage(check -> check.check(true).percentage(p -> p >= 15));
    assertThat(largeWeight).as("%d nodes: %s; %d nodes: %s", fewer, small.courses(),
        fewer + more, large.courses()).isLessThanOrEqualTo(smallWeight + 1e-9);
    if (small.optimal()) {
      assertThat(large).isEqualTo(small);
    }
  }

  /**
   * Catalogues larger than the brute-force ones (4 to 8 competencies, 10 to 25 courses covering 1
   * to 3 of them, prerequisites among earlier courses), so small limits are often hit.
   */
  static TrainingPlannerProperties.Instance larger(long seed) {
    java.util.Random random = new java.util.Random(seed);
    int competencies = 4 + random.nextInt(5);
    int courses = 10 + random.nextInt(16);
    org.sppathways.model.WorkforceModel.Builder b = org.sppathways.model.WorkforceModel.builder()
        .name("larger").scale(org.sppathways.model.ProficiencyScale.of("A", "B", "C", "D"));
    for (int c = 0; c < competencies; c++) {
      b.addCompetency(org.sppathways.model.Competency.builder()
          .id(org.sppathways.model.CompetencyId.of("c" + c)).name("C" + c).domain("d").build());
    }
    for (int k = 0; k < courses; k++) {
      org.sppathways.model.Course.Builder course = org.sppathways.model.Course.builder()
          .id(org.sppathways.model.CourseId.of("k" + k)).title("K" + k)
          .hours(1 + random.nextInt(20)).cost(random.nextInt(10) * 50);
      java.util.Set<Integer> covered = new java.util.HashSet<>();
      int covers = 1 + random.nextInt(3);
      for (int j = 0; j < covers; j++) {
        int c = random.nextInt(competencies);
        if (covered.add(c)) {
          course.addCover(org.sppathways.model.CompetencyLevel.of(
              org.sppathways.model.CompetencyId.of("c" + c), 1 + random.nextInt(4)));
        }
      }
      for (int p = 0; p < k; p++) {
        if (random.nextInt(8) == 0) {
          course.addPrerequisite(org.sppathways.model.CourseId.of("k" + p));
        }
      }
      b.addCourse(course.build());
    }
    java.util.List<org.sppathways.model.CompetencyLevel> targets = new java.util.ArrayList<>();
    java.util.Map<org.sppathways.model.CompetencyId, Integer> held = new java.util.HashMap<>();
    for (int c = 0; c < competencies; c++) {
      if (random.nextInt(10) < 7) {
        targets.add(org.sppathways.model.CompetencyLevel.of(
            org.sppathways.model.CompetencyId.of("c" + c), 1 + random.nextInt(4)));
      }
      if (random.nextInt(10) < 3) {
        held.put(org.sppathways.model.CompetencyId.of("c" + c), random.nextInt(3));
      }
    }
    return new TrainingPlannerProperties.Instance(b.build(), targets, held, java.util.Set.of());
  }

  @Provide
  Arbitrary<Objective> objectives() {
    return Arbitraries.of(Objective.class);
  }
}
