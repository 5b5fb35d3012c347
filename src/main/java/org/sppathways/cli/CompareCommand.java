package org.sppathways.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sppathways.io.ModelReader;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.WorkforceModel;
import org.sppathways.structure.Comparison;
import org.sppathways.structure.StructureAnalysis;
import org.sppathways.structure.StructureOptions;
import org.sppathways.structure.StructureProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code compare}: two organisation types, or two models, side by side. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Two career structures side by side: ceilings, ladder depth, dead ends and "
        + "support. --org A --org B compares two organisation types of the model; with --against "
        + "FILE the second side comes from another model (the same type when one --org is given, "
        + "the whole workforce when none is).")
final class CompareCommand implements Callable<Integer> {
  @Mixin
  ModelOptions model;

  @Option(names = "--org", paramLabel = "TYPE",
      description = "An organisation type (id or exact name); give it twice to compare two "
          + "types.")
  List<String> orgs = new ArrayList<>();

  @Option(names = "--against", paramLabel = "FILE",
      description = "A second model file: its side of the comparison.")
  Path against;

  @Option(names = "--senior-from", paramLabel = "N",
      description = "Roles at or above this seniority are senior, in both models (default: each "
          + "model's top two seniority levels).")
  Integer seniorFrom;

  @Option(names = "--entry-roles", paramLabel = "ROLE", split = ",",
      description = "The entry roles (ids or exact titles), comma-separated, in both models "
          + "(default: the roles an entry route or a route from an external role leads to, or "
          + "that no route leads to).")
  List<String> entryRoles;

  @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    if (orgs.size() > 2) {
      throw new ParameterException(spec.commandLine(), "give --org at most twice, was "
          + orgs.size() + " times");
    }
    if (against == null && orgs.size() != 2) {
      throw new ParameterException(spec.commandLine(),
          "give two organisation types (--org A --org B), or --against FILE to compare two models");
    }
    if (seniorFrom != null && seniorFrom < 0) {
      throw new ParameterException(spec.commandLine(),
          "--senior-from must be 0 or more, was " + seniorFrom);
    }
    WorkforceModel leftModel = model.load();
    WorkforceModel rightModel = against == null ? leftModel : ModelReader.of().read(against);
    StructureAnalysis left = model.structure(options(leftModel));
    StructureAnalysis right = against == null ? left
        : StructureAnalysis.of(rightModel, options(rightModel));
    StructureProfile a = orgs.isEmpty() ? left.profile()
        : left.profile(Names.organisationType(leftModel, orgs.get(0)));
    StructureProfile b = orgs.isEmpty() ? right.profile()
        : right.profile(Names.organisationType(rightModel, orgs.get(orgs.size() - 1)));
    print(spec.commandLine().getOut(), new Comparison(a, b), leftModel, rightModel);
    return 0;
  }

  /** The options for one model: entry roles named by id or exact title in that model. */
  private StructureOptions options(WorkforceModel m) {
    StructureOptions options = seniorFrom == null ? StructureOptions.defaults()
        : StructureOptions.defaults().withSeniorFrom(seniorFrom);
    return entryRoles == null ? options : options.withEntryRoles(Names.roles(m, entryRoles));
  }

  private void print(PrintWriter out, Comparison c, WorkforceModel leftModel,
      WorkforceModel rightModel) {
    Map<String, Object> differences = new LinkedHashMap<>();
    differences.put("ceiling", StructureRows.value(c.ceilingDifference()));
    differences.put("topSeniority", StructureRows.value(c.topSeniorityDifference()));
    differences.put("meanCeiling", StructureRows.value(c.meanCeilingDifference()));
    differences.put("ladderDepth", c.ladderDepthDifference());
    differences.put("deadEnds", c.deadEndDifference());
    differences.put("supportGaps", c.supportGapDifference());
    differences.put("onlyLeft", c.onlyLeft());
    differences.put("onlyRight", c.onlyRight());
    if (format == OutputFormat.JSON) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("left", StructureRows.profile(c.left()));
      doc.put("right", StructureRows.profile(c.right()));
      doc.put("differences", differences);
      Tables.json(out, doc);
      return;
    }
    List<String> keys = new ArrayList<>(StructureRows.profile(c.left()).keySet());
    if (format == OutputFormat.CSV) {
      printCsv(out, c, keys, differences, leftModel, rightModel);
      return;
    }
    List<String> l = StructureRows.profileCells(c.left());
    List<String> r = StructureRows.profileCells(c.right());
    out.println("left:  " + describe(c.left()));
    out.println("right: " + describe(c.right()));
    out.println();
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      if (List.of("model", "organisationType", "name", "supports", "lacks").contains(key)) {
        continue;
      }
      Object d = differences.get(key);
      String difference = d == null ? "" : d instanceof Double ? Formats.ratio((Double) d)
          : String.valueOf(d);
      rows.add(List.of(key, l.get(i), r.get(i), difference));
    }
    Tables.table(out, List.of("measure", side(c.left()), side(c.right()), "difference"), rows);
    out.println();
    out.println("supports, left:  " + list(c.left().supports()));
    out.println("supports, right: " + list(c.right().supports()));
    out.println("only left:  " + list(c.onlyLeft()));
    out.println("only right: " + list(c.onlyRight()));
  }

  /**
   * One row per side ({@code left}, {@code right}) with the profile's fields as columns, then a
   * {@code difference} row (left minus right) that fills only the numeric columns the comparison
   * measures, so that every column holds one kind of value.
   */
  private static void printCsv(PrintWriter out, Comparison c, List<String> keys,
      Map<String, Object> differences, WorkforceModel leftModel, WorkforceModel rightModel) {
    List<String> header = new ArrayList<>();
    header.add("side");
    header.addAll(StructureRows.csvHeader(keys));
    List<List<String>> rows = new ArrayList<>();
    rows.add(sideRow("left", StructureRows.profile(c.left()), leftModel));
    rows.add(sideRow("right", StructureRows.profile(c.right()), rightModel));
    Map<String, Object> difference = new LinkedHashMap<>();
    for (String k : keys) {
      Object d = differences.get(k);
      difference.put(k, d instanceof List ? null : d);
    }
    rows.add(sideRow("difference", difference, leftModel));
    Tables.csv(out, header, rows);
  }

  private static List<String> sideRow(String side, Map<String, Object> fields,
      WorkforceModel model) {
    List<String> row = new ArrayList<>();
    row.add(side);
    row.addAll(StructureRows.csvRow(fields, model));
    return row;
  }

  private static String side(StructureProfile p) {
    return p.organisationType().map(OrganisationTypeId::value).orElse("workforce");
  }

  private static String describe(StructureProfile p) {
    return p.organisationType().map(t -> p.name() + " (" + t.value() + ") in " + p.model())
        .orElse("the whole workforce of " + p.model());
  }

  private static String list(List<String> values) {
    return values.isEmpty() ? "-" : String.join(", ", values);
  }
}
