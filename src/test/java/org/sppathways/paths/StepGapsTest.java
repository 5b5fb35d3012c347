package org.sppathways.paths;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sppathways.gaps.RequirementGap;
import org.sppathways.model.Competency;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.WorkforceModel;

/**
 * A step's gaps when the target role and the route both ask for one competency: the higher
 * level, essential if either asks for it as essential.
 */
class StepGapsTest {
  private static final CompetencyId C = CompetencyId.of("c0");

  private static Requirement req(boolean essential, int level) {
    return essential ? Requirement.of(C, level) : Requirement.desirable(C, level);
  }

  private static RequirementGap gap(boolean roleEssential, int roleLevel, boolean routeEssential,
      int routeLevel) {
    WorkforceModel model = WorkforceModel.builder().name("gaps")
        .scale(ProficiencyScale.of("A", "B", "C"))
        .addCompetency(Competency.builder().id(C).name("c0").domain("d").build())
        .addRole(Role.builder().id(RoleId.of("x")).title("x").build())
        .addRole(Role.builder().id(RoleId.of("y")).title("y")
            .addRequirement(req(roleEssential, roleLevel)).build())
        .addRoute(ProgressionRoute.builder().from(RoleId.of("x")).to(RoleId.of("y"))
            .kind(RouteKind.PROMOTION).months(6).addRequirement(req(routeEssential, routeLevel))
            .build())
        .build();
    CareerPaths found = CareerPathFinder.of(model).paths(RoleId.of("x"), RoleId.of("y"), 1);
    assertThat(found.paths()).hasSize(1);
    assertThat(found.paths().get(0).steps().get(0).gaps()).hasSize(1);
    return found.paths().get(0).steps().get(0).gaps().get(0);
  }

  @Test
  void aCompetencyAskedForTwiceIsEssentialIfEitherAsksSoAtTheHigherLevel() {
    assertThat(gap(true, 1, false, 2)).isEqualTo(new RequirementGap(C, 0, 2, true));
    assertThat(gap(false, 2, true, 1)).isEqualTo(new RequirementGap(C, 0, 2, true));
    assertThat(gap(true, 3, true, 2)).isEqualTo(new RequirementGap(C, 0, 3, true));
    assertThat(gap(false, 1, false, 3)).isEqualTo(new RequirementGap(C, 0, 3, false));
  }
}
