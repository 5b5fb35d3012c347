package org.sppathways.io.frameworks;

import java.util.Objects;
import org.sppathways.model.WorkforceModel;

/**
 * The outcome of an import: an ordinary, validated {@link WorkforceModel} and the
 * {@link ImportReport} of how it was made.
 *
 * <pre>{@code
 * ImportedModel imported = EscoImporter.of().read(Path.of("esco-1.2"));
 * ModelWriter.json().write(imported.model(), Path.of("esco.json"));
 * String summary = imported.report().toString();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param model the model, carrying the framework's credit line in {@link WorkforceModel#sources()}
 * @param report what was read, made and left out
 *
 * @since 0.1.0
 */
public record ImportedModel(WorkforceModel model, ImportReport report) {
  /** Checks that neither part is null. */
  public ImportedModel {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(report, "report");
  }
}
