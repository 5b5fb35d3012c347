package org.sppathways.compliance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.PersonId;
import org.sppathways.model.RoleId;

/**
 * One person's standing on one competency their role requires, on the analysis's "as of" day.
 *
 * @param person the person's id (the only personal detail kept besides the levels)
 * @param role the role whose requirement this is (the person's current role)
 * @param competency the competency required
 * @param required the level required (after the organisation type's variant and first-year
 *     targets)
 * @param held the level held on "as of", 0 when none
 * @param status where the person stands
 * @param date for {@code due}: the day the required level lapses (the first day it no longer
 *     counts); for {@code lapsed}: the day it lapsed; empty for {@code current} and
 *     {@code missing}
 * @since 0.1.0
 */
public record ComplianceItem(PersonId person, RoleId role, CompetencyId competency, int required,
    int held, ComplianceStatus status, Optional<LocalDate> date) {
  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException if a level is out of range, or the date is present for
   *     {@code current} or {@code missing} or absent for {@code due} or {@code lapsed}
   */
  public ComplianceItem {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(competency, "competency");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(date, "date");
    if (required < 1 || held < 0) {
      throw new IllegalArgumentException("required must be 1 or more and held 0 or more, were "
          + required + " and " + held);
    }
    boolean dated = status == ComplianceStatus.DUE || status == ComplianceStatus.LAPSED;
    if (date.isPresent() != dated) {
      throw new IllegalArgumentException("a " + status + " item " + (dated ? "needs" : "has no")
          + " date");
    }
    boolean heldEnough = held >= required;
    if (heldEnough != (status == ComplianceStatus.CURRENT || status == ComplianceStatus.DUE)) {
      throw new IllegalArgumentException("a " + status + " item cannot hold level " + held
          + " of " + required + " required");
    }
  }

  /**
   * The person, role and competency only: levels and status say what a person holds, which is
   * personal data.
   */
  @Override
  public String toString() {
    return "ComplianceItem{person=" + person + ", role=" + role + ", competency=" + competency
        + "}";
  }
}
