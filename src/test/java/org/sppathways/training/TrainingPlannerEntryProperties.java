package org.sppathways.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.assertj.core.data.Offset;
import org.sppathways.model.Competency;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.EntryRule;
import org.sppathways.model.OrganisationType;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.WorkforceModel;

/**
 * The planner with course entry rules against brute force over every subset of a small random
 * catalogue: random prerequisites and entry rules (levels, completed courses, any-of, organisation
 * types, contracted hours), and a random person (held levels, courses completed in date or
 * lapsed, organisation type and hours, each sometimes unknown). Feasibility here is written
 * independently of the planner, with {@link EntryRule#isMetBy} judging each rule.
 */
class TrainingPlannerEntryProperties {

  private static final List<OrganisationTypeId> TYPES =
      List.of(OrganisationTypeId.of("pcn"), OrganisationTypeId.of("vcse"));

  /** A person as entry rules see them; levels and completions are the plan's start. */
  record Person(Map<CompetencyId, Integer> held, Set<CourseId> completed, Set<CourseId> lapsed,
      Optional<OrganisationTypeId> type, OptionalDouble hours) implements EntryRule.Candidate {
    @Override
    public int level(CompetencyId competency) {
      return held.getOrDefault(competency, 0);
    }

    @Override
    public boolean hasCompleted(CourseId course) {
      return completed.contains(course) || lapsed.contains(course);
    }

    @Override
    public Optional<OrganisationTypeId> organisationType() {
      return type;
    }

    @Override
    public OptionalDouble contractedHours() {
      return hours;
    }
  }

  record Instance(WorkforceModel model, List<CompetencyLevel> targets, Person person) {}

  static Instance instance(long seed) {
    Random random = new Random(seed);
    int competencies = 1 + random.nextInt(4);
    int courses = 1 + random.nextInt(9);
    WorkforceModel.Builder b = WorkforceModel.builder().name("entry")
        .scale(ProficiencyScale.of("A", "B", "C", "D"));
    for (OrganisationTypeId t : TYPES) {
      b.addOrganisationType(OrganisationType.builder().id(t).name(t.value()).sector("s").build());
    }
    // two competencies besides the targets': c{competencies}, which some courses teach and entry
    // rules ask for (a course that only makes someone eligible), and c{competencies + 1}, which
    // no course teaches (an entry level only the start can meet)
    for (int c = 0; c <= competencies + 1; c++) {
      b.addCompetency(Competency.builder().id(CompetencyId.of("c" + c)).name("C" + c)
          .domain("d").build());
    }
    for (int k = 0; k < courses; k++) {
      Course.Builder course = Course.builder().id(CourseId.of("k" + k)).title("K" + k)
          .hours(random.nextInt(4) * 2.5).cost(random.nextInt(5) * 100);
      Set<Integer> covered = new HashSet<>();
      int covers = 1 + random.nextInt(2);
      for (int j = 0; j < covers; j++) {
        int c = random.nextInt(competencies + 1);
        if (covered.add(c)) {
          course.addCover(CompetencyLevel.of(CompetencyId.of("c" + c), 1 + random.nextInt(4)));
        }
      }
      for (int p = 0; p < k; p++) {
        if (random.nextInt(6) == 0) {
          course.addPrerequisite(CourseId.of("k" + p));
        }
      }
      int rules = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(2);
      for (int r = 0; r < rules; r++) {
        course.addEntry(rule(random, k, courses, competencies, true));
      }
      b.addCourse(course.build());
    }
    List<CompetencyLevel> targets = new ArrayList<>();
    for (int c = 0; c < competencies; c++) {
      if (random.nextInt(3) != 0) {
        targets.add(CompetencyLevel.of(CompetencyId.of("c" + c), 1 + random.nextInt(4)));
      }
    }
    Map<CompetencyId, Integer> held = new HashMap<>();
    for (int c = 0; c <= competencies + 1; c++) {
      if (random.nextInt(3) == 0) {
        held.put(CompetencyId.of("c" + c), random.nextInt(4));
      }
    }
    Set<CourseId> completed = new HashSet<>();
    Set<CourseId> lapsed = new HashSet<>();
    for (int k = 0; k < courses; k++) {
      int roll = random.nextInt(10);
      if (roll == 0) {
        completed.add(CourseId.of("k" + k));
      } else if (roll == 1) {
        lapsed.add(CourseId.of("k" + k));
      }
    }
    int t = random.nextInt(3);
    Optional<OrganisationTypeId> type = t == 2 ? Optional.empty() : Optional.of(TYPES.get(t));
    double[] hourChoices = {15, 30, 37.5};
    int h = random.nextInt(4);
    OptionalDouble hours = h == 3 ? OptionalDouble.empty() : OptionalDouble.of(hourChoices[h]);
    return new Instance(b.build(), targets, new Person(held, completed, lapsed, type, hours));
  }

  /**
   * A random rule of course k. A course named at the top level, or as the only alternative of an
   * any-of, is an earlier one (a chain that must be completed in turn cannot loop: the model
   * refuses one); one among several alternatives may be any other course.
   */
  private static EntryRule rule(Random random, int k, int courses, int competencies,
      boolean top) {
    int kind = random.nextInt(top ? 6 : 5);
    switch (kind) {
      case 0:
      case 1:
        if (random.nextBoolean()) {
          return EntryRule.HeldLevel.of(CompetencyId.of("c" + competencies), 1 + random.nextInt(3));
        }
        return EntryRule.HeldLevel.of(CompetencyId.of("c" + random.nextInt(competencies + 2)),
            1 + random.nextInt(3));
      case 2: {
        int other = top ? (k == 0 ? -1 : random.nextInt(k)) : random.nextInt(courses);
        if (other < 0 || other == k) {
          return EntryRule.MinContractedHours.of(20);
        }
        return EntryRule.CompletedCourse.of(CourseId.of("k" + other));
      }
      case 3: {
        Set<OrganisationTypeId> types = new LinkedHashSet<>();
        types.add(TYPES.get(random.nextInt(TYPES.size())));
        if (random.nextBoolean()) {
          types.add(TYPES.get(random.nextInt(TYPES.size())));
        }
        return EntryRule.OrganisationTypes.of(types);
      }
      case 4:
        return EntryRule.MinContractedHours.of(random.nextBoolean() ? 20 : 30);
      default: {
        List<EntryRule> any = new ArrayList<>();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
          // a lone alternative must hold, so it names an earlier course, as a top-level rule does
          any.add(rule(random, k, courses, competencies, n == 1));
        }
        return EntryRule.AnyOf.of(any);
      }
    }
  }

  /** The person after the courses taken so far: levels and completions rise, the rest stays. */
  private static EntryRule.Candidate after(Person p, Map<CompetencyId, Integer> levels,
      Set<CourseId> taken) {
    Set<CourseId> done = new HashSet<>(taken);
    done.addAll(p.completed());
    return new Person(levels, done, p.lapsed(), p.type(), p.hours());
  }

  /** Whether a course can be begun now: prerequisites as the planner documents, entry by rule. */
  static boolean canBegin(Course course, WorkforceModel model, Person p,
      Map<CompetencyId, Integer> levels, Set<CourseId> taken) {
    for (CourseId pre : course.prerequisites()) {
      List<CompetencyLevel> teaches = model.course(pre).covers();
      boolean met = p.completed().contains(pre) || taken.contains(pre)
          || (!teaches.isEmpty() && teaches.stream()
              .allMatch(v -> levels.getOrDefault(v.competency(), 0) >= v.level()));
      if (!met) {
        return false;
      }
    }
    EntryRule.Candidate now = after(p, levels, taken);
    return course.entry().stream().allMatch(r -> r.isMetBy(now));
  }

  /** Whether every course of the set can be begun in some order (levels only rise). */
  static boolean feasible(Set<CourseId> chosen, WorkforceModel model, Person p) {
    Map<CompetencyId, Integer> levels = new HashMap<>(p.held());
    Set<CourseId> taken = new HashSet<>();
    List<CourseId> left = new ArrayList<>(chosen);
    boolean progress = true;
    while (progress) {
      progress = false;
      for (java.util.Iterator<CourseId> it = left.iterator(); it.hasNext(); ) {
        Course course = model.course(it.next());
        if (canBegin(course, model, p, levels, taken)) {
          taken.add(course.id());
          course.covers().forEach(v -> levels.merge(v.competency(), v.level(), Math::max));
          it.remove();
          progress = true;
        }
      }
    }
    return left.isEmpty();
  }

  private static boolean reaches(Course course, CompetencyLevel target) {
    return course.reaches(target.competency(), target.level());
  }

  @Property(tries = 3000, seed = "20261203")
  void planHonoursEntryAndIsAsLightAsAnyFeasibleSubset(@ForAll long seed,
      @ForAll("objectives") Objective objective) {
    Instance in = instance(seed);
    Person p = in.person();
    WorkforceModel model = in.model();
    TrainingPlan plan = TrainingPlanner.of(model)
        .plan(in.targets(), p.held(), p.completed(), objective, p);
    List<Course> catalogue = model.courses();

    Map<CompetencyId, Integer> open = new HashMap<>();
    for (CompetencyLevel t : in.targets()) {
      if (p.held().getOrDefault(t.competency(), 0) < t.level()) {
        open.merge(t.competency(), t.level(), Math::max);
      }
    }
    // Brute force over subsets of courses not completed in date: the targets some feasible set
    // reaches are closable, and the lightest feasible set reaching all of them is the optimum.
    int n = catalogue.size();
    List<Set<CourseId>> feasibleSets = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (int mask = 0; mask < (1 << n); mask++) {
      Set<CourseId> chosen = new HashSet<>();
      double w = 0;
      boolean ok = true;
      for (int k = 0; k < n; k++) {
        if ((mask >> k & 1) == 1) {
          ok &= !p.completed().contains(catalogue.get(k).id());
          chosen.add(catalogue.get(k).id());
          w += objective.weight(catalogue.get(k));
        }
      }
      if (ok && feasible(chosen, model, p)) {
        feasibleSets.add(chosen);
        weights.add(w);
      }
    }
    Set<CompetencyLevel> closable = new HashSet<>();
    open.forEach((c, level) -> {
      CompetencyLevel t = CompetencyLevel.of(c, level);
      if (feasibleSets.stream().anyMatch(s -> s.stream().map(model::course)
          .anyMatch(k -> reaches(k, t)))) {
        closable.add(t);
      }
    });
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i < feasibleSets.size(); i++) {
      Set<CourseId> s = feasibleSets.get(i);
      if (closable.stream().allMatch(t -> s.stream().map(model::course)
          .anyMatch(k -> reaches(k, t)))) {
        best = Math.min(best, weights.get(i));
      }
    }

    assertThat(plan.closes()).containsExactlyInAnyOrderElementsOf(closable);
    assertThat(plan.closes().size() + plan.unclosable().size()).isEqualTo(open.size());
    for (UnclosableTarget u : plan.unclosableTargets()) {
      boolean someCourse = catalogue.stream()
          .anyMatch(k -> !p.completed().contains(k.id()) && reaches(k, u.target()));
      assertThat(u.reason()).isEqualTo(someCourse ? UnclosableTarget.Reason.NOT_ELIGIBLE
          : UnclosableTarget.Reason.NO_COURSE);
      assertThat(u.detail()).isNotBlank();
    }

    // the plan, in its order, begins each course when it can be begun (entry included)
    Map<CompetencyId, Integer> levels = new HashMap<>(p.held());
    Set<CourseId> taken = new HashSet<>();
    for (CourseId id : plan.courses()) {
      Course course = model.course(id);
      assertThat(p.completed()).doesNotContain(id);
      assertThat(canBegin(course, model, p, levels, taken)).as("%s can be begun in %s", id, plan)
          .isTrue();
      assertThat(taken.add(id)).isTrue();
      course.covers().forEach(v -> levels.merge(v.competency(), v.level(), Math::max));
    }
    double planWeight = plan.courses().stream().map(model::course)
        .mapToDouble(objective::weight).sum();
    assertThat(plan.optimal()).isTrue();
    assertThat(planWeight).as("plan %s", plan).isCloseTo(closable.isEmpty() ? 0 : best,
        Offset.offset(1e-9));

    boolean entryUsed = plan.courses().stream().map(model::course)
        .anyMatch(c -> !c.entry().isEmpty());
    Statistics.label("planned course with entry rules").collect(entryUsed);
    Statistics.label("target unclosable for entry").collect(plan.unclosableTargets().stream()
        .anyMatch(u -> u.reason() == UnclosableTarget.Reason.NOT_ELIGIBLE));
    Statistics.label("planned course with entry rules")
        .coverage(check -> check.check(true).percentage(x -> x >= 15));
    Statistics.label("target unclosable for entry")
        .coverage(check -> check.check(true).percentage(x -> x >= 10));
  }

  @Property(tries = 200, seed = "20261204")
  void aSearchBoundOfOneNodeStillGivesAPlanThatCanBeBegun(@ForAll long seed) {
    Instance in = instance(seed);
    Person p = in.person();
    TrainingPlan plan = TrainingPlanner.of(in.model()).withNodeLimit(1)
        .plan(in.targets(), p.held(), p.completed(), Objective.COST, p);
    Map<CompetencyId, Integer> levels = new HashMap<>(p.held());
    Set<CourseId> taken = new HashSet<>();
    for (CourseId id : plan.courses()) {
      Course course = in.model().course(id);
      assertThat(canBegin(course, in.model(), p, levels, taken)).isTrue();
      taken.add(id);
      course.covers().forEach(v -> levels.merge(v.competency(), v.level(), Math::max));
    }
    assertThat(plan.closes()).allMatch(t -> plan.courses().stream().map(in.model()::course)
        .anyMatch(k -> reaches(k, t)));
  }

  @Provide
  Arbitrary<Objective> objectives() {
    return Arbitraries.of(Objective.class);
  }
}
