package org.sppathways.graph.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

/** The graph is built once per model instance and shared by everything built on that model. */
class RoleGraphCacheTest {

  private static WorkforceModel twoRoles() {
    return WorkforceModel.builder().name("two").scale(ProficiencyScale.of("A", "B"))
        .addRole(Role.builder().id(RoleId.of("b")).title("B").build())
        .addRole(Role.builder().id(RoleId.of("a")).title("A").build())
        .addRoute(ProgressionRoute.builder().from(RoleId.of("b")).to(RoleId.of("a"))
            .kind(RouteKind.PROMOTION).months(12).build())
        .build();
  }

  @Test
  void oneModelHasOneGraph() {
    WorkforceModel model = ReferenceModels.socialPrescribing();
    assertThat(RoleGraph.of(model)).isSameAs(RoleGraph.of(model));
  }

  @Test
  void modelsEqualByValueStillGetTheirOwnGraph() {
    WorkforceModel first = twoRoles();
    WorkforceModel second = twoRoles();
    RoleGraph g1 = RoleGraph.of(first);
    RoleGraph g2 = RoleGraph.of(second);
    assertThat(g1).isNotSameAs(g2);
    assertThat(g1.head).containsExactly(g2.head);
    assertThat(g1.months).containsExactly(12);
    // vertices are in role-id order: a (model index 1) is vertex 0
    assertThat(g1.modelIndex).containsExactly(1, 0);
  }

  @Test
  void threadsAskingAtOnceGetTheSameGraph() throws Exception {
    WorkforceModel model = twoRoles();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<RoleGraph>> graphs = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        graphs.add(pool.submit(() -> RoleGraph.of(model)));
      }
      RoleGraph first = graphs.get(0).get();
      for (Future<RoleGraph> g : graphs) {
        assertThat(g.get()).isSameAs(first);
      }
    } finally {
      pool.shutdown();
    }
  }
}
