package org.sppathways.gaps;

import java.util.List;
import java.util.Objects;
import org.sppathways.model.RoleId;

/**
 * How ready a population is for one role: the number of people per readiness band and the mean.
 *
 * <p>Band k (0..9) holds readiness in [k/10, (k+1)/10); band 10 holds exactly 1.0 (fully ready).
 * Computed from exact counts, so the result does not depend on thread scheduling.
 *
 * @param role the role
 * @param people the people assessed
 * @param bands eleven counts, as described above
 * @param mean the mean readiness (1.0 for a role with no requirements; 0 when nobody was assessed)
 * @param essentialMet the people who meet every essential requirement
 *
 * @since 0.1.0
 */
public record ReadinessDistribution(RoleId role, long people, List<Long> bands, double mean,
    long essentialMet) {
  /** Validates and copies the components. */
  public ReadinessDistribution {
    Objects.requireNonNull(role, "role");
    bands = List.copyOf(bands);
    if (bands.size() != 11) {
      throw new IllegalArgumentException("expected 11 bands, got " + bands.size());
    }
  }
}
