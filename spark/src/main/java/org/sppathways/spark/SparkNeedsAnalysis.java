package org.sppathways.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;

import java.util.Objects;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.sppathways.model.RoleId;

/**
 * Training needs of a whole population on Apache Spark: the figures of the single-process
 * {@link org.sppathways.gaps.NeedsAnalysis} (and of the {@code needs} command) — per
 * competency, the people short and the total shortfall, split by role and by organisation type,
 * and the readiness distribution for a target role.
 *
 * <pre>{@code
 * SparkNeedsAnalysis needs = SparkNeedsAnalysis.of(SparkGapAnalysis.of(spark, model));
 * PopulationNeedsTables result = needs.needs(ProfileTables.of(levels, people));
 * PopulationNeeds exact = result.collect();          // equal to NeedsAnalysis's, field for field
 * result.byRole().write().parquet("needs-by-role");
 * }</pre>
 *
 * <h2>How the counts combine</h2>
 * Each partition runs the library's {@code NeedsAnalysis} on its own people (built once per
 * partition, one thread) and writes its result as integer partial counts; Spark sums them by
 * key. Every figure is a sum of integers, or (the mean readiness) computed on the driver from
 * summed integer counts exactly as the library computes it, so the answer does not depend on
 * how the people are partitioned. People whose rows do not fit the model are left out and
 * listed in {@link PopulationNeedsTables#problems()}.
 *
 * <h2>Performance notes</h2>
 * One shuffle to bring each person's rows together, O(q) per person for the q requirements of
 * the role assessed, and a second, small shuffle of the partial counts: at most one row per
 * competency, per (competency, role) requirement and per (competency, organisation type) for
 * each partition, whatever the number of people.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SparkNeedsAnalysis {
  private final SparkGapAnalysis gaps;

  private SparkNeedsAnalysis(SparkGapAnalysis gaps) {
    this.gaps = gaps;
  }

  /** The needs analysis on a Spark gap analysis's session and broadcast model. */
  public static SparkNeedsAnalysis of(SparkGapAnalysis gaps) {
    return new SparkNeedsAnalysis(Objects.requireNonNull(gaps, "gaps"));
  }

  /**
   * Needs of the people, each assessed against their current role (people without one are
   * counted but not assessed), as {@code needs} does without {@code --role}.
   */
  public PopulationNeedsTables needs(ProfileTables people) {
    return run(people, Optional.empty());
  }

  /**
   * Needs of the people, everyone assessed against one target role, with the readiness
   * distribution for it, as {@code needs --role} does.
   *
   * @throws org.sppathways.model.UnknownIdException if the role is not in the model
   */
  public PopulationNeedsTables needs(ProfileTables people, RoleId target) {
    gaps.model().roleIndex(Objects.requireNonNull(target, "target"));
    return run(people, Optional.of(target));
  }

  private PopulationNeedsTables run(ProfileTables people, Optional<RoleId> target) {
    Objects.requireNonNull(people, "people");
    Dataset<Row> all = PersonRows.of(people).mapPartitions(new NeedsPartition(gaps.broadcast(),
        gaps.asOf(), target.map(RoleId::value).orElse(null), gaps.failOnBadRows()),
        Encoders.row(Columns.PARTIAL_NEEDS));
    Dataset<Row> totals = all.where(col("reason").isNull())
        .groupBy(col("kind"), col("competency"), col("key"), col("n"))
        .agg(sum(col("a")).as("a"), sum(col("b")).as("b"));
    return new PopulationNeedsTables(gaps.model(), target, gaps.asOf(), all, totals,
        SparkGapAnalysis.problems(all));
  }
}
