package org.sppathways.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sppathways.gaps.GapAnalysis;
import org.sppathways.gaps.GapReport;
import org.sppathways.io.ProfileReader;
import org.sppathways.model.Population;
import org.sppathways.model.PersonId;
import org.sppathways.model.ProfileSource;
import org.sppathways.model.RoleId;
import org.sppathways.model.UnknownIdException;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;
import org.sppathways.paths.CareerPathFinder;
import org.sppathways.paths.CareerPaths;
import org.sppathways.paths.Criterion;
import org.sppathways.paths.PathQuery;
import org.sppathways.paths.Reach;
import org.sppathways.reference.ReferenceModels;
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
    assertThat(q.coverage(2).bestAdditions()).hasSizeLessThanOrEqualTo(2);
  }

  @Test
  void unknownIdsAreNamed() {
    assertThatThrownBy(() -> q.reach(RoleId.of("nobody")))
        .isInstanceOf(UnknownIdException.class).hasMessageContaining("nobody");
    assertThat(q.toString()).contains(MODEL.name());
  }
}
