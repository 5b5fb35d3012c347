package org.sppathways.flow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sppathways.model.Role;

/** Year-by-year projection in whole millionths of a person. See {@link FlowModel#project}. */
final class Projector {
  /** Millionths of a person per person. */
  static final long UNIT = 1_000_000L;
  /** The most people a projection may hold, so that sums stay exact in a long and a double. */
  static final double LIMIT = 1e9;

  private Projector() {}

  static long units(double people) {
    return Math.round(people * UNIT);
  }

  static Projection project(FlowModel flows, Headcounts start, int years) {
    if (years < 0 || years > 1000) {
      throw new IllegalArgumentException("years must be from 0 to 1000, was " + years);
    }
    double size = start.total() + years * flows.totalRecruits();
    if (!(size <= LIMIT)) {
      throw new IllegalArgumentException("a projection holds at most 10^9 people; this one could "
          + "reach " + size + " (start plus " + years + " years of recruits)");
    }
    int n = flows.size();
    List<Role> roles = flows.model().roles();
    List<String> misplaced = new ArrayList<>();
    double[][] placed = FlowMatrix.place(flows.model(), start, misplaced);
    long[] stock = new long[n];
    for (int r = 0; r < roles.size(); r++) {
      int[] own = flows.statesOfRole(r);
      if (own.length == 1) {
        stock[own[0]] = units(Arrays.stream(placed[r]).sum());
      } else {
        for (int k = 0; k < own.length; k++) {
          stock[own[k]] = units(placed[r][k]);
        }
      }
    }
    long[] recruits = new long[n];
    for (int r = 0; r < roles.size(); r++) {
      int[] own = flows.statesOfRole(r);
      if (own.length == 0) {
        continue;
      }
      double[] shares = new double[own.length];
      for (int k = 0; k < own.length; k++) {
        shares[k] = flows.shareOf(own[k]);
      }
      long[] direct = apportion(units(flows.directRecruits(r)), shares);
      for (int k = 0; k < own.length; k++) {
        recruits[own[k]] = direct[k] + units(flows.pinnedRecruits(own[k]));
      }
    }

    List<ProjectionYear> out = new ArrayList<>(years + 1);
    long[] zeros = new long[n];
    out.add(new ProjectionYear(0, flows.states(), stock, zeros, zeros, zeros, zeros));
    int maxRow = 0;
    for (int i = 0; i < n; i++) {
      maxRow = Math.max(maxRow, flows.rowStart[i + 1] - flows.rowStart[i]);
    }
    long[] flow = new long[maxRow + 1];
    for (int t = 1; t <= years; t++) {
      long[] next = new long[n];
      long[] leavers = new long[n];
      long[] in = new long[n];
      long[] moved = new long[n];
      for (int i = 0; i < n; i++) {
        long s = stock[i];
        if (s == 0) {
          continue;
        }
        int from = flows.rowStart[i];
        int count = flows.rowStart[i + 1] - from;
        long total = 0;
        for (int k = 0; k < count; k++) {
          flow[k] = Math.round(s * flows.rate[from + k]);
          total += flow[k];
        }
        flow[count] = Math.round(s * flows.exit[i]);
        total += flow[count];
        if (total > s) {
          trim(flow, count + 1, total - s);
          total = s;
        }
        long out1 = 0;
        for (int k = 0; k < count; k++) {
          int j = flows.target[from + k];
          next[j] += flow[k];
          in[j] += flow[k];
          out1 += flow[k];
        }
        moved[i] = out1;
        leavers[i] = flow[count];
        next[i] += s - total;
      }
      for (int i = 0; i < n; i++) {
        next[i] += recruits[i];
      }
      out.add(new ProjectionYear(t, flows.states(), next, recruits, leavers, in, moved));
      stock = next;
    }
    List<String> notes = new ArrayList<>(flows.notes());
    if (!misplaced.isEmpty()) {
      notes.add(misplaced.size() + " starting headcounts name an organisation type that does not "
          + "offer the role; they were placed like headcounts without a type: "
          + String.join(", ", misplaced.subList(0, Math.min(3, misplaced.size())))
          + (misplaced.size() > 3 ? " and " + (misplaced.size() - 3) + " more" : ""));
    }
    StaffCost cost = StaffCost.of(flows.model(), out);
    if (!cost.uncosted().isEmpty() && !flows.model().figures().pay().isEmpty()) {
      notes.add(cost.uncosted().size() + " role" + (cost.uncosted().size() == 1 ? " has" : "s have")
          + " staff but no pay figure, so " + (cost.uncosted().size() == 1 ? "its" : "their")
          + " staff are not in the staff cost: " + String.join(", ", cost.uncosted().stream()
          .map(r -> "'" + r + "'").toList()));
    }
    return new Projection(flows.isSplitByOrganisationType(), out, notes, flows.parameters(),
        java.util.Optional.of(cost));
  }

  /** Lowers the largest flows (first one on ties) until their sum has dropped by {@code excess}. */
  private static void trim(long[] flow, int count, long excess) {
    while (excess > 0) {
      int largest = 0;
      for (int k = 1; k < count; k++) {
        if (flow[k] > flow[largest]) {
          largest = k;
        }
      }
      if (flow[largest] <= 0) {
        throw new IllegalStateException("cannot trim flows by " + excess + " units");
      }
      long cut = Math.min(excess, flow[largest]);
      flow[largest] -= cut;
      excess -= cut;
    }
  }

  /**
   * Splits a whole number of units by shares so that the parts add up to it exactly: floors
   * first, then one more unit to the largest remainders (ties to the earlier part).
   */
  static long[] apportion(long total, double[] shares) {
    long[] parts = new long[shares.length];
    if (shares.length == 0) {
      return parts;
    }
    double sum = Arrays.stream(shares).sum();
    double[] remainder = new double[shares.length];
    long given = 0;
    for (int k = 0; k < shares.length; k++) {
      double exact = sum > 0 ? total * (shares[k] / sum) : (double) total / shares.length;
      parts[k] = (long) Math.floor(exact);
      remainder[k] = exact - parts[k];
      given += parts[k];
    }
    while (given < total) {
      int best = 0;
      for (int k = 1; k < shares.length; k++) {
        if (remainder[k] > remainder[best]) {
          best = k;
        }
      }
      parts[best]++;
      remainder[best] = -1;
      given++;
    }
    while (given > total) {
      int largest = 0;
      for (int k = 1; k < shares.length; k++) {
        if (parts[k] > parts[largest]) {
          largest = k;
        }
      }
      parts[largest]--;
      given--;
    }
    return parts;
  }
}
