package org.sppathways.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.jgrapht.graph.AsWeightedGraph;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;
import org.sppathways.paths.CareerPath;
import org.sppathways.paths.CareerPathFinder;
import org.sppathways.paths.Criterion;
import org.sppathways.paths.PathQuery;

/**
 * The Java half of the side-by-side comparison with NetworkX ({@code benchmarks/paths_vs_networkx.py}
 * runs it): k = 10 shortest simple paths by months on the O*NET related-occupations graph, with
 * the library and with JGraphT's {@link YenKShortestPath} on the same graph and queries.
 *
 * <p>Writes to the output directory {@code edges.tsv} (from, to, months), {@code queries.tsv}
 * (from, to), {@code library.tsv} and {@code jgrapht.tsv} (per query, the months of each path
 * found, comma-separated) and {@code java-timings.tsv} (per engine: queries, median and mean
 * ms/query). Timing: the library is warmed up with {@code warmup} passes over all queries, then
 * each query is run {@code repeats} times and its median kept; JGraphT gets one warm-up pass
 * over a tenth of the queries and one measured run per query (it takes tens of milliseconds).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.sppathways.benchmarks.PathsComparison OUTDIR [QUERIES] [K]
 * </pre>
 */
public final class PathsComparison {
  private PathsComparison() {}

  /** Runs the comparison; see the class comment for the arguments. */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "target/paths-comparison");
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    int k = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    Files.createDirectories(out);
    long t0 = System.nanoTime();
    WorkforceModel model = BenchmarkData.comparisonModel();
    long t1 = System.nanoTime();
    System.out.printf(Locale.ROOT, "%s: %d roles, %d routes (loaded in %.1f s)%n", model.name(),
        model.roles().size(), model.routes().size(), (t1 - t0) / 1e9);
    List<PathQueries.Query> queries = PathQueries.draw(model, count);
    try (PrintWriter w = writer(out.resolve("edges.tsv"))) {
      for (ProgressionRoute r : model.routes()) {
        w.println(r.from() + "\t" + r.to() + "\t" + r.months());
      }
    }
    try (PrintWriter w = writer(out.resolve("queries.tsv"))) {
      for (PathQueries.Query q : queries) {
        w.println(q.from() + "\t" + q.to());
      }
    }

    CareerPathFinder finder = CareerPathFinder.of(model);
    PathQuery byMonths = PathQuery.by(Criterion.MONTHS).toBuilder().detail(false).build();
    for (int pass = 0; pass < 5; pass++) {
      for (PathQueries.Query q : queries) {
        finder.paths(q.from(), q.to(), k, byMonths);
      }
    }
    int repeats = 21;
    double[] ours = new double[queries.size()];
    List<String> ourCosts = new ArrayList<>();
    for (int i = 0; i < queries.size(); i++) {
      PathQueries.Query q = queries.get(i);
      double[] times = new double[repeats];
      List<CareerPath> paths = null;
      for (int r = 0; r < repeats; r++) {
        long s = System.nanoTime();
        paths = finder.paths(q.from(), q.to(), k, byMonths).paths();
        times[r] = (System.nanoTime() - s) / 1e6;
      }
      Arrays.sort(times);
      ours[i] = times[repeats / 2];
      ourCosts.add(String.join(",", paths.stream().map(p -> String.valueOf(p.months())).toList()));
    }
    write(out.resolve("library.tsv"), ourCosts);

    // Reachability: every role reachable from each query's source, any number of moves.
    PathQuery reachAll = PathQuery.by(Criterion.STEPS).toBuilder().detail(false).build();
    List<String> reach = new ArrayList<>();
    for (PathQueries.Query q : queries) {
      finder.reach(q.from(), reachAll);
    }
    for (PathQueries.Query q : queries) {
      double[] times = new double[5];
      java.util.TreeSet<String> roles = new java.util.TreeSet<>();
      for (int r = 0; r < times.length; r++) {
        long s = System.nanoTime();
        var result = finder.reach(q.from(), reachAll);
        times[r] = (System.nanoTime() - s) / 1e6;
        roles.clear();
        result.roles().forEach(x -> roles.add(x.role().value()));
      }
      roles.remove(q.from().value());
      Arrays.sort(times);
      reach.add(q.from() + "\t" + times[times.length / 2] + "\t" + String.join(",", roles));
    }
    write(out.resolve("reach.tsv"), reach);

    Graph<RoleId, ProgressionRoute> graph = new AsWeightedGraph<>(model.graph(),
        r -> (double) r.months(), true, false);
    YenKShortestPath<RoleId, ProgressionRoute> yen = new YenKShortestPath<>(graph);
    for (int i = 0; i < Math.max(1, queries.size() / 10); i++) {
      yen.getPaths(queries.get(i).from(), queries.get(i).to(), k);
    }
    double[] theirs = new double[queries.size()];
    List<String> theirCosts = new ArrayList<>();
    for (int i = 0; i < queries.size(); i++) {
      PathQueries.Query q = queries.get(i);
      long s = System.nanoTime();
      List<GraphPath<RoleId, ProgressionRoute>> paths = yen.getPaths(q.from(), q.to(), k);
      theirs[i] = (System.nanoTime() - s) / 1e6;
      theirCosts.add(String.join(",", paths.stream()
          .map(p -> String.valueOf((long) p.getWeight())).toList()));
    }
    write(out.resolve("jgrapht.tsv"), theirCosts);
    int disagree = 0;
    for (int i = 0; i < queries.size(); i++) {
      if (!ourCosts.get(i).equals(theirCosts.get(i))) {
        disagree++;
      }
    }
    List<String> timings = new ArrayList<>();
    timings.add("library\t" + queries.size() + "\t" + median(ours) + "\t" + mean(ours));
    timings.add("jgrapht\t" + queries.size() + "\t" + median(theirs) + "\t" + mean(theirs));
    write(out.resolve("java-timings.tsv"), timings);
    System.out.printf(Locale.ROOT, "%d queries, k = %d, by months%n", queries.size(), k);
    System.out.printf(Locale.ROOT, "  library (sp-pathways)   median %8.3f ms/query, mean %8.3f%n",
        median(ours), mean(ours));
    System.out.printf(Locale.ROOT, "  JGraphT YenKShortestPath median %8.3f ms/query, mean %8.3f%n",
        median(theirs), mean(theirs));
    System.out.printf(Locale.ROOT, "  path months agree with JGraphT on %d of %d queries%n",
        queries.size() - disagree, queries.size());
  }

  private static PrintWriter writer(Path file) throws IOException {
    return new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
  }

  private static void write(Path file, List<String> lines) throws IOException {
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  static double mean(double[] values) {
    return Arrays.stream(values).average().orElse(Double.NaN);
  }
}
