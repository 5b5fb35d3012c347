package org.sppathways.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.sppathways.structure.Models.rid;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.junit.jupiter.api.Test;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;
import org.sppathways.paths.Criterion;

/**
 * Betweenness on graphs whose answers are known in closed form: a layered graph with more
 * shortest paths than a double can count (JGraphT's {@code BetweennessCentrality}, counting in
 * doubles, gives NaN on it).
 */
class BetweennessTest {

  /**
   * {@code layers} layers of {@code width} roles, every role of a layer leading to every role of
   * the next after {@code months} months: width^(layers − 1) shortest paths from the first layer
   * to the last.
   */
  static WorkforceModel layered(int layers, int width, int months) {
    Models m = Models.named("layered").type("t");
    for (int l = 0; l < layers; l++) {
      for (int i = 0; i < width; i++) {
        m.role("l" + l + "r" + i, 1 + l, "t");
      }
    }
    for (int l = 0; l + 1 < layers; l++) {
      for (int i = 0; i < width; i++) {
        for (int j = 0; j < width; j++) {
          m.route("l" + l + "r" + i, "l" + (l + 1) + "r" + j, months);
        }
      }
    }
    return m.build();
  }

  /**
   * A role of layer i lies on a 1/width share of the shortest paths between each of the i·width
   * roles before it and each of the (layers − 1 − i)·width roles after it.
   */
  static double expected(int layers, int width, int layer) {
    return (double) layer * (layers - 1 - layer) * width;
  }

  private static Map<RoleId, Double> scores(WorkforceModel model, Criterion metric,
      StructureOptions options) {
    Map<RoleId, Double> out = new HashMap<>();
    StructureAnalysis.of(model, options).bottlenecks(metric)
        .forEach(b -> out.put(b.role(), b.betweenness()));
    return out;
  }

  @Test
  void moreShortestPathsThanADoubleHoldsStillGivesExactValues() {
    int layers = 330;
    int width = 10;
    WorkforceModel model = layered(layers, width, 12);
    // 10^329 shortest paths from the first layer to the last: a double overflows at ~1.8·10^308
    for (Criterion metric : List.of(Criterion.STEPS, Criterion.MONTHS)) {
      for (StructureOptions options : new StructureOptions[] {StructureOptions.defaults(),
          StructureOptions.defaults().withMonthsTies(MonthsTies.FEWEST_MOVES)}) {
        Map<RoleId, Double> bc = scores(model, metric, options);
        for (int l = 0; l < layers; l += 1) {
          double want = expected(layers, width, l);
          assertThat(bc.get(rid("l" + l + "r3"))).as("%s layer %d", metric, l)
              .isCloseTo(want, within(1e-9 * Math.max(1, want)));
        }
      }
    }
  }

  @Test
  void theHeapPassAlsoCountsBeyondADouble() {
    // months above the bucket limit: passes by months use the heap
    WorkforceModel model = layered(330, 10, Brandes.MAX_BUCKET_MONTHS + 1);
    Map<RoleId, Double> bc = scores(model, Criterion.MONTHS, StructureOptions.defaults());
    assertThat(bc.get(rid("l164r0"))).isCloseTo(expected(330, 10, 164), within(1e-6));
    assertThat(bc.get(rid("l0r0"))).isZero();
  }

  @Test
  void whereJgraphtCountsExactlyOurValuesAreTheSameBitForBit() {
    WorkforceModel model = layered(12, 4, 12);
    Map<RoleId, Double> ours = scores(model, Criterion.STEPS, StructureOptions.defaults());
    Map<RoleId, Double> theirs = new BetweennessCentrality<>(model.graph()).getScores();
    assertThat(ours).isEqualTo(theirs);
    assertThat(ours.get(rid("l5r0"))).isEqualTo(expected(12, 4, 5));
  }

  @Test
  void aBottleneckIsNeverNaN() {
    assertThatThrownBy(() -> new Bottleneck(rid("a"), Double.NaN, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a");
    assertThatThrownBy(() -> new Bottleneck(rid("a"), 1, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
