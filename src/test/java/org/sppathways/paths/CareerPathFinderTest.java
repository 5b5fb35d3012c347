package org.sppathways.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sppathways.model.Competency;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.PersonId;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.UnknownIdException;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

/** Named edge cases, golden paths on the reference model, and the work limit. */
class CareerPathFinderTest {
  static final WorkforceModel SP = ReferenceModels.socialPrescribing();
  static final CareerPathFinder FINDER = CareerPathFinder.of(SP);

  static RoleId rid(String id) {
    return RoleId.of(id);
  }

  static List<List<String>> roles(CareerPaths paths) {
    return paths.paths().stream().map(p -> p.roles().stream().map(RoleId::value).toList()).toList();
  }

  /** a ⇄ b → c, a → c directly, c → d; months as given. */
  static WorkforceModel small() {
    WorkforceModel.Builder b = WorkforceModel.builder().name("small")
        .scale(ProficiencyScale.of("A", "B"));
    for (String r : List.of("a", "b", "c", "d", "island")) {
      b.addRole(Role.builder().id(rid(r)).title(r).build());
    }
    b.addRoute(route("a", "b", 6, RouteKind.LATERAL));
    b.addRoute(route("b", "a", 6, RouteKind.LATERAL));
    b.addRoute(route("b", "c", 6, RouteKind.PROMOTION));
    b.addRoute(route("a", "c", 24, RouteKind.PROMOTION));
    b.addRoute(route("c", "d", 12, RouteKind.PROMOTION));
    return b.build();
  }

  static ProgressionRoute route(String from, String to, int months, RouteKind kind) {
    return ProgressionRoute.builder().from(rid(from)).to(rid(to)).kind(kind).months(months).build();
  }

  /** The complete directed graph on n roles, every route 12 months. */
  static WorkforceModel complete(int n) {
    WorkforceModel.Builder b = WorkforceModel.builder().name("complete")
        .scale(ProficiencyScale.of("A", "B"));
    for (int i = 0; i < n; i++) {
      b.addRole(Role.builder().id(rid(String.format("r%02d", i))).title("R" + i).build());
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j) {
          b.addRoute(route(String.format("r%02d", i), String.format("r%02d", j), 12,
              RouteKind.LATERAL));
        }
      }
    }
    return b.build();
  }

  // ------------------------------------------------------------------ argument checks

  @Test
  void testKEqualsZero() {
    assertThatThrownBy(() -> FINDER.paths(rid("link-worker"), rid("sp-manager"), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k must be 1 or more, was 0");
  }

  @Test
  void testNegativeK() {
    assertThatThrownBy(() -> FINDER.paths(rid("link-worker"), rid("sp-manager"), -3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was -3");
  }

  @Test
  void testUnknownRolesAreNamed() {
    assertThatThrownBy(() -> FINDER.paths(rid("link-wroker"), rid("sp-manager"), 1))
        .isInstanceOf(UnknownIdException.class)
        .hasMessageContaining("unknown role 'link-wroker'").hasMessageContaining("link-worker");
    assertThatThrownBy(() -> FINDER.paths(rid("link-worker"), rid("nobody"), 1))
        .isInstanceOf(UnknownIdException.class).hasMessageContaining("'nobody'");
    assertThatThrownBy(() -> FINDER.paths(rid("link-worker"), rid("sp-manager"), 1,
        PathQuery.builder().avoid(rid("ghost")).build()))
        .isInstanceOf(UnknownIdException.class).hasMessageContaining("'ghost'");
    assertThatThrownBy(() -> FINDER.reach(rid("link-worker"),
        PathQuery.builder().within(OrganisationTypeId.of("nowhere")).build()))
        .isInstanceOf(UnknownIdException.class).hasMessageContaining("organisation type 'nowhere'");
  }

  @Test
  void testUnknownCompetencyOfAPersonIsNamed() {
    WorkerProfile p = WorkerProfile.builder().id(PersonId.of("x")).role(rid("link-worker"))
        .putHold(CompetencyId.of("juggling"), 2).build();
    assertThatThrownBy(() -> FINDER.paths(p, rid("sp-manager"), 1, PathQuery.defaults()))
        .isInstanceOf(org.sppathways.model.ModelException.class)
        .hasMessageContaining("holds.juggling: person 'x': unknown competency 'juggling'");
  }

  @Test
  void testQualifiedOnlyNeedsAPerson() {
    assertThatThrownBy(() -> FINDER.paths(rid("link-worker"), rid("sp-manager"), 1,
        PathQuery.builder().qualifiedOnly(true).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a person");
  }

  @Test
  void testBadQuerySettings() {
    assertThatThrownBy(() -> PathQuery.builder().maxSteps(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    assertThatThrownBy(() -> PathQuery.builder().maxMonths(-6))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-6");
    assertThatThrownBy(() -> PathQuery.builder().maxWork(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxWork");
  }

  // ------------------------------------------------------------------ small graphs

  @Test
  void testSameRoleIsThePathOfNoSteps() {
    CareerPaths p = CareerPathFinder.of(small()).paths(rid("a"), rid("a"), 5);
    assertThat(roles(p)).containsExactly(List.of("a"));
    assertThat(p.paths().get(0).months()).isZero();
    assertThat(p.complete()).isTrue();
  }

  @Test
  void testUnreachableIsEmpty() {
    CareerPaths p = CareerPathFinder.of(small()).paths(rid("a"), rid("island"), 3);
    assertThat(p.paths()).isEmpty();
    assertThat(p.complete()).isTrue();
    assertThat(p.best()).isEmpty();
    assertThat(CareerPathFinder.of(small()).pareto(rid("d"), rid("a"), PathQuery.defaults())
        .paths()).isEmpty();
  }

  @Test
  void testCyclesGiveSimplePathsOnly() {
    CareerPaths p = CareerPathFinder.of(small()).paths(rid("a"), rid("d"), 10);
    assertThat(roles(p)).containsExactly(List.of("a", "b", "c", "d"), List.of("a", "c", "d"));
  }

  @Test
  void testTiesByStepsThenRoleIds() {
    CareerPaths bySteps = CareerPathFinder.of(small()).paths(rid("a"), rid("d"), 10,
        PathQuery.by(Criterion.STEPS));
    assertThat(roles(bySteps)).containsExactly(List.of("a", "c", "d"), List.of("a", "b", "c", "d"));
    CareerPaths k10 = CareerPathFinder.of(complete(6)).paths(rid("r00"), rid("r01"), 4);
    assertThat(roles(k10)).containsExactly(List.of("r00", "r01"), List.of("r00", "r02", "r01"),
        List.of("r00", "r03", "r01"), List.of("r00", "r04", "r01"));
  }

  @Test
  void testAvoidedTargetIsUnreachable() {
    CareerPaths p = CareerPathFinder.of(small()).paths(rid("a"), rid("d"), 3,
        PathQuery.builder().avoid(rid("d")).build());
    assertThat(p.paths()).isEmpty();
  }

  @Test
  void testKindsAndMaxSteps() {
    CareerPathFinder f = CareerPathFinder.of(small());
    assertThat(roles(f.paths(rid("a"), rid("d"), 5,
        PathQuery.builder().kinds(RouteKind.PROMOTION).build())))
        .containsExactly(List.of("a", "c", "d"));
    assertThat(roles(f.paths(rid("a"), rid("d"), 5, PathQuery.builder().maxSteps(2).build())))
        .containsExactly(List.of("a", "c", "d"));
    assertThat(roles(f.paths(rid("a"), rid("d"), 5, PathQuery.builder().maxMonths(30).build())))
        .containsExactly(List.of("a", "b", "c", "d"));
  }

  @Test
  void testPersonalFirstStepCountsMonthsInRole() {
    WorkerProfile p = WorkerProfile.builder().id(PersonId.of("x")).role(rid("a")).monthsInRole(20)
        .build();
    CareerPaths found = CareerPathFinder.of(small()).paths(p, rid("d"), 2, PathQuery.defaults());
    // a -> c now takes 24 - 20 = 4 months: 16 in all, ahead of a -> b -> c -> d (24)
    assertThat(roles(found)).containsExactly(List.of("a", "c", "d"), List.of("a", "b", "c", "d"));
    assertThat(found.paths().get(0).months()).isEqualTo(16);
    assertThat(found.paths().get(0).steps().get(0).personal()).isTrue();
    assertThat(found.paths().get(0).steps().get(1).personal()).isFalse();
  }

  @Test
  void testReachWithinLimits() {
    Reach r = CareerPathFinder.of(small()).reach(rid("a"), PathQuery.builder().maxSteps(2).build());
    assertThat(r.roles().stream().map(x -> x.role().value()).toList())
        .containsExactly("b", "c", "d");
    assertThat(r.roles().get(2).path().roles()).containsExactly(rid("a"), rid("c"), rid("d"));
    Reach months = CareerPathFinder.of(small()).reach(rid("a"),
        PathQuery.builder().maxMonths(12).build());
    assertThat(months.roles().stream().map(x -> x.role().value()).toList())
        .containsExactly("b", "c");
  }

  // ------------------------------------------------------------------ training along a path

  /**
   * start → mid → top. Mid asks for safeguarding 2, top for leadership 1 (and safeguarding 2).
   * One course, "combined", is the only one teaching either: taken for the first step, it
   * already brings leadership to 1, so the second step needs nothing and the course is paid for
   * once. (Planned step by step, from someone holding mid's levels only, it was counted twice.)
   */
  static WorkforceModel oneCourseTwoSteps() {
    CompetencyId safeguarding = CompetencyId.of("safeguarding");
    CompetencyId leadership = CompetencyId.of("leadership");
    return WorkforceModel.builder().name("one course, two steps")
        .scale(ProficiencyScale.of("A", "B"))
        .addCompetency(Competency.builder().id(safeguarding).name("Safeguarding").domain("d")
            .build())
        .addCompetency(Competency.builder().id(leadership).name("Leadership").domain("d").build())
        .addRole(Role.builder().id(rid("start")).title("Start").build())
        .addRole(Role.builder().id(rid("mid")).title("Mid")
            .addRequirement(Requirement.of(safeguarding, 2)).build())
        .addRole(Role.builder().id(rid("top")).title("Top")
            .addRequirement(Requirement.of(safeguarding, 2))
            .addRequirement(Requirement.of(leadership, 1)).build())
        .addRoute(route("start", "mid", 12, RouteKind.PROMOTION))
        .addRoute(route("mid", "top", 12, RouteKind.PROMOTION))
        .addCourse(Course.builder().id(CourseId.of("combined")).title("Combined").hours(30)
            .cost(400).addCover(CompetencyLevel.of(safeguarding, 2))
            .addCover(CompetencyLevel.of(leadership, 1)).build())
        .build();
  }

  @Test
  void aCourseThatServesTwoStepsIsTakenAndCountedOnce() {
    CareerPathFinder f = CareerPathFinder.of(oneCourseTwoSteps());
    for (Criterion by : Criterion.values()) {
      CareerPath p = f.paths(rid("start"), rid("top"), 1, PathQuery.by(by)).paths().get(0);
      assertThat(p.roles()).containsExactly(rid("start"), rid("mid"), rid("top"));
      assertThat(p.hours()).as("by %s", by).isEqualTo(30);
      assertThat(p.cost()).as("by %s", by).isEqualTo(400);
      assertThat(p.steps().get(0).courses()).containsExactly(CourseId.of("combined"));
      assertThat(p.steps().get(0).hours()).isEqualTo(30);
      // on arrival at top, the course taken for mid already gave leadership 1
      assertThat(p.steps().get(1).gaps()).isEmpty();
      assertThat(p.steps().get(1).courses()).isEmpty();
      assertThat(p.steps().get(1).hours()).isZero();
    }
    Reach reach = f.reach(rid("start"), PathQuery.by(Criterion.HOURS));
    assertThat(reach.roles().get(1).path().hours()).isEqualTo(30);
    CareerPaths pareto = f.pareto(rid("start"), rid("top"), PathQuery.defaults());
    assertThat(pareto.paths().get(0).cost()).isEqualTo(400);
  }

  /**
   * a → b → c: b asks for listening 1, c for listening 2 and writing 1. Taught separately,
   * listening 1 (5 h) then listening 2 (8 h, after listening 1) and writing (4 h) cost 17 h
   * step by step; the course "all-in-one" (12 h) teaches listening 2 and writing 1 at once.
   * Planned for the whole path, the course is taken at the first step and nothing is left
   * for the second: 12 hours, where each step planned on its own takes 5 + 12 = 17.
   */
  @Test
  void thePathIsPlannedAsAWholeAndEachCourseAtTheFirstStepThatNeedsIt() {
    CompetencyId listening = CompetencyId.of("listening");
    CompetencyId writing = CompetencyId.of("writing");
    WorkforceModel m = WorkforceModel.builder().name("whole path")
        .scale(ProficiencyScale.of("A", "B"))
        .addCompetency(Competency.builder().id(listening).name("Listening").domain("d").build())
        .addCompetency(Competency.builder().id(writing).name("Writing").domain("d").build())
        .addRole(Role.builder().id(rid("a")).title("A").build())
        .addRole(Role.builder().id(rid("b")).title("B")
            .addRequirement(Requirement.of(listening, 1)).build())
        .addRole(Role.builder().id(rid("c")).title("C")
            .addRequirement(Requirement.of(listening, 2))
            .addRequirement(Requirement.of(writing, 1)).build())
        .addRoute(route("a", "b", 6, RouteKind.PROMOTION))
        .addRoute(route("b", "c", 6, RouteKind.PROMOTION))
        .addCourse(Course.builder().id(CourseId.of("listening-1")).title("L1").hours(5).cost(0)
            .addCover(CompetencyLevel.of(listening, 1)).build())
        .addCourse(Course.builder().id(CourseId.of("writing-1")).title("W1").hours(4).cost(0)
            .addCover(CompetencyLevel.of(writing, 1)).build())
        .addCourse(Course.builder().id(CourseId.of("listening-2")).title("L2").hours(8).cost(0)
            .addPrerequisite(CourseId.of("listening-1"))
            .addCover(CompetencyLevel.of(listening, 2)).build())
        .addCourse(Course.builder().id(CourseId.of("all-in-one")).title("All").hours(12).cost(0)
            .addCover(CompetencyLevel.of(listening, 2)).addCover(CompetencyLevel.of(writing, 1))
            .build())
        .build();
    CareerPath p = CareerPathFinder.of(m).paths(rid("a"), rid("c"), 1, PathQuery.by(
        Criterion.HOURS)).paths().get(0);
    assertThat(p.hours()).isEqualTo(12);
    assertThat(p.steps().get(0).courses()).containsExactly(CourseId.of("all-in-one"));
    assertThat(p.steps().get(1).courses()).isEmpty();
    assertThat(p.steps().get(1).gaps()).isEmpty();
  }

  // ------------------------------------------------------------------ the reference model

  @Test
  void goldenLinkWorkerToManagerByMonths() {
    CareerPaths p = FINDER.paths(rid("link-worker"), rid("sp-manager"), 3);
    assertThat(roles(p)).containsExactly(
        List.of("link-worker", "senior-link-worker", "sp-manager"),
        List.of("link-worker", "sp-ambassador", "sp-manager"),
        List.of("link-worker", "cyp-link-worker", "senior-link-worker", "sp-manager"));
    CareerPath best = p.paths().get(0);
    assertThat(best.months()).isEqualTo(48);
    assertThat(best.steps()).allSatisfy(s -> {
      assertThat(s.gaps()).isNotEmpty();
      assertThat(s.courses()).isNotEmpty();
      assertThat(s.personal()).isFalse();
    });
    CareerPathFinderProperties.checkShape(p, Optional.of(rid("link-worker")), rid("sp-manager"), 3);
  }

  @Test
  void goldenLinkWorkerToManagerByHoursAndPareto() {
    CareerPaths byHours = FINDER.paths(rid("link-worker"), rid("sp-manager"), 2,
        PathQuery.by(Criterion.HOURS));
    assertThat(roles(byHours)).containsExactly(
        List.of("link-worker", "senior-link-worker", "sp-manager"),
        List.of("link-worker", "peer-facilitator", "senior-link-worker", "sp-manager"));
    assertThat(byHours.paths().get(0).hours()).isLessThanOrEqualTo(byHours.paths().get(1).hours());
    CareerPaths pareto = FINDER.pareto(rid("link-worker"), rid("sp-manager"), PathQuery.defaults());
    assertThat(roles(pareto)).containsExactly(
        List.of("link-worker", "senior-link-worker", "sp-manager"));
  }

  @Test
  void goldenPersonWithoutARoleStartsAtEntryRoutes() {
    WorkerProfile p = WorkerProfile.builder().id(PersonId.of("newcomer")).build();
    CareerPaths found = FINDER.paths(p, rid("senior-link-worker"), 3, PathQuery.defaults());
    assertThat(found.from()).isEmpty();
    assertThat(found.paths()).hasSize(3);
    for (CareerPath path : found.paths()) {
      assertThat(path.steps().get(0).route().kind()).isEqualTo(RouteKind.ENTRY);
      assertThat(path.steps().get(0).personal()).isTrue();
      assertThat(path.end()).isEqualTo(rid("senior-link-worker"));
    }
  }

  @Test
  void goldenWithinVcseOnly() {
    OrganisationTypeId vcse = SP.organisationTypes().stream().map(o -> o.id())
        .filter(o -> o.value().contains("vcse")).findFirst().orElseThrow();
    CareerPaths p = FINDER.paths(rid("link-worker"), rid("sp-manager"), 5,
        PathQuery.builder().within(vcse).build());
    for (CareerPath path : p.paths()) {
      for (RoleId r : path.roles().subList(1, path.roles().size())) {
        assertThat(SP.role(r).offeredBy()).contains(vcse);
      }
    }
  }

  @Test
  void testNoDetailSkipsPlanningButFindsTheSamePaths() {
    CareerPaths with = FINDER.paths(rid("link-worker"), rid("sp-manager"), 3);
    CareerPaths without = FINDER.paths(rid("link-worker"), rid("sp-manager"), 3,
        PathQuery.builder().detail(false).build());
    assertThat(roles(without)).isEqualTo(roles(with));
    assertThat(without.paths().get(0).months()).isEqualTo(with.paths().get(0).months());
    assertThat(without.paths()).allSatisfy(p -> assertThat(p.steps()).allSatisfy(s -> {
      assertThat(s.planned()).isFalse();
      assertThat(s.courses()).isEmpty();
      assertThat(s.hours()).isZero();
    }));
    assertThat(with.paths().get(0).steps()).allSatisfy(s -> assertThat(s.planned()).isTrue());
    CareerPaths byHours = FINDER.paths(rid("link-worker"), rid("sp-manager"), 1,
        PathQuery.builder().by(Criterion.HOURS).detail(false).build());
    assertThat(byHours.paths().get(0).steps().get(0).planned()).isTrue();
  }

  // ------------------------------------------------------------------ bounds and threads

  @Test
  void adversarialCompleteGraphStopsAtTheBoundQuickly() {
    CareerPathFinder f = CareerPathFinder.of(complete(40));
    long start = System.nanoTime();
    CareerPaths p = f.paths(rid("r00"), rid("r01"), 1_000_000,
        PathQuery.builder().maxWork(200_000).build());
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertThat(p.complete()).isFalse();
    assertThat(p.paths()).isNotEmpty();
    assertThat(ms).as("milliseconds").isLessThan(5_000);
    // what was found is the start of the full order
    CareerPaths first = f.paths(rid("r00"), rid("r01"), 50);
    assertThat(first.complete()).isTrue();
    assertThat(p.paths().subList(0, 50)).isEqualTo(first.paths());
    Reach reach = f.reach(rid("r00"), PathQuery.builder().maxSteps(6).maxWork(10).build());
    assertThat(reach.complete()).isFalse();
  }

  /**
   * A chain of 20 diamonds: at each, one branch costs 2^i months and no hours, the other a role
   * that needs a course of 2^i hours of its own and no months, so all 2^20 paths are distinct trade-offs (months + hours = 2^20 - 1).
   */
  @Test
  void adversarialParetoStopsAtTheBoundQuickly() {
    int diamonds = 20;
    WorkforceModel.Builder b = WorkforceModel.builder().name("diamonds")
        .scale(ProficiencyScale.of("A", "B"));
    for (int i = 0; i <= diamonds; i++) {
      b.addRole(Role.builder().id(rid("u" + i)).title("U" + i).build());
    }
    for (int i = 0; i < diamonds; i++) {
      b.addRole(Role.builder().id(rid("x" + i)).title("X" + i).build());
      CompetencyId skill = CompetencyId.of("c" + i);
      b.addCompetency(Competency.builder().id(skill).name("C" + i).domain("d").build());
      b.addCourse(Course.builder().id(CourseId.of("k" + i)).title("K" + i).hours(1 << i).cost(0)
          .addCover(CompetencyLevel.of(skill, 1)).build());
      b.addRole(Role.builder().id(rid("y" + i)).title("Y" + i)
          .addRequirement(Requirement.of(skill, 1)).build());
      b.addRoute(route("u" + i, "x" + i, 1 << i, RouteKind.LATERAL));
      b.addRoute(route("x" + i, "u" + (i + 1), 0, RouteKind.LATERAL));
      b.addRoute(route("u" + i, "y" + i, 0, RouteKind.LATERAL));
      b.addRoute(route("y" + i, "u" + (i + 1), 0, RouteKind.LATERAL));
    }
    WorkforceModel model = b.build();
    CareerPathFinder f = CareerPathFinder.of(model);
    long start = System.nanoTime();
    CareerPaths p = f.pareto(rid("u0"), rid("u" + diamonds),
        PathQuery.builder().maxWork(200_000).build());
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertThat(ms).as("milliseconds").isLessThan(5_000);
    assertThat(p.complete()).isFalse();
    for (CareerPath path : p.paths()) {
      assertThat(path.months() + path.hours()).isEqualTo((1 << diamonds) - 1);
    }
    CareerPaths small = f.pareto(rid("u0"), rid("u6"), PathQuery.defaults());
    assertThat(small.complete()).isTrue();
    assertThat(small.paths()).hasSize(1 << 6);
  }

  @Test
  void testSharedAcrossThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      CareerPathFinder fresh = CareerPathFinder.of(SP);
      List<Future<CareerPaths>> futures = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        Criterion by = Criterion.values()[i % 4];
        futures.add(pool.submit(() -> fresh.paths(rid("link-worker"), rid("sp-manager"), 5,
            PathQuery.by(by))));
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(FINDER.paths(rid("link-worker"),
            rid("sp-manager"), 5, PathQuery.by(Criterion.values()[i % 4])));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
