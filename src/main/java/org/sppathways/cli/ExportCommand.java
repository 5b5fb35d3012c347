package org.sppathways.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import org.sppathways.io.FileFormat;
import org.sppathways.io.GraphExport;
import org.sppathways.io.ModelWriter;
import org.sppathways.model.SpPathwaysException;
import org.sppathways.model.WorkforceModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code export}: writes a model as a model file, or its career graph for other tools. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write a model as a YAML or JSON model file, or its career graph as DOT "
        + "(Graphviz), GraphML (Gephi) or CSV node and edge lists; to stdout, or --out FILE.")
final class ExportCommand implements Callable<Integer> {
  /** Formats a model can be exported to. */
  enum Target {
    YAML,
    JSON,
    DOT,
    GRAPHML,
    CSV
  }

  @Mixin
  ModelOptions model;

  @Option(names = "--to", required = true, paramLabel = "yaml|json|dot|graphml|csv",
      description = "Output format. csv writes two files, OUT-roles.csv and OUT-routes.csv, and "
          + "needs --out.")
  Target to;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write to this file (for csv: this prefix) instead of stdout.")
  Path out;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    if (to == Target.CSV && out == null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--to csv writes two files: give --out PREFIX (writes PREFIX-roles.csv and "
              + "PREFIX-routes.csv)");
    }
    WorkforceModel m = model.load();
    switch (to) {
      case YAML:
      case JSON:
        ModelWriter writer = ModelWriter.of(to == Target.YAML ? FileFormat.YAML : FileFormat.JSON);
        if (out == null) {
          writer.write(m, spec.commandLine().getOut());
        } else {
          writer.write(m, out);
        }
        break;
      case DOT:
        emit(m, out, GraphExport::dot);
        break;
      case GRAPHML:
        emit(m, out, GraphExport::graphml);
        break;
      default:
        emit(m, Path.of(out + "-roles.csv"), GraphExport::rolesCsv);
        emit(m, Path.of(out + "-routes.csv"), GraphExport::routesCsv);
        spec.commandLine().getOut().println("wrote " + out + "-roles.csv and " + out
            + "-routes.csv");
    }
    return 0;
  }

  private void emit(WorkforceModel m, Path file, BiConsumer<WorkforceModel, Writer> export) {
    if (file == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      export.accept(m, stdout);
      stdout.flush();
      return;
    }
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      export.accept(m, w);
    } catch (IOException e) {
      throw new SpPathwaysException("cannot write '" + file + "': " + e.getMessage(), e);
    }
  }
}
