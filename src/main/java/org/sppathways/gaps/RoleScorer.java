package org.sppathways.gaps;

import java.time.LocalDate;
import org.sppathways.model.HeldLevels;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;

/**
 * Scores one person against every role of a model at once, for ranking and bulk work.
 *
 * <p>Scoring is driven by what the person holds: for each held competency it visits the
 * requirements that name it (an inverted index built once per model), so one call costs
 * O(h · p̄ + h log h) for h held competencies with p̄ requirements naming each on average —
 * independent of the number of roles. Reading a role's result afterwards is O(1). On a model of
 * the size of ESCO (3,039 roles, ~42 requirements each) this is far cheaper than scanning every
 * requirement of every role.
 *
 * <pre>{@code
 * RoleScorer scorer = RoleScorer.of(GapAnalysis.of(model));
 * scorer.score(person);
 * double r = scorer.readiness(model.roleIndex(RoleId.of("link-worker")));
 * }</pre>
 *
 * <p>Not thread-safe: it reuses its arrays between calls. Give each thread its own (they are
 * cheap: three int arrays as long as the role list).
 *
 * @since 0.1.0
 */
public final class RoleScorer {
  private final org.sppathways.model.ProfileCheck check;
  private final WorkforceModel model;
  private final RequirementIndex index;
  private final int[] stamp;
  private final int[] met;
  private final int[] essentialMet;
  private final int[] heldLevels;
  private int current;

  /**
   * A new scorer over a gap analysis's model, for bulk work on one thread. O(n) for n roles; the
   * requirement index is the analysis's, shared.
   */
  public static RoleScorer of(GapAnalysis gaps) {
    return new RoleScorer(gaps.model(), gaps.index());
  }

  private RoleScorer(WorkforceModel model, RequirementIndex index) {
    this.model = model;
    this.check = org.sppathways.model.ProfileCheck.of(model);
    this.index = index;
    this.stamp = new int[index.roles];
    this.met = new int[index.roles];
    this.essentialMet = new int[index.roles];
    this.heldLevels = new int[index.roles];
  }

  /**
   * Scores a person against every role as of today by the system clock (see
   * {@link #score(WorkerProfile, LocalDate)}); the results stay until the next call.
   *
   * @throws org.sppathways.model.ModelException if the profile does not fit the model (see
   *     {@link org.sppathways.model.ProfileCheck}): an unknown role, organisation type,
   *     competency or course, or a level outside the scale, each located and with a suggestion
   */
  public void score(WorkerProfile person) {
    score(person, LocalDate.now());
  }

  /**
   * Scores a person against every role's own requirements (no organisation-type variants or
   * first-year targets: {@link GapAnalysis} applies those) by the levels they hold on a day
   * ({@link HeldLevels}); the results stay until the next call.
   *
   * @throws org.sppathways.model.ModelException if the profile does not fit the model (see
   *     {@link org.sppathways.model.ProfileCheck})
   */
  public void score(WorkerProfile person, LocalDate asOf) {
    check.require(person);
    score(Holdings.of(model, HeldLevels.of(model, person, asOf).levels()));
  }

  void score(Holdings h) {
    if (++current == Integer.MAX_VALUE) {
      java.util.Arrays.fill(stamp, 0);
      current = 1;
    }
    int[] posting = index.posting;
    int[] postingStart = index.postingStart;
    int[] roleOf = index.roleOf;
    int[] level = index.level;
    boolean[] essential = index.essential;
    for (int k = 0; k < h.competency.length; k++) {
      int c = h.competency[k];
      int held = h.level[k];
      for (int p = postingStart[c], end = postingStart[c + 1]; p < end; p++) {
        int i = posting[p];
        int r = roleOf[i];
        if (stamp[r] != current) {
          stamp[r] = current;
          met[r] = 0;
          essentialMet[r] = 0;
          heldLevels[r] = 0;
        }
        int required = level[i];
        if (held >= required) {
          met[r]++;
          heldLevels[r] += required;
          if (essential[i]) {
            essentialMet[r]++;
          }
        } else {
          heldLevels[r] += held;
        }
      }
    }
  }

  /** The number of roles, i.e. valid role indices are {@code 0..roleCount()-1}. */
  public int roleCount() {
    return index.roles;
  }

  /** Requirements of the role (by dense index) that the last person scored meets. */
  public int met(int role) {
    return stamp[role] == current ? met[role] : 0;
  }

  /** Met / all requirements of the role for the last person scored; 1.0 for a role with none. */
  public double readiness(int role) {
    int size = index.size(role);
    return size == 0 ? 1.0 : (double) met(role) / size;
  }

  /** Whether the last person scored meets every essential requirement of the role. */
  public boolean essentialMet(int role) {
    int essentials = index.essentialCount[role];
    return essentials == 0 || (stamp[role] == current && essentialMet[role] == essentials);
  }

  /** Σ max(0, required − held) over the role's requirements, for the last person scored. */
  public int shortfall(int role) {
    return index.totalLevel[role] - (stamp[role] == current ? heldLevels[role] : 0);
  }

  /** The id of the role with the given dense index. */
  public RoleId role(int role) {
    return model.roles().get(role).id();
  }
}
