package org.sppathways.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.sppathways.model.internal.EnumNames;

/**
 * Compliance of a population on one day: counts of each status in total and by role,
 * organisation type and competency, and the refresher courses needed month by month. Holds
 * counts only, never a person.
 *
 * <p>Every person–competency check is counted once in {@code total}, once in the group of its
 * role, once in the group of the person's organisation type and once in the group of its
 * competency, so each list of groups adds up to {@code total}. Groups are ordered by id (the
 * {@code ""} group of people without an organisation type first); groups with no checks are left
 * out. Refresher demand is ordered by month, then course id, then (for demand no course meets)
 * competency id, courses before competencies.
 *
 * @param asOf the day the levels were assessed on
 * @param withinMonths months ahead in which a lapse made a level due
 * @param horizonMonths calendar months of refresher demand, starting with the month of asOf
 * @param people profiles read
 * @param assessed profiles with a current role, assessed against its requirements
 * @param total every check
 * @param byRole checks by the person's role
 * @param byOrganisationType checks by the person's organisation type
 * @param byCompetency checks by the competency required
 * @param refreshers refresher demand per course (or uncovered competency) per month
 * @since 0.1.0
 */
public record ComplianceSummary(LocalDate asOf, int withinMonths, int horizonMonths, long people,
    long assessed, StatusCounts total, List<StatusCounts> byRole,
    List<StatusCounts> byOrganisationType, List<StatusCounts> byCompetency,
    List<RefresherDemand> refreshers) {

  /** The groupings a summary holds. */
  public enum Grouping {
    /** By the person's role. */
    ROLE,
    /** By the person's organisation type. */
    ORGANISATION_TYPE,
    /** By the competency required. */
    COMPETENCY;

    /** The printed name: {@code role}, {@code organisation-type} or {@code competency}. */
    @Override
    public String toString() {
      return EnumNames.print(this);
    }

    /**
     * The grouping with the given printed name; {@code parse(g.toString()) == g}.
     *
     * @throws IllegalArgumentException if no grouping prints as {@code name}; the message lists
     *     the valid names
     */
    public static Grouping parse(String name) {
      return EnumNames.parse(Grouping.class, "grouping", name);
    }
  }

  /**
   * Validates and copies the components.
   *
   * @throws IllegalArgumentException if a count is negative or more people are assessed than read
   */
  public ComplianceSummary {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(total, "total");
    byRole = List.copyOf(byRole);
    byOrganisationType = List.copyOf(byOrganisationType);
    byCompetency = List.copyOf(byCompetency);
    refreshers = List.copyOf(refreshers);
    if (people < 0 || assessed < 0 || assessed > people) {
      throw new IllegalArgumentException("expected 0 <= assessed <= people, got assessed "
          + assessed + " of " + people);
    }
  }

  /** The groups of one grouping. */
  public List<StatusCounts> by(Grouping grouping) {
    return switch (Objects.requireNonNull(grouping, "grouping")) {
      case ROLE -> byRole;
      case ORGANISATION_TYPE -> byOrganisationType;
      case COMPETENCY -> byCompetency;
    };
  }

  /**
   * The same summary keeping only one grouping (the others empty): what the command line's
   * {@code --by} prints. Totals and refresher demand are unchanged.
   */
  public ComplianceSummary only(Grouping grouping) {
    Objects.requireNonNull(grouping, "grouping");
    return new ComplianceSummary(asOf, withinMonths, horizonMonths, people, assessed, total,
        grouping == Grouping.ROLE ? byRole : List.of(),
        grouping == Grouping.ORGANISATION_TYPE ? byOrganisationType : List.of(),
        grouping == Grouping.COMPETENCY ? byCompetency : List.of(), refreshers);
  }
}
