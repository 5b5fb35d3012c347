package org.sppathways.spark;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The schemas of the tables the module writes. */
final class Columns {
  private Columns() {
  }

  /** The problem columns, after the operation's own ones; {@code reason} null on a result. */
  static final StructField[] PROBLEM = {
      DataTypes.createStructField("table", DataTypes.StringType, true),
      DataTypes.createStructField("column", DataTypes.StringType, true),
      DataTypes.createStructField("value", DataTypes.StringType, true),
      DataTypes.createStructField("reason", DataTypes.StringType, true)};

  /** Scores: person, role, readiness, shortfall, essentialMet, weightedScore, rank. */
  static final StructType SCORE = with(new StructType(new StructField[] {
      DataTypes.createStructField("person", DataTypes.StringType, true),
      DataTypes.createStructField("role", DataTypes.StringType, true),
      DataTypes.createStructField("readiness", DataTypes.DoubleType, true),
      DataTypes.createStructField("shortfall", DataTypes.IntegerType, true),
      DataTypes.createStructField("essentialMet", DataTypes.BooleanType, true),
      DataTypes.createStructField("weightedScore", DataTypes.DoubleType, true),
      DataTypes.createStructField("rank", DataTypes.IntegerType, true)}));

  /**
   * Partial needs of one partition: kind, competency, key, n (grouping), a and b (summed). See
   * {@link NeedsPartition} for the kinds.
   */
  static final StructType PARTIAL_NEEDS = with(new StructType(new StructField[] {
      DataTypes.createStructField("person", DataTypes.StringType, true),
      DataTypes.createStructField("kind", DataTypes.StringType, true),
      DataTypes.createStructField("competency", DataTypes.StringType, true),
      DataTypes.createStructField("key", DataTypes.StringType, true),
      DataTypes.createStructField("n", DataTypes.IntegerType, true),
      DataTypes.createStructField("a", DataTypes.LongType, true),
      DataTypes.createStructField("b", DataTypes.LongType, true)}));

  private static StructType with(StructType own) {
    StructType out = own;
    for (StructField f : PROBLEM) {
      out = out.add(f);
    }
    return out;
  }
}
