package org.sppathways.gaps;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
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
 * @param lapsedOn when the requirement is not met and evidence that reached the required level
 *     has lapsed: the latest day such evidence lapsed (the first day it no longer counted);
 *     otherwise empty
 *
 * @since 0.1.0
 */
public record RequirementGap(CompetencyId competency, int held, int required, boolean essential,
    Optional<LocalDate> lapsedOn) {

  /** Validates the components. */
  public RequirementGap {
    Objects.requireNonNull(competency, "competency");
    Objects.requireNonNull(lapsedOn, "lapsedOn");
  }

  /** A requirement set against a level held, with no lapsed evidence. */
  public RequirementGap(CompetencyId competency, int held, int required, boolean essential) {
    this(competency, held, required, essential, Optional.empty());
  }

  /**
   * Whether the requirement is not met because evidence that reached the required level has
   * lapsed ({@link #lapsedOn()} is present).
   */
  public boolean lapsed() {
    return lapsedOn.isPresent();
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
