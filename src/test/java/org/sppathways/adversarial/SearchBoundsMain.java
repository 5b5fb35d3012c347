package org.sppathways.adversarial;

import org.sppathways.model.WorkforceModel;
import org.sppathways.paths.CareerPathFinder;
import org.sppathways.paths.CareerPaths;
import org.sppathways.paths.PathQuery;

/**
 * Runs one career path search on a complete graph of 200 roles in a forked JVM and prints, as
 * {@code key=value} lines, whether it completed, how many paths it returned, the time and the
 * peak heap. Run by {@link CareerPathFinderBoundsTest}.
 *
 * <p>Arguments: {@code kbest} or {@code pareto}; {@code equal} (every route 12 months) or
 * {@code tradeoff} (route i → j takes 1 + (j − i)² months forward, so more steps cost fewer
 * months and every step count up to 199 is a trade-off); and the work limit.
 */
public final class SearchBoundsMain {
  private SearchBoundsMain() {}

  static final int ROLES = 200;

  public static void main(String[] args) {
    try {
      WorkforceModel model = args[1].equals("equal")
          ? AdversarialModels.complete(ROLES, (i, j) -> 12)
          : AdversarialModels.complete(ROLES, (i, j) -> j > i ? 1 + (j - i) * (j - i) : 10_000);
      CareerPathFinder finder = CareerPathFinder.of(model);
      PathQuery query = PathQuery.builder().maxWork(Long.parseLong(args[2])).build();
      long start = System.nanoTime();
      CareerPaths found = args[0].equals("kbest")
          ? finder.paths(AdversarialModels.role(0), AdversarialModels.role(ROLES - 1),
              Integer.MAX_VALUE, query)
          : finder.pareto(AdversarialModels.role(0), AdversarialModels.role(ROLES - 1), query);
      System.out.println("millis=" + (System.nanoTime() - start) / 1_000_000);
      System.out.println("complete=" + found.complete());
      System.out.println("paths=" + found.paths().size());
      System.out.println("firstSteps=" + found.paths().get(0).steps().size());
      System.out.println("lastSteps=" + found.paths().get(found.paths().size() - 1).steps().size());
      System.out.println("peakHeap=" + ForkedJvm.peakHeapBytes());
    } catch (OutOfMemoryError e) {
      System.exit(ForkedJvm.OUT_OF_MEMORY);
    }
  }
}
