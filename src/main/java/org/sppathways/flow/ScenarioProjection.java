package org.sppathways.flow;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * A projection of the model beside the projection of a {@link Scenario} applied to it, from the
 * same start and over the same years (command {@code project --scenario}).
 *
 * <pre>{@code
 * Projection base = flows.project(start, 5);
 * Projection changed = FlowModel.of(scenario.applyTo(model), start).project(start, 5);
 * ScenarioProjection both = ScenarioProjection.of(scenario.name(), base, changed, List.of());
 * both.comparison().years().get(5).difference();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param scenario the scenario's name
 * @param base the projection of the model as it is
 * @param projection the projection with the scenario applied
 * @param notes what to keep in mind about the scenario's projection beyond the base's notes
 *     (e.g. starting headcounts of roles the scenario removes)
 * @since 0.1.0
 */
public record ScenarioProjection(String scenario, Projection base, Projection projection,
    List<String> notes) {

  /**
   * Validates and copies the components.
   *
   * @throws IllegalArgumentException if the projections have different lengths
   */
  public ScenarioProjection {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(projection, "projection");
    notes = ImmutableList.copyOf(notes);
    if (base.length() != projection.length()) {
      throw new IllegalArgumentException("the projections have " + base.length() + " and "
          + projection.length() + " years; compare projections of the same length");
    }
  }

  /** The two projections with the scenario's notes. */
  public static ScenarioProjection of(String scenario, Projection base, Projection projection,
      List<String> notes) {
    return new ScenarioProjection(scenario, base, projection, notes);
  }

  /** Role by role and year by year, the scenario beside the base. O(Y·n). */
  public ProjectionComparison comparison() {
    return ProjectionComparison.of(base, projection);
  }
}
