package org.sppathways.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;
import org.sppathways.paths.CareerPathFinder;
import org.sppathways.paths.PathQuery;

/**
 * The path queries the benchmarks and the NetworkX comparison share: pairs of distinct roles,
 * drawn with a fixed seed, kept only when the second is reachable from the first (NetworkX raises
 * an error for an unreachable target, where the library returns an empty list).
 */
public final class PathQueries {
  private PathQueries() {}

  /** The seed of the query draw. */
  public static final long SEED = 20240611L;

  /** A query: start and target role. */
  public record Query(RoleId from, RoleId to) {}

  /** {@code count} reachable pairs of the model's roles, the same every time. */
  public static List<Query> draw(WorkforceModel model, int count) {
    CareerPathFinder finder = CareerPathFinder.of(model);
    Random random = new Random(SEED);
    List<Query> out = new ArrayList<>();
    int n = model.roles().size();
    while (out.size() < count) {
      RoleId from = model.roles().get(random.nextInt(n)).id();
      RoleId to = model.roles().get(random.nextInt(n)).id();
      if (!from.equals(to)
          && !finder.paths(from, to, 1, PathQuery.defaults()).paths().isEmpty()) {
        out.add(new Query(from, to));
      }
    }
    return out;
  }
}
