package org.sppathways.benchmarks;

import java.util.List;
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
import org.sppathways.gaps.GapAnalysis;
import org.sppathways.gaps.RoleScorer;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;

/**
 * Person–role evaluation throughput against generated profiles: one operation scores one person
 * against every role of the model (readiness, shortfall and essentials met for each).
 * Evaluations per second = roles × operations per second. {@code model}: the generated
 * {@code regional} (50 roles), {@code national} (1,000 roles) and {@code esco-scale} (3,000 roles,
 * ~130,000 requirements) models, and the real ESCO 1.2 data ({@code esco}: 3,039 occupations,
 * 13,492 skills, ~129,000 requirements; needs the data, see {@link BenchmarkData}).
 *
 * <ul>
 *   <li>{@code invertedIndex}: {@link RoleScorer}, driven by what the person holds (the library);</li>
 *   <li>{@code scanEveryRequirement}: the plain approach, for comparison — a dense array of held
 *       levels and a scan over every requirement of every role.</li>
 * </ul>
 *
 * <p>Run (from the repository root, ESCO data in ../shared/data):
 * <pre>
 * mvn -B -ntp -q install -DskipTests &amp;&amp; mvn -B -ntp -q -f benchmarks/pom.xml package
 * java -jar benchmarks/target/benchmarks.jar GapScoringBenchmark
 * java -jar benchmarks/target/benchmarks.jar GapScoringBenchmark -p model=esco
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GapScoringBenchmark {
  static final int PEOPLE = 2_000;

  @Param({"regional", "national", "esco-scale", "esco"})
  public String model;

  WorkforceModel workforce;
  List<WorkerProfile> people;
  RoleScorer scorer;
  int next;

  // The plain scan's arrays.
  int[] start;
  int[] competency;
  int[] level;
  int[] held;

  @Setup(Level.Trial)
  public void load() {
    workforce = BenchmarkData.model(model);
    people = BenchmarkData.population(workforce, PEOPLE, 42);
    scorer = RoleScorer.of(GapAnalysis.of(workforce));
    List<Role> roles = workforce.roles();
    start = new int[roles.size() + 1];
    for (int r = 0; r < roles.size(); r++) {
      start[r + 1] = start[r] + roles.get(r).requirements().size();
    }
    competency = new int[start[roles.size()]];
    level = new int[competency.length];
    int i = 0;
    for (Role role : roles) {
      for (Requirement q : role.requirements()) {
        competency[i] = workforce.competencyIndex(q.competency());
        level[i++] = q.level();
      }
    }
    held = new int[workforce.competencies().size()];
  }

  @Benchmark
  public long invertedIndex() {
    WorkerProfile p = people.get(next++ % PEOPLE);
    scorer.score(p);
    long sum = 0;
    for (int r = 0, n = scorer.roleCount(); r < n; r++) {
      sum += scorer.met(r) + scorer.shortfall(r) + (scorer.essentialMet(r) ? 1 : 0);
    }
    return sum;
  }

  @Benchmark
  public long scanEveryRequirement() {
    WorkerProfile p = people.get(next++ % PEOPLE);
    p.holds().forEach((c, l) -> held[workforce.competencyIndex(c)] = l);
    long sum = 0;
    for (int r = 0; r + 1 < start.length; r++) {
      int met = 0;
      int shortfall = 0;
      for (int i = start[r]; i < start[r + 1]; i++) {
        int h = held[competency[i]];
        if (h >= level[i]) {
          met++;
        } else {
          shortfall += level[i] - h;
        }
      }
      sum += met + shortfall;
    }
    p.holds().forEach((c, l) -> held[workforce.competencyIndex(c)] = 0);
    return sum;
  }
}
