package org.sppathways.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.sppathways.io.frameworks.EscoImporter;
import org.sppathways.io.frameworks.EscoOptions;
import org.sppathways.io.frameworks.ImportedModel;
import org.sppathways.io.frameworks.OnetImporter;

/**
 * A documented harness for the memory side of importing: in a fresh JVM, imports one framework
 * once (cold: class loading and JIT included, as a command-line user sees it) and prints the
 * elapsed time, the largest heap still in use after any garbage collection during the import
 * (the peak live data: what the import really needs), and the heap the finished model retains
 * after a full GC. Run it with a small {@code -Xmx} to show that the import streams: it succeeds
 * in a heap little larger than the model it builds.
 *
 * <pre>
 * mvn -B -ntp -q install -DskipTests &amp;&amp; mvn -B -ntp -q -f benchmarks/pom.xml package
 * java -Xmx24m -cp benchmarks/target/benchmarks.jar org.sppathways.benchmarks.ImportFootprint esco
 * java -Xmx24m -cp benchmarks/target/benchmarks.jar org.sppathways.benchmarks.ImportFootprint onet
 * </pre>
 * Arguments: {@code onet}, {@code esco} or {@code escoHierarchy}, then optionally the data folder
 * (default: {@code ${sppathways.data}/onet-29.2} or {@code .../esco-1.2}, where
 * {@code sppathways.data} defaults to {@code ../shared/data}).
 */
public final class ImportFootprint {
  private ImportFootprint() {}

  /** The data folder of a framework, failing with a message saying where to put it. */
  static Path directory(String framework) {
    Path root = Path.of(System.getProperty("sppathways.data", "../shared/data"));
    Path dir = root.resolve(framework.equals("onet") ? "onet-29.2" : "esco-1.2");
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("import benchmark data not found at "
          + dir.toAbsolutePath().normalize() + ": put the O*NET 29.2 and ESCO 1.2 files there, "
          + "or pass -Dsppathways.data=DIR");
    }
    return dir;
  }

  /** One import with the default options ({@code escoHierarchy}: with hierarchy routes). */
  static ImportedModel importFramework(String framework, Path dir) {
    switch (framework) {
      case "onet":
        return OnetImporter.of().read(dir);
      case "esco":
        return EscoImporter.of().read(dir);
      case "escoHierarchy":
        return EscoImporter.of(EscoOptions.defaults().withHierarchyRoutes(true)).read(dir);
      default:
        throw new IllegalArgumentException("framework must be onet, esco or escoHierarchy, was '"
            + framework + "'");
    }
  }

  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: ImportFootprint onet|esco|escoHierarchy [DATA_DIR]");
      System.exit(2);
    }
    String framework = args[0];
    Path dir = args.length > 1 ? Path.of(args[1]) : directory(framework);
    long baseline = usedAfterGc();
    AtomicLong peakLive = new AtomicLong();
    Set<String> heapPools = new HashSet<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heapPools.add(pool.getName());
      }
    }
    List<NotificationEmitter> emitters = new ArrayList<>();
    NotificationListener listener = (notification, handback) -> {
      if (notification.getType().equals(
          GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
        GcInfo info = GarbageCollectionNotificationInfo.from(
            (CompositeData) notification.getUserData()).getGcInfo();
        long used = info.getMemoryUsageAfterGc().entrySet().stream()
            .filter(e -> heapPools.contains(e.getKey()))
            .mapToLong(e -> e.getValue().getUsed()).sum();
        peakLive.accumulateAndGet(used, Math::max);
      }
    };
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter) {
        ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
        emitters.add((NotificationEmitter) gc);
      }
    }
    long start = System.nanoTime();
    ImportedModel imported = importFramework(framework, dir);
    double seconds = (System.nanoTime() - start) / 1e9;
    long retained = usedAfterGc() - baseline;
    for (NotificationEmitter e : emitters) {
      try {
        e.removeNotificationListener(listener);
      } catch (javax.management.ListenerNotFoundException ignored) {
        // already gone
      }
    }
    System.out.println(String.format(Locale.ROOT,
        "%s: %s%n  cold import %.2f s; peak live heap after a GC during the import %.1f MiB "
            + "(%s); model retains %.1f MiB; max heap %.0f MiB",
        framework, imported.report(), seconds, mib(peakLive.get() - baseline),
        peakLive.get() == 0 ? "no GC ran" : "above the baseline", mib(retained),
        mib(Runtime.getRuntime().maxMemory())));
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
