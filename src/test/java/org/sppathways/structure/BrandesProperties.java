package org.sppathways.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.sppathways.graph.internal.RoleGraph;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;
import org.sppathways.paths.Criterion;

/**
 * Betweenness by our Brandes pass against two oracles on seeded random models: JGraphT's
 * {@code BetweennessCentrality} (the reference implementation), and, on small models, a brute
 * force that enumerates every simple path. Seeds are pinned, so a failure replays exactly.
 */
class BrandesProperties {

  private static Map<RoleId, Double> scores(WorkforceModel model, Criterion metric, boolean parallel) {
    return scores(model, metric, MonthsTies.EVERY_PATH, parallel);
  }

  private static Map<RoleId, Double> scores(WorkforceModel model, Criterion metric,
      MonthsTies ties, boolean parallel) {
    StructureAnalysis a = StructureAnalysis.of(model, StructureOptions.defaults()
        .withParallel(parallel).withMonthsTies(ties));
    Map<RoleId, Double> out = new HashMap<>();
    a.bottlenecks(metric).forEach(b -> out.put(b.role(), b.betweenness()));
    return out;
  }

  private static void assertClose(Map<RoleId, Double> actual, Map<RoleId, Double> expected) {
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    expected.forEach((role, value) -> assertThat(actual.get(role)).as("betweenness of %s", role)
        .isCloseTo(value, within(1e-9 * Math.max(1, Math.abs(value)))));
  }

  /**
   * The model's graph weighted the way {@link Criterion#MONTHS} compares paths: months, then
   * moves ({@link MonthsTies#FEWEST_MOVES}) or then 0-month routes ({@link MonthsTies#EVERY_PATH}).
   */
  static Graph<RoleId, DefaultWeightedEdge> monthsGraph(WorkforceModel model, MonthsTies ties) {
    Graph<RoleId, DefaultWeightedEdge> g = new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    model.roles().forEach(r -> g.addVertex(r.id()));
    long k = Math.max(1, model.roles().size());
    for (ProgressionRoute r : model.routes()) {
      double tie = ties == MonthsTies.FEWEST_MOVES || r.months() == 0 ? 1 : 0;
      g.setEdgeWeight(g.addEdge(r.from(), r.to()), (double) r.months() * k + tie);
    }
    return g;
  }

  @Property(tries = 200, seed = "80801")
  void stepsMatchJgrapht(@ForAll long seed) {
    WorkforceModel model = RandomModels.model(seed, 40);
    assertClose(scores(model, Criterion.STEPS, false),
        new BetweennessCentrality<>(model.graph()).getScores());
  }

  @Property(tries = 200, seed = "80802")
  void monthsMatchJgraphtWeighted(@ForAll long seed) {
    WorkforceModel model = RandomModels.model(seed, 40);
    for (MonthsTies ties : MonthsTies.values()) {
      assertClose(scores(model, Criterion.MONTHS, ties, false),
          new BetweennessCentrality<>(monthsGraph(model, ties)).getScores());
    }
  }

  @Property(tries = 150, seed = "80803")
  void everyRuleMatchesABruteForceOverEverySimplePath(@ForAll long seed) {
    WorkforceModel model = RandomModels.model(seed, 7);
    assertClose(scores(model, Criterion.STEPS, false), BruteForce.betweenness(model, false, false));
    assertClose(scores(model, Criterion.MONTHS, MonthsTies.EVERY_PATH, false),
        BruteForce.betweenness(model, true, false));
    assertClose(scores(model, Criterion.MONTHS, MonthsTies.FEWEST_MOVES, false),
        BruteForce.betweenness(model, true, true));
  }

  /**
   * On random models whose routes all take whole months and tie often, the default rule counts
   * every least-month path: the brute force with months alone as the length agrees, and so does
   * it on the heap (months above the bucket limit).
   */
  @Property(tries = 150, seed = "80807")
  void everyLeastMonthPathCountsEquallyWhenNoRouteTakesZeroMonths(@ForAll long seed) {
    WorkforceModel model = RandomModels.positiveMonths(seed, 8, 1);
    Map<RoleId, Double> oracle = BruteForce.betweenness(model, true, false);
    assertClose(scores(model, Criterion.MONTHS, false), oracle);
    assertClose(scores(RandomModels.positiveMonths(seed, 8, 1000), Criterion.MONTHS, false),
        oracle);
  }

  @Property(tries = 60, seed = "80804")
  void parallelIsBitForBitTheSameAsSequential(@ForAll long seed) {
    WorkforceModel model = RandomModels.model(seed, 300);
    for (Criterion metric : List.of(Criterion.STEPS, Criterion.MONTHS)) {
      for (MonthsTies ties : MonthsTies.values()) {
        List<Bottleneck> one = StructureAnalysis.of(model, StructureOptions.defaults()
            .withParallel(false).withMonthsTies(ties)).bottlenecks(metric);
        List<Bottleneck> many = StructureAnalysis.of(model, StructureOptions.defaults()
            .withMonthsTies(ties)).bottlenecks(metric);
        assertThat(many).isEqualTo(one);
      }
    }
  }

  @Property(tries = 100, seed = "80805")
  void orderIsByBetweennessThenIdAndNormalisedIsScaled(@ForAll long seed) {
    WorkforceModel model = RandomModels.model(seed, 30);
    List<Bottleneck> list = StructureAnalysis.of(model).bottlenecks(Criterion.STEPS);
    int n = model.roles().size();
    assertThat(list).hasSize(n);
    assertThat(list).extracting(Bottleneck::role)
        .containsExactlyInAnyOrderElementsOf(model.roles().stream().map(Role::id).toList());
    for (int i = 1; i < list.size(); i++) {
      Bottleneck a = list.get(i - 1);
      Bottleneck b = list.get(i);
      assertThat(a.betweenness() > b.betweenness()
          || (a.betweenness() == b.betweenness() && a.role().value().compareTo(b.role().value()) < 0))
          .as("%s before %s", a, b).isTrue();
    }
    for (Bottleneck b : list) {
      assertThat(b.normalised()).isCloseTo(n < 3 ? 0 : b.betweenness() / ((n - 1.0) * (n - 2)),
          within(1e-12));
      assertThat(b.normalised()).isBetween(0.0, 1.0 + 1e-12);
    }
  }

  @Property(tries = 100, seed = "80806")
  void bucketQueueAndHeapFindTheSameShortestPaths(@ForAll long seed) {
    WorkforceModel small = RandomModels.model(seed, 40);
    WorkforceModel large = RandomModels.model(seed, 40, 1000);
    assertThat(Brandes.bucketable(RoleGraph.of(small))).isTrue();
    assertThat(Brandes.bucketable(RoleGraph.of(large)))
        .isEqualTo(large.routes().stream().allMatch(r -> r.months() <= Brandes.MAX_BUCKET_MONTHS));
    for (MonthsTies ties : MonthsTies.values()) {
      assertClose(scores(large, Criterion.MONTHS, ties, false),
          scores(small, Criterion.MONTHS, ties, false));
      assertClose(scores(large, Criterion.MONTHS, ties, false),
          new BetweennessCentrality<>(monthsGraph(large, ties)).getScores());
    }
    DistanceMatrix a = StructureAnalysis.of(small).distances(Criterion.MONTHS);
    DistanceMatrix b = StructureAnalysis.of(large).distances(Criterion.MONTHS);
    for (int i = 0; i < a.size(); i++) {
      for (int j = 0; j < a.size(); j++) {
        assertThat(b.distance(i, j).isPresent()).isEqualTo(a.distance(i, j).isPresent());
        if (a.distance(i, j).isPresent()) {
          assertThat(b.distance(i, j).getAsInt()).isEqualTo(a.distance(i, j).getAsInt() * 1000);
        }
      }
    }
  }
}
