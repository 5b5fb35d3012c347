package org.sppathways.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.sppathways.flow.internal.LuDecomposition;
import org.sppathways.io.GeneratedModels;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;

/**
 * Properties of projections and long-run analysis over random valid chains and random valid
 * models (with organisation types, external roles and per-type values). Seeds are pinned so a
 * failure replays. The oracles are a plain double recursion, a direct dense solve and a seeded
 * Monte-Carlo simulation of individual careers.
 */
class FlowProperties {

  @Provide
  Arbitrary<Chains.Chain> chains() {
    return Chains.chains(6, 0, 0.95);
  }

  /** Chains where every role has some leaving, so a steady state exists. */
  @Provide
  Arbitrary<Chains.Chain> leakyChains() {
    return Chains.chains(6, 0.05, 0.9);
  }

  /** Leaky chains of two roles or more, for walks from one role to another. */
  @Provide
  Arbitrary<Chains.Chain> walkChains() {
    return Chains.chains(2, 6, 0.05, 0.9);
  }

  /** Random models with random starting headcounts on their workforce roles. */
  record Case(WorkforceModel model, Headcounts start, boolean split) {}

  /**
   * Random models with random starting headcounts. A raw generated model often has no workforce
   * role or no rate between two (half had no state, one in six any movement), so half the cases
   * are drawn from models where people move between workforce roles and the rest from any model
   * with a workforce role; {@link FlowStatistics} checks the shares.
   */
  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<WorkforceModel> staffed = GeneratedModels.models()
        .filter(m -> m.roles().stream().anyMatch(r -> !r.external()));
    return Arbitraries.frequencyOf(Tuple.of(1, staffed),
        Tuple.of(1, staffed.filter(FlowProperties::hasMoves))).flatMap(m -> {
      List<Role> workforce = m.roles().stream().filter(r -> !r.external()).toList();
      Arbitrary<List<Double>> counts = Arbitraries.doubles().between(0, 5000).ofScale(3).list()
          .ofSize(workforce.size());
      Arbitrary<List<Integer>> types = Arbitraries.integers().between(-1, 3).list()
          .ofSize(workforce.size());
      return Combinators.combine(counts, types, Arbitraries.of(true, false)).as((c, t, split) -> {
        Headcounts.Builder b = Headcounts.builder();
        for (int i = 0; i < workforce.size(); i++) {
          Role r = workforce.get(i);
          if (t.get(i) >= 0 && t.get(i) < r.offeredBy().size()) {
            b.put(r.id(), r.offeredBy().get(t.get(i)), c.get(i));
          } else {
            b.put(r.id(), c.get(i));
          }
        }
        return new Case(m, b.build(), split);
      });
    });
  }

  /** Whether some route between two workforce roles has a positive rate, overall or by type. */
  private static boolean hasMoves(WorkforceModel m) {
    return m.routes().stream().anyMatch(r -> !m.role(r.from()).external()
        && !m.role(r.to()).external()
        && (r.rate().orElse(0) > 0 || r.rateBy().values().stream().anyMatch(v -> v > 0)));
  }

  private static BigDecimal exact(double value) {
    return BigDecimal.valueOf(value);
  }

  private static void assertBooksBalance(FlowModel flows, Projection p) {
    for (int t = 1; t <= p.length(); t++) {
      ProjectionYear before = p.year(t - 1);
      ProjectionYear y = p.year(t);
      BigDecimal in = BigDecimal.ZERO;
      BigDecimal out = BigDecimal.ZERO;
      for (FlowState s : flows.states()) {
        BigDecimal expected = exact(before.headcount(s)).subtract(exact(y.leavers(s)))
            .subtract(exact(y.movedOut(s))).add(exact(y.movedIn(s))).add(exact(y.recruits(s)));
        assertThat(exact(y.headcount(s))).as("state %s, year %d", s, t)
            .isEqualByComparingTo(expected);
        assertThat(y.headcount(s)).isGreaterThanOrEqualTo(0);
        in = in.add(exact(y.movedIn(s)));
        out = out.add(exact(y.movedOut(s)));
      }
      assertThat(in).as("moves in and out balance, year %d", t).isEqualByComparingTo(out);
      assertThat(exact(y.headcount()).add(exact(y.leavers()))).as("year %d", t)
          .isEqualByComparingTo(exact(before.headcount()).add(exact(y.recruits())));
    }
  }

  @Property(tries = 300, seed = "90210")
  void stockFlowIdentityIsExactEveryYear(@ForAll("chains") Chains.Chain chain,
      @ForAll @IntRange(min = 0, max = 30) int years) {
    FlowStatistics.collect(chain);
    FlowModel flows = FlowModel.of(chain.model());
    Headcounts.Builder start = Headcounts.builder();
    for (int i = 0; i < chain.size(); i++) {
      start.put(Chains.role(i), 1000.0 / (i + 3));
    }

    assertBooksBalance(flows, flows.project(start.build(), years));
  }

  @Property(tries = 100, seed = "5551212")
  void stockFlowIdentityIsExactOnRandomModels(@ForAll("cases") Case c) {
    FlowModel flows = c.split() ? FlowModel.byOrganisationType(c.model(), c.start())
        : FlowModel.of(c.model(), c.start());
    FlowStatistics.collect(flows, c.start().total() + 12 * flows.totalRecruits() > 1e9);
    if (c.start().total() + 12 * flows.totalRecruits() > 1e9) {
      // The generated recruits are sometimes huge (up to Double.MAX_VALUE): refused clearly.
      assertThatIllegalArgumentException().isThrownBy(() -> flows.project(c.start(), 12))
          .withMessageStartingWith("a projection holds at most 10^9 people");
      return;
    }

    assertBooksBalance(flows, flows.project(c.start(), 12));
  }

  @Property(tries = 100, seed = "1848")
  void ratesOfEveryStateArePropabilitiesThatAddUpToOne(@ForAll("cases") Case c) {
    FlowModel flows = c.split() ? FlowModel.byOrganisationType(c.model(), c.start())
        : FlowModel.of(c.model(), c.start());
    FlowStatistics.collect(flows, c.start().total() + 12 * flows.totalRecruits() > 1e9);
    for (FlowState from : flows.states()) {
      double sum = flows.stayRate(from) + flows.leavingRate(from);
      for (FlowState to : flows.states()) {
        double p = flows.transitionRate(from, to);
        assertThat(p).isBetween(0.0, 1.0);
        sum += p;
      }
      assertThat(flows.stayRate(from)).isBetween(0.0, 1.0);
      assertThat(flows.leavingRate(from)).isBetween(0.0, 1.0 + 1e-9);
      assertThat(sum).isCloseTo(1, within(1e-9));
    }
  }

  @Property(tries = 100, seed = "271")
  void reachProbabilitiesAreProbabilities(@ForAll("cases") Case c) {
    FlowModel flows = c.split() ? FlowModel.byOrganisationType(c.model(), c.start())
        : FlowModel.of(c.model(), c.start());
    FlowStatistics.collect(flows, c.start().total() + 12 * flows.totalRecruits() > 1e9);
    LongRunAnalysis longRun = flows.longRun();
    for (Role target : c.model().roles()) {
      for (FlowState from : flows.states()) {
        ReachProbability r = longRun.reach(from, target.id());
        assertThat(r.probability()).isBetween(0.0, 1.0);
        assertThat(r.expectedYears().isPresent()).isEqualTo(r.probability() > 0);
        r.expectedYears().ifPresent(t -> assertThat(t).isGreaterThanOrEqualTo(
            from.role().equals(target.id()) ? 0 : 1));
      }
    }
  }

  @Property(tries = 300, seed = "31337")
  void projectionFollowsTheRealRecursion(@ForAll("chains") Chains.Chain chain) {
    FlowStatistics.collect(chain);
    int n = chain.size();
    double[][] p = Chains.matrix(chain);
    double[] stock = new double[n];
    Headcounts.Builder start = Headcounts.builder();
    for (int i = 0; i < n; i++) {
      stock[i] = 500 + 37.5 * i;
      start.put(Chains.role(i), stock[i]);
    }
    Projection projection = FlowModel.of(chain.model()).project(start.build(), 25);
    for (int t = 1; t <= 25; t++) {
      double[] next = chain.recruits().clone();
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          next[j] += stock[i] * p[i][j];
        }
      }
      stock = next;
      for (int i = 0; i < n; i++) {
        assertThat(projection.year(t).headcount(Chains.role(i))).as("role %d, year %d", i, t)
            .isCloseTo(stock[i], within(1e-6 * (n + 1) * t + 1e-9 * stock[i]));
      }
    }
  }

  @Property(tries = 200, seed = "424242")
  void steadyStateSolvesTheSystemAndIsWhereALongProjectionEnds(
      @ForAll("leakyChains") Chains.Chain chain) {
    FlowStatistics.collect(chain);
    int n = chain.size();
    FlowModel flows = FlowModel.of(chain.model());
    SteadyState steady = flows.longRun().steadyState();
    assertThat(steady.exists()).isTrue();
    double[][] p = Chains.matrix(chain);
    double[] s = new double[n];
    for (int i = 0; i < n; i++) {
      s[i] = steady.headcounts().get(FlowState.of(Chains.role(i)));
    }
    // n = nP + r
    for (int j = 0; j < n; j++) {
      double v = chain.recruits()[j];
      for (int i = 0; i < n; i++) {
        v += s[i] * p[i][j];
      }
      assertThat(s[j]).isCloseTo(v, within(1e-9 * (1 + s[j])));
    }
    // A long projection from no one ends there (convergence at least as fast as 0.95^t).
    ProjectionYear end = flows.project(Headcounts.empty(), 600).last();
    for (int i = 0; i < n; i++) {
      assertThat(end.headcount(Chains.role(i))).isCloseTo(s[i], within(1e-3 + 1e-9 * s[i]));
    }
    // Leavers balance recruits in the steady state.
    double leavers = 0;
    for (int i = 0; i < n; i++) {
      leavers += s[i] * chain.leaving()[i];
    }
    assertThat(leavers).isCloseTo(flows.totalRecruits(), within(1e-9 * (1 + leavers)));
  }

  /** The fundamental matrix of the whole chain, column by column: N[i][j]. */
  private static double[][] fundamental(Chains.Chain chain) {
    int n = chain.size();
    double[][] p = Chains.matrix(chain);
    double[] a = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        a[i * n + j] = (i == j ? 1 : 0) - p[i][j];
      }
    }
    LuDecomposition lu = LuDecomposition.of(a, n);
    double[][] fund = new double[n][n];
    for (int j = 0; j < n; j++) {
      double[] e = new double[n];
      e[j] = 1;
      double[] col = lu.solve(e);
      for (int i = 0; i < n; i++) {
        fund[i][j] = col[i];
      }
    }
    return fund;
  }

  /** Hitting probabilities of a transient chain: h(i, j) = N[i][j] / N[j][j]. */
  @Property(tries = 200, seed = "8675309")
  void reachAgreesWithTheWholeChainFundamentalMatrix(@ForAll("leakyChains") Chains.Chain chain) {
    FlowStatistics.collect(chain);
    int n = chain.size();
    double[][] fund = fundamental(chain);
    LongRunAnalysis longRun = FlowModel.of(chain.model()).longRun();
    for (int i = 0; i < n; i++) {
      assertThat(longRun.yearsInRole(FlowState.of(Chains.role(i))))
          .hasValueCloseTo(fund[i][i], within(1e-9 * fund[i][i]));
      double rowSum = 0;
      for (int j = 0; j < n; j++) {
        rowSum += fund[i][j];
        double h = i == j ? 1 : fund[i][j] / fund[j][j];
        assertThat(longRun.reach(FlowState.of(Chains.role(i)), Chains.role(j)).probability())
            .as("from %d to %d", i, j).isCloseTo(h, within(1e-9));
      }
      assertThat(longRun.yearsInWorkforce(FlowState.of(Chains.role(i))))
          .hasValueCloseTo(rowSum, within(1e-9 * rowSum));
    }
  }

  /**
   * Reach probabilities and expected years against a Monte-Carlo simulation of 20,000 careers
   * per chain (fixed seed): within four standard errors.
   */
  @Property(tries = 40, seed = "1234567")
  void reachAgreesWithMonteCarlo(@ForAll("walkChains") Chains.Chain chain,
      @ForAll @IntRange(min = 0, max = 5) int fromIndex,
      @ForAll @IntRange(min = 0, max = 4) int toOffset) {
    FlowStatistics.collect(chain);
    int n = chain.size();
    int from = fromIndex % n;
    int to = (from + 1 + toOffset % (n - 1)) % n; // never the start: a walk to itself is trivial
    double[][] p = Chains.matrix(chain);
    Random random = new Random(977L * n + 31L * from + to);
    int walks = 20_000;
    int hits = 0;
    double years = 0;
    double squares = 0;
    for (int w = 0; w < walks; w++) {
      int at = from;
      for (int t = 1; t < 100_000; t++) {
        double u = random.nextDouble();
        int next = -1;
        double acc = 0;
        for (int j = 0; j < n; j++) {
          acc += p[at][j];
          if (u < acc) {
            next = j;
            break;
          }
        }
        if (next < 0) {
          break; // left
        }
        if (next == to) {
          hits++;
          years += t;
          squares += (double) t * t;
          break;
        }
        at = next;
      }
    }
    ReachProbability exact = FlowModel.of(chain.model()).longRun()
        .reach(FlowState.of(Chains.role(from)), Chains.role(to));
    double h = exact.probability();
    double seP = Math.sqrt(Math.max(h * (1 - h), 1e-6) / walks);
    assertThat((double) hits / walks).isCloseTo(h, within(4 * seP + 1e-3));
    if (hits >= 200) {
      double mean = years / hits;
      double sd = Math.sqrt(Math.max(0, squares / hits - mean * mean));
      assertThat(mean).isCloseTo(exact.expectedYears().getAsDouble(),
          within(4 * sd / Math.sqrt(hits) + 1e-2));
    }
  }

  /** Capacity: the recruits it asks for hold the target, and the role's books balance. */
  @Property(tries = 200, seed = "60606")
  void capacityHoldsTheTarget(@ForAll("leakyChains") Chains.Chain chain,
      @ForAll @IntRange(min = 0, max = 5) int roleIndex) {
    FlowStatistics.collect(chain);
    int n = chain.size();
    int r = roleIndex % n;
    double target = 250;
    CapacityNeed need = FlowModel.of(chain.model()).longRun().capacity(Chains.role(r), target);
    double[] recruits = chain.recruits().clone();
    recruits[r] = need.recruitsNeeded();
    WorkforceModel held = Chains.model(chain.rates(), chain.leaving(), recruits);
    double steady = FlowModel.of(held).longRun().steadyState().headcount(Chains.role(r));

    if (need.recruitsNeeded() > 0) {
      assertThat(steady).isCloseTo(target, within(1e-7 * target));
    } else {
      assertThat(steady).isGreaterThanOrEqualTo(target - 1e-7 * target);
    }
    assertThat(need.leaversPerYear() + need.movedOutPerYear())
        .isCloseTo(need.recruitsNeeded() + need.movedInPerYear(),
            within(1e-7 * (1 + need.leaversPerYear() + need.movedOutPerYear())));
  }

  /** Splitting by organisation type changes the detail, not the role totals, in year one. */
  @Property(tries = 100, seed = "1066")
  void splitAndRoleProjectionsAgreeInYearOne(@ForAll("cases") Case c) {
    boolean refused = c.start().total() + FlowModel.of(c.model()).totalRecruits() > 1e9;
    FlowStatistics.collect(FlowModel.byOrganisationType(c.model(), c.start()), refused);
    if (refused) {
      return;
    }
    Projection split = FlowModel.byOrganisationType(c.model(), c.start()).project(c.start(), 1);
    Projection roles = FlowModel.of(c.model(), c.start()).project(c.start(), 1);
    for (RoleId role : roles.year(1).headcountByRole().keySet()) {
      assertThat(split.year(1).headcount(role)).as("role %s", role)
          .isCloseTo(roles.year(1).headcount(role), within(1e-4 + 1e-9 * roles.year(1)
              .headcount(role)));
    }
  }
}
