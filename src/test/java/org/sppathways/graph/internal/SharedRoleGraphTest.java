package org.sppathways.graph.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.WorkforceModel;
import org.sppathways.paths.CareerPathFinder;
import org.sppathways.structure.StructureAnalysis;

/**
 * The path searches and the structure analytics share one graph per model: building a finder and
 * an analysis on one model builds its graph once, and a second model (even one equal by value)
 * gets its own.
 */
class SharedRoleGraphTest {

  private static WorkforceModel model() {
    return WorkforceModel.builder().name("shared").scale(ProficiencyScale.of("A", "B"))
        .addRole(Role.builder().id(RoleId.of("b")).title("B").seniority(2).build())
        .addRole(Role.builder().id(RoleId.of("a")).title("A").seniority(1).build())
        .addRoute(ProgressionRoute.builder().from(RoleId.of("a")).to(RoleId.of("b"))
            .kind(RouteKind.PROMOTION).months(12).build())
        .build();
  }

  @Test
  void aFinderAndAnAnalysisOnOneModelBuildOneGraph() {
    WorkforceModel model = model();
    int before = RoleGraph.builds();
    CareerPathFinder finder = CareerPathFinder.of(model);
    StructureAnalysis structure = StructureAnalysis.of(model);
    assertThat(RoleGraph.builds() - before).isOne();
    // both are usable on the shared graph
    assertThat(finder.paths(RoleId.of("a"), RoleId.of("b"), 1).paths()).hasSize(1);
    assertThat(structure.ceilingAcrossTypes(RoleId.of("a")).highestRole())
        .isEqualTo(RoleId.of("b"));
    // and more of either builds nothing new
    CareerPathFinder.of(model);
    StructureAnalysis.of(model);
    assertThat(RoleGraph.builds() - before).isOne();
  }

  @Test
  void aSecondModelGetsItsOwnGraph() {
    WorkforceModel first = model();
    WorkforceModel second = model();
    int before = RoleGraph.builds();
    StructureAnalysis.of(first);
    CareerPathFinder.of(first);
    CareerPathFinder.of(second);
    StructureAnalysis.of(second);
    assertThat(RoleGraph.builds() - before).isEqualTo(2);
    assertThat(RoleGraph.of(first)).isNotSameAs(RoleGraph.of(second));
  }
}
