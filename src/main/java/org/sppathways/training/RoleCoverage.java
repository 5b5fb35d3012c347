package org.sppathways.training;

import java.util.Objects;
import org.sppathways.model.RoleId;

/**
 * How far a catalogue can train someone into a role.
 *
 * @param role the role
 * @param requirements the role's requirement count
 * @param closable the requirements some course reaches
 * @param onTheJob the requirements no course reaches but the model marks as learned on the job
 *
 * @since 0.1.0
 */
public record RoleCoverage(RoleId role, int requirements, int closable, int onTheJob) {
  /** Validates the components. */
  public RoleCoverage {
    Objects.requireNonNull(role, "role");
  }

  /** closable / requirements, 1.0 for a role with none. */
  public double closableShare() {
    return requirements == 0 ? 1.0 : (double) closable / requirements;
  }

  /** Whether courses alone reach every requirement. */
  public boolean fullyReachable() {
    return closable == requirements;
  }

  /** Whether courses and on-the-job learning together reach every requirement. */
  public boolean reachableWithPractice() {
    return closable + onTheJob == requirements;
  }
}
