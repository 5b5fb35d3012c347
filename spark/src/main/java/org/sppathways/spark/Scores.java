package org.sppathways.spark;

import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * People scored against roles, and the input rows that could not be scored.
 *
 * <p>{@link #rows()} has the columns {@code person, role, readiness, shortfall, essentialMet,
 * weightedScore} (plus {@code rank} for top roles), each number as
 * {@link org.sppathways.gaps.GapReport} has it: readiness = met / all requirements, shortfall =
 * the missing level steps, essentialMet = every essential requirement met, weightedScore = the
 * report's {@code weightedReadiness}. {@link #problems()} has {@code table, person, column,
 * value, reason}: one row per input row that does not fit the model; a person with any such row
 * is left out of {@link #rows()}.
 *
 * <p>Both are filters of one computation: {@link Dataset#persist()} {@link #all()} first when
 * both are written, or the work is done twice. The tables hold personal data: write them where
 * the input may be written.
 *
 * @param all the scores and the problems together ({@code reason} null on a score)
 * @param rows the scores
 * @param problems the input rows that could not be scored, each with its reason
 * @since 0.1.0
 */
public record Scores(Dataset<Row> all, Dataset<Row> rows, Dataset<Row> problems) {
  /** Checks the components. */
  public Scores {
    Objects.requireNonNull(all, "all");
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(problems, "problems");
  }
}
