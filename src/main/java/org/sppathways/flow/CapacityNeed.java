package org.sppathways.flow;

import java.util.Objects;
import org.sppathways.model.RoleId;

/**
 * The recruitment needed to hold a role at a target headcount in the long run, with the other
 * roles' recruitment as the model gives it, and the course completions that recruitment implies.
 *
 * <p>All figures are per year at the steady state. {@code leaversPerYear + movedOutPerYear =
 * recruitsNeeded + movedInPerYear} (what the role loses equals what it gains).
 *
 * @param role the role
 * @param target the target headcount
 * @param recruitsNeeded recruits per year into the role needed to hold the target; 0 when moves
 *     in alone reach it (see {@code headcountWithoutRecruits})
 * @param currentRecruits recruits per year into the role that the model gives now
 * @param movedInPerYear moves into the role from other roles per year
 * @param movedOutPerYear moves out of the role to other roles per year
 * @param leaversPerYear leavers per year from the role (moves to external roles included)
 * @param headcountWithoutRecruits the long-run headcount of the role with no recruits into it
 *     (from moves in alone); above the target when {@code recruitsNeeded} is 0
 *
 * @since 0.1.0
 */
public record CapacityNeed(RoleId role, double target, double recruitsNeeded,
    double currentRecruits, double movedInPerYear, double movedOutPerYear, double leaversPerYear,
    double headcountWithoutRecruits) {

  /** Validates the components. */
  public CapacityNeed {
    Objects.requireNonNull(role, "role");
  }

  /** Whether the target is reached with no recruits at all (moves in alone exceed it). */
  public boolean reachedWithoutRecruits() {
    return recruitsNeeded == 0 && headcountWithoutRecruits >= target;
  }

  /** Entrants per year: recruits needed plus moves in. */
  public double entrantsPerYear() {
    return recruitsNeeded + movedInPerYear;
  }

  /**
   * Course completions per year needed when every recruit (and, if asked, every internal
   * entrant) must complete a course first, and only a share of those who complete it take up the
   * role.
   *
   * @param takeUp the share of completers who join the role, in (0, 1]
   * @param internalEntrantsToo whether people moving in from other roles need the course too
   * @throws IllegalArgumentException if takeUp is not in (0, 1]
   */
  public double courseCompletions(double takeUp, boolean internalEntrantsToo) {
    if (!(takeUp > 0 && takeUp <= 1)) {
      throw new IllegalArgumentException("take-up must be above 0 and at most 1, was " + takeUp);
    }
    return (recruitsNeeded + (internalEntrantsToo ? movedInPerYear : 0)) / takeUp;
  }
}
