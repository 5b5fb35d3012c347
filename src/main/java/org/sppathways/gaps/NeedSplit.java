package org.sppathways.gaps;

import java.util.Objects;

/**
 * One part of a {@link CompetencyNeed}, e.g. the people of one role or one organisation type.
 *
 * @param key the role or organisation type id ({@code ""} for people without an organisation type)
 * @param peopleShort the people short of the competency
 * @param totalShortfall their total missing level steps
 *
 * @since 0.1.0
 */
public record NeedSplit(String key, long peopleShort, long totalShortfall) {
  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public NeedSplit {
    Objects.requireNonNull(key, "key");
    if (peopleShort < 0 || totalShortfall < 0) {
      throw new IllegalArgumentException("counts must be 0 or more");
    }
  }
}
