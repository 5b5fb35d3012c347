package org.sppathways.adversarial;

import java.util.function.IntBinaryOperator;
import org.sppathways.model.ProficiencyScale;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.WorkforceModel;

/** Models built to make searches explode. */
final class AdversarialModels {
  private AdversarialModels() {}

  /** The id of role i, zero-padded so that id order is index order. */
  static RoleId role(int i) {
    return RoleId.of(String.format("r%04d", i));
  }

  /**
   * n roles and a route between every ordered pair of distinct roles, of {@code months(i, j)}
   * months: n(n − 1) routes and more than (n − 2)! simple paths between any two roles.
   */
  static WorkforceModel complete(int n, IntBinaryOperator months) {
    WorkforceModel.Builder b = WorkforceModel.builder().name("complete graph of " + n + " roles")
        .scale(ProficiencyScale.of("Awareness", "Working"));
    for (int i = 0; i < n; i++) {
      b.addRole(Role.builder().id(role(i)).title("Role " + i).build());
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j) {
          b.addRoute(ProgressionRoute.builder().from(role(i)).to(role(j))
              .kind(RouteKind.LATERAL).months(months.applyAsInt(i, j)).build());
        }
      }
    }
    return b.build();
  }
}
