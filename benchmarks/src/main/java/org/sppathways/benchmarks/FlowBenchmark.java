package org.sppathways.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
import org.sppathways.flow.FlowModel;
import org.sppathways.flow.Headcounts;
import org.sppathways.flow.LongRunAnalysis;
import org.sppathways.flow.Projection;
import org.sppathways.flow.ReachProbability;
import org.sppathways.flow.SteadyState;
import org.sppathways.io.frameworks.EscoImporter;
import org.sppathways.io.frameworks.EscoOptions;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;

/**
 * Workforce projection at three generated sizes and on the real ESCO occupations, with generated flow parameters
 * (seeded): each workforce role leaves 5–20% a year and moves 2–15% a year, split at random over
 * its routes; one role in ten recruits 5–50 a year; every role starts with 0–100 people.
 *
 * <ul>
 *   <li>{@code project10Years}: a 10-year projection with exact stock–flow accounting, states
 *       = roles.</li>
 *   <li>{@code project10YearsByOrganisationType}: the same with one state per role and
 *       organisation type (synthetic model only; ESCO has no organisation types).</li>
 *   <li>{@code longRun}: the fundamental-matrix analysis — LU factors of I − P, the steady
 *       state and expected years in the workforce of every role.</li>
 *   <li>{@code reach}: the probability of reaching one role from another, and the expected
 *       years (absorbing-chain analysis over the roles that can reach the target).</li>
 * </ul>
 *
 * <p>{@code source}: {@code regional}, {@code national} and {@code esco-scale} are the generated
 * {@link SyntheticWorkforce} models (50, 1,000 and 3,000 roles; 150, 15,000 and ~50,000 routes
 * between random roles: a worst case for fill-in; seed 42); {@code esco} is the real ESCO
 * 1.2 occupations (3,039) with their broader/narrower hierarchy as routes (1,248; needs the data,
 * see {@link BenchmarkData}).
 *
 * <p>Run (from the repository root):
 * <pre>
 * mvn -B -ntp -q install -DskipTests &amp;&amp; mvn -B -ntp -q -f benchmarks/pom.xml package
 * java -jar benchmarks/target/benchmarks.jar FlowBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class FlowBenchmark {
  @Param({"regional", "national", "esco-scale", "esco"})
  String source;

  WorkforceModel model;
  Headcounts start;
  FlowModel flows;
  FlowModel byType;
  LongRunAnalysis longRun;
  RoleId from;
  RoleId to;

  @Setup(Level.Trial)
  public void load() {
    WorkforceModel base = source.equals("esco")
        ? EscoImporter.of(EscoOptions.defaults().withHierarchyRoutes(true))
            .read(BenchmarkData.dataDirectory().resolve("esco-1.2")).model()
        : SyntheticWorkforce.model(scale(source), 42);
    model = withFlows(base, 7);
    Random random = new Random(11);
    Headcounts.Builder b = Headcounts.builder();
    for (Role r : model.roles()) {
      if (!r.external()) {
        b.put(r.id(), random.nextInt(101));
      }
    }
    start = b.build();
    flows = FlowModel.of(model, start);
    byType = FlowModel.byOrganisationType(model, start);
    longRun = flows.longRun();
    // A pair with a long way between them: the role with most routes out, and the role it
    // reaches last in a projection of one person.
    from = model.roles().stream().filter(r -> !r.external())
        .max((x, y) -> Integer.compare(model.routesFrom(x.id()).size(),
            model.routesFrom(y.id()).size())).get().id();
    to = model.routesFrom(from).isEmpty() ? from : model.routesFrom(from).get(0).to();
    if (!longRun.steadyState().exists()) {
      throw new IllegalStateException(longRun.steadyState().reason().get());
    }
  }

  private static SyntheticWorkforce.Scale scale(String source) {
    switch (source) {
      case "regional":
        return SyntheticWorkforce.Scale.REGIONAL;
      case "national":
        return SyntheticWorkforce.Scale.NATIONAL;
      case "esco-scale":
        return SyntheticWorkforce.Scale.ESCO;
      default:
        throw new IllegalArgumentException("unknown source '" + source
            + "': use regional, national, esco-scale or esco");
    }
  }

  /** The model with generated flow parameters (deterministic for a seed). */
  static WorkforceModel withFlows(WorkforceModel base, long seed) {
    Random random = new Random(seed);
    Map<RoleId, Role> roles = new java.util.LinkedHashMap<>();
    Map<RoleId, Double> moving = new java.util.HashMap<>();
    for (Role r : base.roles()) {
      if (r.external()) {
        roles.put(r.id(), r);
        continue;
      }
      Role.Builder rb = Role.builder().from(r).leaving(0.05 + 0.15 * random.nextDouble());
      if (random.nextInt(10) == 0) {
        rb.recruits(5 + 45 * random.nextDouble());
      }
      roles.put(r.id(), rb.build());
      moving.put(r.id(), 0.02 + 0.13 * random.nextDouble());
    }
    List<ProgressionRoute> routes = new ArrayList<>();
    Map<RoleId, double[]> weights = new java.util.HashMap<>();
    for (Role r : base.roles()) {
      List<ProgressionRoute> out = base.routesFrom(r.id());
      double[] w = new double[out.size()];
      double sum = 0;
      for (int i = 0; i < w.length; i++) {
        w[i] = random.nextDouble();
        sum += w[i];
      }
      for (int i = 0; i < w.length; i++) {
        w[i] /= sum;
      }
      weights.put(r.id(), w);
    }
    Map<RoleId, Integer> seen = new java.util.HashMap<>();
    for (ProgressionRoute route : base.routes()) {
      int i = seen.merge(route.from(), 1, Integer::sum) - 1;
      Role source = roles.get(route.from());
      if (source.external()) {
        routes.add(route);
      } else {
        double rate = Math.floor(moving.get(route.from()) * weights.get(route.from())[i] * 1e9)
            / 1e9;
        routes.add(route.toBuilder().rate(rate).build());
      }
    }
    WorkforceModel.Builder b = WorkforceModel.builder().name(base.name() + " with flows")
        .scale(base.scale()).currency(base.currency()).addCompetencies(base.competencies())
        .addOrganisationTypes(base.organisationTypes()).addRoles(roles.values())
        .addRoutes(routes).addCourses(base.courses());
    return b.build();
  }

  @Benchmark
  public Projection project10Years() {
    return flows.project(start, 10);
  }

  @Benchmark
  public Projection project10YearsByOrganisationType() {
    return byType.project(start, 10);
  }

  @Benchmark
  public SteadyState longRun() {
    return flows.longRun().steadyState();
  }

  @Benchmark
  public List<ReachProbability> reach() {
    return longRun.reach(from, to);
  }
}
