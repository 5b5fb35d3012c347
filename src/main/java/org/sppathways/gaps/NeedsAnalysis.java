package org.sppathways.gaps;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.HeldLevels;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.ProfileSource;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.SpPathwaysException;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;

/**
 * Training needs of a whole population: per competency, how many people are short and by how
 * much, split by role and organisation type, and the readiness distribution for a target role.
 *
 * <pre>{@code
 * NeedsAnalysis needs = NeedsAnalysis.of(GapAnalysis.of(model));
 * ProfileReader reader = ProfileReader.of(model);
 * PopulationNeeds result = needs.needs(action -> reader.forEach(Path.of("people.csv"), action),
 *     RoleId.of("senior-link-worker"));
 * result.competencies().get(0);   // the most common gap
 * }</pre>
 *
 * <p>Each person's held levels are taken on one day ({@link HeldLevels}: lapsed training does
 * not count), by default today by the gap analysis's clock; each role's requirements are those
 * for the person's organisation type ({@link Role#variants()}) and, for their current role in its
 * first twelve months, its {@linkplain Role#firstYear() first-year targets}, as in
 * {@link GapAnalysis#gap(WorkerProfile, RoleId, LocalDate)}.
 *
 * <h2>Performance notes</h2>
 * Each person is assessed against one role (the target, or their own current role): O(q) map
 * look-ups for q requirements. Profiles are handed from the source (on the calling thread) to
 * worker threads in batches of {@value #BATCH} through a bounded queue, so memory stays
 * O(threads · batch + model) however many profiles stream past: a million profiles need no more
 * heap than a thousand. Counts are exact integers, merged after the run, so the result does not
 * depend on the number of threads or their timing.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class NeedsAnalysis {
  /** Profiles per batch handed to a worker. */
  static final int BATCH = 1024;

  private final GapAnalysis gaps;
  private final WorkforceModel model;
  private final RequirementIndex index;
  private final CompetencyId[] requirementCompetency;
  private final Map<OrganisationTypeId, Integer> organisationIndex = new HashMap<>();

  private NeedsAnalysis(GapAnalysis gaps) {
    this.gaps = gaps;
    this.model = gaps.model();
    this.index = gaps.index();
    this.requirementCompetency = new CompetencyId[index.competency.length];
    for (int i = 0; i < requirementCompetency.length; i++) {
      requirementCompetency[i] = model.competencies().get(index.competency[i]).id();
    }
    for (int o = 0; o < model.organisationTypes().size(); o++) {
      organisationIndex.put(model.organisationTypes().get(o).id(), o);
    }
  }

  /**
   * The most worker threads one analysis starts: {@value}. Each holds a tally of the model's
   * size and the work is bound by reading the profiles, so more would only cost memory.
   */
  public static final int MAX_THREADS = 256;

  /** The needs analysis on a gap analysis's model. */
  public static NeedsAnalysis of(GapAnalysis gaps) {
    return new NeedsAnalysis(Objects.requireNonNull(gaps, "gaps"));
  }

  /**
   * Needs of the profiles a source hands out, each person assessed against their current role
   * (people without one are counted but not assessed), using every available processor (at most
   * {@link #MAX_THREADS}).
   *
   * @param source the profiles
   * @throws org.sppathways.model.ModelException if a profile does not fit the model (see
   *     {@link org.sppathways.model.ProfileCheck}), located at {@code people[i]}, its position in
   *     the source; the run stops there
   */
  public PopulationNeeds needs(ProfileSource source) {
    return run(source, Optional.empty(), defaultThreads(), gaps.today());
  }

  /**
   * {@link #needs(ProfileSource)} with held levels taken on a given day.
   *
   * @throws org.sppathways.model.ModelException if a profile does not fit the model
   */
  public PopulationNeeds needs(ProfileSource source, LocalDate asOf) {
    return run(source, Optional.empty(), defaultThreads(), Objects.requireNonNull(asOf, "asOf"));
  }

  /**
   * {@link #needs(ProfileSource, RoleId)} with held levels taken on a given day.
   *
   * @throws org.sppathways.model.UnknownIdException if the target is not in the model
   * @throws org.sppathways.model.ModelException if a profile does not fit the model
   */
  public PopulationNeeds needs(ProfileSource source, RoleId target, LocalDate asOf) {
    return run(source, Optional.of(Objects.requireNonNull(target, "target")), defaultThreads(),
        Objects.requireNonNull(asOf, "asOf"));
  }

  /**
   * Needs of the profiles a source hands out, everyone assessed against one target role, using
   * every available processor (at most {@link #MAX_THREADS}).
   *
   * @param source the profiles
   * @param target the role to assess everyone against
   * @throws org.sppathways.model.UnknownIdException if the target is not in the model
   * @throws org.sppathways.model.ModelException if a profile does not fit the model (see
   *     {@link org.sppathways.model.ProfileCheck}), located at {@code people[i]}, its position in
   *     the source; the run stops there
   */
  public PopulationNeeds needs(ProfileSource source, RoleId target) {
    return run(source, Optional.of(Objects.requireNonNull(target, "target")), defaultThreads(),
        gaps.today());
  }

  /**
   * {@link #needs(ProfileSource)} on the given number of worker threads (1 runs on the calling
   * thread alone).
   *
   * @throws IllegalArgumentException if threads is below 1 or above {@link #MAX_THREADS}
   */
  public PopulationNeeds needs(ProfileSource source, int threads) {
    return run(source, Optional.empty(), threads, gaps.today());
  }

  /**
   * {@link #needs(ProfileSource, RoleId)} on the given number of worker threads (1 runs on the
   * calling thread alone).
   *
   * @throws IllegalArgumentException if threads is below 1 or above {@link #MAX_THREADS}
   */
  public PopulationNeeds needs(ProfileSource source, RoleId target, int threads) {
    return run(source, Optional.of(Objects.requireNonNull(target, "target")), threads,
        gaps.today());
  }

  private static int defaultThreads() {
    return Math.min(Runtime.getRuntime().availableProcessors(), MAX_THREADS);
  }

  private PopulationNeeds run(ProfileSource source, Optional<RoleId> target, int threads,
      LocalDate asOf) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    if (threads < 1 || threads > MAX_THREADS) {
      throw new IllegalArgumentException("threads must be 1 to " + MAX_THREADS + ", was "
          + threads);
    }
    int t = target.map(model::roleIndex).orElse(-1);
    org.sppathways.model.ProfileCheck check = org.sppathways.model.ProfileCheck.of(model);
    ProfileSource profiles = source;
    source = action -> {
      int[] position = {0};
      profiles.forEach(p -> action.accept(check.require(p, position[0]++)));
    };
    Tally total;
    if (threads == 1) {
      total = new Tally(t, asOf);
      source.forEach(total::add);
    } else {
      total = parallel(source, t, threads, asOf);
    }
    return total.result(target);
  }

  private Tally parallel(ProfileSource source, int target, int threads, LocalDate asOf) {
    BlockingQueue<List<WorkerProfile>> queue = new ArrayBlockingQueue<>(threads * 2);
    List<WorkerProfile> poison = List.of();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Tally> tallies = new ArrayList<>();
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < threads; w++) {
      Tally tally = new Tally(target, asOf);
      tallies.add(tally);
      Thread worker = new Thread(() -> {
        while (true) {
          List<WorkerProfile> batch = take(queue);
          if (batch == poison) {
            return;
          }
          if (failure.get() == null) {
            try {
              batch.forEach(tally::add);
            } catch (RuntimeException | Error e) {
              failure.compareAndSet(null, e);
            }
          }
        }
      }, "sp-pathways-needs-" + w);
      worker.setDaemon(true);
      workers.add(worker);
      worker.start();
    }
    List<List<WorkerProfile>> pending = new ArrayList<>(List.of(new ArrayList<>(BATCH)));
    try {
      source.forEach(p -> {
        List<WorkerProfile> batch = pending.get(0);
        batch.add(p);
        if (batch.size() == BATCH) {
          put(queue, batch, failure);
          pending.set(0, new ArrayList<>(BATCH));
        }
      });
      put(queue, pending.get(0), failure);
    } finally {
      for (int w = 0; w < threads; w++) {
        put(queue, poison, null);
      }
      for (Thread worker : workers) {
        try {
          worker.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new SpPathwaysException("interrupted while assessing profiles", e);
        }
      }
    }
    rethrow(failure.get());
    Tally total = tallies.get(0);
    for (int w = 1; w < tallies.size(); w++) {
      total.merge(tallies.get(w));
    }
    return total;
  }

  private static List<WorkerProfile> take(BlockingQueue<List<WorkerProfile>> queue) {
    while (true) {
      try {
        return queue.take();
      } catch (InterruptedException e) {
        // keep draining: the producer always ends the run with one poison batch per worker
      }
    }
  }

  private static void rethrow(Throwable failure) {
    if (failure instanceof RuntimeException) {
      throw (RuntimeException) failure;
    }
    if (failure instanceof Error) {
      throw (Error) failure;
    }
  }

  private static void put(BlockingQueue<List<WorkerProfile>> queue, List<WorkerProfile> batch,
      AtomicReference<Throwable> failure) {
    try {
      while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
        if (failure != null && failure.get() != null) {
          rethrow(failure.get());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SpPathwaysException("interrupted while assessing profiles", e);
    }
  }

  /** Exact counts for one worker; merged at the end. */
  private final class Tally {
    final int target;
    long people;
    long assessed;
    final long[] peopleShort = new long[index.competencies];
    final long[] shortfall = new long[index.competencies];
    final long[] requirementShort = new long[index.competency.length];
    final long[] requirementShortfall = new long[index.competency.length];
    final long[][] organisationShort = new long[organisationIndex.size() + 1][];
    final long[][] organisationShortfall = new long[organisationIndex.size() + 1][];
    /** Per number of requirements assessed against (variants may change it): people by met. */
    final Map<Integer, long[]> metHistogram = new TreeMap<>();
    /** Needs on requirements a variant adds, by role index and competency index. */
    final Map<Long, long[]> addedShort = new HashMap<>();
    final LocalDate asOf;
    boolean dated;
    long essentialMet;

    Tally(int target, LocalDate asOf) {
      this.target = target;
      this.asOf = asOf;
    }

    void add(WorkerProfile p) {
      people++;
      int r = target >= 0 ? target
          : p.role().isPresent() ? model.roleIndex(p.role().get()) : -1;
      if (r < 0) {
        return;
      }
      assessed++;
      int o = p.organisationType().map(organisationIndex::get).orElse(organisationIndex.size());
      dated |= p.hasDates();
      Map<CompetencyId, Integer> holds = p.completions().isEmpty() && p.holdsUntil().isEmpty()
          ? p.holds() : HeldLevels.of(model, p, asOf).levels();
      if (adjusted(p, r)) {
        addAdjusted(holds, gaps.requirementsFor(p, r), r, o);
        return;
      }
      int met = 0;
      int essentials = 0;
      for (int i = index.start[r]; i < index.start[r + 1]; i++) {
        Integer level = holds.get(requirementCompetency[i]);
        int held = level == null ? 0 : level;
        int required = index.level[i];
        if (held >= required) {
          met++;
          if (index.essential[i]) {
            essentials++;
          }
          continue;
        }
        int c = index.competency[i];
        int d = required - held;
        peopleShort[c]++;
        shortfall[c] += d;
        requirementShort[i]++;
        requirementShortfall[i] += d;
        if (organisationShort[o] == null) {
          organisationShort[o] = new long[index.competencies];
          organisationShortfall[o] = new long[index.competencies];
        }
        organisationShort[o][c]++;
        organisationShortfall[o][c] += d;
      }
      if (target >= 0) {
        metHistogram.computeIfAbsent(index.size(r), k -> new long[k + 1])[met]++;
        if (essentials == index.essentialCount[r]) {
          essentialMet++;
        }
      }
    }

    /** Whether a person is assessed against other requirements than the role's own. */
    private boolean adjusted(WorkerProfile p, int r) {
      Role role = model.roles().get(r);
      if (p.organisationType().isPresent()
          && role.variants().containsKey(p.organisationType().get())) {
        return true;
      }
      return !role.firstYear().isEmpty() && p.monthsInRole() < Role.FIRST_YEAR_MONTHS
          && p.role().isPresent() && p.role().get().equals(role.id());
    }

    /** {@link #add} for a person assessed against a variant or first-year targets. */
    private void addAdjusted(Map<CompetencyId, Integer> holds, List<Requirement> required, int r,
        int o) {
      int met = 0;
      int essentials = 0;
      int essentialCount = 0;
      for (Requirement q : required) {
        Integer level = holds.get(q.competency());
        int held = level == null ? 0 : level;
        essentialCount += q.essential() ? 1 : 0;
        if (held >= q.level()) {
          met++;
          essentials += q.essential() ? 1 : 0;
          continue;
        }
        int c = model.competencyIndex(q.competency());
        int d = q.level() - held;
        peopleShort[c]++;
        shortfall[c] += d;
        int slot = slot(r, c);
        if (slot >= 0) {
          requirementShort[slot]++;
          requirementShortfall[slot] += d;
        } else {
          long[] added = addedShort.computeIfAbsent(((long) r << 32) | c, k -> new long[2]);
          added[0]++;
          added[1] += d;
        }
        if (organisationShort[o] == null) {
          organisationShort[o] = new long[index.competencies];
          organisationShortfall[o] = new long[index.competencies];
        }
        organisationShort[o][c]++;
        organisationShortfall[o][c] += d;
      }
      if (target >= 0) {
        metHistogram.computeIfAbsent(required.size(), k -> new long[k + 1])[met]++;
        if (essentials == essentialCount) {
          essentialMet++;
        }
      }
    }

    /** The index slot of role r's own requirement on competency c, or -1. */
    private int slot(int r, int c) {
      for (int i = index.start[r]; i < index.start[r + 1]; i++) {
        if (index.competency[i] == c) {
          return i;
        }
      }
      return -1;
    }

    void merge(Tally other) {
      people += other.people;
      assessed += other.assessed;
      essentialMet += other.essentialMet;
      dated |= other.dated;
      add(peopleShort, other.peopleShort);
      add(shortfall, other.shortfall);
      add(requirementShort, other.requirementShort);
      add(requirementShortfall, other.requirementShortfall);
      other.metHistogram.forEach((total, counts) -> add(
          metHistogram.computeIfAbsent(total, k -> new long[k + 1]), counts));
      other.addedShort.forEach((key, counts) -> add(
          addedShort.computeIfAbsent(key, k -> new long[2]), counts));
      for (int o = 0; o < organisationShort.length; o++) {
        if (other.organisationShort[o] != null) {
          if (organisationShort[o] == null) {
            organisationShort[o] = other.organisationShort[o];
            organisationShortfall[o] = other.organisationShortfall[o];
          } else {
            add(organisationShort[o], other.organisationShort[o]);
            add(organisationShortfall[o], other.organisationShortfall[o]);
          }
        }
      }
    }

    private void add(long[] into, long[] from) {
      for (int i = 0; i < into.length; i++) {
        into[i] += from[i];
      }
    }

    PopulationNeeds result(Optional<RoleId> targetId) {
      List<CompetencyNeed> needs = new ArrayList<>();
      for (int c = 0; c < index.competencies; c++) {
        if (peopleShort[c] == 0) {
          continue;
        }
        List<NeedSplit> byRole = new ArrayList<>();
        for (int p = index.postingStart[c]; p < index.postingStart[c + 1]; p++) {
          int i = index.posting[p];
          if (requirementShort[i] > 0) {
            byRole.add(new NeedSplit(model.roles().get(index.roleOf[i]).id().value(),
                requirementShort[i], requirementShortfall[i]));
          }
        }
        for (Map.Entry<Long, long[]> added : addedShort.entrySet()) {
          if ((int) (long) added.getKey() == c) {
            byRole.add(new NeedSplit(model.roles().get((int) (added.getKey() >>> 32)).id().value(),
                added.getValue()[0], added.getValue()[1]));
          }
        }
        List<NeedSplit> byOrganisation = new ArrayList<>();
        for (int o = 0; o < organisationShort.length; o++) {
          if (organisationShort[o] != null && organisationShort[o][c] > 0) {
            String key = o < organisationIndex.size() ? model.organisationTypes().get(o).id().value()
                : "";
            byOrganisation.add(new NeedSplit(key, organisationShort[o][c],
                organisationShortfall[o][c]));
          }
        }
        Comparator<NeedSplit> largest = Comparator.comparingLong(NeedSplit::peopleShort).reversed()
            .thenComparing(Comparator.comparingLong(NeedSplit::totalShortfall).reversed())
            .thenComparing(NeedSplit::key);
        byRole.sort(largest);
        byOrganisation.sort(largest);
        needs.add(new CompetencyNeed(model.competencies().get(c).id(), peopleShort[c],
            shortfall[c], byRole, byOrganisation));
      }
      needs.sort(Comparator.comparingLong(CompetencyNeed::peopleShort).reversed()
          .thenComparing(Comparator.comparingLong(CompetencyNeed::totalShortfall).reversed())
          .thenComparing(CompetencyNeed::competency));
      return new PopulationNeeds(targetId, people, assessed, needs, targetId.map(this::readiness),
          dated ? Optional.of(asOf) : Optional.empty());
    }

    private ReadinessDistribution readiness(RoleId role) {
      long[] bands = new long[11];
      double readinessSum = 0;   // Σ over requirement counts of (Σ met) / count, in count order
      for (Map.Entry<Integer, long[]> entry : metHistogram.entrySet()) {
        int total = entry.getKey();
        long metSum = 0;
        long people = 0;
        for (int met = 0; met <= total; met++) {
          long n = entry.getValue()[met];
          bands[total == 0 || met == total ? 10 : (10 * met) / total] += n;
          metSum += n * met;
          people += n;
        }
        readinessSum += total == 0 ? people : (double) metSum / total;
      }
      int only = metHistogram.size() == 1 ? metHistogram.keySet().iterator().next() : -1;
      long onlyMet = 0;
      if (only > 0) {
        long[] counts = metHistogram.get(only);
        for (int met = 0; met <= only; met++) {
          onlyMet += counts[met] * met;
        }
      }
      // one requirement count (no variant in play): the exact ratio of integers as before
      double mean = assessed == 0 ? 0 : only == 0 ? 1.0
          : only > 0 ? (double) onlyMet / ((double) assessed * only) : readinessSum / assessed;
      List<Long> list = new ArrayList<>();
      for (long b : bands) {
        list.add(b);
      }
      return new ReadinessDistribution(role, assessed, list, mean, essentialMet);
    }
  }

  GapAnalysis gaps() {
    return gaps;
  }
}
