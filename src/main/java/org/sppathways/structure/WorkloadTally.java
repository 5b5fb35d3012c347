package org.sppathways.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.ProfileSource;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;

/**
 * Counts for {@link StructureAnalysis#workload}: per (organisation type, seniority) and per type,
 * the people, those with hours, those beyond contract and their summed excess. Memory grows with
 * the number of groups, not of people. Not thread-safe: one per computation.
 */
final class WorkloadTally {
  /** The seniority of a group over every level of a type. */
  private static final int ALL = -2;

  private final Map<Long, Counts> groups = new HashMap<>();
  private final Counts total = new Counts();

  /**
   * Tallies the profiles of a source over a model's organisation types and seniorities.
   *
   * @throws org.sppathways.model.UnknownIdException if a profile names a role or organisation
   *     type the model does not have
   */
  static Workload of(WorkforceModel model, ProfileSource profiles) {
    Map<OrganisationTypeId, Integer> typeIndex = new HashMap<>();
    for (int i = 0; i < model.organisationTypes().size(); i++) {
      typeIndex.put(model.organisationTypes().get(i).id(), i);
    }
    WorkloadTally tally = new WorkloadTally();
    profiles.forEach((WorkerProfile p) -> {
      int type = p.organisationType().map(t -> {
        model.organisationType(t);
        return typeIndex.get(t);
      }).orElse(-1);
      int sen = p.role().map(r -> model.role(r).seniority().orElse(-1)).orElse(-1);
      tally.add(type, sen, p);
    });
    return tally.workload(i -> model.organisationTypes().get(i).id());
  }

  /** Adds a person of type index {@code type} and seniority {@code seniority} (-1: unknown). */
  void add(int type, int seniority, WorkerProfile p) {
    total.add(p);
    groups.computeIfAbsent(key(type, seniority), k -> new Counts()).add(p);
    groups.computeIfAbsent(key(type, ALL), k -> new Counts()).add(p);
  }

  /**
   * The result: groups by type id (unknown type last), then seniority (unknown last).
   *
   * @param typeId the id of a type index
   */
  Workload workload(IntFunction<OrganisationTypeId> typeId) {
    List<Long> keys = new ArrayList<>(groups.keySet());
    keys.sort(Comparator.comparing((Long k) -> typeOf(k) < 0 ? "\uffff"
        : typeId.apply(typeOf(k)).value())
        .thenComparingInt(k -> seniorityOf(k) < 0 ? Integer.MAX_VALUE : seniorityOf(k)));
    List<WorkloadGroup> bySeniority = new ArrayList<>();
    List<WorkloadGroup> byType = new ArrayList<>();
    for (long k : keys) {
      Counts c = groups.get(k);
      Optional<OrganisationTypeId> type = typeOf(k) < 0 ? Optional.empty()
          : Optional.of(typeId.apply(typeOf(k)));
      int sen = seniorityOf(k);
      WorkloadGroup g = new WorkloadGroup(type, sen < 0 ? OptionalInt.empty() : OptionalInt.of(sen),
          c.people, c.withHours, c.beyond,
          c.withHours == 0 ? 0 : (double) c.beyond / c.withHours,
          c.beyond == 0 ? 0 : c.excess / c.beyond);
      (sen == ALL ? byType : bySeniority).add(g);
    }
    return new Workload(total.people, total.withHours, bySeniority, byType);
  }

  private static long key(int type, int seniority) {
    return ((long) type << 32) | (seniority & 0xffffffffL);
  }

  private static int typeOf(long key) {
    return (int) (key >> 32);
  }

  private static int seniorityOf(long key) {
    return (int) key;
  }

  /** Counts of one group. */
  private static final class Counts {
    long people;
    long withHours;
    long beyond;
    double excess;

    void add(WorkerProfile p) {
      people++;
      if (p.contractedHours().isPresent() && p.workedHours().isPresent()) {
        withHours++;
        double over = p.workedHours().getAsDouble() - p.contractedHours().getAsDouble();
        if (over > 0) {
          beyond++;
          excess += over;
        }
      }
    }
  }
}
