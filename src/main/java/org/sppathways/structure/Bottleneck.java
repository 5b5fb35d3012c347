package org.sppathways.structure;

import java.util.Objects;
import org.sppathways.model.RoleId;

/**
 * A role's betweenness centrality on the progression routes: over all ordered pairs (s, t) of
 * other roles, the sum of the share of shortest s–t paths that pass through it. A high value
 * means many careers, taken the shortest way, go through this role.
 *
 * <p>JSON and CSV: {@code role}, {@code betweenness}, {@code normalised}.
 *
 * @param role the role
 * @param betweenness the unnormalised directed betweenness, as JGraphT's
 *     {@code BetweennessCentrality} and NetworkX's {@code betweenness_centrality(normalized=False)}
 *     compute it
 * @param normalised betweenness divided by (n − 1)(n − 2) for n roles (0 when n &lt; 3), in [0, 1]
 *
 * @since 0.1.0
 */
public record Bottleneck(RoleId role, double betweenness, double normalised) {

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if a value is negative, infinite or NaN
   */
  public Bottleneck {
    Objects.requireNonNull(role, "role");
    if (!(betweenness >= 0 && betweenness < Double.POSITIVE_INFINITY && normalised >= 0
        && normalised < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("betweenness of role '" + role.value()
          + "' must be a finite number of 0 or more, was " + betweenness + " (normalised "
          + normalised + ")");
    }
  }
}
