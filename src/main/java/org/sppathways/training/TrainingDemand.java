package org.sppathways.training;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The training places a workforce projection implies, year by year, and their cost: see
 * {@link DemandForecaster} for how entrants, their plans and refreshers are counted.
 *
 * <pre>{@code
 * TrainingDemand demand = DemandForecaster.of(model).forecast(flows, projection);
 * demand.year(1).courses();     // places per course in the first year
 * demand.cost();                // training cost over every year
 * demand.unclosable();          // entrants whose plans leave targets open, and why
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param objective what each entrant's training plan minimises
 * @param splitByOrganisationType whether the projection's states are split by organisation type
 *     (then every course's places are also given per organisation type)
 * @param years every projected year, year 1 first (none for a projection of 0 years)
 * @param unclosable entrants whose plans leave targets open, with why, largest groups first
 *     (then by role entered, organisation type and source); none when every target can be closed
 * @param commissioning with a budget, the places to fund for the first year's entrants (see
 *     {@link DemandForecaster#withBudget(double)}); empty without a budget
 * @param notes what to keep in mind: the counting rules that are approximations, plans that are
 *     not proven optimal, and the projection's own notes
 * @since 0.1.0
 */
public record TrainingDemand(Objective objective, boolean splitByOrganisationType,
    List<DemandYear> years, List<UnclosableEntrants> unclosable,
    Optional<CommissioningPlan> commissioning, List<String> notes) {

  /** Validates and copies the components. */
  public TrainingDemand {
    Objects.requireNonNull(objective, "objective");
    years = List.copyOf(years);
    unclosable = List.copyOf(unclosable);
    Objects.requireNonNull(commissioning, "commissioning");
    notes = List.copyOf(notes);
  }

  /**
   * One year.
   *
   * @param year from 1 to the number of years projected
   * @throws IndexOutOfBoundsException if there is no such year
   */
  public DemandYear year(int year) {
    if (year < 1 || year > years.size()) {
      throw new IndexOutOfBoundsException("year " + year + " is not from 1 to " + years.size());
    }
    return years.get(year - 1);
  }

  /** The training cost over every year, to the hundredth of the currency. */
  public double cost() {
    long cents = 0;
    for (DemandYear y : years) {
      cents += Math.round(y.cost() * 100);
    }
    return cents / 100.0;
  }
}
