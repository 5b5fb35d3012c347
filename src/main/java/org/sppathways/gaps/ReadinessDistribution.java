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
  /**
   * Validates and copies the components.
   *
   * @throws IllegalArgumentException if there are not eleven bands, a count is negative, more
   *     people meet every essential requirement than were assessed, or the mean is not in [0, 1]
   */
  public ReadinessDistribution {
    Objects.requireNonNull(role, "role");
    bands = List.copyOf(bands);
    if (bands.size() != 11) {
      throw new IllegalArgumentException("expected 11 bands, got " + bands.size());
    }
    if (people < 0 || essentialMet < 0 || essentialMet > people
        || bands.stream().anyMatch(b -> b < 0)) {
      throw new IllegalArgumentException("counts must be 0 or more, essentialMet at most people");
    }
    if (!(mean >= 0 && mean <= 1)) {
      throw new IllegalArgumentException("mean readiness must be in [0, 1], was " + mean);
    }
  }
}
