package org.sppathways;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.sppathways.gaps.GapAnalysis;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;
import org.sppathways.paths.CareerPathFinder;
import org.sppathways.paths.Criterion;
import org.sppathways.paths.PathQuery;
import org.sppathways.reference.ReferenceModels;
import org.sppathways.structure.StructureAnalysis;
import org.sppathways.training.Objective;
import org.sppathways.training.TrainingPlanner;

/**
 * One model and one analyzer of each kind shared by 8 threads, each running 10,000 mixed queries
 * (gaps, training plans, career paths, structure) in its own order: every answer equals the
 * single-threaded answer to the same query.
 */
class MixedQueriesConcurrencyTest {
  private static final int THREADS = 8;
  private static final int QUERIES_PER_THREAD = 10_000;

  @Test
  void eightThreadsGiveTheSingleThreadedAnswers() throws Exception {
    WorkforceModel model = ReferenceModels.socialPrescribing();
    GapAnalysis gaps = GapAnalysis.of(model);
    TrainingPlanner planner = TrainingPlanner.of(model);
    CareerPathFinder paths = CareerPathFinder.of(model);
    StructureAnalysis structure = StructureAnalysis.of(model);
    List<RoleId> roles = model.roles().stream().map(Role::id).toList();
    Random random = new Random(20261124);

    List<Supplier<Object>> queries = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      RoleId a = roles.get(random.nextInt(roles.size()));
      RoleId b = roles.get(random.nextInt(roles.size()));
      Objective objective = Objective.values()[random.nextInt(Objective.values().length)];
      Criterion criterion = Criterion.values()[random.nextInt(Criterion.values().length)];
      queries.add(() -> gaps.gap(a, b));
      queries.add(() -> planner.plan(gaps.gap(a, b), objective));
      queries.add(() -> a.equals(b) ? List.of() : paths.paths(a, b, 3, PathQuery.by(criterion)));
      queries.add(() -> gaps.transfersFrom(a));
    }
    queries.add(structure::ceilings);
    queries.add(() -> structure.bottlenecks(Criterion.STEPS));
    queries.add(() -> structure.bottlenecks(Criterion.MONTHS));
    queries.add(structure::deadEnds);
    queries.add(structure::supportGaps);

    List<Object> expected = new ArrayList<>();
    for (Supplier<Object> q : queries) {
      expected.add(q.get());
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long seed = t;
        Callable<Integer> work = () -> {
          Random order = new Random(seed);
          int checked = 0;
          for (int n = 0; n < QUERIES_PER_THREAD; n++) {
            int i = order.nextInt(queries.size());
            assertThat(queries.get(i).get()).as("query %d", i).isEqualTo(expected.get(i));
            checked++;
          }
          return checked;
        };
        results.add(pool.submit(work));
      }
      for (Future<Integer> r : results) {
        assertThat(r.get(5, TimeUnit.MINUTES)).isEqualTo(QUERIES_PER_THREAD);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
