package org.sppathways.io.frameworks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sppathways.model.ModelException;
import org.sppathways.model.Problem;
import org.sppathways.model.WorkforceModel;

/**
 * What happened while importing one directory: rows read per file, rows skipped by rule (with
 * reasons), and bad rows. Not thread-safe; used by one import at a time.
 */
final class ImportLog {
  private final String framework;
  private final Path directory;
  private final boolean skipBadRows;
  private final int maxProblems;
  private final Map<String, Long> files = new LinkedHashMap<>();
  private final Map<List<String>, Long> skipped = new LinkedHashMap<>();
  private final List<Problem> problems = new ArrayList<>();
  private long badRows;
  private boolean truncated;

  ImportLog(String framework, Path directory, boolean skipBadRows, int maxProblems) {
    this.framework = framework;
    this.directory = directory;
    this.skipBadRows = skipBadRows;
    this.maxProblems = maxProblems;
  }

  /** Records the number of data rows read from a file. */
  void fileRead(String file, long rows) {
    files.merge(file, rows, Long::sum);
  }

  /** Counts rows left out by a documented rule, e.g. "Importance below 3.0". */
  void skip(String file, String reason, long rows) {
    skipped.merge(List.of(file, reason), rows, Long::sum);
  }

  /** Counts one row left out by a documented rule. */
  void skip(String file, String reason) {
    skip(file, reason, 1);
  }

  /** Records a bad row and its problems (kept up to the problem limit). */
  void badRow(List<Problem> rowProblems) {
    badRows++;
    for (Problem p : rowProblems) {
      if (problems.size() < maxProblems) {
        problems.add(p);
      } else {
        truncated = true;
      }
    }
  }

  /** Whether reading should stop: bad rows are not being skipped and the limit is reached. */
  boolean shouldStop() {
    return !skipBadRows && truncated;
  }

  /**
   * An exception for problems that stop the import at once (a missing file or column, a file
   * that cannot be parsed on), listing them after the bad rows collected so far.
   */
  ModelException fatal(List<Problem> fatalProblems) {
    List<Problem> all = new ArrayList<>(skipBadRows ? List.of() : problems);
    all.addAll(fatalProblems);
    if (all.isEmpty()) {
      all.add(Problem.of("", "the import stopped").withSource(directory.toString()));
    }
    return new ModelException(framework + " files in " + directory + " cannot be imported", all);
  }

  /**
   * Throws when there were bad rows and they are not being skipped, listing every problem
   * collected (up to the limit).
   *
   * @throws ModelException listing the bad rows' problems
   */
  void throwIfBadRows() {
    if (skipBadRows || badRows == 0) {
      return;
    }
    List<Problem> all = new ArrayList<>(problems);
    if (truncated) {
      all.add(Problem.of("", "stopped after " + maxProblems + " problems")
          .withSuggestion("fix these first, or raise the problem limit (--max-problems)")
          .withSource(directory.toString()));
    }
    throw new ModelException(framework + " files in " + directory + " have " + badRows
        + (badRows == 1 ? " bad row" : " bad rows")
        + " (skip them with the skip-bad-rows option)", all);
  }

  /** The report of this import. */
  ImportReport report(WorkforceModel model) {
    List<ImportReport.FileRows> fileRows = new ArrayList<>();
    files.forEach((file, rows) -> fileRows.add(new ImportReport.FileRows(file, rows)));
    List<ImportReport.SkippedRows> skips = new ArrayList<>();
    skipped.forEach((key, rows) -> skips.add(new ImportReport.SkippedRows(key.get(0), key.get(1),
        rows)));
    return ImportReport.of(framework, directory.toString(), model, fileRows, skips,
        skipBadRows ? problems : List.of(), badRows);
  }
}
