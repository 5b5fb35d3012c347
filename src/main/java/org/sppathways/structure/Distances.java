package org.sppathways.structure;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.paths.Criterion;

/**
 * The distance matrices of {@link StructureAnalysis}: one breadth-first (steps) or least-months
 * search per role, sources split into chunks run on all cores unless the options say otherwise.
 * O(n · m) or O(n · (m + D)) time and 4n² bytes. Rows and columns follow the model's role order:
 * each vertex is translated to its role index as its distances are written.
 */
final class Distances {
  private Distances() {}

  static DistanceMatrix of(Terms t, Criterion metric) {
    int n = t.n;
    int[] d = new int[n * n];
    int chunks = Math.min(Brandes.MAX_CHUNKS, Math.max(1, n / 8));
    IntStream range = IntStream.range(0, chunks);
    Queue<Searches> pool = new ConcurrentLinkedQueue<>();
    int[] index = t.graph.modelIndex;
    (t.options.parallel() ? range.parallel() : range).forEach(c -> {
      Searches pooled = pool.poll();
      Searches s = pooled != null ? pooled : new Searches(t.graph);
      int from = (int) ((long) c * n / chunks);
      int to = (int) ((long) (c + 1) * n / chunks);
      for (int v = from; v < to; v++) {
        int row = index[v] * n;
        Arrays.fill(d, row, row + n, -1);
        if (metric == Criterion.STEPS) {
          s.steps(v, null);
          for (int i = 0; i < s.stepReached; i++) {
            int w = s.stepOrder[i];
            d[row + index[w]] = s.steps[w];
          }
        } else {
          s.months(v, null);
          for (int i = 0; i < s.monthReached; i++) {
            int w = s.monthOrder[i];
            d[row + index[w]] = Math.toIntExact(s.months[w]);
          }
        }
      }
      pool.offer(s);
    });
    List<RoleId> roleIds = t.model.roles().stream().map(Role::id).toList();
    Map<RoleId, Integer> positions = new HashMap<>();
    for (int i = 0; i < roleIds.size(); i++) {
      positions.put(roleIds.get(i), i);
    }
    return new DistanceMatrix(metric, roleIds, Map.copyOf(positions), d);
  }
}
