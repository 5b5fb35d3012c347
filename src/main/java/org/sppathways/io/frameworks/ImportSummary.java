package org.sppathways.io.frameworks;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@code import onet|esco} did: the {@link ImportReport} of the import, the model file
 * written and, when the imported model was merged into another, the merged model's counts.
 *
 * <pre>{@code
 * ImportedModel imported = OnetImporter.of(OnetOptions.defaults()).read(Path.of("onet-29.2"));
 * ImportSummary summary = ImportSummary.of(imported.report(), "onet.yaml");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param report what the import read, made and left out
 * @param out the model file written, as given
 * @param merged the merged model's counts; empty when nothing was merged
 * @since 0.1.0
 */
public record ImportSummary(ImportReport report, String out, Optional<Merged> merged) {

  /** Validates that no component is null. */
  public ImportSummary {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(merged, "merged");
  }

  /**
   * The model an import was merged into, and what the merge made.
   *
   * @param with the model merged into (a file name, or the bundled model)
   * @param roles roles of the merged model
   * @param competencies competencies of the merged model
   * @param routes routes of the merged model
   */
  public record Merged(String with, int roles, int competencies, int routes) {
    /** Validates the name. */
    public Merged {
      Objects.requireNonNull(with, "with");
    }
  }

  /** The summary of an import written without merging. */
  public static ImportSummary of(ImportReport report, String out) {
    return new ImportSummary(report, out, Optional.empty());
  }

  /** The summary of an import merged into another model before it was written. */
  public static ImportSummary of(ImportReport report, String out, Merged merged) {
    return new ImportSummary(report, out, Optional.of(merged));
  }
}
