package org.sppathways.spark;

import static org.apache.spark.sql.functions.col;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.sppathways.gaps.FitFilter;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;

/**
 * Gap analysis of a whole population on Apache Spark: every person scored against every role
 * or a list of roles, each person's best roles, and the talent pool for a role — with the same
 * figures as the single-process {@link org.sppathways.gaps.GapAnalysis}.
 *
 * <pre>{@code
 * SparkGapAnalysis gaps = SparkGapAnalysis.of(spark, model);   // the model is broadcast once
 * ProfileTables people = ProfileTables.of(spark.read().parquet("levels"), spark.read().parquet("people"));
 * Scores top = gaps.topRoles(people, 5);
 * top.rows().write().parquet("top5");
 * top.problems().write().csv("problems");   // rows that did not fit the model, with the reason
 * }</pre>
 *
 * <p>Each output row has {@code person, role, readiness, shortfall, essentialMet,
 * weightedScore}, equal to {@code GapAnalysis.gap(person, role)}'s readiness, shortfall,
 * essentialMet and weightedReadiness for the profile the person's rows make (see
 * {@link ProfileTables}). Each person is assessed against the requirements
 * {@link org.sppathways.model.Role#requirementsAssessing} gives (organisation-type variants,
 * first-year targets of their current role).
 *
 * <h2>Performance notes</h2>
 * Grouping the rows by person is two aggregations and a join (one shuffle of the input). Each
 * partition then builds its scorer once (O(R + total requirements)) and streams its people:
 * scoring against a list of k roles is O(k · q̄) per person for q̄ requirements per role; the top
 * roles of a person cost O(h · p̄ + R log n) (the library's {@link
 * org.sppathways.gaps.RoleScorer}, driven by the h competencies held), independent of how many
 * roles the model has beyond one pass over them. The talent pool is sorted globally (one more
 * shuffle).
 *
 * <p>This class is immutable and thread-safe; the frames it returns are lazy.
 *
 * @since 0.1.0
 */
public final class SparkGapAnalysis {
  private final SparkSession spark;
  private final WorkforceModel model;
  private final ModelBroadcast broadcast;
  private final boolean failOnBadRows;
  private final LocalDate asOf;

  private SparkGapAnalysis(SparkSession spark, WorkforceModel model, ModelBroadcast broadcast,
      boolean failOnBadRows, LocalDate asOf) {
    this.spark = spark;
    this.model = model;
    this.broadcast = broadcast;
    this.failOnBadRows = failOnBadRows;
    this.asOf = asOf;
  }

  /**
   * An analysis of a model on a Spark session, assessing people on today's date on the driver
   * (it matters only for dated evidence: lapsing levels, dated courses); the model is broadcast
   * to the executors now, once (as its JSON file, read back once per executor JVM).
   */
  public static SparkGapAnalysis of(SparkSession spark, WorkforceModel model) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(model, "model");
    return new SparkGapAnalysis(spark, model, ModelBroadcast.of(spark, model), false,
        LocalDate.now());
  }

  /**
   * This analysis assessing people on the levels they hold on a given day, as the library's
   * {@code asOf} overloads do. The model is not broadcast again.
   */
  public SparkGapAnalysis withAsOf(LocalDate day) {
    return new SparkGapAnalysis(spark, model, broadcast, failOnBadRows,
        Objects.requireNonNull(day, "day"));
  }

  /** The day people are assessed on. */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * This analysis, failing the job at the first bad row ({@link BadRowException}, naming the
   * table, column and reason but not the person or value) instead of reporting every bad row
   * in the problems table. Off by default.
   */
  public SparkGapAnalysis withFailOnBadRows(boolean fail) {
    return new SparkGapAnalysis(spark, model, broadcast, fail, asOf);
  }

  /** Whether a bad row fails the job. */
  public boolean failOnBadRows() {
    return failOnBadRows;
  }

  /** The model analysed. */
  public WorkforceModel model() {
    return model;
  }

  /** The Spark session. */
  public SparkSession spark() {
    return spark;
  }

  ModelBroadcast broadcast() {
    return broadcast;
  }

  /**
   * Every person against every role of the model (external ones included): P × R rows. Row
   * order is not defined.
   */
  public Scores score(ProfileTables people) {
    return run(people, new ScorePartition(broadcast, asOf, ScorePartition.Mode.ROLES, List.of(), 0,
        null, false, failOnBadRows), false);
  }

  /**
   * Every person against each of the given roles, in any row order.
   *
   * @throws org.sppathways.model.UnknownIdException if a role is not in the model
   * @throws IllegalArgumentException if the list is empty
   */
  public Scores score(ProfileTables people, List<RoleId> roles) {
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("give at least one role, or score against every role");
    }
    roles.forEach(model::roleIndex);
    return run(people, new ScorePartition(broadcast, asOf, ScorePartition.Mode.ROLES,
        roles.stream().map(RoleId::value).toList(), 0, null, false, failOnBadRows), false);
  }

  /**
   * Each person's n best roles of the whole model, with {@code rank} 1..n in the library's
   * ranking order: readiness (descending), then shortfall (ascending), then role id. Row order
   * is not defined; sort by {@code person, rank} to read a person's list.
   *
   * @throws IllegalArgumentException if n is below 1
   */
  public Scores topRoles(ProfileTables people, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be 1 or more, was " + n);
    }
    return run(people, new ScorePartition(broadcast, asOf, ScorePartition.Mode.TOP, List.of(), n, null,
        false, failOnBadRows), true);
  }

  /**
   * The people who could fill a role, best first, as
   * {@link org.sppathways.gaps.GapAnalysis#fit(org.sppathways.model.Population, RoleId)}
   * ranks them: readiness (descending), then shortfall (ascending), then person id. The rows are
   * sorted in that order.
   *
   * @throws org.sppathways.model.UnknownIdException if the role is not in the model
   */
  public Scores talentPool(ProfileTables people, RoleId role) {
    return talentPool(people, role, FitFilter.all());
  }

  /**
   * {@link #talentPool(ProfileTables, RoleId)} keeping only the people the filter passes.
   *
   * @throws org.sppathways.model.UnknownIdException if the role or an organisation type of the
   *     filter is not in the model
   */
  public Scores talentPool(ProfileTables people, RoleId role, FitFilter filter) {
    model.roleIndex(role);
    Set<String> types = null;
    if (filter.organisationTypes().isPresent()) {
      types = new HashSet<>();
      for (OrganisationTypeId t : filter.organisationTypes().get()) {
        types.add(model.organisationType(t).id().value());
      }
    }
    Scores all = run(people, new ScorePartition(broadcast, asOf, ScorePartition.Mode.POOL,
        List.of(role.value()), 0, types, filter.essentialMetOnly(), failOnBadRows), false);
    return new Scores(all.all(), all.rows().orderBy(col("readiness").desc(),
        col("shortfall").asc(), col("person").asc()), all.problems());
  }

  private Scores run(ProfileTables people, ScorePartition partition, boolean ranked) {
    Objects.requireNonNull(people, "people");
    Dataset<Row> all = PersonRows.of(people).mapPartitions(partition,
        Encoders.row(Columns.SCORE));
    Dataset<Row> rows = all.where(col("reason").isNull()).select(col("person"), col("role"),
        col("readiness"), col("shortfall"), col("essentialMet"), col("weightedScore"));
    if (ranked) {
      rows = all.where(col("reason").isNull()).select(col("person"), col("role"), col("rank"),
          col("readiness"), col("shortfall"), col("essentialMet"), col("weightedScore"));
    }
    return new Scores(all, rows, problems(all));
  }

  static Dataset<Row> problems(Dataset<Row> all) {
    return all.where(col("reason").isNotNull()).select(col("table"), col("person"),
        col("column"), col("value"), col("reason"));
  }
}
