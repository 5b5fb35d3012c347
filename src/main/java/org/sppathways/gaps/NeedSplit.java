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
  /** Validates the components. */
  public NeedSplit {
    Objects.requireNonNull(key, "key");
  }
}
