package org.sppathways.flow;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sppathways.model.RoleId;

/**
 * Two projections side by side, year by year and role by role: typically a base model and a
 * {@link Scenario} applied to it, from the same start.
 *
 * <pre>{@code
 * ProjectionComparison c = ProjectionComparison.of(base, whatIf);
 * c.years().get(5).role(RoleId.of("senior-link-worker")).difference();
 * }</pre>
 *
 * <p>Roles are those of either projection, the base's first, in order; a role the other lacks
 * counts 0 there. Building takes O(Y·n) for Y years and n states. Immutable and thread-safe.
 *
 * @param years one entry per year, year 0 first
 *
 * @since 0.1.0
 */
public record ProjectionComparison(List<Year> years) {

  /** Copies the years. */
  public ProjectionComparison {
    years = ImmutableList.copyOf(years);
  }

  /**
   * One year of both projections.
   *
   * @param year the year
   * @param base the base's total headcount
   * @param scenario the scenario's total headcount
   * @param roles per role, in order
   */
  public record Year(int year, double base, double scenario, List<RoleHeadcounts> roles) {
    /** Copies the roles. */
    public Year {
      roles = ImmutableList.copyOf(roles);
    }

    /** Scenario minus base. */
    public double difference() {
      return scenario - base;
    }

    /**
     * One role's headcounts.
     *
     * @throws IllegalArgumentException if neither projection has the role
     */
    public RoleHeadcounts role(RoleId role) {
      Objects.requireNonNull(role, "role");
      return roles.stream().filter(r -> r.role().equals(role)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("neither projection has role '" + role
              + "'"));
    }
  }

  /**
   * A role's headcount in both projections.
   *
   * @param role the role
   * @param base the base's headcount
   * @param scenario the scenario's headcount
   */
  public record RoleHeadcounts(RoleId role, double base, double scenario) {
    /** Validates the role. */
    public RoleHeadcounts {
      Objects.requireNonNull(role, "role");
    }

    /** Scenario minus base. */
    public double difference() {
      return scenario - base;
    }
  }

  /**
   * Compares two projections of the same length.
   *
   * @throws IllegalArgumentException if they project different numbers of years
   */
  public static ProjectionComparison of(Projection base, Projection scenario) {
    if (base.length() != scenario.length()) {
      throw new IllegalArgumentException("the projections have " + base.length() + " and "
          + scenario.length() + " years; compare projections of the same length");
    }
    List<Year> years = new ArrayList<>();
    for (int t = 0; t <= base.length(); t++) {
      Map<RoleId, Double> a = base.year(t).headcountByRole();
      Map<RoleId, Double> b = scenario.year(t).headcountByRole();
      Set<RoleId> roles = new LinkedHashSet<>(a.keySet());
      roles.addAll(b.keySet());
      List<RoleHeadcounts> rows = new ArrayList<>();
      for (RoleId role : roles) {
        rows.add(new RoleHeadcounts(role, a.getOrDefault(role, 0.0), b.getOrDefault(role, 0.0)));
      }
      years.add(new Year(t, base.year(t).headcount(), scenario.year(t).headcount(), rows));
    }
    return new ProjectionComparison(years);
  }
}
