package org.sppathways.gaps;

import java.util.Arrays;
import java.util.Map;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.WorkforceModel;

/**
 * What one person (or one role's requirements, taken as held) holds, as parallel arrays of
 * competency indices (ascending) and levels above 0. Immutable once built.
 */
final class Holdings {
  final int[] competency;
  final int[] level;

  private Holdings(int[] competency, int[] level) {
    this.competency = competency;
    this.level = level;
  }

  static Holdings of(WorkforceModel model, Map<CompetencyId, Integer> holds) {
    long[] packed = new long[holds.size()];
    int n = 0;
    for (Map.Entry<CompetencyId, Integer> e : holds.entrySet()) {
      if (e.getValue() > 0) {
        packed[n++] = ((long) model.competencyIndex(e.getKey()) << 32) | e.getValue();
      }
    }
    return fromPacked(packed, n);
  }

  static Holdings ofRole(RequirementIndex index, int role) {
    int from = index.start[role];
    int n = index.size(role);
    long[] packed = new long[n];
    for (int i = 0; i < n; i++) {
      packed[i] = ((long) index.competency[from + i] << 32) | index.level[from + i];
    }
    return fromPacked(packed, n);
  }

  private static Holdings fromPacked(long[] packed, int n) {
    Arrays.sort(packed, 0, n);
    int[] c = new int[n];
    int[] l = new int[n];
    for (int i = 0; i < n; i++) {
      c[i] = (int) (packed[i] >>> 32);
      l[i] = (int) packed[i];
    }
    return new Holdings(c, l);
  }

  /** The level held of a competency index, 0 if none. O(log h). */
  int levelOf(int competencyIndex) {
    int i = Arrays.binarySearch(competency, competencyIndex);
    return i < 0 ? 0 : level[i];
  }

  int size() {
    return competency.length;
  }
}
