package org.sppathways.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.sppathways.evidence.RateEstimates;
import org.sppathways.evidence.RateEstimator;
import org.sppathways.evidence.RoleEstimate;
import org.sppathways.io.HistoriesReader;
import org.sppathways.io.ScenarioReader;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

/**
 * Career histories at scale: a seeded generator of synthetic histories on the bundled reference
 * model, and a harness that streams a histories file through {@link HistoriesReader} and
 * {@link RateEstimator} in a fresh JVM, printing the elapsed time and the largest heap still in
 * use after any garbage collection (the peak live data).
 *
 * <p>The generator simulates people year by year from the reference model with the illustrative
 * flow parameters of {@code docs/examples/flows/sp-flows.yaml}: each starts in a workforce role
 * (link worker for 70 %, any other workforce role for the rest) and an organisation type offering
 * it, on a day in 2012–2022; at each anniversary of a spell's start the year's outcome is drawn
 * (stay, leave, or move along a route, with the type's rates), and a move or leaving falls on a
 * random day of that year; a mover keeps their organisation type when the new role is offered
 * there. Histories end on 2025-03-31 (spells going on then have no end). The data are synthetic.
 *
 * <pre>
 * mvn -B -ntp -q install -DskipTests &amp;&amp; mvn -B -ntp -q -f benchmarks/pom.xml package
 * java -cp benchmarks/target/benchmarks.jar org.sppathways.benchmarks.HistoriesBenchmark \
 *     generate /tmp/histories-10m.csv 10000000 1
 * java -Xmx512m -cp benchmarks/target/benchmarks.jar org.sppathways.benchmarks.HistoriesBenchmark \
 *     estimate /tmp/histories-10m.csv
 * </pre>
 * Arguments: {@code generate FILE SPELLS [SEED]} writes at least SPELLS spells (whole people);
 * {@code estimate FILE [--by-org-type]} reads and estimates. Run from the repository root (the
 * generator reads the flow parameters from {@code docs/examples/flows/sp-flows.yaml}).
 */
public final class HistoriesBenchmark {
  static final LocalDate END = LocalDate.of(2025, 3, 31);
  static final double YEAR = 365.25;

  private HistoriesBenchmark() {}

  public static void main(String[] args) throws IOException {
    if (args.length >= 3 && args[0].equals("generate")) {
      long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
      long n = generate(Path.of(args[1]), Long.parseLong(args[2]), seed);
      System.out.println("wrote " + n + " spells to " + args[1]);
    } else if (args.length >= 2 && args[0].equals("estimate")) {
      estimate(Path.of(args[1]), args.length > 2 && args[2].equals("--by-org-type"));
    } else {
      System.err.println("usage: HistoriesBenchmark generate FILE SPELLS [SEED] | estimate FILE "
          + "[--by-org-type]");
      System.exit(2);
    }
  }

  /** The reference model with the illustrative flow parameters. */
  static WorkforceModel model() {
    WorkforceModel base = ReferenceModels.socialPrescribing();
    return ScenarioReader.of(base).read(Path.of("docs/examples/flows/sp-flows.yaml"))
        .applyTo(base);
  }

  /** Writes synthetic histories; returns the number of spells written. */
  static long generate(Path file, long spells, long seed) throws IOException {
    WorkforceModel model = model();
    List<Role> workforce = model.roles().stream().filter(r -> !r.external()).toList();
    SplittableRandom random = new SplittableRandom(seed);
    long written = 0;
    long first = LocalDate.of(2012, 1, 1).toEpochDay();
    long end = END.toEpochDay();
    int width = Long.toString(spells).length();
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
        1 << 16)) {
      out.write("person,role,organisationType,start,end,to\n");
      for (long person = 1; written < spells; person++) {
        String id = String.format(Locale.ROOT, "p%0" + width + "d", person);
        Role role = random.nextDouble() < 0.7 ? model.role(RoleId.of("link-worker"))
            : workforce.get(random.nextInt(workforce.size()));
        OrganisationTypeId type = role.offeredBy().get(random.nextInt(role.offeredBy().size()));
        long start = first + random.nextInt((int) (end - first - 365));
        while (true) {
          RoleId outcome = null;
          boolean left = false;
          long day = -1;
          for (int year = 0; ; year++) {
            long yearStart = start + (long) Math.ceil(year * YEAR);
            if (yearStart > end) {
              break;
            }
            double u = random.nextDouble();
            double leave = role.leavingBy().getOrDefault(type, role.leaving().orElse(0));
            if (u < leave) {
              left = true;
            } else {
              double sum = leave;
              for (ProgressionRoute r : model.routesFrom(role.id())) {
                sum += r.rateBy().getOrDefault(type, r.rate().orElse(0));
                if (u < sum) {
                  outcome = r.to();
                  break;
                }
              }
            }
            if (left || outcome != null) {
              day = start + (long) Math.floor(year * YEAR + 1 + random.nextDouble() * (YEAR - 1));
              break;
            }
          }
          String base = id + "," + role.id() + "," + type + "," + LocalDate.ofEpochDay(start);
          written++;
          if (day < 0 || day > end) {
            out.write(base + ",,\n");
            break;
          }
          if (left) {
            out.write(base + "," + LocalDate.ofEpochDay(day) + ",left\n");
            break;
          }
          out.write(base + "," + LocalDate.ofEpochDay(day) + "," + outcome + "\n");
          Role next = model.role(outcome);
          if (next.external()) {
            break;
          }
          if (!next.offeredBy().contains(type)) {
            type = next.offeredBy().get(random.nextInt(next.offeredBy().size()));
          }
          role = next;
          start = day;
        }
      }
    }
    return written;
  }

  /** Streams a histories file through the estimator, printing time and peak live heap. */
  static void estimate(Path file, boolean byType) {
    WorkforceModel model = ReferenceModels.socialPrescribing();
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
    RateEstimates e = RateEstimator.of(model).withByOrganisationType(byType)
        .estimate(action -> HistoriesReader.of(model).forEach(file, action));
    double seconds = (System.nanoTime() - start) / 1e9;
    long afterGc = usedAfterGc();
    RoleEstimate lw = e.role(RoleId.of("link-worker")).orElseThrow();
    System.out.println(String.format(Locale.ROOT,
        "%,d spells, %d estimate rows, censored at %s: %.1f s (%.2f M spells/s); peak live heap "
            + "after a GC %.1f MiB (baseline %.1f MiB, %s); heap in use after a full GC at the "
            + "end %.1f MiB; max heap %.0f MiB%n  link-worker leaving %.4f (%.4f to %.4f), "
            + "%.0f person-years",
        e.spells(), e.roles().size(), e.asOf().orElseThrow(), seconds, e.spells() / seconds / 1e6,
        mib(peakLive.get()), mib(baseline), peakLive.get() == 0 ? "no GC ran" : "all data",
        mib(afterGc), mib(Runtime.getRuntime().maxMemory()), lw.leaving().rate(),
        lw.leaving().low(), lw.leaving().high(), lw.exposureYears()));
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
