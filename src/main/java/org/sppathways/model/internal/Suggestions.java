package org.sppathways.model.internal;

import java.util.Optional;

/**
 * "Did you mean ...?" suggestions for misspelt ids and field names. Internal: not part of the API.
 *
 * <p>A candidate is suggested when its edit distance (Levenshtein: insertions, deletions and
 * substitutions) from the input is at most {@code max(1, length / 3)}; ties go to the
 * candidate that sorts first. Each call costs O(c · l²) for c candidates of length l, with
 * candidates whose length differs by more than the allowed distance skipped at once.
 */
public final class Suggestions {
  private Suggestions() {}

  /** The problem with the suggestion added when there is one, else the problem unchanged. */
  public static org.sppathways.model.Problem suggest(org.sppathways.model.Problem problem,
      Optional<String> suggestion) {
    return suggestion.map(problem::withSuggestion).orElse(problem);
  }

  /** The closest candidate to {@code input}, if one is close enough. */
  public static Optional<String> closest(String input, Iterable<String> candidates) {
    int allowed = Math.max(1, input.length() / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (Math.abs(candidate.length() - input.length()) > allowed) {
        continue;
      }
      int d = distance(input, candidate, Math.min(allowed, bestDistance));
      if (d < bestDistance || (d == bestDistance && best != null && candidate.compareTo(best) < 0)) {
        if (d <= allowed) {
          best = candidate;
          bestDistance = d;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The Levenshtein distance between two texts, or a value above {@code limit} as soon as the
   * distance is known to exceed it.
   */
  static int distance(String a, String b, int limit) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
