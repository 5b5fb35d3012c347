package org.sppathways.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.sppathways.gaps.NeedSplit;
import org.sppathways.model.ProfileSource;
import org.sppathways.gaps.RandomModels;
import org.sppathways.model.Competency;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.PersonId;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;

/**
 * The commissioner against brute force on tiny random instances: every subset of places (one
 * person on one course) that is closed under each person's prerequisites and fits the budget is
 * enumerated, and the best number of person-gaps closed is the optimum.
 */
class CommissionerProperties {

  /** ½(1 − 1/e), the documented guarantee (Khuller, Moss and Naor 1999). */
  static final double GUARANTEE = 0.5 * (1 - 1 / Math.E);

  /** A tiny instance: up to 3 people and 4 courses, so at most 2^12 subsets of places. */
  record Instance(WorkforceModel model, List<WorkerProfile> people, Optional<RoleId> target,
      double budget) {}

  static Instance instance(long seed, boolean prerequisites) {
    Random random = new Random(seed);
    int competencies = 1 + random.nextInt(4);
    WorkforceModel.Builder b = WorkforceModel.builder().name("tiny")
        .scale(ProficiencyScale.of("Awareness", "Working", "Practitioner", "Expert"));
    for (int c = 0; c < competencies; c++) {
      b.addCompetency(Competency.builder().id(RandomModels.competency(c)).name("C" + c).domain("d")
          .build());
    }
    for (int r = 0; r < 2; r++) {
      Role.Builder role = Role.builder().id(RoleId.of("r" + r)).title("R" + r);
      for (int c = 0; c < competencies; c++) {
        if (random.nextInt(3) != 0) {
          role.addRequirement(Requirement.builder().competency(RandomModels.competency(c))
              .level(1 + random.nextInt(4)).essential(random.nextBoolean()).build());
        }
      }
      b.addRole(role.build());
    }
    int courses = 1 + random.nextInt(4);
    double total = 0;
    for (int k = 0; k < courses; k++) {
      Course.Builder course = Course.builder().id(CourseId.of("k" + k)).title("K" + k)
          .hours(1 + random.nextInt(10)).cost(random.nextInt(6) * 50);
      Set<Integer> covered = new HashSet<>();
      for (int j = 0, n = 1 + random.nextInt(3); j < n; j++) {
        int c = random.nextInt(competencies);
        if (covered.add(c)) {
          course.addCover(CompetencyLevel.of(RandomModels.competency(c), 1 + random.nextInt(4)));
        }
      }
      for (int p = 0; prerequisites && p < k; p++) {
        if (random.nextInt(3) == 0) {
          course.addPrerequisite(CourseId.of("k" + p));
        }
      }
      Course built = course.build();
      total += built.cost();
      b.addCourse(built);
    }
    WorkforceModel model = b.build();
    List<WorkerProfile> people = new ArrayList<>();
    for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
      WorkerProfile.Builder p = WorkerProfile.builder().id(PersonId.of("p" + i));
      if (random.nextInt(5) != 0) {
        p.role(RoleId.of("r" + random.nextInt(2)));
      }
      for (int c = 0; c < competencies; c++) {
        if (random.nextBoolean()) {
          p.putHold(RandomModels.competency(c), random.nextInt(5));
        }
      }
      for (Course k : model.courses()) {
        if (random.nextInt(5) == 0) {
          p.addCompleted(k.id());
        }
      }
      people.add(p.build());
    }
    Optional<RoleId> target = random.nextBoolean() ? Optional.of(RoleId.of("r0")) : Optional.empty();
    double budget = random.nextInt(4) == 0 ? 0 : Math.floor(random.nextDouble() * (total + 100));
    return new Instance(model, people, target, budget);
  }

  /** The most person-gaps any affordable, prerequisite-closed set of places closes. */
  static long bruteForce(Instance in) {
    List<Course> courses = in.model().courses();
    int n = courses.size();
    List<int[]> places = new ArrayList<>();
    for (int i = 0; i < in.people().size(); i++) {
      for (int k = 0; k < n; k++) {
        if (!in.people().get(i).completed().contains(courses.get(k).id())) {
          places.add(new int[] {i, k});
        }
      }
    }
    long best = 0;
    for (int mask = 0; mask < (1 << places.size()); mask++) {
      double cost = 0;
      List<Set<CourseId>> taken = new ArrayList<>();
      for (WorkerProfile p : in.people()) {
        taken.add(new HashSet<>(p.completed()));
      }
      List<Set<CourseId>> funded = new ArrayList<>();
      in.people().forEach(p -> funded.add(new HashSet<>()));
      for (int j = 0; j < places.size(); j++) {
        if ((mask >> j & 1) == 1) {
          int[] place = places.get(j);
          Course course = courses.get(place[1]);
          cost += course.cost();
          taken.get(place[0]).add(course.id());
          funded.get(place[0]).add(course.id());
        }
      }
      if (cost > in.budget() + 1e-9) {
        continue;
      }
      // each person's places can all be begun: a prerequisite completed, funded, or (when it
      // teaches something) every level it teaches held by then (the planner's rule, written in
      // TrainingPlannerProperties.feasible independently of the production code)
      boolean closedUnderPrerequisites = true;
      for (int i = 0; i < in.people().size(); i++) {
        WorkerProfile p = in.people().get(i);
        closedUnderPrerequisites &= TrainingPlannerProperties.feasible(funded.get(i), in.model(),
            org.sppathways.model.ModelFixtures.heldUndated(in.model(), p),
            Set.copyOf(p.completed()));
      }
      if (!closedUnderPrerequisites) {
        continue;
      }
      long closed = 0;
      for (int i = 0; i < in.people().size(); i++) {
        for (CompetencyLevel gap : gaps(in, in.people().get(i))) {
          boolean reached = false;
          for (CourseId id : funded.get(i)) {
            reached |= reaches(in.model().course(id), gap);
          }
          closed += reached ? 1 : 0;
        }
      }
      best = Math.max(best, closed);
    }
    return best;
  }

  static List<CompetencyLevel> gaps(Instance in, WorkerProfile p) {
    Optional<RoleId> role = in.target().isPresent() ? in.target() : p.role();
    List<CompetencyLevel> out = new ArrayList<>();
    if (role.isPresent()) {
      for (Requirement q : in.model().role(role.get()).requirements()) {
        if (org.sppathways.model.ModelFixtures.heldUndated(in.model(), p)
            .getOrDefault(q.competency(), 0) < q.level()) {
          out.add(CompetencyLevel.of(q.competency(), q.level()));
        }
      }
    }
    return out;
  }

  static boolean reaches(Course course, CompetencyLevel gap) {
    return course.covers().stream().anyMatch(c -> c.competency().equals(gap.competency())
        && c.level() >= gap.level());
  }

  /** Checks everything that can be checked without the optimum; returns the plan. */
  static CommissioningPlan checkedPlan(Instance in) {
    CommissioningPlan plan = commission(Commissioner.of(in.model()), in);
    assertThat(plan.budget()).isEqualTo(in.budget());
    assertThat(plan.spent()).isLessThanOrEqualTo(in.budget() + 1e-9);
    assertThat(plan.spent()).isCloseTo(plan.courses().stream().mapToDouble(CourseSeats::cost).sum(),
        within(1e-9));
    for (CourseSeats s : plan.courses()) {
      assertThat(s.seats()).isPositive();
      assertThat(s.cost()).isCloseTo(s.seats() * in.model().course(s.course()).cost(), within(1e-9));
    }
    assertThat(plan.closed())
        .isEqualTo(plan.courses().stream().mapToLong(CourseSeats::personGapsClosed).sum());

    long personGaps = 0;
    long unclosable = 0;
    for (WorkerProfile p : in.people()) {
      for (CompetencyLevel gap : gaps(in, p)) {
        personGaps++;
        // unclosable: no course the person has not already completed reaches it
        unclosable += in.model().courses().stream()
            .noneMatch(k -> reaches(k, gap) && !p.completed().contains(k.id())) ? 1 : 0;
      }
    }
    assertThat(plan.personGaps()).isEqualTo(personGaps);
    assertThat(plan.unclosable()).isEqualTo(unclosable);
    assertThat(plan.closed()).isLessThanOrEqualTo(personGaps - unclosable);
    assertThat(plan.remaining().stream().mapToLong(NeedSplit::peopleShort).sum())
        .isEqualTo(personGaps - plan.closed());
    assertThat(plan.target()).isEqualTo(in.target());
    return plan;
  }

  @Property(tries = 400, seed = "61001")
  void withoutPrerequisitesTheGreedyIsFeasibleAndWithinItsGuarantee(@ForAll long seed) {
    Instance in = instance(seed, false);
    CommissioningPlan plan = checkedPlan(in);
    long optimum = bruteForce(in);
    assertThat(plan.closed()).as("never more than the optimum").isLessThanOrEqualTo(optimum);
    assertThat((double) plan.closed()).as("at least ½(1 − 1/e) of the optimum %d", optimum)
        .isGreaterThanOrEqualTo(GUARANTEE * optimum - 1e-9);
  }

  /**
   * With prerequisites only feasibility is checked: a prerequisite shared by several of one
   * person's courses can defeat the guarantee (see
   * {@code CommissionerTest.sharedPrerequisiteDefeatsTheGuarantee}).
   */
  @Property(tries = 400, seed = "61002")
  void withPrerequisitesThePlanIsFeasible(@ForAll long seed) {
    Instance in = instance(seed, true);
    CommissioningPlan plan = checkedPlan(in);
    assertThat(plan.closed()).isLessThanOrEqualTo(bruteForce(in));
  }

  @Property(tries = 100, seed = "61004")
  void deterministic(@ForAll long seed) {
    Instance in = instance(seed, true);
    Commissioner commissioner = Commissioner.of(in.model());
    CommissioningPlan first = commission(commissioner, in);
    assertThat(commission(commissioner, in))
        .isEqualTo(first);
    assertThat(commission(Commissioner.of(instance(seed, true).model()), in)).isEqualTo(first);
  }

  /** The plan for an instance: against its target role when it has one. */
  static CommissioningPlan commission(Commissioner commissioner, Instance in) {
    ProfileSource people = ProfileSource.of(in.people());
    return in.target().map(t -> commissioner.commission(people, t, in.budget()))
        .orElseGet(() -> commissioner.commission(people, in.budget()));
  }
}
