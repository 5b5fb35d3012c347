package org.sppathways.flow;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sppathways.model.OrganisationTypeId;
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
 * <p>Look-ups by state and role take O(n) for n states. Two years are equal when they have the
 * same year number, states and figures. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ProjectionYear {
  /**
   * One state's line of a year: its headcount at the end of the year and the flows during it.
   * Written flat (role, organisation type, figures) so that a stored projection reads as a table.
   *
   * @param role the state's role
   * @param organisationType the state's organisation type, empty unless states are split by
   *     organisation type
   * @param headcount expected people in the state at the end of the year
   * @param recruits recruits into the state during the year
   * @param leavers leavers from the state during the year (moves to external roles included)
   * @param movedIn moves into the state from other states during the year
   * @param movedOut moves out of the state to other states during the year
   * @since 0.1.0
   */
  public record StateYear(RoleId role, Optional<OrganisationTypeId> organisationType,
      double headcount, double recruits, double leavers, double movedIn, double movedOut) {

    /** Validates that no component is null. */
    public StateYear {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(organisationType, "organisationType");
    }

    /** The state: the role, in its organisation type when there is one. */
    public FlowState state() {
      return new FlowState(role, organisationType);
    }
  }

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

  /**
   * A year from its states' lines, e.g. to rebuild a stored projection; {@link Projection#of}
   * checks that consecutive years add up.
   *
   * <pre>{@code
   * ProjectionYear start = ProjectionYear.of(0, List.of(new ProjectionYear.StateYear(
   *     RoleId.of("link-worker"), Optional.empty(), 120, 0, 0, 0, 0)));
   * }</pre>
   *
   * @param year the year, 0 for the start
   * @param states one line per state, in state order, each state once
   * @throws IllegalArgumentException if the year is negative, a state repeats, or a figure is
   *     negative, not finite or above 10^9 people; figures are rounded to millionths of a person
   * @since 0.1.0
   */
  public static ProjectionYear of(int year, List<StateYear> states) {
    if (year < 0) {
      throw new IllegalArgumentException("year must be 0 or more, was " + year);
    }
    int n = states.size();
    List<FlowState> keys = states.stream().map(StateYear::state).toList();
    if (keys.stream().distinct().count() != n) {
      throw new IllegalArgumentException("year " + year + " lists a state more than once");
    }
    long[][] values = new long[5][n];
    for (int i = 0; i < n; i++) {
      StateYear s = states.get(i);
      double[] figures = {s.headcount(), s.recruits(), s.leavers(), s.movedIn(), s.movedOut()};
      for (int k = 0; k < figures.length; k++) {
        if (!(figures[k] >= 0 && figures[k] <= Projector.LIMIT)) {
          throw new IllegalArgumentException("year " + year + ", state " + keys.get(i)
              + ": figures must be from 0 to 10^9 people");
        }
        values[k][i] = Projector.units(figures[k]);
      }
    }
    return new ProjectionYear(year, ImmutableList.copyOf(keys), values[0], values[1], values[2],
        values[3], values[4]);
  }

  List<FlowState> stateList() {
    return states;
  }

  long[] stockUnits() {
    return stock;
  }

  /**
   * Checks that this year follows {@code previous} exactly: the same states, and for each state
   * {@code headcount = previous headcount − leavers − movedOut + movedIn + recruits}, with as many
   * moves in as out in total.
   */
  void checkFollows(ProjectionYear previous) {
    if (!states.equals(previous.states)) {
      throw new IllegalArgumentException("year " + year + " has other states than year "
          + previous.year);
    }
    if (sum(movedIn) != sum(movedOut)) {
      throw new IllegalArgumentException("year " + year + ": moves in and moves out differ");
    }
    for (int i = 0; i < states.size(); i++) {
      if (stock[i] != previous.stock[i] - leavers[i] - movedOut[i] + movedIn[i] + recruits[i]) {
        throw new IllegalArgumentException("year " + year + ", state " + states.get(i)
            + ": headcount is not the previous headcount minus leavers and moves out plus moves "
            + "in and recruits");
      }
    }
  }

  /** Whether the year has no flows (as year 0 must). */
  boolean isStart() {
    return sum(recruits) == 0 && sum(leavers) == 0 && sum(movedIn) == 0 && sum(movedOut) == 0;
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

  /** Every state's line: headcount and flows, in state order. */
  public List<StateYear> states() {
    ImmutableList.Builder<StateYear> b = ImmutableList.builderWithExpectedSize(states.size());
    for (int i = 0; i < states.size(); i++) {
      FlowState s = states.get(i);
      b.add(new StateYear(s.role(), s.organisationType(), people(stock[i]), people(recruits[i]),
          people(leavers[i]), people(movedIn[i]), people(movedOut[i])));
    }
    return b.build();
  }

  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof ProjectionYear y && year == y.year && states.equals(y.states)
        && Arrays.equals(stock, y.stock) && Arrays.equals(recruits, y.recruits)
        && Arrays.equals(leavers, y.leavers) && Arrays.equals(movedIn, y.movedIn)
        && Arrays.equals(movedOut, y.movedOut);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, states, Arrays.hashCode(stock), Arrays.hashCode(recruits),
        Arrays.hashCode(leavers), Arrays.hashCode(movedIn), Arrays.hashCode(movedOut));
  }

  /** Year, headcount, recruits and leavers, e.g. {@code ProjectionYear{year=3, headcount=…}}. */
  @Override
  public String toString() {
    return "ProjectionYear{year=" + year + ", headcount=" + headcount() + ", recruits="
        + recruits() + ", leavers=" + leavers() + "}";
  }
}
