package org.sppathways.io.frameworks;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.sppathways.model.Problem;
import org.sppathways.model.Role;
import org.sppathways.model.WorkforceModel;

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
public final class ImportReport {

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

  private final String framework;
  private final String directory;
  private final int roles;
  private final int competencies;
  private final int requirements;
  private final int essentialRequirements;
  private final int routes;
  private final ImmutableList<FileRows> files;
  private final ImmutableList<SkippedRows> skipped;
  private final ImmutableList<Problem> badRows;
  private final long badRowCount;

  ImportReport(String framework, String directory, WorkforceModel model, List<FileRows> files,
      List<SkippedRows> skipped, List<Problem> badRows, long badRowCount) {
    this.framework = framework;
    this.directory = directory;
    this.roles = model.roles().size();
    this.competencies = model.competencies().size();
    int all = 0;
    int essential = 0;
    for (Role role : model.roles()) {
      all += role.requirements().size();
      essential += (int) role.requirements().stream().filter(r -> r.essential()).count();
    }
    this.requirements = all;
    this.essentialRequirements = essential;
    this.routes = model.routes().size();
    this.files = ImmutableList.copyOf(files);
    this.skipped = ImmutableList.copyOf(skipped);
    this.badRows = ImmutableList.copyOf(badRows);
    this.badRowCount = badRowCount;
  }

  /** The framework and version imported, e.g. {@code O*NET 29.2}. */
  public String framework() {
    return framework;
  }

  /** The directory the files were read from, as given. */
  public String directory() {
    return directory;
  }

  /** The number of roles made. */
  public int roles() {
    return roles;
  }

  /** The number of competencies made. */
  public int competencies() {
    return competencies;
  }

  /** The number of requirements made, over all roles. */
  public int requirements() {
    return requirements;
  }

  /** The number of those requirements that are essential. */
  public int essentialRequirements() {
    return essentialRequirements;
  }

  /** The number of progression routes made. */
  public int routes() {
    return routes;
  }

  /** The data rows read from each file, in reading order. */
  public List<FileRows> files() {
    return files;
  }

  /** The rows left out by a documented rule, by file and reason, in the order first met. */
  public List<SkippedRows> skipped() {
    return skipped;
  }

  /** The total number of rows left out by rule. */
  public long skippedRowCount() {
    return skipped.stream().mapToLong(SkippedRows::rows).sum();
  }

  /**
   * The problems of the bad rows that were skipped, each with file, line and column, up to the
   * problem limit; empty unless bad rows were skipped.
   */
  public List<Problem> badRows() {
    return badRows;
  }

  /** The number of bad rows skipped (may exceed the problems listed in {@link #badRows()}). */
  public long badRowCount() {
    return badRowCount;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ImportReport)) {
      return false;
    }
    ImportReport r = (ImportReport) o;
    return framework.equals(r.framework) && directory.equals(r.directory) && roles == r.roles
        && competencies == r.competencies && requirements == r.requirements
        && essentialRequirements == r.essentialRequirements && routes == r.routes
        && files.equals(r.files) && skipped.equals(r.skipped) && badRows.equals(r.badRows)
        && badRowCount == r.badRowCount;
  }

  @Override
  public int hashCode() {
    return Objects.hash(framework, directory, roles, competencies, requirements,
        essentialRequirements, routes, files, skipped, badRows, badRowCount);
  }

  /** A one-line summary of the counts. */
  @Override
  public String toString() {
    return "ImportReport{" + framework + " from " + directory + ": " + roles + " roles, "
        + competencies + " competencies, " + requirements + " requirements ("
        + essentialRequirements + " essential), " + routes + " routes; " + skippedRowCount()
        + " rows skipped by rule, " + badRowCount + " bad rows skipped}";
  }
}
