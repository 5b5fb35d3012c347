package org.sppathways.flow;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sppathways.model.RoleId;

/**
 * One year of a {@link Projection}: the expected stock of each state at the end of the year and
 * the flows during it (recruits, leavers, moves in and out). Year 0 is the start and has no flows.
 *
 * <p>Every value is a whole number of millionths of a person, and the accounting is exact in
 * those units: for each state, {@code headcount = previous headcount − leavers − movedOut +
 * movedIn + recruits}; in total, {@code headcount() + leavers() = previous headcount() +
 * recruits()}. The doubles returned are the nearest doubles to those decimals, so
 * {@link java.math.BigDecimal#valueOf(double)} gives the exact decimal back (up to 10⁹ people).
 *
 * <p>Look-ups by state and role take O(n) for n states. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ProjectionYear {
  private final int year;
  private final List<FlowState> states;
  private final long[] stock;
  private final long[] recruits;
  private final long[] leavers;
  private final long[] movedIn;
  private final long[] movedOut;

  ProjectionYear(int year, List<FlowState> states, long[] stock, long[] recruits, long[] leavers,
      long[] movedIn, long[] movedOut) {
    this.year = year;
    this.states = states;
    this.stock = stock;
    this.recruits = recruits;
    this.leavers = leavers;
    this.movedIn = movedIn;
    this.movedOut = movedOut;
  }

  private static double people(long units) {
    return units / (double) Projector.UNIT;
  }

  private static long sum(long[] values) {
    long s = 0;
    for (long v : values) {
      s += v;
    }
    return s;
  }

  private int index(FlowState state) {
    int i = states.indexOf(state);
    if (i < 0) {
      throw new org.sppathways.model.UnknownIdException("state", state.toString());
    }
    return i;
  }

  private long role(long[] values, RoleId role) {
    long s = 0;
    boolean found = false;
    for (int i = 0; i < states.size(); i++) {
      if (states.get(i).role().equals(role)) {
        s += values[i];
        found = true;
      }
    }
    if (!found) {
      throw new org.sppathways.model.UnknownIdException("workforce role", role.value());
    }
    return s;
  }

  /** The year: 0 for the start, then 1, 2, … */
  public int year() {
    return year;
  }

  /** The total headcount at the end of the year. */
  public double headcount() {
    return people(sum(stock));
  }

  /** Recruits during the year, in total. */
  public double recruits() {
    return people(sum(recruits));
  }

  /** Leavers during the year, in total (moves to external roles included). */
  public double leavers() {
    return people(sum(leavers));
  }

  /** Moves between states during the year, in total (each move counted once). */
  public double moves() {
    return people(sum(movedOut));
  }

  /**
   * The headcount of a role, over all its states.
   *
   * @throws org.sppathways.model.UnknownIdException if the role is not a workforce role
   */
  public double headcount(RoleId role) {
    return people(role(stock, role));
  }

  /**
   * The headcount of a state.
   *
   * @throws org.sppathways.model.UnknownIdException if there is no such state
   */
  public double headcount(FlowState state) {
    return people(stock[index(state)]);
  }

  /** Recruits into a state during the year. */
  public double recruits(FlowState state) {
    return people(recruits[index(state)]);
  }

  /** Leavers from a state during the year. */
  public double leavers(FlowState state) {
    return people(leavers[index(state)]);
  }

  /** Moves into a state from other states during the year. */
  public double movedIn(FlowState state) {
    return people(movedIn[index(state)]);
  }

  /** Moves out of a state to other states during the year. */
  public double movedOut(FlowState state) {
    return people(movedOut[index(state)]);
  }

  /** The headcount of each role, in model order. */
  public Map<RoleId, Double> headcountByRole() {
    Map<RoleId, Long> units = new LinkedHashMap<>();
    for (int i = 0; i < states.size(); i++) {
      units.merge(states.get(i).role(), stock[i], Long::sum);
    }
    ImmutableMap.Builder<RoleId, Double> b = ImmutableMap.builderWithExpectedSize(units.size());
    units.forEach((role, u) -> b.put(role, people(u)));
    return b.buildOrThrow();
  }

  /** The headcount of each state, in state order. */
  public Map<FlowState, Double> headcountByState() {
    ImmutableMap.Builder<FlowState, Double> b = ImmutableMap.builderWithExpectedSize(states.size());
    for (int i = 0; i < states.size(); i++) {
      b.put(states.get(i), people(stock[i]));
    }
    return b.buildOrThrow();
  }

  /** Year, headcount, recruits and leavers, e.g. {@code ProjectionYear{year=3, headcount=…}}. */
  @Override
  public String toString() {
    return "ProjectionYear{year=" + year + ", headcount=" + headcount() + ", recruits="
        + recruits() + ", leavers=" + leavers() + "}";
  }
}
