package org.sppathways.gaps;

import java.util.Objects;
import org.sppathways.model.CompetencyId;

/**
 * One requirement of a role set against what is held: the competency, the level held (0 when not
 * held), the level required, and whether it is essential.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param competency the competency required
 * @param held the level held, 0 when not held
 * @param required the minimum level required
 * @param essential whether the requirement is essential (rather than desirable)
 *
 * @since 0.1.0
 */
public record RequirementGap(CompetencyId competency, int held, int required, boolean essential) {

  /** Validates the components. */
  public RequirementGap {
    Objects.requireNonNull(competency, "competency");
  }

  /** Whether the held level meets the requirement. */
  public boolean met() {
    return held >= required;
  }

  /** How many level steps are missing: {@code max(0, required - held)}. */
  public int shortfall() {
    return Math.max(0, required - held);
  }
}
