package org.sppathways.spark;

import org.sppathways.model.SpPathwaysException;

/**
 * A profile row did not fit the model and the analysis was asked to fail on bad rows
 * ({@code withFailOnBadRows(true)}). The message names the table, the column and the reason,
 * never the person or the value: run without the option to get every problem in the problems
 * table.
 *
 * @since 0.1.0
 */
public final class BadRowException extends SpPathwaysException {
  private static final long serialVersionUID = 1L;

  BadRowException(String table, String column, String reason) {
    super("a row of the " + table + " table does not fit the model (column " + column + ": "
        + reason + "); failOnBadRows is set, so the job stops here. Run without it to get every"
        + " bad row, with its person and value, in the problems table");
  }
}
