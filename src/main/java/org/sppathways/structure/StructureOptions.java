package org.sppathways.structure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.sppathways.model.RoleId;

/**
 * Settings of a {@link StructureAnalysis}: which roles count as senior and as entry roles, which
 * support structures matter for senior staff, how ties in months count for betweenness, and
 * whether long computations may use several cores.
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>setting</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@link #seniorFrom()}</td><td>the second-highest seniority of the model's
 *       (non-external) roles, i.e. its top two levels</td><td>roles at or above this seniority are
 *       senior: the targets of {@linkplain StructureAnalysis#criticalRoles() critical roles} and
 *       {@linkplain StructureAnalysis#minimumCut() cuts}, and the roles checked for
 *       {@linkplain StructureAnalysis#supportGaps() support gaps}</td></tr>
 *   <tr><td>{@link #entryRoles()}</td><td>the roles people enter the workforce into (see
 *       {@link StructureAnalysis#entryRoles()})</td><td>where ceilings start and cuts begin</td></tr>
 *   <tr><td>{@link #entryBelowSeniority()}</td><td>not set</td><td>when set, the entry roles are
 *       instead every role of the workforce with a seniority below this one (for imported
 *       frameworks such as O*NET, whose Job Zones are the seniorities); not together with
 *       {@link #entryRoles()}</td></tr>
 *   <tr><td>{@link #keySupports()}</td><td>{@code management-training} and every structure
 *       whose name ends in {@code supervision}</td><td>the structures a senior role's employers
 *       are checked for</td></tr>
 *   <tr><td>{@link #monthsTies()}</td><td>{@link MonthsTies#EVERY_PATH}</td><td>which
 *       least-month paths count for {@linkplain StructureAnalysis#bottlenecks betweenness by
 *       months}: every one equally (NetworkX's definition), or only those with the fewest
 *       moves</td></tr>
 *   <tr><td>{@link #parallel()}</td><td>true</td><td>betweenness and distance matrices use all
 *       cores (the common fork-join pool); results do not depend on it</td></tr>
 * </table>
 *
 * <pre>{@code
 * StructureAnalysis structure = StructureAnalysis.of(model,
 *     StructureOptions.defaults().withSeniorFrom(6).withParallel(false));
 * StructureAnalysis onet = StructureAnalysis.of(imported, StructureOptions.defaults()
 *     .withEntryBelowSeniority(3));   // Job Zones 1 and 2
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param seniorFrom the lowest senior seniority; empty for the default
 * @param entryRoles the entry roles; empty for the default
 * @param entryBelowSeniority when present, the entry roles are the roles with a lower seniority
 * @param keySupports the key support structures; empty for the default
 * @param monthsTies which least-month paths count for betweenness by months
 * @param parallel whether long computations may use several cores
 *
 * @since 0.1.0
 */
public record StructureOptions(OptionalInt seniorFrom, Optional<List<RoleId>> entryRoles,
    OptionalInt entryBelowSeniority, Optional<List<String>> keySupports, MonthsTies monthsTies,
    boolean parallel) {

  /**
   * Validates and copies the components.
   *
   * @throws IllegalArgumentException if a seniority is negative, or both entry roles and a
   *     seniority below which roles are entry roles are given
   */
  public StructureOptions {
    Objects.requireNonNull(seniorFrom, "seniorFrom");
    Objects.requireNonNull(entryRoles, "entryRoles");
    Objects.requireNonNull(entryBelowSeniority, "entryBelowSeniority");
    Objects.requireNonNull(keySupports, "keySupports");
    Objects.requireNonNull(monthsTies, "monthsTies");
    if (seniorFrom.isPresent() && seniorFrom.getAsInt() < 0) {
      throw new IllegalArgumentException("seniorFrom must be 0 or more, was " + seniorFrom.getAsInt());
    }
    if (entryBelowSeniority.isPresent() && entryBelowSeniority.getAsInt() < 0) {
      throw new IllegalArgumentException("entryBelowSeniority must be 0 or more, was "
          + entryBelowSeniority.getAsInt());
    }
    if (entryRoles.isPresent() && entryBelowSeniority.isPresent()) {
      throw new IllegalArgumentException("give either the entry roles or a seniority below which "
          + "roles are entry roles, not both");
    }
    entryRoles = entryRoles.map(List::copyOf);
    keySupports = keySupports.map(List::copyOf);
  }

  /** The default settings (see the table above). */
  public static StructureOptions defaults() {
    return new StructureOptions(OptionalInt.empty(), Optional.empty(), OptionalInt.empty(),
        Optional.empty(), MonthsTies.EVERY_PATH, true);
  }

  /**
   * A copy in which roles at or above {@code seniority} are senior.
   *
   * @throws IllegalArgumentException if {@code seniority} is negative
   */
  public StructureOptions withSeniorFrom(int seniority) {
    return new StructureOptions(OptionalInt.of(seniority), entryRoles, entryBelowSeniority,
        keySupports, monthsTies, parallel);
  }

  /**
   * A copy with these entry roles instead of the default ones (and no
   * {@link #entryBelowSeniority()}). The analysis checks that each is a role of its model.
   */
  public StructureOptions withEntryRoles(List<RoleId> roles) {
    return new StructureOptions(seniorFrom, Optional.of(roles), OptionalInt.empty(), keySupports,
        monthsTies, parallel);
  }

  /**
   * A copy in which the entry roles are the roles of the workforce with a seniority below
   * {@code seniority} (and no list of {@link #entryRoles()}): for O*NET, 2 means Job Zone 1, 3
   * means Job Zones 1 and 2. The analysis rejects a seniority below which no role lies.
   *
   * @throws IllegalArgumentException if {@code seniority} is negative
   */
  public StructureOptions withEntryBelowSeniority(int seniority) {
    return new StructureOptions(seniorFrom, Optional.empty(), OptionalInt.of(seniority),
        keySupports, monthsTies, parallel);
  }

  /** A copy in which these support structures are the ones senior roles are checked for. */
  public StructureOptions withKeySupports(List<String> structures) {
    return new StructureOptions(seniorFrom, entryRoles, entryBelowSeniority,
        Optional.of(structures), monthsTies, parallel);
  }

  /** A copy in which ties in months count for betweenness as {@code ties} says. */
  public StructureOptions withMonthsTies(MonthsTies ties) {
    return new StructureOptions(seniorFrom, entryRoles, entryBelowSeniority, keySupports, ties,
        parallel);
  }

  /** A copy that does (true) or does not (false) use several cores. */
  public StructureOptions withParallel(boolean parallel) {
    return new StructureOptions(seniorFrom, entryRoles, entryBelowSeniority, keySupports,
        monthsTies, parallel);
  }
}
