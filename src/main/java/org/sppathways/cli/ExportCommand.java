package org.sppathways.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sppathways.io.FileFormat;
import org.sppathways.io.ModelWriter;
import org.sppathways.model.WorkforceModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code export}: writes a model as YAML or JSON. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write a model as a YAML or JSON model file (to stdout, or --out FILE).")
final class ExportCommand implements Callable<Integer> {
  /** Formats a model can be exported to. */
  enum Target {
    YAML,
    JSON
  }

  @Mixin
  ModelOptions model;

  @Option(names = "--to", required = true, paramLabel = "yaml|json",
      description = "Output format.")
  Target to;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of stdout.")
  Path out;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    WorkforceModel m = model.load();
    ModelWriter writer = ModelWriter.of(to == Target.YAML ? FileFormat.YAML : FileFormat.JSON);
    if (out == null) {
      writer.write(m, spec.commandLine().getOut());
    } else {
      writer.write(m, out);
    }
    return 0;
  }
}
