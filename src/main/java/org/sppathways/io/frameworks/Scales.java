package org.sppathways.io.frameworks;

import org.sppathways.model.ProficiencyScale;

/** The proficiency scales importers use unless given another. */
final class Scales {
  private Scales() {}

  /**
   * The default scale with {@code levels} levels: for 4, the names of the bundled reference
   * model's scale (Awareness, Working, Practitioner, Expert), so that imported models merge with
   * it; otherwise {@code Level 1} .. {@code Level N}.
   *
   * @throws IllegalArgumentException if {@code levels} is outside 1..{@value LevelRule#MAX_LEVELS}
   */
  static ProficiencyScale standard(int levels) {
    if (levels < 1 || levels > LevelRule.MAX_LEVELS) {
      throw new IllegalArgumentException("the number of levels must be from 1 to "
          + LevelRule.MAX_LEVELS + ", was " + levels);
    }
    if (levels == 4) {
      return ProficiencyScale.of("Awareness", "Working", "Practitioner", "Expert");
    }
    String[] names = new String[levels];
    for (int i = 0; i < levels; i++) {
      names[i] = "Level " + (i + 1);
    }
    return ProficiencyScale.of(names);
  }
}
