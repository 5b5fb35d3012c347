package org.sppathways.training;

import java.util.List;
import java.util.Objects;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.RoleId;

/**
 * A course the catalogue lacks: one covering {@code competency} up to {@code level} would make
 * the listed roles reachable by courses and practice (what they still lack is learned on the
 * job). Never an external profession, never a competency learned on the job.
 *
 * @param competency the competency the new course should cover
 * @param level the level it should reach
 * @param roles the roles (not external professions) it would make reachable, by id
 * @param requirementsClosed the requirements of roles (not external professions) it would close,
 *     including roles still short of something else
 *
 * @since 0.1.0
 */
public record CoverageAddition(CompetencyId competency, int level, List<RoleId> roles,
    int requirementsClosed) {
  /** Validates and copies the components. */
  public CoverageAddition {
    Objects.requireNonNull(competency, "competency");
    roles = List.copyOf(roles);
  }
}
