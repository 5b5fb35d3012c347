package org.sppathways.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Brings each person's rows together: {@code person, facts, holds}, where facts are their rows
 * of the people table and holds their rows of the levels table, every value as text. Two
 * aggregations by person and a join on it, hash-partitioned by person into
 * {@code spark.sql.shuffle.partitions} partitions.
 */
final class PersonRows {
  private PersonRows() {
  }

  static Dataset<Row> of(ProfileTables tables) {
    Dataset<Row> levels = tables.levels();
    Dataset<Row> people = tables.people();
    Dataset<Row> holds = levels.groupBy(text(levels, "person"))
        .agg(collect_list(struct(text(levels, "competency"), text(levels, "level"))).as("holds"));
    Dataset<Row> facts = people.groupBy(text(people, "person"))
        .agg(collect_list(struct(text(people, "role"), text(people, "organisationType"),
            text(people, "monthsInRole"), text(people, "contractedHours"),
            text(people, "workedHours"))).as("facts"));
    return facts.join(holds, scala.jdk.javaapi.CollectionConverters.asScala(List.of("person"))
        .toSeq(), "full_outer").select(col("person"), col("facts"), col("holds"));
  }

  /** A column as text, or null text when the table lacks it. */
  private static Column text(Dataset<Row> table, String name) {
    return List.of(table.columns()).contains(name) ? col(name).cast("string").as(name)
        : lit(null).cast("string").as(name);
  }
}
