package org.sppathways.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Every person's compliance rows on one day, person by person in the order read and, for each,
 * in the order of their role's requirements: what the command line's {@code --people} prints.
 * Unlike {@link ComplianceSummary} it holds a row per check, so its size grows with the
 * population; people are named by id only.
 *
 * @param asOf the day the levels were assessed on
 * @param withinMonths months ahead in which a lapse made a level due
 * @param items the rows
 * @since 0.1.0
 */
public record ComplianceRegister(LocalDate asOf, int withinMonths, List<ComplianceItem> items) {
  /** Validates and copies the components. */
  public ComplianceRegister {
    Objects.requireNonNull(asOf, "asOf");
    items = List.copyOf(items);
  }

  /** The day and the number of rows only: rows name people. */
  @Override
  public String toString() {
    return "ComplianceRegister{asOf=" + asOf + ", " + items.size() + " rows}";
  }
}
