package org.sppathways.gaps;

import java.util.Objects;
import org.sppathways.model.CompetencyId;

/**
 * A competency that is new or raised when moving along a route.
 *
 * @param competency the competency
 * @param fromLevel the level the source role requires (0 when it does not)
 * @param toLevel the level the target role (or the move itself) requires
 * @param essential whether the target's requirement is essential
 * @param ofMove whether the requirement belongs to the move itself rather than the target role
 *
 * @since 0.1.0
 */
public record LevelChange(CompetencyId competency, int fromLevel, int toLevel, boolean essential,
    boolean ofMove) {
  /** Validates the components. */
  public LevelChange {
    Objects.requireNonNull(competency, "competency");
  }

  /** Whether the competency is new (the source role does not require it). */
  public boolean isNew() {
    return fromLevel == 0;
  }
}
