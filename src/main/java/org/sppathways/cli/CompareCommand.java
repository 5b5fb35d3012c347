package org.sppathways.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.sppathways.io.ModelReader;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.RoleId;
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
    if (format == OutputFormat.JSON) {
      Tables.result(out, c);
      return;
    }
    if (format == OutputFormat.CSV) {
      Tables.resultCsv(out, leftModel, c);
      return;
    }
    StructureProfile l = c.left();
    StructureProfile r = c.right();
    out.println("left:  " + describe(l));
    out.println("right: " + describe(r));
    out.println();
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("roles", String.valueOf(l.roles()), String.valueOf(r.roles()), ""));
    rows.add(List.of("entryRoles", String.valueOf(l.entryRoles()), String.valueOf(r.entryRoles()),
        ""));
    rows.add(List.of("topSeniority", cell(l.topSeniority()), cell(r.topSeniority()),
        difference(c.topSeniorityDifference())));
    rows.add(List.of("ceiling", cell(l.ceiling()), cell(r.ceiling()),
        difference(c.ceilingDifference())));
    rows.add(List.of("ceilingRoles", roles(l), roles(r), ""));
    rows.add(List.of("meanCeiling", cell(l.meanCeiling()), cell(r.meanCeiling()),
        c.meanCeilingDifference().isPresent()
            ? Formats.ratio(c.meanCeilingDifference().getAsDouble()) : ""));
    rows.add(List.of("meanMonthsToCeiling", cell(l.meanMonthsToCeiling()),
        cell(r.meanMonthsToCeiling()), ""));
    rows.add(List.of("ladderDepth", String.valueOf(l.ladderDepth()),
        String.valueOf(r.ladderDepth()), String.valueOf(c.ladderDepthDifference())));
    rows.add(List.of("levels", String.valueOf(l.levels()), String.valueOf(r.levels()), ""));
    rows.add(List.of("deadEnds", String.valueOf(l.deadEnds()), String.valueOf(r.deadEnds()),
        String.valueOf(c.deadEndDifference())));
    rows.add(List.of("plateaus", String.valueOf(l.plateaus()), String.valueOf(r.plateaus()), ""));
    rows.add(List.of("supportGaps", String.valueOf(l.supportGaps()),
        String.valueOf(r.supportGaps()), String.valueOf(c.supportGapDifference())));
    Tables.table(out, List.of("measure", side(l), side(r), "difference"), rows);
    out.println();
    out.println("supports, left:  " + list(l.supports()));
    out.println("supports, right: " + list(r.supports()));
    out.println("only left:  " + list(c.onlyLeft()));
    out.println("only right: " + list(c.onlyRight()));
  }

  private static String cell(OptionalInt value) {
    return value.isPresent() ? String.valueOf(value.getAsInt()) : "-";
  }

  private static String cell(OptionalDouble value) {
    return value.isPresent() ? Formats.ratio(value.getAsDouble()) : "-";
  }

  private static String difference(OptionalInt value) {
    return value.isPresent() ? String.valueOf(value.getAsInt()) : "";
  }

  private static String roles(StructureProfile p) {
    return list(p.ceilingRoles().stream().map(RoleId::value).toList());
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
