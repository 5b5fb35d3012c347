package org.sppathways.paths;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;

/** A path's roles and steps must agree, and the message says how. */
class CareerPathTest {

  @Test
  void rolesMustBeOneMoreThanSteps() {
    ProgressionRoute route = ProgressionRoute.builder().from(RoleId.of("a")).to(RoleId.of("b"))
        .kind(RouteKind.PROMOTION).months(6).build();
    PathStep step = new PathStep(route, 6, 0, 0, List.of(), List.of(), List.of(), true, false,
        false);
    assertThatThrownBy(() -> new CareerPath(List.of(RoleId.of("a")), List.of(step), 6, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a path of 1 steps visits 2 roles, not 1");
  }
}
