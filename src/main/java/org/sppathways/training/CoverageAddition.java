package org.sppathways.training;

import java.util.List;
import java.util.Objects;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.RoleId;

/**
 * A course the catalogue lacks: one covering {@code competency} up to {@code level} would make
 * the listed roles fully reachable by training.
 *
 * @param competency the competency the new course should cover
 * @param level the level it should reach
 * @param roles the roles it would make fully reachable, by id
 * @param requirementsClosed all role requirements it would close, including roles still short of
 *     something else
 */
public record CoverageAddition(CompetencyId competency, int level, List<RoleId> roles,
    int requirementsClosed) {
  /** Validates and copies the components. */
  public CoverageAddition {
    Objects.requireNonNull(competency, "competency");
    roles = List.copyOf(roles);
  }
}
