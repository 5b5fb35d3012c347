package org.sppathways.io.frameworks;

import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.sppathways.model.Problem;
import org.sppathways.model.Role;
import org.sppathways.model.WorkforceModel;
import org.sppathways.model.internal.ValueStyle;

/**
 * What an import did: how many roles, competencies, requirements and routes it made, how many
 * rows it read from each file, which rows it left out by rule and why, and which bad rows it
 * skipped (only when asked to skip bad rows; otherwise a bad row stops the import).
 *
 * <p>Every row read is accounted for: it was imported, or {@linkplain #skipped() skipped by a
 * documented rule} (e.g. "Importance below 3.0", "duplicate link"), or {@linkplain #badRowCount()
 * bad}. Lists are in the order the files were read; no timings are included, so the same input
 * and options always give an equal report.
 *
 * <pre>{@code
 * ImportedModel imported = OnetImporter.of().read(Path.of("onet-29.2"));
 * ImportReport report = imported.report();
 * report.roles();                       // 923
 * List<String> lines = new ArrayList<>();
 * for (ImportReport.SkippedRows s : report.skipped()) {
 *   lines.add(s.file() + ": " + s.rows() + " rows, " + s.reason());
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable(copy = false)
@ValueStyle
public abstract class ImportReport {

  /**
   * The number of data rows read from one file (blank lines not counted).
   *
   * @param file the file name, e.g. {@code Skills.txt}
   * @param rows the data rows read
   */
  public record FileRows(String file, long rows) {
    /** Checks the fields. */
    public FileRows {
      Objects.requireNonNull(file, "file");
    }
  }

  /**
   * Rows of one file left out for one reason.
   *
   * @param file the file name, e.g. {@code Skills.txt}
   * @param reason why, e.g. {@code "Importance below 3.0"}
   * @param rows how many rows
   */
  public record SkippedRows(String file, String reason, long rows) {
    /** Checks the fields. */
    public SkippedRows {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * The report of an import that made {@code model}, its counts taken from the model.
   *
   * @param badRows the problems of the bad rows listed (up to the problem limit)
   * @param badRowCount all bad rows skipped
   */
  static ImportReport of(String framework, String directory, WorkforceModel model,
      List<FileRows> files, List<SkippedRows> skipped, List<Problem> badRows, long badRowCount) {
    int all = 0;
    int essential = 0;
    for (Role role : model.roles()) {
      all += role.requirements().size();
      essential += (int) role.requirements().stream().filter(r -> r.essential()).count();
    }
    return ImmutableImportReport.builder()
        .framework(framework)
        .directory(directory)
        .roles(model.roles().size())
        .competencies(model.competencies().size())
        .requirements(all)
        .essentialRequirements(essential)
        .routes(model.routes().size())
        .files(files)
        .skipped(skipped)
        .badRows(badRows)
        .badRowCount(badRowCount)
        .build();
  }

  /** The framework and version imported, e.g. {@code O*NET 29.2}. */
  public abstract String framework();

  /** The directory the files were read from, as given. */
  public abstract String directory();

  /** The number of roles made. */
  public abstract int roles();

  /** The number of competencies made. */
  public abstract int competencies();

  /** The number of requirements made, over all roles. */
  public abstract int requirements();

  /** The number of those requirements that are essential. */
  public abstract int essentialRequirements();

  /** The number of progression routes made. */
  public abstract int routes();

  /** The data rows read from each file, in reading order. */
  public abstract List<FileRows> files();

  /** The rows left out by a documented rule, by file and reason, in the order first met. */
  public abstract List<SkippedRows> skipped();

  /** The total number of rows left out by rule. */
  public long skippedRowCount() {
    return skipped().stream().mapToLong(SkippedRows::rows).sum();
  }

  /**
   * The problems of the bad rows that were skipped, each with file, line and column, up to the
   * problem limit; empty unless bad rows were skipped.
   */
  public abstract List<Problem> badRows();

  /** The number of bad rows skipped (may exceed the problems listed in {@link #badRows()}). */
  public abstract long badRowCount();

  /** A one-line summary of the counts. */
  @Override
  public String toString() {
    return "ImportReport{" + framework() + " from " + directory() + ": " + roles() + " roles, "
        + competencies() + " competencies, " + requirements() + " requirements ("
        + essentialRequirements() + " essential), " + routes() + " routes; " + skippedRowCount()
        + " rows skipped by rule, " + badRowCount() + " bad rows skipped}";
  }
}
