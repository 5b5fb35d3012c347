package org.sppathways.flow;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sppathways.model.RoleId;

/**
 * The long-run expected headcounts that a workforce settles at when rates and recruitment stay
 * as they are — or, when there is none, the reason.
 *
 * <p>A steady state {@code n} solves {@code n = nP + r}, i.e. {@code n(I − P) = r}: each state
 * gains as many people a year (recruits and moves in) as it loses (leavers and moves out). It
 * exists, is unique and is reached from any start exactly when every state can lead, by some
 * chain of moves, to leaving; {@link #reason()} says which roles keep their staff otherwise.
 *
 * @param headcounts the steady headcount of each state, in state order; empty when there is none
 * @param reason why there is no steady state; empty when there is one
 *
 * @since 0.1.0
 */
public record SteadyState(Map<FlowState, Double> headcounts, Optional<String> reason) {

  /** Validates and copies the components. */
  public SteadyState {
    headcounts = ImmutableMap.copyOf(headcounts);
    Objects.requireNonNull(reason, "reason");
    if (reason.isPresent() && !headcounts.isEmpty()) {
      throw new IllegalArgumentException("a steady state has headcounts or a reason, not both");
    }
  }

  /** Whether the steady state exists. */
  public boolean exists() {
    return reason.isEmpty();
  }

  /** The steady headcount of every state together (0 when there is none). */
  public double total() {
    return headcounts.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  /** The steady headcount of a role, over its states (0 when there is none or the role has none). */
  public double headcount(RoleId role) {
    Objects.requireNonNull(role, "role");
    double sum = 0;
    for (Map.Entry<FlowState, Double> e : headcounts.entrySet()) {
      if (e.getKey().role().equals(role)) {
        sum += e.getValue();
      }
    }
    return sum;
  }
}
