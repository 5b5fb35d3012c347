package org.sppathways.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;
import org.sppathways.paths.Criterion;
import org.sppathways.structure.DistanceMatrix;
import org.sppathways.structure.PathLengthDistribution;
import org.sppathways.structure.StructureAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code matrix}: distances between all roles, for R or pandas. */
@Command(name = "matrix", mixinStandardHelpOptions = true,
    description = "The shortest distance from every role to every other, in moves or months: a "
        + "wide matrix (rows = from, columns = to, empty where there is no path), the long list of "
        + "reachable pairs, or the distribution of path lengths.")
final class MatrixCommand implements Callable<Integer> {
  /** How the matrix is laid out. */
  enum Layout {
    WIDE,
    LONG
  }

  @Mixin
  ModelOptions model;

  @Option(names = "--metric", paramLabel = "steps|months", defaultValue = "steps",
      converter = StructureMetric.class,
      description = "Distance in moves or in months (default: ${DEFAULT-VALUE}).")
  Criterion metric;

  @Option(names = "--layout", paramLabel = "wide|long", defaultValue = "wide",
      description = "wide: one row per role; long: one row per reachable pair (default: "
          + "${DEFAULT-VALUE}).")
  Layout layout;

  @Option(names = "--distribution",
      description = "Print the distribution of path lengths instead of the matrix.")
  boolean distribution;

  @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    WorkforceModel m = model.load();
    DistanceMatrix matrix = model.queries().structureAnalysis().distances(metric);
    PrintWriter out = spec.commandLine().getOut();
    if (distribution) {
      printDistribution(out, matrix.distribution(), m);
    } else if (layout == Layout.WIDE) {
      printWide(out, matrix, m);
    } else {
      printLong(out, matrix, m);
    }
    return 0;
  }

  private void printWide(PrintWriter out, DistanceMatrix matrix, WorkforceModel m) {
    if (format == OutputFormat.JSON) {
      Tables.result(out, matrix);
      return;
    }
    if (format == OutputFormat.CSV) {
      Tables.resultCsvWide(out, m, matrix);
      return;
    }
    List<RoleId> roles = matrix.roles();
    List<String> header = new ArrayList<>();
    header.add("role");
    header.addAll(StructureRows.ids(roles));
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < roles.size(); i++) {
      List<String> row = new ArrayList<>(roles.size() + 1);
      row.add(roles.get(i).value());
      for (int j = 0; j < roles.size(); j++) {
        OptionalInt d = matrix.distance(i, j);
        row.add(d.isPresent() ? String.valueOf(d.getAsInt()) : "-");
      }
      rows.add(row);
    }
    Tables.table(out, header, rows);
  }

  private void printLong(PrintWriter out, DistanceMatrix matrix, WorkforceModel m) {
    List<RoleId> roles = matrix.roles();
    if (format == OutputFormat.JSON) {
      Tables.result(out, matrix);
      return;
    }
    if (format == OutputFormat.CSV) {
      Tables.resultCsv(out, m, matrix);
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < roles.size(); i++) {
      for (int j = 0; j < roles.size(); j++) {
        OptionalInt d = matrix.distance(i, j);
        if (i != j && d.isPresent()) {
          rows.add(List.of(roles.get(i).value(), roles.get(j).value(),
              String.valueOf(d.getAsInt())));
        }
      }
    }
    Tables.table(out, List.of("from", "to", "distance"), rows);
  }

  private void printDistribution(PrintWriter out, PathLengthDistribution d, WorkforceModel m) {
    List<String> header = List.of("length", "pairs");
    List<List<String>> rows = d.lengths().stream()
        .map(l -> List.of(String.valueOf(l.length()), String.valueOf(l.pairs()))).toList();
    switch (format) {
      case JSON:
        Tables.result(out, d);
        break;
      case CSV:
        Tables.resultCsv(out, m, d);
        break;
      default:
        out.println(d.reachablePairs() + " ordered pairs of roles connected, "
            + d.unreachablePairs() + " not; mean " + Formats.ratio(d.mean()) + " "
            + metric.toString() + ", longest " + d.longest());
        out.println();
        Tables.table(out, header, rows);
    }
  }
}
