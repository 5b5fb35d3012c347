package org.sppathways.gaps;

import java.util.List;
import java.util.Objects;
import org.sppathways.model.CompetencyId;

/**
 * How short a population is of one competency.
 *
 * @param competency the competency
 * @param peopleShort the people whose level is below what their role requires
 * @param totalShortfall Σ (required − held) over those people, in level steps
 * @param byRole the same, split by the role assessed (key: role id), largest first
 * @param byOrganisationType the same, split by the people's organisation type (key: organisation
 *     type id, or {@code ""} for people without one), largest first
 *
 * @since 0.1.0
 */
public record CompetencyNeed(CompetencyId competency, long peopleShort, long totalShortfall,
    List<NeedSplit> byRole, List<NeedSplit> byOrganisationType) {
  /**
   * Validates and copies the components.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public CompetencyNeed {
    Objects.requireNonNull(competency, "competency");
    if (peopleShort < 0 || totalShortfall < 0) {
      throw new IllegalArgumentException("counts must be 0 or more");
    }
    byRole = List.copyOf(byRole);
    byOrganisationType = List.copyOf(byOrganisationType);
  }
}
