package org.sppathways.flow;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What {@link LongRunAnalysis} says about each state of a flow model, together: the steady state
 * (or why there is none), the expected years per spell in each state and in the workforce from
 * it, and the recruits a year that feed it (command {@code steady}).
 *
 * <pre>{@code
 * LongRunReport report = LongRunReport.of(FlowModel.of(model, start).longRun());
 * report.steadyState().total();
 * report.states().get(0).yearsPerSpell();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param steadyState the steady state, or the reason there is none
 * @param states one entry per state, in state order
 * @param recruitsPerYear recruits a year into the whole workforce (as many leave at the steady
 *     state)
 * @param notes what to keep in mind about the data ({@link FlowModel#notes()})
 * @since 0.1.0
 */
public record LongRunReport(SteadyState steadyState, List<StateTime> states,
    double recruitsPerYear, List<String> notes) {

  /** Validates and copies the components. */
  public LongRunReport {
    Objects.requireNonNull(steadyState, "steadyState");
    states = ImmutableList.copyOf(states);
    notes = ImmutableList.copyOf(notes);
  }

  /**
   * The time people spend in one state.
   *
   * @param state the state
   * @param yearsPerSpell expected years in the state per spell; empty when nobody ever leaves it
   * @param yearsInWorkforce expected years left in the workforce for someone now in the state;
   *     empty when some never leave
   */
  public record StateTime(FlowState state, OptionalDouble yearsPerSpell,
      OptionalDouble yearsInWorkforce) {
    /** Validates that no component is null. */
    public StateTime {
      Objects.requireNonNull(state, "state");
      Objects.requireNonNull(yearsPerSpell, "yearsPerSpell");
      Objects.requireNonNull(yearsInWorkforce, "yearsInWorkforce");
    }
  }

  /**
   * The report of a long-run analysis. O(n³) for n states the first time the analysis factors
   * its matrix, O(n²) after.
   */
  public static LongRunReport of(LongRunAnalysis longRun) {
    FlowModel flows = longRun.flows();
    List<StateTime> states = flows.states().stream().map(s -> new StateTime(s,
        longRun.yearsPerSpell(s), longRun.yearsInWorkforce(s))).toList();
    return new LongRunReport(longRun.steadyState(), states, flows.totalRecruits(), flows.notes());
  }
}
