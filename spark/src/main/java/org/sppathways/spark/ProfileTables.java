package org.sppathways.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * People's profiles in long form, as two tables — the levels they hold, one row per person and
 * competency, and the facts about each person, one row per person — and optionally a third, the
 * courses they completed.
 *
 * <ul>
 *   <li>{@code levels}: {@code person, competency, level} — the level held, 0 (not held) to the
 *       model's top level — and optionally {@code until}, the day the level lapses
 *       ({@code YYYY-MM-DD});</li>
 *   <li>{@code people}: {@code person, role, organisationType, monthsInRole, contractedHours,
 *       workedHours} — every column but {@code person} may be null (no current role, no known
 *       employer type, 0 months, hours not known); the last four may be left out altogether;</li>
 *   <li>{@code completions} (optional): {@code person, course}, one completed course per row,
 *       written {@code course} or {@code course@YYYY-MM-DD} as in the profile CSV's
 *       {@code completed} column. Courses raise held levels as the library's
 *       {@link org.sppathways.model.HeldLevels} says.</li>
 * </ul>
 *
 * <p>Columns of any type are read as text and checked on the executors: a value that does not
 * fit the model (an unknown competency, role or organisation type, a level outside the scale, a
 * count that is not a whole number) makes a problem row, never a silent drop (see
 * {@link Scores#problems()}). A person must have exactly one row in {@code people}; one with
 * levels but no {@code people} row is a problem too.
 *
 * <pre>{@code
 * ProfileTables tables = ProfileTables.of(spark.read().parquet("levels"), spark.read().parquet("people"));
 * // or the library's own profile CSV (person,role,organisationType,monthsInRole,competency,level):
 * ProfileTables same = ProfileTables.fromProfileCsv(spark.read().option("header", true).csv("people.csv"));
 * }</pre>
 *
 * <p>This class is immutable; the tables are Spark's lazy datasets.
 *
 * @param levels the held levels: {@code person, competency, level}
 * @param people one row per person: {@code person, role, organisationType, monthsInRole,
 *     contractedHours, workedHours}
 * @param completions completed courses: {@code person, course}, empty when none are given
 * @since 0.1.0
 */
public record ProfileTables(Dataset<Row> levels, Dataset<Row> people, Dataset<Row> completions) {
  /** The columns of the levels table. */
  public static final List<String> LEVEL_COLUMNS = List.of("person", "competency", "level");

  /** The columns of the completions table. */
  public static final List<String> COMPLETION_COLUMNS = List.of("person", "course");

  /** The columns of the people table; all but the first two may be absent. */
  public static final List<String> PEOPLE_COLUMNS = List.of("person", "role", "organisationType",
      "monthsInRole", "contractedHours", "workedHours");

  /**
   * Checks that both tables have the columns they need.
   *
   * @throws IllegalArgumentException naming a missing column
   */
  public ProfileTables {
    Objects.requireNonNull(levels, "levels");
    Objects.requireNonNull(people, "people");
    for (String c : LEVEL_COLUMNS) {
      require(levels, "levels", c);
    }
    require(people, "people", "person");
    require(people, "people", "role");
    Objects.requireNonNull(completions, "completions");
    for (String c : COMPLETION_COLUMNS) {
      require(completions, "completions", c);
    }
  }

  /**
   * The two long-form tables, without completed courses.
   *
   * @throws IllegalArgumentException if a table lacks a column it needs
   */
  public static ProfileTables of(Dataset<Row> levels, Dataset<Row> people) {
    Objects.requireNonNull(levels, "levels");
    return new ProfileTables(levels, people, levels.sparkSession().createDataFrame(
        List.of(), new StructType().add("person", DataTypes.StringType)
            .add("course", DataTypes.StringType)));
  }

  /**
   * The three long-form tables.
   *
   * @throws IllegalArgumentException if a table lacks a column it needs
   */
  public static ProfileTables of(Dataset<Row> levels, Dataset<Row> people,
      Dataset<Row> completions) {
    return new ProfileTables(levels, people, completions);
  }

  /**
   * The two tables from rows in the library's profile CSV layout ({@code person, role,
   * organisationType, monthsInRole, competency, level}, see
   * {@link org.sppathways.io.ProfileReader#CSV_COLUMNS}), where each person's facts repeat on
   * each of their rows. A person whose rows disagree on their facts is reported as a duplicate
   * person. Rows without a competency give the person's facts only. The optional {@code until}
   * column goes with the level; the optional {@code completed} column makes the completions
   * table.
   *
   * @throws IllegalArgumentException if a required column is missing
   */
  public static ProfileTables fromProfileCsv(Dataset<Row> rows) {
    Objects.requireNonNull(rows, "rows");
    for (String c : List.of("person", "role", "organisationType", "monthsInRole", "competency",
        "level")) {
      require(rows, "profiles", c);
    }
    Dataset<Row> levels = rows.where(col("competency").isNotNull())
        .select(col("person"), col("competency"), col("level"), optional(rows, "until"));
    Dataset<Row> people = rows.select(col("person"), col("role"), col("organisationType"),
        col("monthsInRole"), optional(rows, "contractedHours"), optional(rows, "workedHours"))
        .distinct();
    Dataset<Row> completions = rows.select(col("person"), optional(rows, "completed").as("course"))
        .where(col("course").isNotNull());
    return new ProfileTables(levels, people, completions);
  }

  private static Column optional(Dataset<Row> rows, String name) {
    return List.of(rows.columns()).contains(name) ? col(name).cast("string")
        : lit(null).cast("string").as(name);
  }

  private static void require(Dataset<Row> table, String name, String column) {
    if (!List.of(table.columns()).contains(column)) {
      throw new IllegalArgumentException("the " + name + " table has no column '" + column
          + "': expected " + (name.equals("levels") ? LEVEL_COLUMNS : name.equals("people")
              ? PEOPLE_COLUMNS : name.equals("completions") ? COMPLETION_COLUMNS
              : org.sppathways.io.ProfileReader.CSV_COLUMNS));
    }
  }
}
