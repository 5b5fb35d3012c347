package org.sppathways.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sppathways.flow.CapacityNeed;
import org.sppathways.flow.FlowModel;
import org.sppathways.flow.Headcounts;
import org.sppathways.flow.Projection;
import org.sppathways.flow.SteadyState;
import org.sppathways.gaps.FitFilter;
import org.sppathways.gaps.GapAnalysis;
import org.sppathways.gaps.GapReport;
import org.sppathways.io.ProfileReader;
import org.sppathways.model.OrganisationType;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.Population;
import org.sppathways.model.PersonId;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.ProfileSource;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.UnknownIdException;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;
import org.sppathways.paths.CareerPathFinder;
import org.sppathways.paths.CareerPaths;
import org.sppathways.paths.Criterion;
import org.sppathways.paths.PathQuery;
import org.sppathways.paths.Reach;
import org.sppathways.reference.ReferenceModels;
import org.sppathways.structure.StructureAnalysis;
import org.sppathways.training.Commissioner;
import org.sppathways.training.CommissioningPlan;
import org.sppathways.training.Objective;
import org.sppathways.training.TrainingPlanner;

/** {@link Queries}: each query answers what its analysis answers; analyses are built once. */
class QueriesTest {
  private static final WorkforceModel MODEL = ReferenceModels.socialPrescribing();
  private static final RoleId LINK_WORKER = RoleId.of("link-worker");
  private static final RoleId MANAGER = RoleId.of("sp-manager");
  private static final RoleId NURSE = RoleId.of("nurse");

  private final Queries q = Queries.of(MODEL);

  private static Population people() {
    return ProfileReader.of(MODEL).read(Path.of("docs/examples/sp-profiles.yaml"));
  }

  @Test
  void eachAnalysisObjectIsBuiltOnceAndShared() {
    assertThat(q.pathFinder()).isSameAs(q.pathFinder());
    assertThat(q.gapAnalysis()).isSameAs(q.gapAnalysis());
    assertThat(q.trainingPlanner()).isSameAs(q.trainingPlanner());
    assertThat(q.structureAnalysis()).isSameAs(q.structure());
    assertThat(q.flowModel()).isSameAs(q.flowModel());
    assertThat(q.model()).isSameAs(MODEL);
  }

  @Test
  void threadsAskingTogetherGetTheOneInstance() throws Exception {
    Queries fresh = Queries.of(MODEL);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      var seen = ConcurrentHashMap.<CareerPathFinder>newKeySet();
      List<Future<Reach>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) {
        answers.add(pool.submit(() -> {
          seen.add(fresh.pathFinder());
          return fresh.reach(LINK_WORKER);
        }));
      }
      Reach first = answers.get(0).get();
      for (Future<Reach> a : answers) {
        assertThat(a.get()).isEqualTo(first);
      }
      assertThat(seen).hasSize(1);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void pathsAndReachAnswerWhatTheFinderAnswers() {
    CareerPathFinder finder = CareerPathFinder.of(MODEL);
    CareerPaths paths = q.paths(LINK_WORKER, MANAGER, 3);

    assertThat(paths).isEqualTo(finder.paths(LINK_WORKER, MANAGER, 3));
    // meaning: the best path by months starts at the link worker and ends at the manager
    assertThat(paths.paths().get(0).roles()).startsWith(LINK_WORKER).endsWith(MANAGER);
    assertThat(paths.by()).isEqualTo(Criterion.MONTHS);
    PathQuery bySteps = PathQuery.by(Criterion.STEPS);
    assertThat(q.paths(LINK_WORKER, MANAGER, 2, bySteps))
        .isEqualTo(finder.paths(LINK_WORKER, MANAGER, 2, bySteps));
    assertThat(q.pareto(LINK_WORKER, MANAGER))
        .isEqualTo(finder.pareto(LINK_WORKER, MANAGER, PathQuery.defaults()));

    Reach reach = q.reach(LINK_WORKER);
    assertThat(reach).isEqualTo(finder.reach(LINK_WORKER, PathQuery.defaults()));
    assertThat(reach.roles()).anySatisfy(r -> assertThat(r.role()).isEqualTo(MANAGER));
  }

  @Test
  void profileQueriesStartFromThePerson() {
    WorkerProfile person = people().person(PersonId.of("demo-01"));
    GapAnalysis gaps = GapAnalysis.of(MODEL);

    assertThat(q.gaps(person, MANAGER)).isEqualTo(gaps.gap(person, MANAGER));
    assertThat(q.next(person)).isEqualTo(gaps.nextRoles(person));
    assertThat(q.next(person, 2)).isEqualTo(gaps.nextRoles(person, 2));
    assertThat(q.paths(person, MANAGER, 2))
        .isEqualTo(CareerPathFinder.of(MODEL).paths(person, MANAGER, 2, PathQuery.defaults()));
    assertThat(q.reach(person))
        .isEqualTo(CareerPathFinder.of(MODEL).reach(person, PathQuery.defaults()));
    assertThat(q.plan(person, MANAGER)).isEqualTo(TrainingPlanner.of(MODEL)
        .plan(person, gaps.gap(person, MANAGER), Objective.HOURS));
  }

  @Test
  void gapsPlansAndTransfersAnswerWhatTheirAnalysesAnswer() {
    GapAnalysis gaps = GapAnalysis.of(MODEL);
    GapReport report = q.gaps(NURSE, LINK_WORKER);

    assertThat(report).isEqualTo(gaps.gap(NURSE, LINK_WORKER));
    assertThat(report.readiness()).isBetween(0.0, 1.0);
    assertThat(q.plan(NURSE, LINK_WORKER)).isEqualTo(
        TrainingPlanner.of(MODEL).plan(report, Objective.HOURS));
    assertThat(q.plan(NURSE, LINK_WORKER, Objective.COST).objective()).isEqualTo(Objective.COST);
    assertThat(q.transfers()).isEqualTo(gaps.transfers());
    assertThat(q.transfersFrom(NURSE)).isEqualTo(gaps.transfersFrom(NURSE));
    assertThat(q.backgroundsFor(LINK_WORKER)).isEqualTo(gaps.backgroundsFor(LINK_WORKER));
    assertThat(q.fit(people(), LINK_WORKER)).isEqualTo(gaps.fit(people(), LINK_WORKER));
  }

  @Test
  void populationQueriesCountEveryone() {
    Population people = people();
    ProfileSource source = ProfileSource.of(people.people());

    assertThat(q.needs(source).people()).isEqualTo(people.size());
    assertThat(q.needs(source, MANAGER).target()).contains(MANAGER);
    assertThat(q.needs(source, MANAGER)).isEqualTo(
        org.sppathways.gaps.NeedsAnalysis.of(GapAnalysis.of(MODEL))
            .needs(source, MANAGER));
    assertThat(q.coverage()).isEqualTo(q.coverage(5));
    java.time.LocalDate day = java.time.LocalDate.of(2026, 6, 1);
    assertThat(q.compliance(source, day)).isEqualTo(
        org.sppathways.compliance.ComplianceAnalysis.of(MODEL).summarise(source, day));
    assertThat(q.compliance(source, day).people()).isEqualTo(people.size());
    assertThat(q.compliancePeople(source, day)).isEqualTo(
        org.sppathways.compliance.ComplianceAnalysis.of(MODEL).register(source, day));
    assertThat(q.coverage(2).bestAdditions()).hasSizeLessThanOrEqualTo(2);
  }

  @Test
  void everySharedAnalysisIsTheOneItsQueriesUse() {
    Queries fresh = Queries.of(MODEL);
    assertThat(fresh.needsAnalysis()).isSameAs(fresh.needsAnalysis()).isNotNull();
    assertThat(fresh.coverageAnalysis()).isSameAs(fresh.coverageAnalysis()).isNotNull();
    assertThat(fresh.commissioner()).isSameAs(fresh.commissioner()).isNotNull();
    assertThat(fresh.structureAnalysis()).isSameAs(fresh.structure()).isNotNull();
    assertThat(fresh.flowModel()).isSameAs(fresh.flowModel()).isNotNull();
    assertThat(fresh.longRun()).isSameAs(fresh.longRun()).isNotNull();
    assertThat(fresh.complianceAnalysis()).isSameAs(fresh.complianceAnalysis()).isNotNull();
    assertThat(fresh.trainingPlanner()).isNotNull();
  }

  @Test
  void filteredFitAndCommissioningAnswerWhatTheirAnalysesAnswer() {
    Population people = people();
    ProfileSource source = ProfileSource.of(people.people());
    FitFilter pcnOnly = FitFilter.all().withOrganisationTypes(Set.of(OrganisationTypeId.of("pcn")));
    GapAnalysis gaps = GapAnalysis.of(MODEL);

    assertThat(q.fit(people, LINK_WORKER, pcnOnly))
        .isEqualTo(gaps.fit(people, LINK_WORKER, pcnOnly));
    Commissioner commissioner = Commissioner.of(MODEL);
    CommissioningPlan all = q.commission(source, 5_000);
    assertThat(all).isEqualTo(commissioner.commission(source, 5_000));
    assertThat(all.target()).isEmpty();
    assertThat(all.budget()).isEqualTo(5_000.0);
    CommissioningPlan forManager = q.commission(source, MANAGER, 5_000);
    assertThat(forManager).isEqualTo(commissioner.commission(source, MANAGER, 5_000));
    assertThat(forManager.target()).contains(MANAGER);
  }

  @Test
  void everyPathsParetoAndReachOverloadAnswersWhatTheFinderAnswers() {
    CareerPathFinder finder = CareerPathFinder.of(MODEL);
    WorkerProfile person = people().person(PersonId.of("demo-01"));
    PathQuery bySteps = PathQuery.by(Criterion.STEPS);

    assertThat(q.paths(person, MANAGER, 2, bySteps))
        .isEqualTo(finder.paths(person, MANAGER, 2, bySteps));
    assertThat(q.pareto(LINK_WORKER, MANAGER, bySteps))
        .isEqualTo(finder.pareto(LINK_WORKER, MANAGER, bySteps));
    CareerPaths personPareto = q.pareto(person, MANAGER);
    assertThat(personPareto).isEqualTo(finder.pareto(person, MANAGER, PathQuery.defaults()));
    assertThat(personPareto.paths()).isNotEmpty()
        .allSatisfy(p -> assertThat(p.roles()).endsWith(MANAGER));
    assertThat(q.pareto(person, MANAGER, bySteps))
        .isEqualTo(finder.pareto(person, MANAGER, bySteps));
    Reach bySomeSteps = q.reach(LINK_WORKER, bySteps);
    assertThat(bySomeSteps).isEqualTo(finder.reach(LINK_WORKER, bySteps));
    assertThat(bySomeSteps.by()).isEqualTo(Criterion.STEPS);
    assertThat(q.reach(person, bySteps)).isEqualTo(finder.reach(person, bySteps));
  }

  @Test
  void structureAndFlowQueriesAnswerWhatTheirAnalysesAnswer() {
    StructureAnalysis structure = StructureAnalysis.of(MODEL);
    OrganisationTypeId pcn = OrganisationTypeId.of("pcn");
    OrganisationTypeId vcse = OrganisationTypeId.of("vcse-charity");
    ProfileSource source = ProfileSource.of(people().people());

    assertThat(q.compare(pcn, vcse)).isEqualTo(structure.compare(pcn, vcse));
    assertThat(q.workload(source)).isEqualTo(structure.workload(source));
    assertThat(q.workload(source).people()).isEqualTo(people().size());

    FlowModel flows = FlowModel.of(MODEL);
    assertThat(q.reachProbability(LINK_WORKER, MANAGER))
        .isEqualTo(flows.longRun().reach(LINK_WORKER, MANAGER))
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.to()).isEqualTo(MANAGER));
    // every role of the reference model has an (assumed) leaving rate: a steady state exists
    assertThat(q.steady().exists()).isTrue();
    assertThat(q.steady()).isEqualTo(flows.longRun().steadyState());
    assertThat(q.capacity(LINK_WORKER, 100))
        .isEqualTo(flows.longRun().capacity(LINK_WORKER, 100));
  }

  /** A recruits 10 a year, loses 0.1 a year and sends 0.1 a year to B, which loses 0.25. */
  private static WorkforceModel twoRoles() {
    return WorkforceModel.builder().name("two").scale(ProficiencyScale.of("Only"))
        .addRole(Role.builder().id(RoleId.of("a")).title("A").leaving(0.1).recruits(10).build())
        .addRole(Role.builder().id(RoleId.of("b")).title("B").leaving(0.25).build())
        .addRoute(ProgressionRoute.builder().from(RoleId.of("a")).to(RoleId.of("b"))
            .kind(RouteKind.PROMOTION).months(0).rate(0.1).build())
        .build();
  }

  @Test
  void steadyStateAndCapacityOfAModelWithOne() {
    Queries flows = Queries.of(twoRoles());

    // A: 10 in = 0.2 A out, so 50; B: 0.1 x 50 = 5 in = 0.25 B out, so 20
    SteadyState steady = flows.steady();
    assertThat(steady.headcount(RoleId.of("a"))).isCloseTo(50, within(1e-9));
    assertThat(steady.headcount(RoleId.of("b"))).isCloseTo(20, within(1e-9));
    // holding 60 in B: 0.25 x 60 = 15 leave, 5 move in, so 10 recruits a year
    CapacityNeed need = flows.capacity(RoleId.of("b"), 60);
    assertThat(need.role()).isEqualTo(RoleId.of("b"));
    assertThat(need.recruitsNeeded()).isCloseTo(10, within(1e-9));
    assertThat(need.movedInPerYear()).isCloseTo(5, within(1e-9));
  }

  @Test
  void aProjectionFromHeadcountsWeighsTheRatesByThem() {
    Headcounts start = Headcounts.builder().put(LINK_WORKER, 40).put(MANAGER, 4).build();
    Projection projection = q.project(start, 3);

    assertThat(projection).isEqualTo(FlowModel.of(MODEL, start).project(start, 3));
    assertThat(projection.years().get(0).headcount()).isEqualTo(44.0);
    assertThat(q.project(Headcounts.empty(), 2))
        .isEqualTo(FlowModel.of(MODEL).project(Headcounts.empty(), 2));
  }

  @Test
  void aProjectionUsesTheLeavingRateOfWhereItsPeopleWork() {
    OrganisationTypeId pcn = OrganisationTypeId.of("pcn");
    OrganisationTypeId vcse = OrganisationTypeId.of("vcse");
    RoleId lw = RoleId.of("lw");
    WorkforceModel typed = WorkforceModel.builder().name("typed").scale(ProficiencyScale.of("Only"))
        .addOrganisationType(OrganisationType.builder().id(pcn).name("PCN").sector("nhs").build())
        .addOrganisationType(OrganisationType.builder().id(vcse).name("VCSE").sector("vcse").build())
        .addRole(Role.builder().id(lw).title("Link worker").addOfferedBy(pcn, vcse)
            .leaving(0.1).putLeavingBy(vcse, 0.3).build())
        .build();
    Headcounts allInVcse = Headcounts.builder().put(lw, vcse, 100).build();

    // everyone works where 0.3 leave a year, not at the even mean of 0.1 and 0.3
    Projection projection = Queries.of(typed).project(allInVcse, 1);
    assertThat(projection.year(1).headcount()).isCloseTo(70, within(1e-9));
  }

  @Test
  void unknownIdsAreNamed() {
    assertThatThrownBy(() -> q.reach(RoleId.of("nobody")))
        .isInstanceOf(UnknownIdException.class).hasMessageContaining("nobody");
    assertThat(q.toString()).contains(MODEL.name());
  }
}
