package org.sppathways.gaps;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sppathways.model.RoleId;

/**
 * The people who could fill a role, best first: by readiness (descending), then shortfall
 * (ascending), then person id.
 *
 * <p><b>Personal data.</b> {@link #toString()} shows the role and the number of candidates only.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param role the role
 * @param people the ranked candidates
 * @param asOf the day held levels were taken on, when anyone's evidence carries dates; empty
 *     otherwise
 *
 * @since 0.1.0
 */
public record TalentPool(RoleId role, List<Candidate> people, Optional<LocalDate> asOf) {
  /** Validates and copies the components. */
  public TalentPool {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(asOf, "asOf");
    people = List.copyOf(people);
  }

  /** A pool with no "as of" day. */
  public TalentPool(RoleId role, List<Candidate> people) {
    this(role, people, Optional.empty());
  }

  /** The role and the number of candidates, e.g. {@code TalentPool{role=sp-manager, 12 people}}. */
  @Override
  public String toString() {
    return "TalentPool{role=" + role + ", " + people.size() + " people}";
  }
}
