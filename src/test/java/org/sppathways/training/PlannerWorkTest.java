package org.sppathways.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sppathways.gaps.Golden;
import org.sppathways.model.Competency;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.EntryRule;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.WorkforceModel;

/**
 * How much the planner's branch and bound searches before it proves a plan optimal, pinned on
 * seeded catalogues of 24 courses with prerequisites and entry rules: the smallest
 * {@link TrainingPlanner#withNodeLimit(int) node limit} under which each plan comes back proven
 * optimal is the number of nodes the search expands. The plans' weights are checked elsewhere
 * against brute force; what this test adds is the work. A weaker bound, a lost prune, a set of
 * courses expanded twice or a worse branching order needs more nodes, and the recorded figures
 * (golden file {@code training/planner-work.txt}) change. An intended change of the search is
 * recorded by regenerating the file ({@code -Dsppathways.golden.update=true}) and reading the
 * diff: figures should only fall.
 */
class PlannerWorkTest {
  private static final int COMPETENCIES = 8;
  private static final int COURSES = 24;
  private static final int CAP = 1 << 16;

  private record Case(WorkforceModel model, List<CompetencyLevel> targets,
      Map<CompetencyId, Integer> held) {}

  private static CompetencyId c(int i) {
    return CompetencyId.of("c" + i);
  }

  private static Case draw(long seed) {
    Random random = new Random(seed);
    WorkforceModel.Builder b = WorkforceModel.builder().name("work")
        .scale(ProficiencyScale.of("A", "B", "C", "D"));
    for (int i = 0; i < COMPETENCIES; i++) {
      b.addCompetency(Competency.builder().id(c(i)).name("C" + i).domain("d").build());
    }
    for (int k = 0; k < COURSES; k++) {
      Course.Builder course = Course.builder().id(CourseId.of(String.format("k%02d", k)))
          .title("K" + k).hours(1 + random.nextInt(40)).cost(100 * random.nextInt(10));
      Set<Integer> covered = new HashSet<>();
      for (int j = 1 + random.nextInt(3); j > 0; j--) {
        int i = random.nextInt(COMPETENCIES);
        if (covered.add(i)) {
          course.addCover(CompetencyLevel.of(c(i), 1 + random.nextInt(4)));
        }
      }
      if (k > 0 && random.nextInt(4) == 0) {
        course.addPrerequisite(CourseId.of(String.format("k%02d", random.nextInt(k))));
      }
      switch (random.nextInt(6)) {
        case 0 -> course.addEntry(EntryRule.HeldLevel.of(c(random.nextInt(COMPETENCIES)),
            1 + random.nextInt(3)));
        case 1 -> course.addEntry(EntryRule.AnyOf.of(List.of(
            EntryRule.HeldLevel.of(c(random.nextInt(COMPETENCIES)), 1 + random.nextInt(2)),
            EntryRule.HeldLevel.of(c(random.nextInt(COMPETENCIES)), 1 + random.nextInt(2)))));
        default -> { }
      }
      b.addCourse(course.build());
    }
    List<CompetencyLevel> targets = new ArrayList<>();
    Map<CompetencyId, Integer> held = new HashMap<>();
    for (int i = 0; i < COMPETENCIES; i++) {
      int roll = random.nextInt(4);
      if (roll > 0) {
        targets.add(CompetencyLevel.of(c(i), 1 + random.nextInt(4)));
      } else {
        held.put(c(i), 1 + random.nextInt(2));
      }
    }
    return new Case(b.build(), targets, held);
  }

  /** The smallest node limit under which the plan is proven optimal, or -1 above the cap. */
  private static int nodesToProve(Case k, Objective objective) {
    TrainingPlanner planner = TrainingPlanner.of(k.model());
    if (!planner.withNodeLimit(CAP).plan(k.targets(), k.held(), Set.of(), objective)
        .optimal()) {
      return -1;
    }
    int lo = 0;
    int hi = CAP;                                  // proven at hi, not at lo
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (planner.withNodeLimit(mid).plan(k.targets(), k.held(), Set.of(), objective)
          .optimal()) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }

  @Test
  void theSearchProvesEachPlanOptimalWithinTheRecordedNumberOfNodes() {
    StringBuilder s = new StringBuilder("seed  objective  nodes  courses  weight\n");
    int searched = 0;
    for (long seed = 1; seed <= 24; seed++) {
      Case k = draw(seed);
      for (Objective objective : Objective.values()) {
        int nodes = nodesToProve(k, objective);
        TrainingPlan plan = TrainingPlanner.of(k.model())
            .plan(k.targets(), k.held(), Set.of(), objective);
        double weight = switch (objective) {
          case HOURS -> plan.hours();
          case COST -> plan.cost();
          case COUNT -> plan.courses().size();
        };
        s.append(String.format(Locale.ROOT, "%4d  %-9s  %5d  %7d  %.1f%n", seed, objective,
            nodes, plan.courses().size(), weight));
        searched += nodes > 1 ? 1 : 0;
      }
    }
    assertThat(searched).as("cases where the search goes beyond its first node").isGreaterThan(20);
    Golden.assertMatches("training/planner-work.txt", s.toString());
  }
}
