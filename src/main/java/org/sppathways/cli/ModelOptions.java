package org.sppathways.cli;

import java.nio.file.Path;
import java.util.List;
import org.sppathways.compliance.ComplianceAnalysis;
import org.sppathways.compliance.ComplianceSettings;
import org.sppathways.io.ModelReader;
import org.sppathways.model.Course;
import org.sppathways.model.WorkforceModel;
import org.sppathways.query.Queries;
import org.sppathways.reference.ReferenceModels;
import org.sppathways.structure.StructureAnalysis;
import org.sppathways.structure.StructureOptions;
import org.sppathways.training.Commissioner;
import org.sppathways.training.CoverageAnalysis;
import org.sppathways.training.TrainingPlanner;
import picocli.CommandLine.Option;

/**
 * The {@code --model} option every command shares, and the one place commands get the model and
 * its analysis objects: through {@link #queries()}, which reads the model once and builds each
 * analysis object once. In a {@code batch} run every line's options hand out the batch's own
 * (see {@link #sharing}), so the model, its indexes and caches are built once for all lines.
 */
final class ModelOptions {

  @Option(names = "--model", paramLabel = "FILE",
      description = "Model file (.yaml, .yml or .json). Default: the bundled social prescribing "
          + "reference model.")
  Path model;

  /** The batch's options whose model this command queries, or null outside a batch. */
  private final ModelOptions batch;
  private Queries queries;
  private int reads;

  ModelOptions() {
    this(null);
  }

  private ModelOptions(ModelOptions batch) {
    this.batch = batch;
  }

  /** Options for one line of a batch: the batch's model, indexes and caches. */
  static ModelOptions sharing(ModelOptions batch) {
    return new ModelOptions(batch.batch == null ? batch : batch.batch);
  }

  /** The model, read on first use. */
  WorkforceModel load() {
    return queries().model();
  }

  /** The model's queries and their shared analysis objects, the model read on first use. */
  Queries queries() {
    if (batch != null) {
      return batch.queries();
    }
    if (queries == null) {
      reads++;
      queries = Queries.of(model == null ? ReferenceModels.socialPrescribing()
          : ModelReader.of().read(model));
    }
    return queries;
  }

  /** How many times the model was read (at most once); for tests. */
  int reads() {
    return batch != null ? batch.reads() : reads;
  }

  String name() {
    if (batch != null) {
      return batch.name();
    }
    return model == null ? "the bundled social prescribing model" : model.toString();
  }

  /** The structure analysis with these options: the shared one for the default options. */
  StructureAnalysis structure(StructureOptions options) {
    Queries q = queries();
    return options.equals(StructureOptions.defaults()) ? q.structureAnalysis()
        : StructureAnalysis.of(q.model(), options);
  }

  /** A training planner over a catalogue: the shared one for the model's own courses. */
  TrainingPlanner planner(List<Course> catalogue) {
    Queries q = queries();
    return catalogue.equals(q.model().courses()) ? q.trainingPlanner()
        : TrainingPlanner.of(q.model(), catalogue);
  }

  /** The coverage of a catalogue: the shared one for the model's own courses. */
  CoverageAnalysis coverage(List<Course> catalogue) {
    Queries q = queries();
    return catalogue.equals(q.model().courses()) ? q.coverageAnalysis()
        : CoverageAnalysis.of(q.model(), catalogue);
  }

  /** The compliance analysis with these settings: the shared one for the default settings. */
  ComplianceAnalysis compliance(ComplianceSettings settings) {
    Queries q = queries();
    return settings.equals(ComplianceSettings.DEFAULT) ? q.complianceAnalysis()
        : ComplianceAnalysis.of(q.model(), settings);
  }

  /** A commissioner over a catalogue: the shared one for the model's own courses. */
  Commissioner commissioner(List<Course> catalogue) {
    Queries q = queries();
    return catalogue.equals(q.model().courses()) ? q.commissioner()
        : Commissioner.of(q.model(), catalogue);
  }
}
