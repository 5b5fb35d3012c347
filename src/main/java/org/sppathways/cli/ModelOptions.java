package org.sppathways.cli;

import java.nio.file.Path;
import org.sppathways.io.ModelReader;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;
import picocli.CommandLine.Option;

/** The {@code --model} option every command shares. */
final class ModelOptions {

  @Option(names = "--model", paramLabel = "FILE",
      description = "Model file (.yaml, .yml or .json). Default: the bundled social prescribing "
          + "reference model.")
  Path model;

  WorkforceModel load() {
    return model == null ? ReferenceModels.socialPrescribing() : ModelReader.of().read(model);
  }

  String name() {
    return model == null ? "the bundled social prescribing model" : model.toString();
  }
}
