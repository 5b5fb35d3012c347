package org.sppathways.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sppathways.gaps.GapAnalysis;
import org.sppathways.gaps.GapReport;
import org.sppathways.gaps.Golden;
import org.sppathways.model.ProfileSource;
import org.sppathways.io.ProfileReader;
import org.sppathways.model.Competency;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.PersonId;
import org.sppathways.model.Population;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

/**
 * Training on the bundled social prescribing reference model and the fictional example people of
 * {@code docs/examples/}: invariants of the model's catalogue, and golden results under
 * {@code src/test/resources/golden/training/} (regenerate with
 * {@code -Dsppathways.golden.update=true}, see {@link Golden}).
 */
class ReferenceModelTrainingTest {
  static final WorkforceModel SP = ReferenceModels.socialPrescribing();
  static final Population EXAMPLES =
      ProfileReader.of(SP).read(Path.of("docs/examples/sp-profiles.yaml"));

  private final GapAnalysis gaps = GapAnalysis.of(SP);
  private final TrainingPlanner planner = TrainingPlanner.of(SP);

  /**
   * In the reference model only what is learned through practice lies beyond the courses, so
   * every role can be reached by courses and practice together.
   */
  @Test
  void onlyWhatIsLearnedOnTheJobIsBeyondTheCatalogue() {
    CoverageReport report = CoverageAnalysis.of(SP).report(5);
    assertThat(report.uncovered()).isNotEmpty().allMatch(CompetencyCoverage::learnedOnTheJob);
    assertThat(report.roles()).allMatch(RoleCoverage::reachableWithPractice);
    assertThat(report.competencies()).hasSameSizeAs(SP.competencies());
    // so no course is worth adding, and the report says why
    assertThat(report.bestAdditions()).isEmpty();
    assertThat(report.noAdditions()).hasValueSatisfying(why -> assertThat(why)
        .contains("every role (external professions aside) can be reached by the catalogue's "
            + "courses and practice"));
    StringBuilder s = new StringBuilder("uncovered\n");
    report.uncovered().forEach(c -> s.append(String.format(Locale.ROOT, "  %-28s required %d, "
        + "courses reach %d%n", c.competency(), c.requiredLevel(), c.maxLevel())));
    s.append("fully reachable by courses alone\n");
    report.roles().stream().filter(RoleCoverage::fullyReachable)
        .forEach(r -> s.append("  ").append(r.role()).append('\n'));
    s.append("best additions\n");
    report.bestAdditions().forEach(a -> s.append(String.format(Locale.ROOT, "  %s to %d: %s (%d "
        + "requirements)%n", a.competency(), a.level(), a.roles(), a.requirementsClosed())));
    report.noAdditions().ifPresent(why -> s.append("  ").append(why).append('\n'));
    s.append("most redundant\n");
    report.competencies().stream().filter(c -> c.coursesCovering() >= 4)
        .forEach(c -> s.append(String.format(Locale.ROOT, "  %-28s %d courses%n", c.competency(),
            c.coursesCovering())));
    Golden.assertMatches("training/coverage.txt", s.toString().replace("\r\n", "\n"));
  }

  /**
   * Every route of the model, every objective: the plan is proven optimal, feasible, and no other
   * objective's plan beats it on its own measure.
   */
  @Test
  void everyRouteIsPlannedOptimallyForEachObjective() {
    for (ProgressionRoute route : SP.routes()) {
      GapReport gap = gaps.gap(route.from(), route.to());
      Map<Objective, TrainingPlan> plans = new EnumMap<>(Objective.class);
      for (Objective objective : Objective.values()) {
        TrainingPlan p = planner.plan(gap, objective);
        assertThat(p.optimal()).as("%s -> %s, %s", route.from(), route.to(), objective).isTrue();
        TrainingPlannerTest.assertFeasible(SP, p, SP.role(route.from()).requirements().stream()
            .collect(Collectors.toMap(r -> r.competency(), r -> r.level())), Set.of());
        assertThat(p.closes().size() + p.unclosable().size()).isEqualTo(gap.gaps().size());
        plans.put(objective, p);
      }
      for (TrainingPlan other : plans.values()) {
        assertThat(plans.get(Objective.HOURS).hours()).isLessThanOrEqualTo(other.hours() + 1e-9);
        assertThat(plans.get(Objective.COST).cost()).isLessThanOrEqualTo(other.cost() + 1e-9);
        assertThat(plans.get(Objective.COUNT).courses().size())
            .isLessThanOrEqualTo(other.courses().size());
      }
    }
  }

  @Test
  void goldenPlansForTheLadderStepAndAnExamplePerson() {
    StringBuilder s = new StringBuilder();
    GapReport ladder = gaps.gap(RoleId.of("link-worker"), RoleId.of("senior-link-worker"));
    for (Objective objective : Objective.values()) {
      s.append("link-worker -> senior-link-worker, ").append(objective).append('\n')
          .append(plan(planner.plan(ladder, objective)));
    }
    WorkerProfile person = EXAMPLES.person(PersonId.of("demo-01"));
    TrainingPlan own = planner.plan(person, gaps.gap(person, RoleId.of("link-worker")),
        Objective.HOURS);
    // demo-01 has completed safeguarding children level 1: level 2 needs nothing more
    assertThat(own.courses()).doesNotContain(org.sppathways.model.CourseId.of("safeguarding-children-l1"));
    s.append("demo-01 -> link-worker, HOURS\n").append(plan(own));
    Golden.assertMatches("training/plans.txt", s.toString());
  }

  /**
   * Someone who holds safeguarding adults (and raising concerns) at level 2 needs only the level 3
   * course for a role requiring level 3: the level 1 and 2 courses teach nothing they lack, and
   * holding what the level 2 course teaches meets the level 3 course's prerequisite.
   */
  @Test
  void aPersonHoldingSafeguardingLevelTwoTakesOnlyTheLevelThreeCourse() {
    WorkerProfile person = WorkerProfile.builder().id(PersonId.of("p-held"))
        .putHold(org.sppathways.model.CompetencyId.of("safeguarding-adults"), 2)
        .putHold(org.sppathways.model.CompetencyId.of("raising-concerns"), 2)
        .build();
    for (Objective objective : Objective.values()) {
      TrainingPlan plan = planner.plan(person, gaps.gap(person, RoleId.of("sp-manager")), objective);
      assertThat(plan.courses()).as("%s", objective)
          .contains(org.sppathways.model.CourseId.of("safeguarding-adults-l3"))
          .doesNotContain(org.sppathways.model.CourseId.of("safeguarding-adults-l1"),
              org.sppathways.model.CourseId.of("safeguarding-adults-l2"));
    }
  }

  /** Commissioning funds the level 3 place alone for someone holding what level 2 teaches. */
  @Test
  void commissioningFundsNoPlaceOnACourseWhoseLevelsAreHeld() {
    WorkerProfile person = WorkerProfile.builder().id(PersonId.of("p-held"))
        .putHold(org.sppathways.model.CompetencyId.of("safeguarding-adults"), 2)
        .putHold(org.sppathways.model.CompetencyId.of("raising-concerns"), 2)
        .build();
    CommissioningPlan plan = Commissioner.of(SP).commission(ProfileSource.of(List.of(person)),
        RoleId.of("sp-manager"), 0);
    assertThat(plan.courses()).extracting(c -> c.course().value())
        .contains("safeguarding-adults-l3")
        .doesNotContain("safeguarding-adults-l1", "safeguarding-adults-l2");
  }

  /** The example of docs/how-to/training-plans-and-coverage.md: demo-05 holds what level 2 teaches. */
  @Test
  void demo05BeginsTheLevelThreeSafeguardingCourseDirectly() {
    WorkerProfile person = EXAMPLES.person(PersonId.of("demo-05"));
    assertThat(person.completed()).noneMatch(c -> c.value().startsWith("safeguarding"));
    TrainingPlan plan = planner.plan(person, gaps.gap(person, RoleId.of("senior-link-worker")),
        Objective.HOURS);
    assertThat(plan.courses()).map(Object::toString).containsExactly("conexus-sp-qualification",
        "first-line-management", "leadership-service-development", "safeguarding-adults-l3",
        "sp-data-and-systems", "supervision-skills");
    assertThat(plan.hours()).isEqualTo(211.0);
    assertThat(plan.cost()).isEqualTo(3500.0);
    assertThat(plan.closes()).hasSize(14);
    assertThat(plan.unclosable()).hasSize(4);
  }

  /**
   * For every example person and every role, no planned course teaches only levels the person
   * already holds.
   */
  @Test
  void noPlanIncludesACourseWhoseEveryLevelIsAlreadyHeld() {
    for (WorkerProfile person : EXAMPLES.people()) {
      for (org.sppathways.model.Role role : SP.roles()) {
        TrainingPlan plan = planner.plan(person, gaps.gap(person, role.id()), Objective.HOURS);
        for (org.sppathways.model.CourseId id : plan.courses()) {
          assertThat(SP.course(id).covers())
              .as("%s for %s -> %s", id, person.id(), role.id())
              .anyMatch(c -> person.level(c.competency()) < c.level());
        }
      }
    }
  }

  @Test
  void goldenCommissioningOfTheExamplePeople() {
    Commissioner commissioner = Commissioner.of(SP);
    StringBuilder s = new StringBuilder();
    for (double budget : new double[] {0, 1000, 3000, 10_000}) {
      CommissioningPlan plan = commissioner.commission(ProfileSource.of(EXAMPLES.people()),
           budget);
      assertThat(plan.spent()).isLessThanOrEqualTo(budget);
      assertThat(plan.closed()).isLessThanOrEqualTo(plan.personGaps() - plan.unclosable());
      s.append(String.format(Locale.ROOT, "budget %.0f: spent %.0f, closed %d of %d (%d unclosable)%n",
          budget, plan.spent(), plan.closed(), plan.personGaps(), plan.unclosable()));
      plan.courses().forEach(c -> s.append(String.format(Locale.ROOT, "  %-38s %d seats %7.0f %d%n",
          c.course(), c.seats(), c.cost(), c.personGapsClosed())));
    }
    Golden.assertMatches("training/commissioning.txt", s.toString().replace("\r\n", "\n"));
  }

  @Test
  void learnedOnTheJobCompetenciesAreTheOnlyUnclosableOnesOnEveryLadderStep() {
    Set<String> onTheJob = SP.competencies().stream().filter(Competency::learnedOnTheJob)
        .map(c -> c.id().value()).collect(Collectors.toSet());
    for (ProgressionRoute route : SP.routes()) {
      TrainingPlan p = planner.plan(gaps.gap(route.from(), route.to()), Objective.COUNT);
      for (UnclosableTarget t : p.unclosableTargets()) {
        if (t.reason() == UnclosableTarget.Reason.NO_COURSE) {
          assertThat(onTheJob).as("unclosable on %s -> %s", route.from(), route.to())
              .contains(t.competency().value());
        } else {
          // a plan between roles knows no one's contract, so the apprenticeship (30 hours a
          // week or more) cannot be entered; nothing else in the model stops a course
          assertThat(t.detail()).as("%s -> %s", route.from(), route.to())
              .isEqualTo("course 'chww-apprenticeship' needs a contract of at least 30 hours a "
                  + "week");
        }
      }
    }
  }

  static String plan(TrainingPlan p) {
    return String.format(Locale.ROOT, "  %s%n  %.1f hours, %.0f GBP, optimal %s%n  closes %s%n"
        + "  unclosable %s%n", p.courses(), p.hours(), p.cost(), p.optimal(), targets(p.closes()),
        targets(p.unclosable())).replace("\r\n", "\n");
  }

  static String targets(List<CompetencyLevel> list) {
    return list.stream().map(t -> t.competency() + ":" + t.level())
        .collect(Collectors.joining(" ", "[", "]"));
  }
}
