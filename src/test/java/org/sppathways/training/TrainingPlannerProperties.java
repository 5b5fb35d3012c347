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

  /**
   * A random instance: half of them a catalogue drawn course by course (random levels, random
   * earlier prerequisites), half of them ladders (per competency, courses to rising levels, each
   * needing the one below) with a few courses across them, where levels held or taught elsewhere
   * often meet a prerequisite.
   */
  static Instance instance(long seed) {
    Random random = new Random(seed);
    return random.nextBoolean() ? drawn(random) : ladders(random);
  }

  private static Instance ladders(Random random) {
    int competencies = 1 + random.nextInt(3);
    WorkforceModel.Builder b = WorkforceModel.builder().name("ladders")
        .scale(ProficiencyScale.of("A", "B", "C", "D"));
    List<Course> courses = new ArrayList<>();
    for (int c = 0; c < competencies; c++) {
      b.addCompetency(Competency.builder().id(CompetencyId.of("c" + c)).name("C" + c)
          .domain("d").build());
    }
    int[] rungsOf = new int[competencies];
    for (int c = 0; c < competencies && courses.size() < 8; c++) {
      int rungs = 2 + random.nextInt(2);
      rungsOf[c] = rungs;
      for (int level = 1; level <= rungs; level++) {
        Course.Builder course = Course.builder().id(CourseId.of("c" + c + "l" + level))
            .title("C" + c + " level " + level).hours(1 + random.nextInt(4) * 2)
            .cost(random.nextInt(4) * 50)
            .addCover(CompetencyLevel.of(CompetencyId.of("c" + c), level));
        int other = random.nextInt(competencies);
        if (other != c && random.nextInt(3) == 0) {
          course.addCover(CompetencyLevel.of(CompetencyId.of("c" + other), 1 + random.nextInt(3)));
        }
        if (level > 1) {
          course.addPrerequisite(CourseId.of("c" + c + "l" + (level - 1)));
        }
        courses.add(course.build());
      }
    }
    int across = Math.min(9 - courses.size(), random.nextInt(3));
    for (int k = 0; k < across; k++) {
      Course.Builder course = Course.builder().id(CourseId.of("x" + k)).title("X" + k)
          .hours(random.nextInt(12)).cost(random.nextInt(6) * 50);
      Set<Integer> covered = new HashSet<>();
      for (int j = 0; j < 2; j++) {
        int c = random.nextInt(competencies);
        if (covered.add(c)) {
          course.addCover(CompetencyLevel.of(CompetencyId.of("c" + c), 1 + random.nextInt(4)));
        }
      }
      if (random.nextBoolean()) {
        course.addPrerequisite(courses.get(random.nextInt(courses.size())).id());
      }
      courses.add(course.build());
    }
    courses.forEach(b::addCourse);
    List<CompetencyLevel> targets = new ArrayList<>();
    Map<CompetencyId, Integer> held = new HashMap<>();
    for (int c = 0; c < competencies; c++) {
      int level = Math.min(4, 1 + random.nextInt(Math.max(1, rungsOf[c]))
          + (random.nextInt(4) == 0 ? 1 : 0));
      if (random.nextInt(6) != 0) {
        targets.add(CompetencyLevel.of(CompetencyId.of("c" + c), level));
      }
      if (random.nextInt(5) < 3) {
        held.put(CompetencyId.of("c" + c), level == 1 ? 0 : 1 + random.nextInt(level - 1));
      }
    }
    Set<CourseId> completed = new HashSet<>();
    for (Course course : courses) {
      if (random.nextInt(8) == 0) {
        completed.add(course.id());
      }
    }
    return new Instance(b.build(), targets, held, completed);
  }

  private static Instance drawn(Random random) {
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

  /**
   * Whether a set of courses can all be taken, by a rule written here independently of the
   * planner: repeatedly begin any course of the set each of whose prerequisites is completed
   * (before the plan or by a course already taken) or teaches some level and has every level it
   * teaches held (from the start or from the courses already taken), until none can begin; the
   * set is feasible when every course has begun. Levels only rise, so the order tried does not
   * matter.
   */
  static boolean feasible(Set<CourseId> chosen, WorkforceModel model,
      Map<CompetencyId, Integer> held, Set<CourseId> completed) {
    Map<CompetencyId, Integer> levels = new HashMap<>(held);
    Set<CourseId> done = new HashSet<>(completed);
    List<CourseId> left = new ArrayList<>(chosen);
    boolean progress = true;
    while (progress) {
      progress = false;
      for (java.util.Iterator<CourseId> it = left.iterator(); it.hasNext(); ) {
        Course course = model.course(it.next());
        boolean canBegin = true;
        for (CourseId pre : course.prerequisites()) {
          List<CompetencyLevel> teaches = model.course(pre).covers();
          canBegin &= done.contains(pre) || (!teaches.isEmpty() && teaches.stream()
              .allMatch(v -> levels.getOrDefault(v.competency(), 0) >= v.level()));
        }
        if (canBegin) {
          done.add(course.id());
          course.covers().forEach(v -> levels.merge(v.competency(), v.level(), Math::max));
          it.remove();
          progress = true;
        }
      }
    }
    return left.isEmpty();
  }

  /** Whether some prerequisite of a planned course is met by held levels rather than completed. */
  static boolean usesHeldLevels(Instance in, TrainingPlan plan) {
    Set<CourseId> taken = new HashSet<>(in.completed());
    taken.addAll(plan.courses());
    return plan.courses().stream().map(in.model()::course)
        .anyMatch(c -> c.prerequisites().stream().anyMatch(p -> !taken.contains(p)));
  }

  @Property(tries = 1000, seed = "20261124")
  void planIsFeasibleOrderedAndAsCheapAsAnyFeasibleSubset(@ForAll long seed,
      @ForAll("objectives") Objective objective) {
    Instance in = instance(seed);
    TrainingPlan plan = TrainingPlanner.of(in.model())
        .plan(in.targets(), in.held(), in.completed(), objective);
    List<Course> catalogue = in.model().courses();
    net.jqwik.api.statistics.Statistics.label("prerequisite met by held levels")
        .collect(usesHeldLevels(in, plan));
    net.jqwik.api.statistics.Statistics.label("courses planned")
        .collect(plan.courses().isEmpty() ? "none" : "some");
    net.jqwik.api.statistics.Statistics.label("prerequisite met by held levels")
        .coverage(check -> check.check(true).percentage(p -> p >= 10));
    net.jqwik.api.statistics.Statistics.label("courses planned")
        .coverage(check -> check.check("some").percentage(p -> p >= 50));

    // Open targets: not met by held levels, at their highest level; closable when a course not
    // completed reaches them.
    Map<CompetencyId, Integer> open = new HashMap<>();
    for (CompetencyLevel t : in.targets()) {
      if (in.held().getOrDefault(t.competency(), 0) < t.level()) {
        open.merge(t.competency(), t.level(), Math::max);
      }
    }
    List<CompetencyLevel> closable = new ArrayList<>();
    open.forEach((c, level) -> {
      CompetencyLevel t = CompetencyLevel.of(c, level);
      if (catalogue.stream().anyMatch(k -> !in.completed().contains(k.id()) && reaches(k, t))) {
        closable.add(t);
      }
    });
    assertThat(plan.closes()).containsExactlyInAnyOrderElementsOf(closable);
    assertThat(plan.closes().size() + plan.unclosable().size()).isEqualTo(open.size());

    // The plan, in its order, begins each course with its prerequisites met, and closes what it
    // claims; no course of it teaches only levels held at the start.
    TrainingPlannerTest.assertFeasible(in.model(), plan, in.held(), in.completed());
    for (CourseId id : plan.courses()) {
      List<CompetencyLevel> teaches = in.model().course(id).covers();
      if (!teaches.isEmpty()) {
        assertThat(teaches).as("%s teaches something not held", id)
            .anyMatch(v -> in.held().getOrDefault(v.competency(), 0) < v.level());
      }
    }

    // Brute force: the least weight of a feasible subset of not-completed courses closing every
    // closable target.
    double bestWeight = Double.POSITIVE_INFINITY;
    int n = catalogue.size();
    for (int mask = 0; mask < (1 << n); mask++) {
      Set<CourseId> chosen = new HashSet<>();
      double w = 0;
      boolean ok = true;
      for (int k = 0; k < n; k++) {
        if ((mask >> k & 1) == 1) {
          ok &= !in.completed().contains(catalogue.get(k).id());
          chosen.add(catalogue.get(k).id());
          w += objective.weight(catalogue.get(k));
        }
      }
      for (CompetencyLevel t : closable) {
        ok &= chosen.stream().map(in.model()::course).anyMatch(c -> reaches(c, t));
      }
      if (ok && w < bestWeight && feasible(chosen, in.model(), in.held(), in.completed())) {
        bestWeight = w;
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
    TrainingPlannerTest.assertFeasible(in.model(), plan, in.held(), in.completed());
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
