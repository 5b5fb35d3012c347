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
 * Brings each person's rows together: {@code person, facts, holds, completed}, where facts are
 * their rows of the people table, holds their rows of the levels table and completed their
 * courses, every value as text. Three aggregations by person and joins on it, hash-partitioned by person into
 * {@code spark.sql.shuffle.partitions} partitions.
 */
final class PersonRows {
  private PersonRows() {
  }

  static Dataset<Row> of(ProfileTables tables) {
    Dataset<Row> levels = tables.levels();
    Dataset<Row> people = tables.people();
    Dataset<Row> courses = tables.completions();
    Dataset<Row> holds = levels.groupBy(text(levels, "person"))
        .agg(collect_list(struct(text(levels, "competency"), text(levels, "level"),
            text(levels, "until"))).as("holds"));
    Dataset<Row> completed = courses.groupBy(text(courses, "person"))
        .agg(collect_list(text(courses, "course")).as("completed"));
    Dataset<Row> facts = people.groupBy(text(people, "person"))
        .agg(collect_list(struct(text(people, "role"), text(people, "organisationType"),
            text(people, "monthsInRole"), text(people, "contractedHours"),
            text(people, "workedHours"))).as("facts"));
    scala.collection.immutable.Seq<String> person = scala.jdk.javaapi.CollectionConverters
        .asScala(List.of("person")).toList();
    return facts.join(holds, person, "full_outer").join(completed, person, "full_outer")
        .select(col("person"), col("facts"), col("holds"), col("completed"));
  }

  /** A column as text, or null text when the table lacks it. */
  private static Column text(Dataset<Row> table, String name) {
    return List.of(table.columns()).contains(name) ? col(name).cast("string").as(name)
        : lit(null).cast("string").as(name);
  }
}
