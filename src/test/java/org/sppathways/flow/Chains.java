package org.sppathways.flow;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.WorkforceModel;

/**
 * Small workforce chains for the flow tests: models built from a rate matrix, leaving rates and
 * recruits, and jqwik arbitraries for random valid chains.
 */
final class Chains {
  private Chains() {}

  /** A chain: {@code rates[i][j]} from role i to j, leaving and recruits per role. */
  record Chain(double[][] rates, double[] leaving, double[] recruits) {
    int size() {
      return leaving.length;
    }

    double stay(int i) {
      double s = 1 - leaving[i];
      for (int j = 0; j < size(); j++) {
        s -= rates[i][j];
      }
      return Math.max(0, s);
    }

    WorkforceModel model() {
      return Chains.model(rates, leaving, recruits);
    }
  }

  static RoleId role(int i) {
    return RoleId.of("r" + i);
  }

  /** A model with roles r0..r(n-1), a route for each positive rate. */
  static WorkforceModel model(double[][] rates, double[] leaving, double[] recruits) {
    WorkforceModel.Builder b = WorkforceModel.builder().name("chain")
        .scale(ProficiencyScale.of("Only"));
    int n = leaving.length;
    for (int i = 0; i < n; i++) {
      Role.Builder r = Role.builder().id(role(i)).title("Role " + i).leaving(leaving[i]);
      if (recruits[i] > 0) {
        r.recruits(recruits[i]);
      }
      b.addRole(r.build());
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j && rates[i][j] > 0) {
          b.addRoute(ProgressionRoute.builder().from(role(i)).to(role(j))
              .kind(RouteKind.LATERAL).months(0).rate(rates[i][j]).build());
        }
      }
    }
    return b.build();
  }

  /**
   * Random valid chains of 1 to {@code maxSize} roles: each role's row (moves, leaving, stay)
   * is a random split of 1, routes present with probability 1/2, some rates 0, and the stay
   * rate at most {@code maxStay} so that walks end in reasonable time.
   */
  static Arbitrary<Chain> chains(int maxSize, double minLeaving, double maxStay) {
    return chains(1, maxSize, minLeaving, maxStay);
  }

  /** Random valid chains of {@code minSize} to {@code maxSize} roles, as above. */
  static Arbitrary<Chain> chains(int minSize, int maxSize, double minLeaving, double maxStay) {
    return Arbitraries.integers().between(minSize, maxSize).flatMap(n -> {
      // No edge cases for the weights: jqwik's (all 0, all 1) made a third of the chains
      // trivial (everyone leaves at once, nobody moves); zero rates come from absent routes.
      Arbitrary<List<Double>> row = Arbitraries.doubles().between(0, 1).withoutEdgeCases().list()
          .ofSize(n + 2);
      Arbitrary<List<Boolean>> present = Arbitraries.of(true, false).list().ofSize(n);
      return Combinators.combine(row.list().ofSize(n), present.list().ofSize(n),
              Arbitraries.doubles().between(0, 200).list().ofSize(n),
              Arbitraries.of(true, false, false).list().ofSize(n))
          .as((weights, on, recruits, noRecruits) -> build(n, weights, on, recruits, noRecruits,
              minLeaving, maxStay));
    });
  }

  private static Chain build(int n, List<List<Double>> weights, List<List<Boolean>> on,
      List<Double> recruits, List<Boolean> noRecruits, double minLeaving, double maxStay) {
    double[][] rates = new double[n][n];
    double[] leaving = new double[n];
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      double[] w = weights.get(i).stream().mapToDouble(Double::doubleValue).toArray();
      for (int j = 0; j < n; j++) {
        if (!on.get(i).get(j) || i == j) {
          w[j] = 0;
        }
      }
      double sum = 0;
      for (double v : w) {
        sum += v;
      }
      if (sum == 0) {
        w[n] = 1;
        sum = 1;
      }
      // w[n] is leaving, w[n + 1] staying; scale the row so it adds up to 1.
      double stay = Math.min(maxStay, w[n + 1] / sum);
      double rest = 1 - stay;
      double moving = sum - w[n + 1];
      for (int j = 0; j < n; j++) {
        rates[i][j] = moving > 0 ? rest * w[j] / moving : 0;
      }
      leaving[i] = moving > 0 ? rest * w[n] / moving : rest;
      if (leaving[i] < minLeaving) {
        double cut = (minLeaving - leaving[i]);
        double movesSum = 0;
        for (int j = 0; j < n; j++) {
          movesSum += rates[i][j];
        }
        double scale = movesSum > cut ? (movesSum - cut) / movesSum : 0;
        for (int j = 0; j < n; j++) {
          rates[i][j] *= scale;
        }
        leaving[i] = minLeaving;
      }
      // Round to 6 decimals, as a model file would give them, keeping the sum at most 1.
      double total = 0;
      for (int j = 0; j < n; j++) {
        rates[i][j] = Math.floor(rates[i][j] * 1e6) / 1e6;
        total += rates[i][j];
      }
      leaving[i] = Math.min(Math.floor(leaving[i] * 1e6) / 1e6, Math.max(0, 1 - total));
      r[i] = noRecruits.get(i) ? 0 : Math.floor(recruits.get(i) * 100) / 100;
    }
    return new Chain(rates, leaving, r);
  }

  /** The transition matrix with stays on the diagonal. */
  static double[][] matrix(Chain c) {
    int n = c.size();
    double[][] p = new double[n][n];
    for (int i = 0; i < n; i++) {
      p[i] = c.rates()[i].clone();
      p[i][i] = c.stay(i);
    }
    return p;
  }

  static List<FlowState> states(int n) {
    List<FlowState> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(FlowState.of(role(i)));
    }
    return out;
  }
}
