package org.sppathways.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Course;
import org.sppathways.model.WorkforceModel;
import org.sppathways.training.Objective;
import org.sppathways.training.TrainingPlan;
import org.sppathways.training.TrainingPlanner;

/**
 * Training plans: {@code plan30Gaps} is the optimal (least hours) plan for a 30-target gap
 * against a catalogue of {@code courses} courses (the first 100, 500 or 3,000 courses of the
 * generated ESCO-scale model; prerequisites outside the catalogue dropped); target: within 50 ms
 * at 500 courses. 20 fixed gaps are planned in turn; set-up checks that every plan is proven
 * optimal. Coverage reports: {@link CoverageBenchmark}.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar TrainingBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TrainingBenchmark {
  @Param({"100", "500", "3000"})
  public int courses;

  TrainingPlanner planner;
  List<List<CompetencyLevel>> gaps = new ArrayList<>();
  int next;

  @Setup(Level.Trial)
  public void build() {
    WorkforceModel source = SyntheticWorkforce.model(SyntheticWorkforce.Scale.ESCO, 1);
    List<Course> catalogue = new ArrayList<>(source.courses().subList(0, courses));
    // Prerequisites must stay inside the catalogue.
    catalogue.replaceAll(c -> c.prerequisites().stream().allMatch(p -> catalogue.stream()
        .anyMatch(k -> k.id().equals(p))) ? c : Course.builder().from(c).prerequisites(List.of()).build());
    planner = TrainingPlanner.of(source, catalogue);
    List<CompetencyLevel> covered = new ArrayList<>();
    catalogue.forEach(c -> covered.addAll(c.covers()));
    Random random = new Random(3);
    for (int g = 0; g < 20; g++) {
      java.util.Map<org.sppathways.model.CompetencyId, CompetencyLevel> gap = new java.util.LinkedHashMap<>();
      while (gap.size() < 30) {
        CompetencyLevel c = covered.get(random.nextInt(covered.size()));
        gap.putIfAbsent(c.competency(), CompetencyLevel.of(c.competency(), 1 + random.nextInt(c.level())));
      }
      gaps.add(new ArrayList<>(gap.values()));
      TrainingPlan plan = planner.plan(gaps.get(g), Map.of(), Set.of(), Objective.HOURS);
      if (!plan.optimal()) {
        throw new IllegalStateException("plan " + g + " was not proven optimal");
      }
    }
  }

  @Benchmark
  public TrainingPlan plan30Gaps() {
    return planner.plan(gaps.get(next++ % gaps.size()), Map.of(), Set.of(), Objective.HOURS);
  }
}
