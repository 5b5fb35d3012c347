package org.sppathways.gaps;

import org.sppathways.model.ProfileSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;

/**
 * Population needs on random populations of a few thousand people: the parallel run (2 and 4
 * threads) equals the single-threaded run, and both equal a naive recomputation from each
 * person's {@link GapReport}.
 */
class NeedsAnalysisProperties {

  @Property(tries = 12, seed = "52001")
  void parallelEqualsSingleEqualsNaive(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 4000) int size, @ForAll boolean withTarget) {
    Random random = new Random(seed);
    RandomModels.Shape shape = new RandomModels.Shape(3 + random.nextInt(10),
        1 + random.nextInt(4), 2 + random.nextInt(10), random.nextInt(12), 0);
    WorkforceModel model = RandomModels.model(random, shape);
    List<WorkerProfile> people = RandomModels.people(random, model, size);
    Optional<RoleId> target = withTarget
        ? Optional.of(model.roles().get(random.nextInt(model.roles().size())).id())
        : Optional.empty();

    GapAnalysis analyzer = GapAnalysis.of(model);
    NeedsAnalysis needs = NeedsAnalysis.of(analyzer);
    ProfileSource source = ProfileSource.of(people);
    PopulationNeeds single = needsOf(needs, source, target, 1);
    assertThat(needsOf(needs, source, target, 2)).isEqualTo(single);
    assertThat(needsOf(needs, source, target, 4)).isEqualTo(single);

    PopulationNeeds naive = naive(analyzer, people, target);
    assertThat(single.target()).isEqualTo(naive.target());
    assertThat(single.people()).isEqualTo(naive.people());
    assertThat(single.assessed()).isEqualTo(naive.assessed());
    assertThat(single.competencies()).isEqualTo(naive.competencies());
    assertThat(single.readiness().isPresent()).isEqualTo(naive.readiness().isPresent());
    if (single.readiness().isPresent()) {
      ReadinessDistribution a = single.readiness().get();
      ReadinessDistribution b = naive.readiness().get();
      assertThat(a.role()).isEqualTo(b.role());
      assertThat(a.people()).isEqualTo(b.people());
      assertThat(a.bands()).isEqualTo(b.bands());
      assertThat(a.essentialMet()).isEqualTo(b.essentialMet());
      assertThat(a.mean()).isCloseTo(b.mean(), within(1e-12));
      assertThat(a.bands().stream().mapToLong(Long::longValue).sum()).isEqualTo(a.people());
    }
  }

  /** Per-person gap reports, tallied in the most obvious way. */
  static PopulationNeeds naive(GapAnalysis analyzer, List<WorkerProfile> people,
      Optional<RoleId> target) {
    Map<CompetencyId, long[]> totals = new TreeMap<>();
    Map<CompetencyId, Map<String, long[]>> byRole = new TreeMap<>();
    Map<CompetencyId, Map<String, long[]>> byOrganisation = new TreeMap<>();
    long assessed = 0;
    long[] bands = new long[11];
    double readinessSum = 0;
    long essentialMet = 0;
    for (WorkerProfile p : people) {
      Optional<RoleId> role = target.isPresent() ? target : p.role();
      if (role.isEmpty()) {
        continue;
      }
      assessed++;
      GapReport g = analyzer.gap(p, role.get());
      for (RequirementGap gap : g.gaps()) {
        add(totals.computeIfAbsent(gap.competency(), k -> new long[2]), gap.shortfall());
        add(byRole.computeIfAbsent(gap.competency(), k -> new TreeMap<>())
            .computeIfAbsent(role.get().value(), k -> new long[2]), gap.shortfall());
        add(byOrganisation.computeIfAbsent(gap.competency(), k -> new TreeMap<>())
            .computeIfAbsent(p.organisationType().map(o -> o.value()).orElse(""),
                k -> new long[2]), gap.shortfall());
      }
      int size = g.requirements().size();
      bands[size == 0 || g.met() == size ? 10 : 10 * g.met() / size]++;
      readinessSum += g.readiness();
      essentialMet += g.essentialMet() ? 1 : 0;
    }
    List<CompetencyNeed> needs = new ArrayList<>();
    for (Map.Entry<CompetencyId, long[]> e : totals.entrySet()) {
      needs.add(new CompetencyNeed(e.getKey(), e.getValue()[0], e.getValue()[1],
          splits(byRole.get(e.getKey())), splits(byOrganisation.get(e.getKey()))));
    }
    needs.sort(Comparator.comparingLong(CompetencyNeed::peopleShort).reversed()
        .thenComparing(Comparator.comparingLong(CompetencyNeed::totalShortfall).reversed())
        .thenComparing(CompetencyNeed::competency));
    long n = assessed;
    double mean = n == 0 ? 0 : readinessSum / n;
    Optional<ReadinessDistribution> readiness = target.map(t -> new ReadinessDistribution(t, n,
        java.util.Arrays.stream(bands).boxed().toList(), mean, 0));
    long met = essentialMet;
    readiness = readiness.map(d -> new ReadinessDistribution(d.role(), d.people(), d.bands(),
        d.mean(), met));
    return new PopulationNeeds(target, people.size(), assessed, needs, readiness, java.util.Optional.empty());
  }

  private static void add(long[] tally, int shortfall) {
    tally[0]++;
    tally[1] += shortfall;
  }

  private static List<NeedSplit> splits(Map<String, long[]> parts) {
    List<NeedSplit> out = new ArrayList<>();
    parts.forEach((key, n) -> out.add(new NeedSplit(key, n[0], n[1])));
    out.sort(Comparator.comparingLong(NeedSplit::peopleShort).reversed()
        .thenComparing(Comparator.comparingLong(NeedSplit::totalShortfall).reversed())
        .thenComparing(NeedSplit::key));
    return out;
  }

  /** Needs against the target role when there is one, else against each person's own role. */
  private static PopulationNeeds needsOf(NeedsAnalysis needs, ProfileSource source,
      Optional<RoleId> target, int threads) {
    return target.map(t -> needs.needs(source, t, threads))
        .orElseGet(() -> needs.needs(source, threads));
  }
}
