package org.sppathways.structure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.sppathways.model.RoleId;

/**
 * Settings of a {@link StructureAnalyzer}: which roles count as senior and as entry roles, which
 * support structures matter for senior staff, and whether long computations may use several
 * cores.
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>setting</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@link #seniorFrom()}</td><td>the second-highest seniority of the model's
 *       (non-external) roles, i.e. its top two levels</td><td>roles at or above this seniority are
 *       senior: the targets of {@linkplain StructureAnalyzer#criticalRoles() critical roles} and
 *       {@linkplain StructureAnalyzer#minimumCut() cuts}, and the roles checked for
 *       {@linkplain StructureAnalyzer#supportGaps() support gaps}</td></tr>
 *   <tr><td>{@link #entryRoles()}</td><td>the roles people enter the workforce into (see
 *       {@link StructureAnalyzer#entryRoles()})</td><td>where ceilings start and cuts begin</td></tr>
 *   <tr><td>{@link #keySupports()}</td><td>{@code management-training} and every structure
 *       whose name ends in {@code supervision}</td><td>the structures a senior role's employers
 *       are checked for</td></tr>
 *   <tr><td>{@link #parallel()}</td><td>true</td><td>betweenness and distance matrices use all
 *       cores (the common fork-join pool); results do not depend on it</td></tr>
 * </table>
 *
 * <pre>{@code
 * StructureAnalyzer analyzer = StructureAnalyzer.of(model,
 *     StructureOptions.defaults().withSeniorFrom(6).withParallel(false));
 * }</pre>
 *
 * @param seniorFrom the lowest senior seniority; empty for the default
 * @param entryRoles the entry roles; empty for the default
 * @param keySupports the key support structures; empty for the default
 * @param parallel whether long computations may use several cores
 */
public record StructureOptions(OptionalInt seniorFrom, Optional<List<RoleId>> entryRoles,
    Optional<List<String>> keySupports, boolean parallel) {

  /** Validates and copies the components. */
  public StructureOptions {
    Objects.requireNonNull(seniorFrom, "seniorFrom");
    if (seniorFrom.isPresent() && seniorFrom.getAsInt() < 0) {
      throw new IllegalArgumentException("seniorFrom must be 0 or more, was " + seniorFrom.getAsInt());
    }
    entryRoles = entryRoles.map(List::copyOf);
    keySupports = keySupports.map(List::copyOf);
  }

  /** The default settings (see the table above). */
  public static StructureOptions defaults() {
    return new StructureOptions(OptionalInt.empty(), Optional.empty(), Optional.empty(), true);
  }

  /**
   * A copy in which roles at or above {@code seniority} are senior.
   *
   * @throws IllegalArgumentException if {@code seniority} is negative
   */
  public StructureOptions withSeniorFrom(int seniority) {
    return new StructureOptions(OptionalInt.of(seniority), entryRoles, keySupports, parallel);
  }

  /**
   * A copy with these entry roles instead of the default ones. The analyzer checks that each is
   * a role of its model.
   */
  public StructureOptions withEntryRoles(List<RoleId> roles) {
    return new StructureOptions(seniorFrom, Optional.of(roles), keySupports, parallel);
  }

  /** A copy in which these support structures are the ones senior roles are checked for. */
  public StructureOptions withKeySupports(List<String> structures) {
    return new StructureOptions(seniorFrom, entryRoles, Optional.of(structures), parallel);
  }

  /** A copy that does (true) or does not (false) use several cores. */
  public StructureOptions withParallel(boolean parallel) {
    return new StructureOptions(seniorFrom, entryRoles, keySupports, parallel);
  }
}
