package org.sppathways.paths.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.ToLongBiFunction;
import org.junit.jupiter.api.Test;
import org.sppathways.graph.internal.RoleGraph;

/**
 * The k-shortest-paths, Pareto and reach searches run on their own, checked against every simple
 * path enumerated depth-first, on random graphs with one to four key components whose small
 * weights tie often, personal first-step weights, an offset, masks, a forbidden role and step
 * and month limits. Below the public API, so that the key vectors (not only what a query can
 * ask for) are exercised, on graphs with longer paths than the model-level oracle enumerates.
 */
class SearchOracleTest {

  /** One simple path: its edges, vertices and key. */
  private record P(int[] edges, int[] verts, long[] key) {}

  private static final Comparator<P> ORDER = (a, b) -> {
    int cmp = Arrays.compare(a.key, b.key);
    return cmp != 0 ? cmp : Arrays.compare(a.verts, b.verts);
  };

  /** Every simple path from the source within the limits; with t ≥ 0 only those ending at t. */
  private static List<P> all(SearchSpec s, int t) {
    List<P> out = new ArrayList<>();
    boolean[] on = new boolean[s.g.n];
    on[s.source] = true;
    extend(s, t, s.source, s.offset.clone(), new ArrayList<>(), new ArrayList<>(List.of(s.source)),
        on, out);
    return out;
  }

  private static void extend(SearchSpec s, int t, int v, long[] key, List<Integer> edges,
      List<Integer> verts, boolean[] on, List<P> out) {
    if (t < 0 || v == t) {
      out.add(new P(edges.stream().mapToInt(Integer::intValue).toArray(),
          verts.stream().mapToInt(Integer::intValue).toArray(), key.clone()));
    }
    if (v == t) {
      return;
    }
    RoleGraph g = s.g;
    for (int e = g.outStart[v]; e < g.outStart[v + 1]; e++) {
      int y = g.head[e];
      if (!s.usable(e) || on[y]) {
        continue;
      }
      long[] next = key.clone();
      for (int i = 0; i < s.c; i++) {
        next[i] += s.weight(i, e);
      }
      if (!s.within(next, 0)) {
        continue;
      }
      on[y] = true;
      edges.add(e);
      verts.add(y);
      extend(s, t, y, next, edges, verts, on, out);
      on[y] = false;
      edges.remove(edges.size() - 1);
      verts.remove(verts.size() - 1);
    }
  }

  /** A random set-up; component stepsComp counts steps, monthsComp is another component. */
  private static SearchSpec spec(Random random, RoleGraph g, long workLimit) {
    int c = 2 + random.nextInt(3);
    long[][] w = TestGraphs.weights(random, g, c, 1 + random.nextInt(3), false);
    int stepsComp = random.nextInt(c);
    int monthsComp = (stepsComp + 1 + random.nextInt(c - 1)) % c;
    Arrays.fill(w[stepsComp], 1);
    int source = random.nextInt(g.n);
    long[][] first = null;
    int deg = g.outStart[source + 1] - g.outStart[source];
    if (random.nextBoolean()) {
      first = new long[c][deg];
      for (int i = 0; i < c; i++) {
        for (int j = 0; j < deg; j++) {
          first[i][j] = i == stepsComp ? 1 : random.nextInt(4);
        }
      }
    }
    long[] offset = null;
    if (random.nextInt(3) == 0) {
      offset = new long[c];
      for (int i = 0; i < c; i++) {
        offset[i] = i == stepsComp ? random.nextInt(2) : random.nextInt(3);
      }
    }
    boolean[] vertexOk = null;
    if (random.nextInt(4) == 0) {
      vertexOk = new boolean[g.n];
      for (int v = 0; v < g.n; v++) {
        vertexOk[v] = random.nextInt(5) > 0;
      }
    }
    boolean[] edgeOk = null;
    if (random.nextInt(4) == 0) {
      edgeOk = new boolean[g.m];
      for (int e = 0; e < g.m; e++) {
        edgeOk[e] = random.nextInt(5) > 0;
      }
    }
    long maxSteps = Long.MAX_VALUE;
    long maxMonths = Long.MAX_VALUE;
    switch (random.nextInt(4)) {
      case 0:
        maxSteps = 1 + random.nextInt(4);
        break;
      case 1:
        maxMonths = 1 + random.nextInt(6);
        break;
      case 2:
        maxSteps = 2 + random.nextInt(3);
        maxMonths = 2 + random.nextInt(6);
        break;
      default:
        break;
    }
    return new SearchSpec(g, w, source, first, vertexOk, edgeOk,
        random.nextInt(4) == 0 ? random.nextInt(g.n) : -1, offset, stepsComp, monthsComp,
        maxSteps, maxMonths, new SearchSpec.Work(workLimit));
  }

  private static RoleGraph graph(Random random) {
    return TestGraphs.random(random, 2 + random.nextInt(7), 0.2 + random.nextDouble() * 0.5);
  }

  /** A search on a random graph, with the random source that made it, for more choices. */
  private record Case(long seed, Random random, SearchSpec spec) {}

  /** The cases of seeds 0 to {@code seeds - 1} whose start is within their limits. */
  private static List<Case> cases(int seeds, ToLongBiFunction<Random, RoleGraph> workLimit) {
    List<Case> cases = new ArrayList<>();
    for (long seed = 0; seed < seeds; seed++) {
      Random random = new Random(seed);
      RoleGraph g = graph(random);
      SearchSpec s = spec(random, g, workLimit.applyAsLong(random, g));
      if (s.within(s.offset, 0)) {
        cases.add(new Case(seed, random, s));
      }
    }
    return cases;
  }

  private static List<int[]> edges(List<P> paths) {
    return paths.stream().map(P::edges).toList();
  }

  @Test
  void kShortestPathsAreTheFirstKSimplePaths() {
    for (Case c : cases(500, (random, g) -> Long.MAX_VALUE)) {
      SearchSpec s = c.spec();
      long seed = c.seed();
      int t = c.random().nextInt(s.g.n);
      int k = 1 + c.random().nextInt(12);
      List<P> expected = all(s, t);
      expected.sort(ORDER);
      KShortestPaths search = new KShortestPaths(s, t);
      List<int[]> found = search.paths(k);
      assertThat(found).as("seed %d", seed)
          .containsExactlyElementsOf(edges(expected.subList(0, Math.min(k, expected.size()))));
      assertThat(search.complete()).isTrue();
    }
  }

  /** The Pareto set to t: one path per non-dominated key, the least by role ids, in key order. */
  private static List<P> pareto(SearchSpec s, int t) {
    List<P> paths = all(s, t);
    paths.sort(ORDER);
    List<P> expected = new ArrayList<>();
    for (P p : paths) {
      boolean dominated = false;
      for (P q : paths) {
        boolean le = true;
        for (int i = 0; i < s.c; i++) {
          le &= q.key[i] <= p.key[i];
        }
        dominated |= le && (!Arrays.equals(q.key, p.key) || ORDER.compare(q, p) < 0);
      }
      if (!dominated) {
        expected.add(p);
      }
    }
    return expected;
  }

  /** The least path to every vertex the source reaches (itself included), by vertex. */
  private static List<P> reach(SearchSpec s) {
    P[] best = new P[s.g.n];
    for (P p : all(s, -1)) {
      int v = p.verts[p.verts.length - 1];
      if (best[v] == null || ORDER.compare(p, best[v]) < 0) {
        best[v] = p;
      }
    }
    return Arrays.stream(best).filter(p -> p != null).toList();
  }

  @Test
  void paretoIsTheNonDominatedSimplePathsOnePerKey() {
    for (Case c : cases(500, (random, g) -> Long.MAX_VALUE)) {
      SearchSpec s = c.spec();
      long seed = c.seed();
      int t = c.random().nextInt(s.g.n);
      List<P> expected = pareto(s, t);
      LabelSearches.Outcome out = LabelSearches.pareto(s, t);
      assertThat(out.paths()).as("seed %d", seed).containsExactlyElementsOf(edges(expected));
      assertThat(out.keys()).as("seed %d", seed)
          .containsExactlyElementsOf(expected.stream().map(P::key).toList());
      assertThat(out.complete()).isTrue();
    }
  }

  @Test
  void reachIsTheLeastSimplePathToEveryRole() {
    for (Case c : cases(500, (random, g) -> Long.MAX_VALUE)) {
      SearchSpec s = c.spec();
      long seed = c.seed();
      List<P> expected = reach(s);
      LabelSearches.Outcome out = LabelSearches.reach(s);
      assertThat(out.paths()).as("seed %d", seed).containsExactlyElementsOf(edges(expected));
      assertThat(out.keys()).as("seed %d", seed)
          .containsExactlyElementsOf(expected.stream().map(P::key).toList());
      assertThat(out.complete()).isTrue();
    }
  }

  /*
   * Under a work limit a search may stop early: what it has output is then still the first
   * paths in order, and it must say it is incomplete, so a caller never takes a partial answer
   * for the whole one. (It may also pass the limit in its last step and still be whole.)
   */

  @Test
  void kShortestPathsStoppedByTheWorkLimitSaySoAndKeepTheFirstPaths() {
    int stopped = 0;
    for (Case c : cases(300, (random, g) -> 1 + random.nextInt(3 * g.n))) {
      SearchSpec s = c.spec();
      long seed = c.seed();
      int t = c.random().nextInt(s.g.n);
      List<P> expected = all(s, t);
      expected.sort(ORDER);
      KShortestPaths search = new KShortestPaths(s, t);
      List<int[]> found = search.paths(20);
      assertThat(found.size()).isLessThanOrEqualTo(expected.size());
      assertThat(found).as("seed %d", seed)
          .containsExactlyElementsOf(edges(expected.subList(0, found.size())));
      if (search.complete()) {
        assertThat(found).as("seed %d: complete", seed).hasSize(Math.min(20, expected.size()));
      } else {
        assertThat(s.work.exhausted()).as("seed %d: incomplete", seed).isTrue();
        stopped++;
      }
    }
    assertThat(stopped).as("searches stopped by the limit").isGreaterThan(30);
  }

  @Test
  void labelSearchesStoppedByTheWorkLimitSaySo() {
    int stopped = 0;
    for (long seed = 0; seed < 300; seed++) {
      Random random = new Random(seed);
      RoleGraph g = graph(random);
      long limit = 1 + random.nextInt(4 * g.n);
      SearchSpec a = spec(new Random(seed), g, limit);
      int t = random.nextInt(g.n);
      if (!a.within(a.offset, 0) || a.source == t) {
        continue;
      }
      LabelSearch search = new LabelSearch(a, true);
      search.run(a.source, a.offset, t, false, null, 0, LowerBounds.all(a, t));
      List<int[]> found = search.permanent(t).stream().map(search::edges).toList();
      if (search.complete()) {
        assertThat(found).as("seed %d: complete", seed)
            .containsExactlyElementsOf(edges(pareto(a, t)));
      } else {
        assertThat(a.work.exhausted()).as("seed %d: incomplete", seed).isTrue();
        stopped++;
      }
      SearchSpec b = spec(new Random(seed), g, limit);
      LabelSearches.Outcome out = LabelSearches.reach(b);
      if (out.complete()) {
        assertThat(out.paths()).as("seed %d: complete", seed)
            .containsExactlyElementsOf(edges(reach(b)));
      }
    }
    assertThat(stopped).as("searches stopped by the limit").isGreaterThan(30);
  }

  @Test
  void noPathsAreAskedForNoneAreGiven() {
    Random random = new Random(3);
    RoleGraph g = TestGraphs.random(random, 5, 1.0);
    for (int t = 0; t < 5; t++) {
      SearchSpec s = new SearchSpec(g, new long[][] {new long[g.m]}, 2, null, null, null, -1,
          null, 0, 0, Long.MAX_VALUE, Long.MAX_VALUE, new SearchSpec.Work(Long.MAX_VALUE));
      Arrays.fill(s.w[0], 1);
      assertThat(new KShortestPaths(s, t).paths(0)).as("to %d", t).isEmpty();
      assertThat(new KShortestPaths(s, t).paths(1)).hasSize(1);
    }
  }
}
