package org.sppathways.gaps;

import java.util.Objects;
import org.sppathways.model.RoleId;

/**
 * How well the competencies of one role carry over to another: {@code overlap} = the share of
 * the target's requirements already met when the source role's requirements are taken as held
 * (1.0 for a target with none).
 *
 * @param from the source role (typically an external profession)
 * @param to the target role
 * @param overlap met / total, in [0, 1]
 * @param met the target requirements met
 * @param total the target's requirement count
 *
 * @since 0.1.0
 */
public record Transfer(RoleId from, RoleId to, double overlap, int met, int total) {
  /** Validates the components. */
  public Transfer {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }
}
