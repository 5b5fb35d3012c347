package org.sppathways.paths;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.jgrapht.graph.AsWeightedGraph;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.WorkforceModel;

/**
 * The k best paths by months against JGraphT's {@link YenKShortestPath} on random graphs of 20
 * to 60 roles: the same path months, query by query (the paths themselves may differ where
 * months tie, since JGraphT breaks ties its own way).
 */
class YenCrossCheckProperties {

  @Property(tries = 60, seed = CareerPathFinderProperties.SEED)
  void monthsOfTheKBestAgreeWithJGraphT(@ForAll long seed) {
    Random random = new Random(seed);
    int n = 20 + random.nextInt(41);
    double degree = 1 + random.nextDouble() * 6;
    WorkforceModel.Builder b = WorkforceModel.builder().name("yen " + seed)
        .scale(ProficiencyScale.of("A", "B"));
    for (int i = 0; i < n; i++) {
      b.addRole(Role.builder().id(RoleId.of("r" + i)).title("R" + i).build());
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j && random.nextDouble() < degree / n) {
          b.addRoute(ProgressionRoute.builder().from(RoleId.of("r" + i)).to(RoleId.of("r" + j))
              .kind(RouteKind.LATERAL).months(random.nextInt(37)).build());
        }
      }
    }
    WorkforceModel model = b.build();
    CareerPathFinder finder = CareerPathFinder.of(model);
    YenKShortestPath<RoleId, ProgressionRoute> yen = new YenKShortestPath<>(
        new AsWeightedGraph<>(model.graph(), r -> (double) r.months(), true, false));
    for (int q = 0; q < 10; q++) {
      RoleId from = RoleId.of("r" + random.nextInt(n));
      RoleId to = RoleId.of("r" + random.nextInt(n));
      if (from.equals(to)) {
        continue;
      }
      int k = 1 + random.nextInt(12);
      List<Long> ours = finder.paths(from, to, k, PathQuery.by(Criterion.MONTHS)).paths().stream()
          .map(CareerPath::months).toList();
      List<Long> theirs = new ArrayList<>();
      for (GraphPath<RoleId, ProgressionRoute> p : yen.getPaths(from, to, k)) {
        theirs.add((long) p.getWeight());
      }
      assertThat(ours).as("%s -> %s, k = %d", from, to, k).isEqualTo(theirs);
    }
  }
}
