package org.sppathways.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.sppathways.model.OrganisationType;
import org.sppathways.model.WorkforceModel;
import org.sppathways.paths.Criterion;
import org.sppathways.structure.Bottleneck;
import org.sppathways.structure.Ceiling;
import org.sppathways.structure.CrossingGain;
import org.sppathways.structure.MinimumCut;
import org.sppathways.structure.MonthsTies;
import org.sppathways.structure.StructureAnalysis;
import org.sppathways.structure.StructureOptions;
import org.sppathways.structure.StructureReport;
import org.sppathways.structure.StructureReport.Part;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code structure}: where careers stall — ceilings, dead ends, bottlenecks, support gaps. */
@Command(name = "structure", mixinStandardHelpOptions = true,
    description = "Workforce structure: progression ceilings from each entry role, dead ends and "
        + "plateaus, bottleneck roles (betweenness, critical roles, minimum cuts between entry and "
        + "senior roles) and support gaps of senior roles. Across the whole workforce, or with "
        + "--by-org-type staying within each organisation type.")
final class StructureCommand implements Callable<Integer> {
  static final List<String> PARTS = Arrays.stream(Part.values()).map(Part::toString).toList();

  @Mixin
  ModelOptions model;

  @Option(names = "--by-org-type",
      description = "Ceilings and dead ends staying within each organisation type, with what "
          + "crossing types adds; without it, across the whole workforce.")
  boolean byOrgType;

  @Option(names = "--metric", paramLabel = "steps|months", defaultValue = "steps",
      converter = StructureMetric.class,
      description = "Shortest paths for betweenness: fewest moves, or least months "
          + "(default: ${DEFAULT-VALUE}).")
  Criterion metric;

  @Option(names = "--months-ties", paramLabel = "every-path|fewest-moves",
      defaultValue = "every-path",
      description = "With --metric months, which least-month paths count for betweenness: every "
          + "one equally, as NetworkX's betweenness_centrality(weight=\"months\") (default), or "
          + "only those with the fewest moves.")
  MonthsTies monthsTies;

  @Option(names = "--entry-below-seniority", paramLabel = "N",
      description = "The entry roles are every role with a seniority below N (for O*NET, 3 means "
          + "Job Zones 1 and 2); not with --entry-roles.")
  Integer entryBelowSeniority;

  @Option(names = "--senior-from", paramLabel = "N",
      description = "Roles at or above this seniority are senior (default: the model's top two "
          + "seniority levels).")
  Integer seniorFrom;

  @Option(names = "--entry-roles", paramLabel = "ROLE", split = ",",
      description = "The entry roles, comma-separated (default: the roles an entry route or a "
          + "route from an external role leads to, or that no route leads to; in a model without "
          + "such routes, such as an O*NET import, the roles at the lowest seniority).")
  List<String> entryRoles;

  @Option(names = "--part", paramLabel = "PART",
      description = "Print one part only: ceilings, dead-ends, bottlenecks, critical-roles, "
          + "minimum-cut, support-gaps or support. CSV prints one part (default: ceilings).")
  String part;

  @Option(names = "--top", paramLabel = "N", description = "Show only the N most central roles.")
  Integer top;

  @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    if (part != null && !PARTS.contains(part)) {
      throw new ParameterException(spec.commandLine(), "unknown --part '" + part + "' (use one of "
          + String.join(", ", PARTS) + ")");
    }
    if (top != null && top < 1) {
      throw new ParameterException(spec.commandLine(), "--top must be 1 or more, was " + top);
    }
    if (seniorFrom != null && seniorFrom < 0) {
      throw new ParameterException(spec.commandLine(),
          "--senior-from must be 0 or more, was " + seniorFrom);
    }
    MonthsTies ties = monthsTies;
    if (entryBelowSeniority != null && entryRoles != null) {
      throw new ParameterException(spec.commandLine(),
          "give --entry-roles or --entry-below-seniority, not both");
    }
    if (entryBelowSeniority != null && entryBelowSeniority < 0) {
      throw new ParameterException(spec.commandLine(),
          "--entry-below-seniority must be 0 or more, was " + entryBelowSeniority);
    }
    if (format == OutputFormat.CSV && part == null) {
      part = "ceilings";
    }
    WorkforceModel m = model.load();
    StructureOptions options = StructureOptions.defaults().withMonthsTies(ties);
    if (entryBelowSeniority != null) {
      options = options.withEntryBelowSeniority(entryBelowSeniority);
    }
    if (seniorFrom != null) {
      options = options.withSeniorFrom(seniorFrom);
    }
    if (entryRoles != null) {
      options = options.withEntryRoles(Names.roles(m, entryRoles));
    }
    StructureAnalysis analyzer = model.structure(options);
    Set<Part> parts = EnumSet.noneOf(Part.class);
    for (Part p : Part.values()) {
      if (part == null ? !(p == Part.SUPPORT && format == OutputFormat.TABLE)
          : p.toString().equals(part)) {
        parts.add(p);
      }
    }
    StructureReport report = StructureReport.of(analyzer, byOrgType, metric, parts);
    if (top != null) {
      report = report.withTopBottlenecks(top);
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON:
        Tables.result(out, report);
        break;
      case CSV:
        Tables.resultCsv(out, m, report);
        break;
      default: {
        out.println(m.name() + (byOrgType ? ", within each organisation type" : ", across "
            + "organisation types") + "; senior from " + (analyzer.seniorFrom().isPresent()
            ? analyzer.seniorFrom().getAsInt() : "-") + "; entry roles: "
            + String.join(", ", StructureRows.ids(analyzer.entryRoles())));
        for (Section sec : sections(report, analyzer, m)) {
          out.println();
          out.println(sec.title);
          if (sec.rows.isEmpty()) {
            out.println("  (none)");
          } else {
            Tables.table(out, sec.header, sec.rows);
          }
          sec.notes.forEach(out::println);
        }
        if (part == null) {
          out.println();
          out.println("(support per role and organisation type: --part support)");
        }
      }
    }
    return 0;
  }

  /** One part of the table output: its title, table and notes below it. */
  private record Section(String title, List<String> header, List<List<String>> rows,
      List<String> notes) {
    Section(String title, List<String> header, List<List<String>> rows) {
      this(title, header, rows, List.of());
    }
  }

  /** The table of each part the report holds, in the order of {@link Part}. */
  private static List<Section> sections(StructureReport r, StructureAnalysis a, WorkforceModel m) {
    List<Section> out = new ArrayList<>();
    r.ceilings().ifPresent(list -> out.add(new Section(
        "Progression ceilings across organisation types",
        List.of("entryRole", "highestRole", "seniority", "steps", "months"),
        list.stream().map(c -> List.of(c.entryRole().value(), c.highestRole().value(),
            c.seniority().isPresent() ? String.valueOf(c.seniority().getAsInt()) : "",
            String.valueOf(c.steps()), String.valueOf(c.months()))).toList())));
    r.crossingGains().ifPresent(list -> out.add(pivot(list, m)));
    r.deadEnds().ifPresent(list -> out.add(new Section(r.byOrganisationType()
        ? "Dead ends within each organisation type (plateau: a higher role needs a change of "
            + "employer type)" : "Dead ends across organisation types",
        List.of("organisationType", "role", "seniority", "top", "plateau", "nearestHigher"),
        list.stream().map(d -> List.of(d.organisationType().map(t -> t.value()).orElse("(any)"),
            d.role().value(), String.valueOf(d.seniority()), d.topOfScope() ? "yes" : "no",
            d.onlyByChangingType() ? "yes" : "no",
            d.nearestHigher().map(x -> x.value()).orElse("-"))).toList())));
    r.bottlenecks().ifPresent(list -> out.add(new Section(
        "Bottlenecks: betweenness centrality on shortest paths by " + r.metric().toString()
            + (r.metric() == Criterion.MONTHS ? (r.monthsTies() == MonthsTies.EVERY_PATH
                ? " (every least-month path counts equally)"
                : " (among least-month paths, those with the fewest moves)") : ""),
        List.of("role", "betweenness", "normalised"),
        list.stream().map(StructureRows::bottleneckCells).toList())));
    r.criticalRoles().ifPresent(list -> out.add(new Section(
        "Critical roles: every path from the entry roles to these senior roles passes through "
            + "them", List.of("role", "cutsOff"),
        list.stream().map(c -> List.of(c.role().value(),
            String.join(", ", StructureRows.ids(c.cutsOff())))).toList())));
    r.minimumCut().ifPresent(cut -> out.add(cut(cut)));
    r.supportGaps().ifPresent(list -> out.add(new Section(
        "Support gaps: senior roles whose employers lack " + String.join(" or ", a.keySupports()),
        List.of("role", "seniority", "organisationType", "lacks"),
        list.stream().map(g -> List.of(g.role().value(), String.valueOf(g.seniority()),
            g.organisationType().value(), String.join(", ", g.lacks()))).toList())));
    r.support().ifPresent(list -> out.add(new Section(
        "Support structures by role and organisation type",
        List.of("role", "organisationType", "has", "lacks"),
        list.stream().map(x -> List.of(x.role().value(), x.organisationType().value(),
            joined(x.has()), joined(x.lacks()))).toList())));
    return out;
  }

  private static String joined(List<String> values) {
    return values.isEmpty() ? "-" : String.join(", ", values);
  }

  private static Section cut(MinimumCut cut) {
    List<List<String>> rows = new ArrayList<>();
    cut.routes().forEach(x -> rows.add(List.of("route",
        x.from().value() + " -> " + x.to().value())));
    cut.roles().forEach(x -> rows.add(List.of("role", x.value())));
    String note;
    if (!cut.connected()) {
      note = "  no senior role is reachable from an entry role";
    } else if (cut.roleCutExists()) {
      note = "  " + cut.routes().size() + " routes, or " + cut.roles().size()
          + " roles between them, separate " + cut.entryRoles().size() + " entry roles from "
          + cut.seniorRoles().size() + " senior roles";
    } else {
      note = "  " + cut.routes().size() + " routes separate " + cut.entryRoles().size()
          + " entry roles from " + cut.seniorRoles().size() + " senior roles; no set of roles "
          + "between them does (an entry role leads to a senior role through entry and senior "
          + "roles only)";
    }
    return new Section("Minimum cuts between entry and senior roles", List.of("cut", "member"),
        rows, List.of(note));
  }

  /** Entry roles down, organisation types across, ceiling seniority in each cell. */
  private static Section pivot(List<CrossingGain> gains, WorkforceModel m) {
    List<String> types = m.organisationTypes().stream().map(OrganisationType::id)
        .map(t -> t.value()).toList();
    Map<String, Map<String, String>> cells = new TreeMap<>();
    Map<String, String> crossing = new TreeMap<>();
    for (CrossingGain g : gains) {
      Ceiling c = g.withinType();
      cells.computeIfAbsent(g.entryRole().value(), k -> new HashMap<>())
          .put(g.organisationType().value(), seniority(c));
      crossing.put(g.entryRole().value(), seniority(g.crossingTypes()));
    }
    List<String> header = new ArrayList<>();
    header.add("entryRole");
    header.addAll(types);
    header.add("crossing");
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<String, Map<String, String>> e : cells.entrySet()) {
      List<String> row = new ArrayList<>();
      row.add(e.getKey());
      for (String t : types) {
        row.add(e.getValue().getOrDefault(t, "-"));
      }
      row.add(crossing.get(e.getKey()));
      rows.add(row);
    }
    return new Section("Progression ceilings staying within each organisation type (seniority "
        + "of the highest role reachable; '-' where the type does not offer the entry role)",
        header, rows, List.of("  (the roles, steps and months of each ceiling: --format csv or "
            + "json)"));
  }

  private static String seniority(Ceiling c) {
    return c.seniority().isPresent() ? String.valueOf(c.seniority().getAsInt()) : "?";
  }
}
