package org.sppathways.flow;

import net.jqwik.api.statistics.Statistics;

/**
 * What the flow properties' generated cases exercise, collected with jqwik statistics (printed
 * in the test report) and checked, so that a property fails when the share of trivial cases (no
 * states, nobody moving, a one-role chain, a walk that starts at its target) grows past what
 * the generators are built to give. Without such checks a property can pass on hundreds of
 * tries that test nothing: before these checks, half the random models had no state and one in
 * six any movement.
 *
 * <p>Each {@code collect} call labels one try; the coverage checks run when the property ends.
 */
final class FlowStatistics {
  private FlowStatistics() {}

  static final String STATES = "states";
  static final String MOVES = "moves between states";
  static final String REFUSED = "refused as over 10^9 people";
  static final String ROLES = "roles in the chain";

  /**
   * Labels a random model's flow model (whether it has states and whether anyone moves between
   * them) and checks the shares: no case without states, at least half with movement, at most a
   * third refused for size.
   */
  static void collect(FlowModel flows, boolean refused) {
    Statistics.label(STATES).collect(flows.states().isEmpty() ? "none"
        : flows.states().size() == 1 ? "one" : "several");
    Statistics.label(MOVES).collect(moves(flows) ? "some" : "none");
    Statistics.label(REFUSED).collect(refused);
    Statistics.label(STATES).coverage(c -> c.check("none").percentage(p -> p == 0));
    Statistics.label(MOVES).coverage(c -> c.check("some").percentage(p -> p >= 50));
    Statistics.label(REFUSED).coverage(c -> c.check(true).percentage(p -> p <= 30));
  }

  /**
   * Labels a random chain (one role or several; whether anyone moves) and checks the shares: at
   * most a quarter of chains with one role, at least 70 % with movement.
   */
  static void collect(Chains.Chain chain) {
    Statistics.label(ROLES).collect(chain.size() == 1 ? "one" : "several");
    Statistics.label(MOVES).collect(moves(chain) ? "some" : "none");
    Statistics.label(ROLES).coverage(c -> c.check("one").percentage(p -> p <= 25));
    Statistics.label(MOVES).coverage(c -> c.check("some").percentage(p -> p >= 70));
  }

  /** Whether some state sends a positive share of its people to another state each year. */
  static boolean moves(FlowModel flows) {
    for (FlowState from : flows.states()) {
      for (FlowState to : flows.states()) {
        if (!from.equals(to) && flows.transitionRate(from, to) > 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean moves(Chains.Chain chain) {
    for (int i = 0; i < chain.size(); i++) {
      for (int j = 0; j < chain.size(); j++) {
        if (i != j && chain.rates()[i][j] > 0) {
          return true;
        }
      }
    }
    return false;
  }
}
