package org.sppathways.model;

import org.immutables.value.Value;
import org.sppathways.model.internal.Checks;

/**
 * A competency and a level, e.g. what a course brings its completers up to.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CompetencyLevel {

  /** The competency. */
  @Value.Parameter
  public abstract CompetencyId competency();

  /** The level, 1 or more. */
  @Value.Parameter
  public abstract int level();

  /**
   * Returns the pair.
   *
   * @throws IllegalArgumentException if the level is below 1
   */
  public static CompetencyLevel of(CompetencyId competency, int level) {
    return ImmutableCompetencyLevel.of(competency, level);
  }

  @Value.Check
  void check() {
    Checks.positiveLevel(level(), "level");
  }
}
