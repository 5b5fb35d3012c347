package org.sppathways.benchmarks.spark;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.sppathways.gaps.GapAnalysis;
import org.sppathways.gaps.NeedsAnalysis;
import org.sppathways.gaps.PopulationNeeds;
import org.sppathways.gaps.RoleScorer;
import org.sppathways.io.frameworks.EscoImporter;
import org.sppathways.model.PersonId;
import org.sppathways.model.ProfileSource;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;
import org.sppathways.spark.PopulationNeedsTables;
import org.sppathways.spark.ProfileTables;
import org.sppathways.spark.SparkGapAnalysis;
import org.sppathways.spark.SparkNeedsAnalysis;

/**
 * Population needs and top-5 scoring of N generated profiles on the real ESCO 1.2 model, on Spark
 * in local mode and, for needs, in one process with the library's {@code NeedsAnalysis} on the
 * same people; the two answers are checked equal. Run by {@code benchmarks/spark-scale.sh N}
 * (see docs/performance.md, "Population needs and scoring on Spark").
 *
 * <p>People are generated from their index alone (seeded), so the Spark tables (written once to
 * Parquet, not timed) and the single-process stream hold the same people. Each person has an
 * ESCO occupation as current role, holds about half of its skills at a random level and three
 * skills at random.
 */
public final class SparkScaleBenchmark {
  static final StructType LEVELS = new StructType().add("person", DataTypes.StringType)
      .add("competency", DataTypes.StringType).add("level", DataTypes.IntegerType);
  static final StructType PEOPLE = new StructType().add("person", DataTypes.StringType)
      .add("role", DataTypes.StringType).add("organisationType", DataTypes.StringType)
      .add("monthsInRole", DataTypes.IntegerType);

  private SparkScaleBenchmark() {
  }

  /** One generated person, from their index. */
  static WorkerProfile person(WorkforceModel model, long i) {
    Random r = new Random(0x5eed_0000_0000L ^ (i * 0x9E3779B97F4A7C15L));
    int max = model.scale().maxLevel();
    Role role = model.roles().get(r.nextInt(model.roles().size()));
    WorkerProfile.Builder b = WorkerProfile.builder().id(PersonId.of("p" + i)).role(role.id())
        .monthsInRole(r.nextInt(60));
    java.util.Set<org.sppathways.model.CompetencyId> held = new java.util.HashSet<>();
    for (Requirement q : role.requirements()) {
      if (r.nextBoolean() && held.add(q.competency())) {
        b.putHold(q.competency(), 1 + r.nextInt(max));
      }
    }
    for (int k = 0; k < 3; k++) {
      var c = model.competencies().get(r.nextInt(model.competencies().size())).id();
      if (held.add(c)) {
        b.putHold(c, 1 + r.nextInt(max));
      }
    }
    return b.build();
  }

  public static void main(String[] args) throws Exception {
    long n = Long.parseLong(args[0]);
    Path work = Path.of(args.length > 1 ? args[1] : "target/spark-scale");
    Path data = Path.of(System.getProperty("sppathways.data", "../shared/data"));
    long t0 = System.nanoTime();
    WorkforceModel model = EscoImporter.of().read(data.resolve("esco-1.2")).model();
    System.out.printf("ESCO model imported in %.1f s: %d roles, %d competencies%n",
        secs(t0), model.roles().size(), model.competencies().size());

    SparkSession spark = SparkSession.builder().master("local[*]").appName("spark-scale")
        .config("spark.ui.enabled", "false").config("spark.sql.adaptive.enabled", "true")
        .config("spark.driver.memory", "4g").getOrCreate();
    ShuffleMeter meter = new ShuffleMeter();
    spark.sparkContext().addSparkListener(meter);
    String levels = work.resolve("levels-" + n).toString();
    String people = work.resolve("people-" + n).toString();
    if (!Files.exists(work.resolve("people-" + n))) {
      long g = System.nanoTime();
      generate(spark, model, n, levels, people);
      System.out.printf("generated %,d people to Parquet in %.1f s (not part of the timings)%n", n,
          secs(g));
    }
    ProfileTables tables = ProfileTables.of(spark.read().parquet(levels),
        spark.read().parquet(people));
    long rows = tables.levels().count();
    System.out.printf("%,d people, %,d level rows%n", n, rows);
    SparkGapAnalysis gaps = SparkGapAnalysis.of(spark, model).withAsOf(LocalDate.of(2026, 6, 1));

    meter.reset();
    long s = System.nanoTime();
    PopulationNeedsTables needsTables = SparkNeedsAnalysis.of(gaps).needs(tables);
    PopulationNeeds sparkNeeds = needsTables.collect();
    double needsSeconds = secs(s);
    System.out.printf("spark needs: %.1f s (%,d people, %,d assessed, %d competencies short);"
        + " shuffle written %.1f MiB; task time %.1f s, task CPU %.1f s%n", needsSeconds,
        sparkNeeds.people(), sparkNeeds.assessed(), sparkNeeds.competencies().size(), meter.mib(),
        meter.taskSeconds(), meter.cpuSeconds());
    System.out.print(meter.stages());

    meter.reset();
    s = System.nanoTime();
    long top = gaps.topRoles(tables, 5).rows().where(col("rank").equalTo(1)).count();
    double topSeconds = secs(s);
    System.out.printf("spark top-5: %.1f s (%,d people ranked against %d roles);"
        + " shuffle written %.1f MiB; task time %.1f s, task CPU %.1f s%n", topSeconds, top,
        model.roles().size(), meter.mib(), meter.taskSeconds(), meter.cpuSeconds());
    System.out.print(meter.stages());
    spark.stop();

    GapAnalysis library = GapAnalysis.of(model, java.time.Clock.fixed(
        LocalDate.of(2026, 6, 1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
        java.time.ZoneOffset.UTC));
    ProfileSource source = action -> {
      for (long i = 0; i < n; i++) {
        action.accept(person(model, i));
      }
    };
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    s = System.nanoTime();
    PopulationNeeds single = NeedsAnalysis.of(library).needs(source, 1);
    double singleSeconds = secs(s);
    double singleCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
    System.out.printf("single-process NeedsAnalysis (one thread, people generated in-process):"
        + " %.1f s, CPU %.1f s; equal to Spark's: %b%n", singleSeconds, singleCpu,
        single.equals(sparkNeeds));

    cpu = threads.getCurrentThreadCpuTime();
    s = System.nanoTime();
    RoleScorer scorer = RoleScorer.of(library);
    long ranked = 0;
    int roles = model.roles().size();
    for (long i = 0; i < Math.min(n, 200_000); i++) {
      scorer.score(person(model, i), LocalDate.of(2026, 6, 1));
      double best = -1;
      for (int r = 0; r < roles; r++) {
        best = Math.max(best, scorer.readiness(r));
      }
      ranked += best >= 0 ? 1 : 0;
    }
    double rankSeconds = secs(s);
    double rankCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
    System.out.printf("single-process RoleScorer, one thread, %,d people against every role:"
        + " %.1f s, CPU %.1f s (%.0f people per CPU second)%n", ranked, rankSeconds, rankCpu,
        ranked / rankCpu);
    if (!single.equals(sparkNeeds)) {
      System.exit(1);
    }
  }

  private static void generate(SparkSession spark, WorkforceModel model, long n, String levels,
      String people) {
    int parts = (int) Math.max(2, Math.min(64, n / 50_000));
    Dataset<Long> ids = spark.range(0, n, 1, parts).as(Encoders.LONG());
    String json = org.sppathways.io.ModelWriter.json().toString(model);
    ids.flatMap((FlatMapFunction<Long, Row>) new LevelRows(json), Encoders.row(LEVELS))
        .write().mode(SaveMode.Overwrite).parquet(levels);
    ids.flatMap((FlatMapFunction<Long, Row>) new PeopleRows(json), Encoders.row(PEOPLE))
        .write().mode(SaveMode.Overwrite).parquet(people);
  }

  /** The model, read once per JVM for the generators. */
  static final class Models {
    private static WorkforceModel model;

    static synchronized WorkforceModel of(String json) {
      if (model == null) {
        model = org.sppathways.io.ModelReader.of().read(json, "model",
            org.sppathways.io.FileFormat.JSON);
      }
      return model;
    }
  }

  static final class LevelRows implements FlatMapFunction<Long, Row> {
    private static final long serialVersionUID = 1L;
    private final String json;

    LevelRows(String json) {
      this.json = json;
    }

    @Override
    public Iterator<Row> call(Long i) {
      WorkerProfile p = person(Models.of(json), i);
      List<Row> out = new ArrayList<>();
      p.holds().forEach((c, l) -> out.add(RowFactory.create(p.id().value(), c.value(), l)));
      return out.iterator();
    }
  }

  static final class PeopleRows implements FlatMapFunction<Long, Row> {
    private static final long serialVersionUID = 1L;
    private final String json;

    PeopleRows(String json) {
      this.json = json;
    }

    @Override
    public Iterator<Row> call(Long i) {
      WorkerProfile p = person(Models.of(json), i);
      return List.of(RowFactory.create(p.id().value(), p.role().get().value(),
          p.organisationType().map(t -> t.value()).orElse(null), p.monthsInRole())).iterator();
    }
  }

  /** Shuffle bytes written and task run time, summed over tasks since the last reset. */
  static final class ShuffleMeter extends SparkListener {
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong taskMillis = new AtomicLong();
    private final AtomicLong cpuNanos = new AtomicLong();
    private final java.util.Map<Integer, long[]> stages = new java.util.TreeMap<>();

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
      if (end.taskMetrics() != null) {
        bytes.addAndGet(end.taskMetrics().shuffleWriteMetrics().bytesWritten());
        taskMillis.addAndGet(end.taskMetrics().executorRunTime());
        cpuNanos.addAndGet(end.taskMetrics().executorCpuTime());
        synchronized (stages) {
          long[] st = stages.computeIfAbsent(end.stageId(), k -> new long[3]);
          st[0]++;
          st[1] += end.taskMetrics().shuffleWriteMetrics().bytesWritten();
          st[2] += end.taskMetrics().shuffleWriteMetrics().recordsWritten();
        }
      }
    }

    void reset() {
      bytes.set(0);
      taskMillis.set(0);
      cpuNanos.set(0);
      synchronized (stages) {
        stages.clear();
      }
    }

    /** Per stage: tasks, shuffle MiB and records written. */
    String stages() {
      StringBuilder out = new StringBuilder();
      synchronized (stages) {
        stages.forEach((id, st) -> out.append(String.format("  stage %d: %d tasks, shuffle"
            + " written %.1f MiB, %,d records%n", id, st[0], st[1] / 1048576.0, st[2])));
      }
      return out.toString();
    }

    double cpuSeconds() {
      return cpuNanos.get() / 1e9;
    }

    double mib() {
      return bytes.get() / 1048576.0;
    }

    double taskSeconds() {
      return taskMillis.get() / 1000.0;
    }
  }

  private static double secs(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
