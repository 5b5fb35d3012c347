package org.sppathways.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * The ordered proficiency levels a model uses: levels {@code 1..N}, each with a name. Level 0
 * always means "not held" and is not listed.
 *
 * <pre>{@code
 * ProficiencyScale scale = ProficiencyScale.of("Awareness", "Working", "Practitioner", "Expert");
 * scale.maxLevel();   // 4
 * scale.name(2);      // "Working"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ProficiencyScale {

  /** The levels in ascending order, numbered 1..N without gaps. */
  public abstract List<ProficiencyLevel> levels();

  /** The highest level, N. */
  @Value.Derived
  public int maxLevel() {
    return levels().size();
  }

  /**
   * The name of a level; {@code "Not held"} for 0.
   *
   * @throws IllegalArgumentException if the level is outside {@code 0..N}
   */
  public String name(int level) {
    if (level == 0) {
      return "Not held";
    }
    if (!contains(level)) {
      throw new IllegalArgumentException(
          "level " + level + " is outside the scale 1.." + maxLevel());
    }
    return levels().get(level - 1).name();
  }

  /** Whether {@code level} is one of the scale's levels 1..N (0 is not). */
  public boolean contains(int level) {
    return level >= 1 && level <= maxLevel();
  }

  /**
   * Returns a scale whose levels 1..N carry the given names.
   *
   * @throws IllegalArgumentException if no name is given or a name is blank
   */
  public static ProficiencyScale of(String... names) {
    Builder builder = builder();
    for (int i = 0; i < names.length; i++) {
      builder.addLevel(ProficiencyLevel.of(i + 1, names[i]));
    }
    return builder.build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProficiencyScale}. */
  public static final class Builder extends ImmutableProficiencyScale.Builder {}

  @Value.Check
  void check() {
    if (levels().isEmpty()) {
      throw new IllegalArgumentException("a scale needs at least one level");
    }
    for (int i = 0; i < levels().size(); i++) {
      int level = levels().get(i).level();
      if (level != i + 1) {
        throw new IllegalArgumentException("scale levels must be numbered 1, 2, 3 ... in order; "
            + "entry " + (i + 1) + " has level " + level);
      }
    }
  }
}
