package org.sppathways.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.infra.Blackhole;
import org.sppathways.compliance.ComplianceAnalysis;
import org.sppathways.compliance.ComplianceSettings;
import org.sppathways.compliance.ComplianceSummary;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CompetencyLevel;
import org.sppathways.model.Course;
import org.sppathways.model.CourseId;
import org.sppathways.model.PersonId;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;

/**
 * Compliance of a generated, dated national-scale workforce (1,000 roles, 5,000 competencies,
 * ~30 requirements per role, 800 courses of which three in four lapse after 12, 24 or 36 months),
 * streamed: profiles are generated one at a time while the analysis counts them, on one thread,
 * in a fork with a 256 MiB heap, so the population is never held. Each person holds about 70% of
 * their role's requirements: half of those as a held level lapsing on a day in the three years
 * around as-of, half through a dated completion of a course that teaches it (when one does).
 *
 * <p>{@code summarise} measures generation plus analysis; {@code generateOnly} the generation
 * alone (each profile handed to a blackhole), so the analysis costs about the difference;
 * {@code summariseCycled} the analysis alone, on profiles generated once and streamed in turn.
 * Person–competency checks per second = {@code people} × requirements per person (printed in
 * set-up) / time.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ComplianceBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class ComplianceBenchmark {
  static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

  @Param({"100000", "1000000"})
  public long people;

  WorkforceModel model;
  ComplianceAnalysis analysis;
  List<Role> roles;
  Map<CompetencyId, List<CourseId>> teaching;
  /** Profiles generated once for {@link #summariseCycled}. */
  WorkerProfile[] cycle;
  static final int CYCLE = 10_000;

  @Setup(Level.Trial)
  public void setUp() {
    model = dated(SyntheticWorkforce.model(SyntheticWorkforce.Scale.NATIONAL, 1));
    analysis = ComplianceAnalysis.of(model, ComplianceSettings.DEFAULT);
    roles = model.roles().stream().filter(r -> !r.external()).toList();
    teaching = new HashMap<>();
    for (Course c : model.courses()) {
      for (CompetencyLevel cover : c.covers()) {
        teaching.computeIfAbsent(cover.competency(), k -> new ArrayList<>()).add(c.id());
      }
    }
    cycle = population(CYCLE, 11).toArray(WorkerProfile[]::new);
    long checks = roles.stream().mapToLong(r -> r.requirements().size()).sum();
    System.out.printf("%n%d roles, %.1f requirements per role on average%n", roles.size(),
        (double) checks / roles.size());
  }

  /** The synthetic model with lapsing courses: 12, 24 or 36 months for three in four. */
  static WorkforceModel dated(WorkforceModel base) {
    WorkforceModel.Builder b = WorkforceModel.builder().name(base.name()).scale(base.scale())
        .addCompetencies(base.competencies()).addOrganisationTypes(base.organisationTypes())
        .addRoles(base.roles()).addRoutes(base.routes());
    int k = 0;
    for (Course c : base.courses()) {
      b.addCourse(k++ % 4 == 3 ? c : Course.builder().from(c).validForMonths(12 * (1 + k % 3))
          .build());
    }
    return b.build();
  }

  /** {@code size} dated profiles, generated one at a time. */
  Stream<WorkerProfile> population(long size, long seed) {
    Random random = new Random(seed);
    int max = model.scale().maxLevel();
    return Stream.iterate(0L, i -> i < size, i -> i + 1).map(i -> {
      Role role = roles.get(random.nextInt(roles.size()));
      WorkerProfile.Builder b = WorkerProfile.builder().id(PersonId.of("p" + i)).role(role.id())
          .monthsInRole(random.nextInt(120));
      for (Requirement q : role.requirements()) {
        if (random.nextDouble() >= 0.7) {
          continue;
        }
        List<CourseId> courses = teaching.get(q.competency());
        LocalDate day = AS_OF.minusDays(540).plusDays(random.nextInt(1095));
        if (courses != null && random.nextBoolean()) {
          b.addCompleted(courses.get(random.nextInt(courses.size())), day.minusYears(1));
        } else {
          b.putHold(q.competency(), Math.max(1, Math.min(max, q.level() - 1 + random.nextInt(3))),
              day);
        }
      }
      if (!role.offeredBy().isEmpty()) {
        b.organisationType(role.offeredBy().get(random.nextInt(role.offeredBy().size())));
      }
      return b.build();
    });
  }

  @Benchmark
  public ComplianceSummary summarise() {
    return analysis.summarise(population(people, 7), AS_OF);
  }

  /**
   * The analysis alone: {@code people} profiles drawn in turn from {@value #CYCLE} generated in
   * set-up (memory stays bounded; the generator's cost is left out).
   */
  @Benchmark
  public ComplianceSummary summariseCycled() {
    return analysis.summarise(Stream.iterate(0L, i -> i < people, i -> i + 1)
        .map(i -> cycle[(int) (i % CYCLE)]), AS_OF);
  }

  @Benchmark
  public void generateOnly(Blackhole hole) {
    population(people, 7).forEach(hole::consume);
  }
}
