package org.sppathways.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.sppathways.model.OrganisationType;
import org.sppathways.model.WorkforceModel;
import org.sppathways.paths.Criterion;
import org.sppathways.structure.Bottleneck;
import org.sppathways.structure.Ceiling;
import org.sppathways.structure.CrossingGain;
import org.sppathways.structure.DeadEnd;
import org.sppathways.structure.MinimumCut;
import org.sppathways.structure.MonthsTies;
import org.sppathways.structure.StructureAnalysis;
import org.sppathways.structure.StructureOptions;
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
  static final List<String> PARTS = List.of("ceilings", "dead-ends", "bottlenecks",
      "critical-roles", "minimum-cut", "support-gaps", "support");

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
    Map<String, Section> sections = new LinkedHashMap<>();
    for (String p : PARTS) {
      if (part == null ? !(p.equals("support") && format == OutputFormat.TABLE) : p.equals(part)) {
        sections.put(p, section(p, analyzer, m));
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON: {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("model", m.name());
        doc.put("byOrganisationType", byOrgType);
        doc.put("metric", metric.toString());
        doc.put("monthsTies", ties.toString());
        doc.put("seniorFrom", StructureRows.value(analyzer.seniorFrom()));
        doc.put("entryRoles", StructureRows.ids(analyzer.entryRoles()));
        doc.put("seniorRoles", StructureRows.ids(analyzer.seniorRoles()));
        sections.values().forEach(s -> doc.put(s.key, s.json));
        Tables.json(out, doc);
        break;
      }
      case CSV: {
        Section s = sections.get(part);
        Tables.csv(out, s.header, s.rows);
        break;
      }
      default: {
        out.println(m.name() + (byOrgType ? ", within each organisation type" : ", across "
            + "organisation types") + "; senior from " + (analyzer.seniorFrom().isPresent()
            ? analyzer.seniorFrom().getAsInt() : "-") + "; entry roles: "
            + String.join(", ", StructureRows.ids(analyzer.entryRoles())));
        for (Section s : sections.values()) {
          out.println();
          out.println(s.title);
          if (s.table.isEmpty()) {
            out.println("  (none)");
          } else {
            Tables.table(out, s.tableHeader, s.table);
          }
          s.notes.forEach(out::println);
        }
        if (part == null) {
          out.println();
          out.println("(support per role and organisation type: --part support)");
        }
      }
    }
    return 0;
  }

  /** One part of the output: its JSON value, CSV rows, and table rows (which may differ). */
  private static final class Section {
    String key;
    String title;
    Object json;
    List<String> header;
    List<List<String>> rows = new ArrayList<>();
    List<String> tableHeader;
    List<List<String>> table = new ArrayList<>();
    List<String> notes = new ArrayList<>();
  }

  private Section section(String name, StructureAnalysis a, WorkforceModel m) {
    Section s = new Section();
    switch (name) {
      case "ceilings": {
        s.key = "ceilings";
        List<Map<String, Object>> maps = new ArrayList<>();
        if (byOrgType) {
          s.title = "Progression ceilings staying within each organisation type (seniority of the "
              + "highest role reachable; '-' where the type does not offer the entry role)";
          List<CrossingGain> gains = a.crossingGains();
          gains.forEach(g -> maps.add(StructureRows.crossing(g)));
          List<String> fields = new ArrayList<>(StructureRows.CEILING_HEADER);
          fields.addAll(StructureRows.CROSSING_HEADER);
          s.header = StructureRows.csvHeader(fields);
          pivot(s, gains, m);
        } else {
          s.title = "Progression ceilings across organisation types";
          a.ceilingsAcrossTypes().forEach(c -> maps.add(StructureRows.ceiling(c)));
          s.header = StructureRows.csvHeader(StructureRows.CEILING_HEADER);
          s.tableHeader = StructureRows.CEILING_HEADER.subList(1,
              StructureRows.CEILING_HEADER.size());
          for (Map<String, Object> map : maps) {
            List<String> row = StructureRows.row(map);
            s.table.add(row.subList(1, row.size()));
          }
        }
        s.json = maps;
        maps.forEach(map -> s.rows.add(StructureRows.csvRow(map, m)));
        break;
      }
      case "dead-ends": {
        s.key = "deadEnds";
        List<DeadEnd> list = byOrgType ? a.deadEnds() : a.deadEndsAcrossTypes();
        s.title = byOrgType ? "Dead ends within each organisation type (plateau: a higher role "
            + "needs a change of employer type)" : "Dead ends across organisation types";
        List<Map<String, Object>> maps = list.stream().map(StructureRows::deadEnd).toList();
        s.json = maps;
        s.header = StructureRows.csvHeader(StructureRows.DEAD_END_HEADER);
        maps.forEach(map -> s.rows.add(StructureRows.csvRow(map, m)));
        s.tableHeader = List.of("organisationType", "role", "seniority", "top", "plateau",
            "nearestHigher");
        for (DeadEnd d : list) {
          s.table.add(List.of(d.organisationType().map(t -> t.value()).orElse("(any)"),
              d.role().value(), String.valueOf(d.seniority()), d.topOfScope() ? "yes" : "no",
              d.onlyByChangingType() ? "yes" : "no",
              d.nearestHigher().map(r -> r.value()).orElse("-")));
        }
        break;
      }
      case "bottlenecks": {
        s.key = "bottlenecks";
        List<Bottleneck> list = a.bottlenecks(metric);
        if (top != null) {
          list = list.subList(0, Math.min(top, list.size()));
        }
        s.title = "Bottlenecks: betweenness centrality on shortest paths by " + metric.toString()
            + (metric == Criterion.MONTHS ? (a.options().monthsTies() == MonthsTies.EVERY_PATH
                ? " (every least-month path counts equally)"
                : " (among least-month paths, those with the fewest moves)") : "");
        s.json = list.stream().map(StructureRows::bottleneck).toList();
        s.header = StructureRows.csvHeader(StructureRows.BOTTLENECK_HEADER);
        list.forEach(b -> s.rows.add(StructureRows.csvRow(StructureRows.bottleneck(b), m)));
        s.tableHeader = StructureRows.BOTTLENECK_HEADER;
        list.forEach(b -> s.table.add(StructureRows.bottleneckCells(b)));
        break;
      }
      case "critical-roles": {
        s.key = "criticalRoles";
        s.title = "Critical roles: every path from the entry roles to these senior roles passes "
            + "through them";
        List<Map<String, Object>> maps = a.criticalRoles().stream().map(StructureRows::critical)
            .toList();
        s.json = maps;
        s.header = StructureRows.csvHeader(StructureRows.CRITICAL_HEADER);
        maps.forEach(map -> s.rows.add(StructureRows.csvRow(map, m)));
        s.tableHeader = StructureRows.CRITICAL_HEADER.subList(1, 3);
        maps.forEach(map -> {
          List<String> row = StructureRows.row(map);
          s.table.add(List.of(row.get(1), row.get(2).replace(";", ", ")));
        });
        break;
      }
      case "minimum-cut": {
        s.key = "minimumCut";
        MinimumCut cut = a.minimumCut();
        s.title = "Minimum cuts between entry and senior roles";
        s.json = StructureRows.cut(cut);
        s.header = List.of("kind", "from", "fromTitle", "to", "toTitle");
        cut.routes().forEach(r -> s.rows.add(List.of("route", r.from().value(),
            Names.title(m, r.from()), r.to().value(), Names.title(m, r.to()))));
        cut.roles().forEach(r -> s.rows.add(List.of("role", r.value(), Names.title(m, r), "",
            "")));
        s.tableHeader = List.of("cut", "member");
        cut.routes().forEach(r -> s.table.add(List.of("route",
            r.from().value() + " -> " + r.to().value())));
        cut.roles().forEach(r -> s.table.add(List.of("role", r.value())));
        if (!cut.connected()) {
          s.notes.add("  no senior role is reachable from an entry role");
        } else if (cut.roleCutExists()) {
          s.notes.add("  " + cut.routes().size() + " routes, or " + cut.roles().size()
              + " roles between them, separate " + cut.entryRoles().size() + " entry roles from "
              + cut.seniorRoles().size() + " senior roles");
        } else {
          s.notes.add("  " + cut.routes().size() + " routes separate " + cut.entryRoles().size()
              + " entry roles from " + cut.seniorRoles().size() + " senior roles; no set of roles "
              + "between them does (an entry role leads to a senior role through entry and senior "
              + "roles only)");
        }
        break;
      }
      case "support-gaps": {
        s.key = "supportGaps";
        s.title = "Support gaps: senior roles whose employers lack "
            + String.join(" or ", a.keySupports());
        List<Map<String, Object>> maps = a.supportGaps().stream().map(StructureRows::supportGap)
            .toList();
        s.json = maps;
        s.header = StructureRows.csvHeader(StructureRows.SUPPORT_GAP_HEADER);
        maps.forEach(map -> s.rows.add(StructureRows.csvRow(map, m)));
        s.tableHeader = StructureRows.SUPPORT_GAP_HEADER;
        maps.forEach(map -> s.table.add(
            StructureRows.row(map).stream().map(c -> c.replace(";", ", ")).toList()));
        break;
      }
      default: {
        s.key = "support";
        s.title = "Support structures by role and organisation type";
        List<Map<String, Object>> maps = a.support().stream().map(StructureRows::support).toList();
        s.json = maps;
        s.header = StructureRows.csvHeader(StructureRows.SUPPORT_HEADER);
        maps.forEach(map -> s.rows.add(StructureRows.csvRow(map, m)));
        s.tableHeader = StructureRows.SUPPORT_HEADER;
        maps.forEach(map -> s.table.add(
            StructureRows.row(map).stream().map(c -> c.isEmpty() ? "-" : c.replace(";", ", "))
                .toList()));
      }
    }
    return s;
  }

  /** Entry roles down, organisation types across, ceiling seniority in each cell. */
  private static void pivot(Section s, List<CrossingGain> gains, WorkforceModel m) {
    List<String> types = m.organisationTypes().stream().map(OrganisationType::id)
        .map(t -> t.value()).toList();
    Map<String, Map<String, String>> cells = new TreeMap<>();
    Map<String, String> crossing = new TreeMap<>();
    for (CrossingGain g : gains) {
      Ceiling c = g.withinType();
      cells.computeIfAbsent(g.entryRole().value(), k -> new LinkedHashMap<>())
          .put(g.organisationType().value(), seniority(c));
      crossing.put(g.entryRole().value(), seniority(g.crossingTypes()));
    }
    s.tableHeader = new ArrayList<>();
    s.tableHeader.add("entryRole");
    s.tableHeader.addAll(types);
    s.tableHeader.add("crossing");
    for (Map.Entry<String, Map<String, String>> e : cells.entrySet()) {
      List<String> row = new ArrayList<>();
      row.add(e.getKey());
      for (String t : types) {
        row.add(e.getValue().getOrDefault(t, "-"));
      }
      row.add(crossing.get(e.getKey()));
      s.table.add(row);
    }
    s.notes.add("  (the roles, steps and months of each ceiling: --format csv or json)");
  }

  private static String seniority(Ceiling c) {
    return c.seniority().isPresent() ? String.valueOf(c.seniority().getAsInt()) : "?";
  }
}
