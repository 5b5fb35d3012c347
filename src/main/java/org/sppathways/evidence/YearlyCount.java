package org.sppathways.evidence;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.RoleId;

/**
 * One year of one role in aggregate, as national workforce data sets publish it: the headcount
 * at the start of the year, the starters who joined the workforce into it during the year, and
 * of those in it at the start, how many left the workforce and how many moved to each other role
 * during the year (Bartholomew's flows over the stock at risk).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param year the calendar (or financial) year the counts are for
 * @param role the role
 * @param organisationType the organisation type, when the counts are for one
 * @param headcount people in the role at the start of the year
 * @param starters people who joined the workforce into the role during the year
 * @param leavers people in the role at the start who left the workforce during the year
 * @param movers people in the role at the start who moved to another role during the year, by
 *     role moved to
 * @since 0.1.0
 */
public record YearlyCount(int year, RoleId role, Optional<OrganisationTypeId> organisationType,
    long headcount, long starters, long leavers, Map<RoleId, Long> movers) {

  /**
   * Validates and copies the components.
   *
   * @throws IllegalArgumentException if a count is negative, or leavers and movers together
   *     exceed the headcount
   */
  public YearlyCount {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(organisationType, "organisationType");
    movers = ImmutableSortedMap.copyOf(movers);
    long out = leavers;
    for (long m : movers.values()) {
      if (m < 0) {
        throw new IllegalArgumentException("movers must be 0 or more, was " + m);
      }
      out += m;
    }
    if (headcount < 0 || starters < 0 || leavers < 0) {
      throw new IllegalArgumentException("counts must be 0 or more");
    }
    if (out > headcount) {
      throw new IllegalArgumentException("leavers and movers (" + out + ") exceed the headcount "
          + "at the start of the year (" + headcount + ")");
    }
  }
}
