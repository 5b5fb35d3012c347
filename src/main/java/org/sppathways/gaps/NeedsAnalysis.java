package org.sppathways.gaps;

import org.sppathways.model.ProfileSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.OrganisationTypeId;
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
    return run(source, Optional.empty(), defaultThreads());
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
    return run(source, Optional.of(Objects.requireNonNull(target, "target")), defaultThreads());
  }

  /**
   * {@link #needs(ProfileSource)} on the given number of worker threads (1 runs on the calling
   * thread alone).
   *
   * @throws IllegalArgumentException if threads is below 1 or above {@link #MAX_THREADS}
   */
  public PopulationNeeds needs(ProfileSource source, int threads) {
    return run(source, Optional.empty(), threads);
  }

  /**
   * {@link #needs(ProfileSource, RoleId)} on the given number of worker threads (1 runs on the
   * calling thread alone).
   *
   * @throws IllegalArgumentException if threads is below 1 or above {@link #MAX_THREADS}
   */
  public PopulationNeeds needs(ProfileSource source, RoleId target, int threads) {
    return run(source, Optional.of(Objects.requireNonNull(target, "target")), threads);
  }

  private static int defaultThreads() {
    return Math.min(Runtime.getRuntime().availableProcessors(), MAX_THREADS);
  }

  private PopulationNeeds run(ProfileSource source, Optional<RoleId> target, int threads) {
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
      total = new Tally(t);
      source.forEach(total::add);
    } else {
      total = parallel(source, t, threads);
    }
    return total.result(target);
  }

  private Tally parallel(ProfileSource source, int target, int threads) {
    BlockingQueue<List<WorkerProfile>> queue = new ArrayBlockingQueue<>(threads * 2);
    List<WorkerProfile> poison = List.of();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Tally> tallies = new ArrayList<>();
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < threads; w++) {
      Tally tally = new Tally(target);
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
    final long[] metHistogram;
    long essentialMet;

    Tally(int target) {
      this.target = target;
      this.metHistogram = new long[target < 0 ? 0 : index.size(target) + 1];
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
      int met = 0;
      int essentials = 0;
      for (int i = index.start[r]; i < index.start[r + 1]; i++) {
        int held = p.level(requirementCompetency[i]);
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
        metHistogram[met]++;
        if (essentials == index.essentialCount[r]) {
          essentialMet++;
        }
      }
    }

    void merge(Tally other) {
      people += other.people;
      assessed += other.assessed;
      essentialMet += other.essentialMet;
      add(peopleShort, other.peopleShort);
      add(shortfall, other.shortfall);
      add(requirementShort, other.requirementShort);
      add(requirementShortfall, other.requirementShortfall);
      add(metHistogram, other.metHistogram);
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
      return new PopulationNeeds(targetId, people, assessed, needs, targetId.map(this::readiness));
    }

    private ReadinessDistribution readiness(RoleId role) {
      int total = index.size(target);
      long[] bands = new long[11];
      long metSum = 0;
      for (int met = 0; met <= total; met++) {
        long n = metHistogram[met];
        bands[met == total ? 10 : (10 * met) / total] += n;
        metSum += n * met;
      }
      double mean = assessed == 0 ? 0 : total == 0 ? 1.0 : (double) metSum / ((double) assessed * total);
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
