package org.sppathways.spark;

import static org.apache.spark.sql.functions.col;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.sppathways.gaps.CompetencyNeed;
import org.sppathways.gaps.NeedSplit;
import org.sppathways.gaps.PopulationNeeds;
import org.sppathways.gaps.ReadinessDistribution;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;

/**
 * A population's training needs computed on Spark: the combined counts as tables, and as the
 * library's own {@link PopulationNeeds} (which the results writer prints exactly as the
 * {@code needs} command does).
 *
 * <p>{@link #byCompetency()}, {@link #byRole()} and {@link #byOrganisationType()} are sorted as
 * the library sorts needs: people short (descending), total shortfall (descending), then id.
 * They hold counts only, no person's data. {@link #problems()} lists the rows that did not fit
 * the model ({@code table, person, column, value, reason}) and does hold personal data.
 *
 * <p>Everything is computed from {@link #all()}: {@link Dataset#persist()} it first when more
 * than one table is read, or the people are assessed again for each.
 *
 * @param model the model analysed
 * @param target the role everyone was assessed against, or empty for each person's own
 * @param asOf the day held levels were taken on
 * @param all the partial counts of every partition, and the problems
 * @param totals the partial counts summed: {@code kind, competency, key, n, a, b}
 * @param problems the rows that did not fit the model, with the reason
 * @since 0.1.0
 */
public record PopulationNeedsTables(WorkforceModel model, Optional<RoleId> target,
    LocalDate asOf, Dataset<Row> all, Dataset<Row> totals, Dataset<Row> problems) {

  /** Checks the components. */
  public PopulationNeedsTables {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(all, "all");
    Objects.requireNonNull(totals, "totals");
    Objects.requireNonNull(problems, "problems");
  }

  /** {@code competency, peopleShort, totalShortfall}, most common first. */
  public Dataset<Row> byCompetency() {
    return split(NeedsPartition.COMPETENCY, null);
  }

  /** {@code competency, role, peopleShort, totalShortfall}, largest first. */
  public Dataset<Row> byRole() {
    return split(NeedsPartition.ROLE, "role");
  }

  /**
   * {@code competency, organisationType, peopleShort, totalShortfall}, largest first; the type is
   * {@code ""} for people without one.
   */
  public Dataset<Row> byOrganisationType() {
    return split(NeedsPartition.ORGANISATION_TYPE, "organisationType");
  }

  private Dataset<Row> split(String kind, String keyName) {
    Dataset<Row> rows = totals.where(col("kind").equalTo(kind));
    Dataset<Row> named = keyName == null
        ? rows.select(col("competency"), col("a").as("peopleShort"), col("b").as("totalShortfall"))
        : rows.select(col("competency"), col("key").as(keyName), col("a").as("peopleShort"),
            col("b").as("totalShortfall"));
    return keyName == null
        ? named.orderBy(col("peopleShort").desc(), col("totalShortfall").desc(),
            col("competency").asc())
        : named.orderBy(col("peopleShort").desc(), col("totalShortfall").desc(),
            col("competency").asc(), col(keyName).asc());
  }

  /**
   * The needs as the library's {@link PopulationNeeds}, equal to what
   * {@link org.sppathways.gaps.NeedsAnalysis} computes on the same people in one process.
   * Collects the summed counts to the driver: O(C · (r̄ + t̄)) rows for C competencies short,
   * with r̄ roles and t̄ organisation types each.
   */
  public PopulationNeeds collect() {
    long people = 0;
    long dated = 0;
    long assessed = 0;
    Map<String, long[]> competencies = new HashMap<>();
    Map<String, List<NeedSplit>> byRole = new HashMap<>();
    Map<String, List<NeedSplit>> byType = new HashMap<>();
    long[] bands = new long[11];
    long essentialMet = 0;
    Map<Integer, long[]> met = new TreeMap<>();
    for (Row r : totals.collectAsList()) {
      String kind = r.getString(0);
      String competency = r.getString(1);
      String key = r.getString(2);
      int n = r.getInt(3);
      long a = r.getLong(4);
      long b = r.getLong(5);
      switch (kind) {
        case NeedsPartition.COUNT -> {
          people += a;
          assessed += b;
        }
        case NeedsPartition.COMPETENCY -> competencies.put(competency, new long[] {a, b});
        case NeedsPartition.ROLE -> byRole.computeIfAbsent(competency, k -> new ArrayList<>())
            .add(new NeedSplit(key, a, b));
        case NeedsPartition.ORGANISATION_TYPE -> byType.computeIfAbsent(competency,
            k -> new ArrayList<>()).add(new NeedSplit(key, a, b));
        case NeedsPartition.DATED -> dated += a;
        case NeedsPartition.BAND -> bands[n] += a;
        case NeedsPartition.ESSENTIAL_MET -> essentialMet += a;
        case NeedsPartition.MET -> {
          int total = Integer.parseInt(key);
          met.computeIfAbsent(total, k -> new long[k + 1])[n] += a;
        }
        default -> throw new IllegalStateException("unknown partial count '" + kind + "'");
      }
    }
    Comparator<NeedSplit> largest = Comparator.comparingLong(NeedSplit::peopleShort).reversed()
        .thenComparing(Comparator.comparingLong(NeedSplit::totalShortfall).reversed())
        .thenComparing(NeedSplit::key);
    List<CompetencyNeed> needs = new ArrayList<>();
    for (Map.Entry<String, long[]> e : competencies.entrySet()) {
      List<NeedSplit> roles = new ArrayList<>(byRole.getOrDefault(e.getKey(), List.of()));
      List<NeedSplit> types = new ArrayList<>(byType.getOrDefault(e.getKey(), List.of()));
      roles.sort(largest);
      types.sort(largest);
      needs.add(new CompetencyNeed(CompetencyId.of(e.getKey()), e.getValue()[0], e.getValue()[1],
          roles, types));
    }
    needs.sort(Comparator.comparingLong(CompetencyNeed::peopleShort).reversed()
        .thenComparing(Comparator.comparingLong(CompetencyNeed::totalShortfall).reversed())
        .thenComparing(CompetencyNeed::competency));
    Optional<ReadinessDistribution> readiness = target.isEmpty() ? Optional.empty()
        : Optional.of(new ReadinessDistribution(target.get(), assessed, toList(bands),
            mean(met, assessed), essentialMet));
    return new PopulationNeeds(target, people, assessed, needs, readiness,
        dated > 0 ? Optional.of(asOf) : Optional.empty());
  }

  /**
   * The mean readiness from the histogram of (requirements assessed against, met), computed as
   * {@link org.sppathways.gaps.NeedsAnalysis} computes it: one requirement count gives the exact
   * ratio of integers; several (variants in play) the sum over counts in ascending order.
   */
  static double mean(Map<Integer, long[]> met, long assessed) {
    double readinessSum = 0;
    for (Map.Entry<Integer, long[]> entry : met.entrySet()) {
      int total = entry.getKey();
      long metSum = 0;
      long people = 0;
    long dated = 0;
      for (int k = 0; k <= total; k++) {
        metSum += entry.getValue()[k] * k;
        people += entry.getValue()[k];
      }
      readinessSum += total == 0 ? people : (double) metSum / total;
    }
    int only = met.size() == 1 ? met.keySet().iterator().next() : -1;
    long onlyMet = 0;
    if (only > 0) {
      long[] counts = met.get(only);
      for (int k = 0; k <= only; k++) {
        onlyMet += counts[k] * k;
      }
    }
    return assessed == 0 ? 0 : only == 0 ? 1.0
        : only > 0 ? (double) onlyMet / ((double) assessed * only) : readinessSum / assessed;
  }

  private static List<Long> toList(long[] values) {
    List<Long> out = new ArrayList<>(values.length);
    for (long v : values) {
      out.add(v);
    }
    return out;
  }
}
