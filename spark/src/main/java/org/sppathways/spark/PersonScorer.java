package org.sppathways.spark;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.sppathways.gaps.GapAnalysis;
import org.sppathways.gaps.RoleScorer;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.HeldLevels;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;

/**
 * Scores one person at a time against roles with the numbers of
 * {@link GapAnalysis#gap(WorkerProfile, org.sppathways.model.RoleId)}: readiness, shortfall,
 * essential requirements met and the weighted score, computed over the same requirements
 * ({@link Role#requirementsAssessing(WorkerProfile)}: variants, first-year targets) in the same
 * order with the same arithmetic, on the levels held on the analysis's day ({@link HeldLevels}:
 * courses completed, lapsed evidence), so every figure is equal to the library's, bit for bit.
 *
 * <p>Ranking every role uses the library's {@link RoleScorer} (driven by what the person holds,
 * independent of the number of roles) for the roles a person is assessed on by their own
 * requirements; a requirement scan (O(q) for q requirements, nothing allocated) gives the
 * figures of each row written. Built once per partition; not thread-safe.
 */
final class PersonScorer {
  private final WorkforceModel model;
  private final RoleScorer scorer;
  private final LocalDate asOf;
  private final int[][] competency;
  private final int[][] level;
  private final boolean[][] essential;
  /** Each role's position in role-id order, to break ties as the library does. */
  private final int[] idOrder;
  private final int[] held;
  private int[] touched = new int[64];
  private int touchedCount;
  private WorkerProfile person;

  // the figures of the last scan
  int met;
  int size;
  int shortfall;
  boolean essentialMet;
  double weighted;
  double weights;

  PersonScorer(GapAnalysis gaps) {
    this.model = gaps.model();
    this.scorer = RoleScorer.of(gaps);
    this.asOf = gaps.today();   // a fixed clock: the driver's day
    int roles = model.roles().size();
    competency = new int[roles][];
    level = new int[roles][];
    essential = new boolean[roles][];
    for (int r = 0; r < roles; r++) {
      List<Requirement> q = model.roles().get(r).requirements();
      competency[r] = new int[q.size()];
      level[r] = new int[q.size()];
      essential[r] = new boolean[q.size()];
      for (int i = 0; i < q.size(); i++) {
        competency[r][i] = model.competencyIndex(q.get(i).competency());
        level[r][i] = q.get(i).level();
        essential[r][i] = q.get(i).essential();
      }
    }
    Integer[] byId = new Integer[roles];
    for (int r = 0; r < roles; r++) {
      byId[r] = r;
    }
    Arrays.sort(byId, (a, b) -> model.roles().get(a).id().compareTo(model.roles().get(b).id()));
    idOrder = new int[roles];
    for (int k = 0; k < roles; k++) {
      idOrder[byId[k]] = k;
    }
    held = new int[model.competencies().size()];
  }

  WorkforceModel model() {
    return model;
  }

  /** Takes a person's held levels; later scans are for this person. */
  void load(WorkerProfile p) {
    for (int k = 0; k < touchedCount; k++) {
      held[touched[k]] = 0;
    }
    touchedCount = 0;
    Map<CompetencyId, Integer> holds = p.completions().isEmpty() && p.holdsUntil().isEmpty()
        ? p.holds() : HeldLevels.of(model, p, asOf).levels();
    for (Map.Entry<CompetencyId, Integer> e : holds.entrySet()) {
      int c = model.competencyIndex(e.getKey());
      if (touchedCount == touched.length) {
        touched = Arrays.copyOf(touched, touchedCount * 2);
      }
      touched[touchedCount++] = c;
      held[c] = e.getValue();
    }
    person = p;
  }

  /** Whether the person is assessed on role r by other requirements than its own. */
  boolean adjusted(int r) {
    Role role = model.roles().get(r);
    if (person.organisationType().isPresent()
        && role.variants().containsKey(person.organisationType().get())) {
      return true;
    }
    return !role.firstYear().isEmpty() && person.monthsInRole() < Role.FIRST_YEAR_MONTHS
        && person.role().isPresent() && person.role().get().equals(role.id());
  }

  /** Scores the loaded person against role r, in the library's order and arithmetic. */
  void scan(int r) {
    start();
    if (adjusted(r)) {
      List<Requirement> q = model.roles().get(r).requirementsAssessing(person);
      size = q.size();
      for (Requirement x : q) {
        add(held[model.competencyIndex(x.competency())], x.level(), x.essential());
      }
      return;
    }
    int[] c = competency[r];
    int[] l = level[r];
    boolean[] e = essential[r];
    size = c.length;
    for (int i = 0; i < c.length; i++) {
      add(held[c[i]], l[i], e[i]);
    }
  }

  private void start() {
    met = 0;
    shortfall = 0;
    essentialMet = true;
    weighted = 0;
    weights = 0;
  }

  private void add(int h, int required, boolean isEssential) {
    double w = isEssential ? 2 : 1;
    weights += w;
    weighted += w * Math.min(h, required) / required;
    if (h >= required) {
      met++;
    } else {
      shortfall += required - h;
      essentialMet &= !isEssential;
    }
  }

  /** Readiness of the last scan: met / all requirements, 1.0 for none. */
  double readiness() {
    return size == 0 ? 1.0 : (double) met / size;
  }

  /** The weighted score of the last scan, 1.0 for no requirements. */
  double weightedScore() {
    return weights == 0 ? 1.0 : weighted / weights;
  }

  /**
   * The n best roles for the loaded person, best first: readiness (descending), then shortfall
   * (ascending), then role id — the library's ranking order. Fewer when the model has fewer.
   */
  int[] top(int n) {
    scorer.score(person, asOf);
    int roles = model.roles().size();
    int k = Math.min(n, roles);
    if (k == 0) {
      return new int[0];
    }
    int[] best = new int[k];
    double[] bestReadiness = new double[k];
    int[] bestShortfall = new int[k];
    int filled = 0;
    for (int r = 0; r < roles; r++) {
      double readiness;
      int gap;
      if (adjusted(r)) {
        scan(r);
        readiness = readiness();
        gap = shortfall;
      } else {
        readiness = scorer.readiness(r);
        gap = scorer.shortfall(r);
      }
      if (filled == k && !better(readiness, gap, r, bestReadiness[k - 1], bestShortfall[k - 1],
          best[k - 1])) {
        continue;
      }
      int at = filled < k ? filled++ : k - 1;
      while (at > 0 && better(readiness, gap, r, bestReadiness[at - 1], bestShortfall[at - 1],
          best[at - 1])) {
        best[at] = best[at - 1];
        bestReadiness[at] = bestReadiness[at - 1];
        bestShortfall[at] = bestShortfall[at - 1];
        at--;
      }
      best[at] = r;
      bestReadiness[at] = readiness;
      bestShortfall[at] = gap;
    }
    return filled == k ? best : Arrays.copyOf(best, filled);
  }

  private boolean better(double readiness, int gap, int r, double otherReadiness, int otherGap,
      int other) {
    int c = Double.compare(otherReadiness, readiness);
    if (c != 0) {
      return c < 0;
    }
    if (gap != otherGap) {
      return gap < otherGap;
    }
    return idOrder[r] < idOrder[other];
  }
}
