package org.sppathways.gaps;

import java.util.List;
import java.util.Objects;
import org.sppathways.model.RoleId;

/**
 * The people who could fill a role, best first: by readiness (descending), then shortfall
 * (ascending), then person id.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param role the role
 * @param people the ranked candidates
 */
public record TalentPool(RoleId role, List<Candidate> people) {
  /** Validates and copies the components. */
  public TalentPool {
    Objects.requireNonNull(role, "role");
    people = List.copyOf(people);
  }
}
