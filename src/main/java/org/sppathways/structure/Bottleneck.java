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
 */
public record Bottleneck(RoleId role, double betweenness, double normalised) {

  /** Validates the components. */
  public Bottleneck {
    Objects.requireNonNull(role, "role");
  }
}
