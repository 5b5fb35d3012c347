package org.sppathways.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sppathways.model.ModelFixtures;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Role;
import org.sppathways.model.RouteKind;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

/** The career map's layout: rows, routing through the rows between, bounds and determinism. */
class CareerMapTest {
  private static final WorkforceModel MODEL = ReferenceModels.socialPrescribing();

  @Test
  void aRouteThatSkipsRowsIsDrawnStraightThroughEachLineBetweenBoxes() {
    CareerMap map = CareerMap.of(MODEL);
    List<Double> lines = map.rows().stream().map(CareerMap.Row::y).toList();
    Map<String, CareerMap.Node> nodes = new HashMap<>();
    map.nodes().forEach(n -> nodes.put(n.role().value(), n));

    for (CareerMap.Edge e : map.edges()) {
      CareerMap.Node a = nodes.get(e.from().value());
      CareerMap.Node b = nodes.get(e.to().value());
      long between = lines.stream().filter(y -> y > Math.min(a.y(), b.y())
          && y < Math.max(a.y(), b.y())).count();
      List<CareerMap.Point> p = e.points();
      assertThat(p).as(e.from() + " to " + e.to()).hasSize(2 + 2 * (int) between);
      for (int i = 1; i + 2 < p.size(); i += 2) {
        // through a line: a vertical stretch as tall as a box, beside every box of that line
        assertThat(p.get(i).x()).isEqualTo(p.get(i + 1).x());
        assertThat(Math.abs(p.get(i + 1).y() - p.get(i).y())).isEqualTo(CareerMap.NODE_HEIGHT);
        double x = p.get(i).x();
        double y = (p.get(i).y() + p.get(i + 1).y()) / 2;
        for (CareerMap.Node n : map.nodes()) {
          if (n.y() == y) {
            assertThat(Math.abs(n.x() - x)).as("clear of " + n.role())
                .isGreaterThanOrEqualTo(CareerMap.NODE_WIDTH / 2 + CareerMap.GAP_ROUTE - 1e-6);
          }
        }
      }
      // it starts and ends on the edges of its own boxes
      assertThat(Math.abs(p.get(0).x() - a.x())).isLessThanOrEqualTo(CareerMap.NODE_WIDTH / 2);
      assertThat(Math.abs(p.get(0).y() - a.y())).isEqualTo(CareerMap.NODE_HEIGHT / 2);
      assertThat(Math.abs(p.get(p.size() - 1).y() - b.y())).isEqualTo(CareerMap.NODE_HEIGHT / 2);
    }
  }

  @Test
  void theLayoutIsTheSameEveryTime() {
    assertThat(CareerMap.of(MODEL)).isEqualTo(CareerMap.of(MODEL));
  }

  @Test
  void familiesAreTheWorkforcesInModelOrder() {
    assertThat(CareerMap.of(MODEL).families()).containsExactly("social-prescribing",
        "supervision", "care-coordination", "health-coaching", "community-health-and-wellbeing");
  }

  /**
   * A model of hundreds of roles would need more than {@value CareerMap#MAX_DUMMIES} route points
   * through the rows between; its long routes are drawn from box to box instead, and the layout
   * still ends with every box placed, none overlapping in its line.
   */
  @Test
  void aVeryLargeModelDrawsLongRoutesDirectly() {
    Random random = new Random(17);
    WorkforceModel.Builder b = WorkforceModel.builder().name("large").scale(MODEL.scale());
    int roles = 300;
    for (int i = 0; i < roles; i++) {
      b.addRole(Role.builder().id(ModelFixtures.rid("r" + i)).title("Role " + i)
          .seniority(1 + i % 5).family("f" + i % 3).build());
    }
    Set<String> seen = new HashSet<>();
    while (seen.size() < 3_000) {
      int from = random.nextInt(roles);
      int to = random.nextInt(roles);
      if (from != to && seen.add(from + ">" + to)) {
        b.addRoute(ProgressionRoute.builder().from(ModelFixtures.rid("r" + from))
            .to(ModelFixtures.rid("r" + to)).kind(RouteKind.PROMOTION).months(12).build());
      }
    }
    CareerMap map = CareerMap.of(b.build());

    assertThat(map.nodes()).hasSize(roles);
    assertThat(map.edges()).hasSize(3_000).allSatisfy(e -> assertThat(e.points()).hasSize(2));
    Map<Double, List<CareerMap.Node>> lines = new HashMap<>();
    map.nodes().forEach(n -> lines.computeIfAbsent(n.y(), k -> new java.util.ArrayList<>()).add(n));
    lines.values().forEach(line -> {
      line.sort(java.util.Comparator.comparingDouble(CareerMap.Node::x));
      for (int i = 0; i + 1 < line.size(); i++) {
        assertThat(line.get(i + 1).x() - line.get(i).x())
            .isGreaterThanOrEqualTo(CareerMap.NODE_WIDTH + CareerMap.GAP_X - 1e-6);
      }
    });
  }

  /**
   * Pool-adjacent-violators against an independent exact oracle on small random cases: the
   * problem is a convex quadratic program, so its optimum is, among the choices of which spacing
   * constraints hold with equality, the best feasible one (each run of tight constraints moves as
   * one block to its weighted mean).
   */
  @Test
  void pavaFindsTheBestSpacedPlacement() {
    Random random = new Random(42);
    for (int trial = 0; trial < 2_000; trial++) {
      int n = 1 + random.nextInt(6);
      double[] target = new double[n];
      double[] weight = new double[n];
      double[] gaps = new double[Math.max(0, n - 1)];
      for (int i = 0; i < n; i++) {
        target[i] = random.nextInt(200) - 100;
        weight[i] = random.nextBoolean() ? 1 : 0.01 + random.nextInt(5);
      }
      for (int i = 0; i + 1 < n; i++) {
        gaps[i] = random.nextInt(60);
      }
      double[] fit = Pava.fit(target, weight, gaps);
      for (int i = 0; i + 1 < n; i++) {
        assertThat(fit[i + 1] - fit[i]).isGreaterThanOrEqualTo(gaps[i] - 1e-9);
      }
      assertThat(objective(fit, target, weight)).as("trial " + trial)
          .isCloseTo(bruteForce(target, weight, gaps), within(1e-6));
    }
  }

  private static double objective(double[] x, double[] target, double[] weight) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += weight[i] * (x[i] - target[i]) * (x[i] - target[i]);
    }
    return s;
  }

  private static double bruteForce(double[] target, double[] weight, double[] gaps) {
    int n = target.length;
    double best = Double.MAX_VALUE;
    for (int tight = 0; tight < 1 << Math.max(0, n - 1); tight++) {
      double[] x = new double[n];
      int start = 0;
      while (start < n) {
        int end = start;
        while (end < n - 1 && (tight >> end & 1) == 1) {
          end++;
        }
        // items start..end move together: x_i = c + (gaps from start to i)
        double num = 0;
        double den = 0;
        double[] shift = new double[end - start + 1];
        for (int i = start + 1; i <= end; i++) {
          shift[i - start] = shift[i - start - 1] + gaps[i - 1];
        }
        for (int i = start; i <= end; i++) {
          num += weight[i] * (target[i] - shift[i - start]);
          den += weight[i];
        }
        for (int i = start; i <= end; i++) {
          x[i] = num / den + shift[i - start];
        }
        start = end + 1;
      }
      boolean feasible = true;
      for (int i = 0; i + 1 < n; i++) {
        feasible &= x[i + 1] - x[i] >= gaps[i] - 1e-9;
      }
      if (feasible) {
        best = Math.min(best, objective(x, target, weight));
      }
    }
    return best;
  }
}
