package org.sppathways.gaps;

import java.util.Arrays;
import java.util.List;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.WorkforceModel;

/**
 * The requirements of every role as flat int arrays (compressed rows), and the inverse: for each
 * competency, the requirements that name it (postings). Built once per model; immutable.
 *
 * <p>Role r's requirements are {@code start[r] .. start[r+1]-1}; requirement i names competency
 * {@code competency[i]} at {@code level[i]}, essential when {@code essential[i]}. Competency c's
 * postings are {@code postingStart[c] .. postingStart[c+1]-1}, each a requirement index in
 * {@code posting[]}, ordered by role.
 */
final class RequirementIndex {
  final int roles;
  final int competencies;
  final int[] start;
  final int[] competency;
  final int[] level;
  final boolean[] essential;
  final int[] roleOf;
  /** Per role: Σ required levels, the count of essential requirements. */
  final int[] totalLevel;
  final int[] essentialCount;
  final int[] postingStart;
  final int[] posting;

  RequirementIndex(WorkforceModel model) {
    List<Role> list = model.roles();
    roles = list.size();
    competencies = model.competencies().size();
    start = new int[roles + 1];
    for (int r = 0; r < roles; r++) {
      start[r + 1] = start[r] + list.get(r).requirements().size();
    }
    int n = start[roles];
    competency = new int[n];
    level = new int[n];
    essential = new boolean[n];
    roleOf = new int[n];
    totalLevel = new int[roles];
    essentialCount = new int[roles];
    int[] postingCount = new int[competencies + 1];
    for (int r = 0; r < roles; r++) {
      int i = start[r];
      for (Requirement q : list.get(r).requirements()) {
        competency[i] = model.competencyIndex(q.competency());
        level[i] = q.level();
        essential[i] = q.essential();
        roleOf[i] = r;
        totalLevel[r] += q.level();
        essentialCount[r] += q.essential() ? 1 : 0;
        postingCount[competency[i] + 1]++;
        i++;
      }
    }
    postingStart = new int[competencies + 1];
    for (int c = 0; c < competencies; c++) {
      postingStart[c + 1] = postingStart[c] + postingCount[c + 1];
    }
    posting = new int[n];
    int[] fill = Arrays.copyOf(postingStart, competencies);
    for (int i = 0; i < n; i++) {
      posting[fill[competency[i]]++] = i;
    }
  }

  int size(int role) {
    return start[role + 1] - start[role];
  }
}
