package org.sppathways.paths.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sppathways.graph.internal.RoleGraph;

/**
 * The Pareto search's pruning cuts work where it must, counted exactly (one unit per vertex a
 * bound tree settles, per label created and per dominance comparison).
 *
 * <p>The graph: source s = v01, target t = v00, s → b → t, two detours s → a1 and s → a2, each
 * into a complete region of six roles that all have a route to t, and a dead end s → d1 → d2
 * that never reaches t. Key components months, hours, cost, steps; every route weighs
 * (1, 0, 0, 1) except s → a1 and s → a2, which weigh (5, 0, 0, 1). The path s → b → t, key
 * (2, 0, 0, 2), dominates everything through a1 or a2 (at least (7, 0, 0, 3)); nothing through
 * the dead end reaches t.
 */
class ParetoPruningTest {
  private static final int T = 0;
  private static final int S = 1;
  private static final int B = 2;
  private static final int A1 = 3;
  private static final int A2 = 4;
  private static final int D1 = 11;
  private static final int D2 = 12;

  private static SearchSpec spec(long maxSteps) {
    return spec(maxSteps, Long.MAX_VALUE);
  }

  private static SearchSpec spec(long maxSteps, long maxMonths) {
    List<int[]> routes = new ArrayList<>();
    routes.add(new int[] {S, B});
    routes.add(new int[] {B, T});
    routes.add(new int[] {S, A1});
    routes.add(new int[] {S, A2});
    routes.add(new int[] {S, D1});
    routes.add(new int[] {D1, D2});
    for (int r = 5; r <= 10; r++) {
      routes.add(new int[] {A1, r});
      routes.add(new int[] {A2, r});
      routes.add(new int[] {r, T});
      for (int x = 5; x <= 10; x++) {
        if (x != r) {
          routes.add(new int[] {r, x});
        }
      }
    }
    RoleGraph g = TestGraphs.of(13, routes.toArray(new int[0][]));
    long[][] w = new long[4][g.m];
    for (int e = 0; e < g.m; e++) {
      w[0][e] = g.tail[e] == S && (g.head[e] == A1 || g.head[e] == A2) ? 5 : 1;
      w[3][e] = 1;
    }
    return new SearchSpec(g, w, S, null, null, null, -1, null, 3, 0, maxSteps, maxMonths,
        new SearchSpec.Work(Long.MAX_VALUE));
  }

  private static List<Integer> roles(SearchSpec s, int[] edges) {
    List<Integer> out = new ArrayList<>(List.of(s.source));
    for (int e : edges) {
      out.add(s.g.head[e]);
    }
    return out;
  }

  @Test
  void labelsTheTargetAlreadyDominatesAreNotExtended() {
    SearchSpec s = spec(Long.MAX_VALUE);
    LabelSearches.Outcome out = LabelSearches.pareto(s, T);
    assertThat(out.paths()).hasSize(1);
    assertThat(roles(s, out.paths().get(0))).containsExactly(S, B, T);
    assertThat(out.keys().get(0)).containsExactly(2, 0, 0, 2);
    // bounds: the steps and months trees each settle the 10 roles that reach t (hours and cost
    // are all zero and need no tree); labels: b, a1 and a2 from s (never d1, which cannot reach
    // t), then t from b; a1 and a2 are taken after t and each dropped at one comparison with
    // t's label (a2's not counted, as the heap is empty after it). Extending a1 or a2 instead
    // would create six labels more.
    assertThat(s.work.used()).isEqualTo(10 + 10 + 4 + 1);
  }

  @Test
  void labelsThatCannotReachTheTargetWithinTheLimitsAreNotCreated() {
    SearchSpec s = spec(2);
    LabelSearches.Outcome out = LabelSearches.pareto(s, T);
    assertThat(out.paths()).hasSize(1);
    assertThat(roles(s, out.paths().get(0))).containsExactly(S, B, T);
    // as above, but a1 and a2 are not created either: 1 step to them and at least 2 more
    // exceed 2 steps
    assertThat(s.work.used()).isEqualTo(10 + 10 + 2);
  }

  @Test
  void labelsThatCannotReachTheTargetWithinTheMonthsAreNotCreated() {
    SearchSpec s = spec(Long.MAX_VALUE, 6);
    LabelSearches.Outcome out = LabelSearches.pareto(s, T);
    assertThat(out.paths()).hasSize(1);
    assertThat(roles(s, out.paths().get(0))).containsExactly(S, B, T);
    // a1 and a2 are within 6 months (5) but cannot reach t in 6 (at least 2 more): not created
    assertThat(s.work.used()).isEqualTo(10 + 10 + 2);
  }
}
