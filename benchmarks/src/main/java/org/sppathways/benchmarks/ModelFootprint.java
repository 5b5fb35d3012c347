package org.sppathways.benchmarks;

import java.io.IOException;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.sppathways.gaps.GapAnalysis;
import org.sppathways.gaps.RoleScorer;
import org.sppathways.io.ModelReader;
import org.sppathways.io.ModelWriter;
import org.sppathways.model.WorkforceModel;
import org.sppathways.paths.CareerPathFinder;
import org.sppathways.structure.StructureAnalysis;
import org.sppathways.training.CoverageAnalysis;

/**
 * The heap a model keeps once loaded, per scale: each model is written to a JSON file, read back
 * with {@link ModelReader}, and measured after a full garbage collection (heap in use with the
 * model held, minus heap in use before). A second figure adds the query engines an application
 * typically keeps beside the model ({@link GapAnalysis} with a scorer, {@link CareerPathFinder},
 * {@link StructureAnalysis}, {@link CoverageAnalysis}), built but not yet queried.
 *
 * <pre>
 * mvn -B -ntp -q install -DskipTests &amp;&amp; mvn -B -ntp -q -f benchmarks/pom.xml package
 * java -Dsppathways.data=../shared/data -cp benchmarks/target/benchmarks.jar \
 *     org.sppathways.benchmarks.ModelFootprint [reference regional national esco-scale onet esco]
 * </pre>
 * Figures from {@code Runtime} after {@code System.gc()} are estimates (within about 1 MiB).
 */
public final class ModelFootprint {
  private ModelFootprint() {}

  public static void main(String[] args) throws IOException {
    List<String> names = args.length > 0 ? List.of(args)
        : List.of("reference", "regional", "national", "esco-scale", "onet", "esco");
    System.out.println(String.format(Locale.ROOT, "%-11s %7s %8s %9s %8s %8s %10s %12s",
        "model", "roles", "skills", "reqs", "routes", "courses", "model MiB", "+engines MiB"));
    for (String name : names) {
      Path file = Files.createTempFile("sp-footprint", ".json");
      try {
        ModelWriter.json().write(BenchmarkData.model(name), file);
        long before = usedAfterGc();
        WorkforceModel model = ModelReader.of().read(file);
        long loaded = usedAfterGc();
        Object[] engines = {RoleScorer.of(GapAnalysis.of(model)), CareerPathFinder.of(model),
            StructureAnalysis.of(model), CoverageAnalysis.of(model)};
        long ready = usedAfterGc();
        int requirements = model.roles().stream().mapToInt(r -> r.requirements().size()).sum();
        System.out.println(String.format(Locale.ROOT, "%-11s %7d %8d %9d %8d %8d %10.1f %12.1f",
            name, model.roles().size(), model.competencies().size(), requirements,
            model.routes().size(), model.courses().size(), mib(loaded - before),
            mib(ready - before)));
        Reference.reachabilityFence(model);
        Reference.reachabilityFence(engines);
      } finally {
        Files.deleteIfExists(file);
      }
    }
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }

  private static double mib(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }
}
