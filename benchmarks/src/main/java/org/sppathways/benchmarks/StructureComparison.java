package org.sppathways.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;
import org.sppathways.paths.Criterion;
import org.sppathways.structure.Bottleneck;
import org.sppathways.structure.StructureAnalysis;
import org.sppathways.structure.StructureOptions;

/**
 * The Java half of the side-by-side comparison with NetworkX
 * ({@code benchmarks/structure_vs_networkx.py} runs it): betweenness centrality (by steps and by
 * months) and all-pairs distance matrices on the O*NET related-occupations graph, with the
 * library (one core and all cores) and JGraphT's {@link BetweennessCentrality}.
 *
 * <p>Writes to the output directory {@code edges.tsv} (from, to, months), {@code library-steps.tsv}
 * and {@code library-months.tsv} (role, betweenness), {@code jgrapht-steps.tsv}, and
 * {@code java-timings.tsv} (name, runs, median ms, mean ms). Each library computation is warmed
 * up {@code warmup} times and then timed {@code runs} times; JGraphT once warm-up and three runs
 * (on graphs of over 1,000 roles, where a run takes minutes, only the one run that gives its scores).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.sppathways.benchmarks.StructureComparison OUTDIR [RUNS]
 * </pre>
 */
public final class StructureComparison {
  private StructureComparison() {}

  /** Runs the comparison; see the class comment for the arguments. */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "target/structure-comparison");
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 21;
    Files.createDirectories(out);
    WorkforceModel model = BenchmarkData.comparisonModel();
    System.out.printf(Locale.ROOT, "%s: %d roles, %d routes%n", model.name(), model.roles().size(),
        model.routes().size());
    try (PrintWriter w = writer(out.resolve("edges.tsv"))) {
      for (ProgressionRoute r : model.routes()) {
        w.println(r.from() + "\t" + r.to() + "\t" + r.months());
      }
    }
    StructureAnalysis one = StructureAnalysis.of(model, StructureOptions.defaults().withParallel(false));
    StructureAnalysis all = StructureAnalysis.of(model);
    scores(out.resolve("library-steps.tsv"), all.bottlenecks(Criterion.STEPS));
    scores(out.resolve("library-months.tsv"), all.bottlenecks(Criterion.MONTHS));
    try (PrintWriter w = writer(out.resolve("java-timings.tsv"))) {
      time(w, "betweenness steps, one core", runs, () -> one.bottlenecks(Criterion.STEPS));
      time(w, "betweenness steps, all cores", runs, () -> all.bottlenecks(Criterion.STEPS));
      time(w, "betweenness months, one core", runs, () -> one.bottlenecks(Criterion.MONTHS));
      time(w, "betweenness months, all cores", runs, () -> all.bottlenecks(Criterion.MONTHS));
      time(w, "matrix steps, one core", runs, () -> one.distances(Criterion.STEPS));
      time(w, "matrix steps, all cores", runs, () -> all.distances(Criterion.STEPS));
      time(w, "matrix months, one core", runs, () -> one.distances(Criterion.MONTHS));
      time(w, "matrix months, all cores", runs, () -> all.distances(Criterion.MONTHS));
      long start = System.nanoTime();
      Map<RoleId, Double> jgrapht = new BetweennessCentrality<>(model.graph()).getScores();
      double first = (System.nanoTime() - start) / 1e6;
      try (PrintWriter s = writer(out.resolve("jgrapht-steps.tsv"))) {
        jgrapht.forEach((role, v) -> s.println(role + "\t" + v));
      }
      if (model.roles().size() > 1_000) {
        // Minutes a run at this size: the one run that gave the scores stands for it.
        w.println("JGraphT BetweennessCentrality\t1\t" + first + "\t" + first);
        System.out.printf(Locale.ROOT, "  %-32s %9.2f ms (1 run, cold)%n",
            "JGraphT BetweennessCentrality", first);
      } else {
        time(w, "JGraphT BetweennessCentrality", 3,
            () -> new BetweennessCentrality<>(model.graph()).getScores());
      }
    }
  }

  private static void time(PrintWriter w, String name, int runs, Supplier<?> work) {
    int warmup = Math.max(1, runs / 2);
    for (int i = 0; i < warmup; i++) {
      work.get();
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long s = System.nanoTime();
      work.get();
      ms[i] = (System.nanoTime() - s) / 1e6;
    }
    double mean = Arrays.stream(ms).average().orElse(0);
    Arrays.sort(ms);
    double median = ms[runs / 2];
    w.println(name + "\t" + runs + "\t" + median + "\t" + mean);
    System.out.printf(Locale.ROOT, "  %-32s median %9.2f ms, mean %9.2f ms (%d runs)%n", name,
        median, mean, runs);
  }

  private static void scores(Path file, List<Bottleneck> list) throws IOException {
    try (PrintWriter w = writer(file)) {
      list.forEach(b -> w.println(b.role() + "\t" + b.betweenness()));
    }
  }

  private static PrintWriter writer(Path file) throws IOException {
    return new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
  }
}
