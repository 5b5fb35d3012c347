package org.sppathways.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.TypedId;
import org.sppathways.structure.Bottleneck;
import org.sppathways.structure.Ceiling;
import org.sppathways.structure.CriticalRole;
import org.sppathways.structure.CrossingGain;
import org.sppathways.structure.DeadEnd;
import org.sppathways.structure.MinimumCut;
import org.sppathways.structure.RoleSupport;
import org.sppathways.structure.StructureProfile;
import org.sppathways.structure.SupportGap;
import org.sppathways.structure.WorkloadGroup;

/**
 * The JSON objects and table/CSV rows of the structure analyses: one place for their documented
 * shapes ({@code docs/reference/cli.md}). Writers never compute; this only converts.
 */
final class StructureRows {
  private StructureRows() {}

  static final List<String> CEILING_HEADER =
      List.of("organisationType", "entryRole", "highestRole", "seniority", "steps", "months");
  static final List<String> CROSSING_HEADER = List.of("crossingHighestRole", "crossingSeniority",
      "crossingSteps", "crossingMonths", "seniorityGain");
  static final List<String> DEAD_END_HEADER = List.of("organisationType", "role", "seniority",
      "topOfScope", "onlyByChangingType", "nearestHigher");
  static final List<String> BOTTLENECK_HEADER = List.of("role", "betweenness", "normalised");
  static final List<String> CRITICAL_HEADER = List.of("organisationType", "role", "cutsOff");
  static final List<String> SUPPORT_GAP_HEADER =
      List.of("role", "seniority", "organisationType", "lacks");
  static final List<String> SUPPORT_HEADER = List.of("role", "organisationType", "has", "lacks");
  static final List<String> WORKLOAD_HEADER = List.of("organisationType", "seniority", "people",
      "withHours", "beyondContract", "shareBeyond", "meanExcess");

  static Object value(Optional<? extends TypedId<?>> id) {
    return id.map(TypedId::value).orElse(null);
  }

  static Object value(OptionalInt i) {
    return i.isPresent() ? i.getAsInt() : null;
  }

  static Object value(OptionalDouble d) {
    return d.isPresent() ? d.getAsDouble() : null;
  }

  static String cell(Object value) {
    return value == null ? "" : String.valueOf(value);
  }

  static String joined(List<?> values) {
    return String.join(";", values.stream().map(v -> v instanceof TypedId
        ? ((TypedId<?>) v).value() : String.valueOf(v)).toList());
  }

  static List<String> ids(List<? extends TypedId<?>> ids) {
    return ids.stream().map(TypedId::value).map(String::valueOf).toList();
  }

  // ------------------------------------------------------------ ceilings

  static Map<String, Object> ceiling(Ceiling c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("organisationType", value(c.organisationType()));
    m.put("entryRole", c.entryRole().value());
    m.put("highestRole", c.highestRole().value());
    m.put("seniority", value(c.seniority()));
    m.put("steps", c.steps());
    m.put("months", c.months());
    return m;
  }

  static Map<String, Object> crossing(CrossingGain g) {
    Map<String, Object> m = ceiling(g.withinType());
    Ceiling x = g.crossingTypes();
    m.put("crossingHighestRole", x.highestRole().value());
    m.put("crossingSeniority", value(x.seniority()));
    m.put("crossingSteps", x.steps());
    m.put("crossingMonths", x.months());
    m.put("seniorityGain", value(g.seniorityGain()));
    return m;
  }

  // ------------------------------------------------------------ CSV

  /** The fields whose values are role ids, one or a list: their CSV column has titles beside. */
  private static final Set<String> ROLE_FIELDS = Set.of("entryRole", "highestRole",
      "crossingHighestRole", "role", "nearestHigher", "cutsOff", "ceilingRoles");

  /** The fractional fields that are shares (0 to 1): 4 decimals; other fractions 2 decimals. */
  private static final Set<String> SHARE_FIELDS = Set.of("normalised", "shareBeyond");

  /** The title column beside a role field: {@code roleTitle}, {@code cutsOffTitles}. */
  static String titleField(String field) {
    return field.equals("cutsOff") ? "cutsOffTitles"
        : field.equals("ceilingRoles") ? "ceilingRoleTitles" : field + "Title";
  }

  /** The CSV header of these JSON fields: each role field followed by its titles. */
  static List<String> csvHeader(List<String> fields) {
    List<String> header = new ArrayList<>();
    for (String f : fields) {
      header.add(f);
      if (ROLE_FIELDS.contains(f)) {
        header.add(titleField(f));
      }
    }
    return header;
  }

  /**
   * A JSON object as a CSV row under {@link #csvHeader}: role ids followed by their titles (a
   * list's titles joined by {@code ;} in the same order), shares to 4 decimals, other fractions
   * (betweenness, means) to 2, whole numbers as integers, empty where the JSON has {@code null}.
   */
  static List<String> csvRow(Map<String, Object> map, WorkforceModel model) {
    List<String> row = new ArrayList<>();
    map.forEach((field, v) -> {
      if (v instanceof List) {
        row.add(joined((List<?>) v));
      } else if (v instanceof Double) {
        row.add(SHARE_FIELDS.contains(field) ? Formats.share((Double) v)
            : Formats.amount((Double) v));
      } else {
        row.add(cell(v));
      }
      if (ROLE_FIELDS.contains(field)) {
        List<?> ids = v == null ? List.of() : v instanceof List ? (List<?>) v : List.of(v);
        row.add(String.join(";", ids.stream()
            .map(id -> Names.title(model, id instanceof RoleId ? (RoleId) id
                : RoleId.of(String.valueOf(id)))).toList()));
      }
    });
    return row;
  }

  static List<String> row(Map<String, Object> map) {
    List<String> row = new ArrayList<>();
    map.values().forEach(v -> row.add(v instanceof List ? joined((List<?>) v) : cell(v)));
    return row;
  }

  // ------------------------------------------------------------ dead ends

  static Map<String, Object> deadEnd(DeadEnd d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("organisationType", value(d.organisationType()));
    m.put("role", d.role().value());
    m.put("seniority", d.seniority());
    m.put("topOfScope", d.topOfScope());
    m.put("onlyByChangingType", d.onlyByChangingType());
    m.put("nearestHigher", value(d.nearestHigher()));
    return m;
  }

  // ------------------------------------------------------------ bottlenecks

  static Map<String, Object> bottleneck(Bottleneck b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("role", b.role().value());
    m.put("betweenness", b.betweenness());
    m.put("normalised", b.normalised());
    return m;
  }

  static List<String> bottleneckCells(Bottleneck b) {
    return List.of(b.role().value(), Formats.ratio(b.betweenness()),
        String.format(java.util.Locale.ROOT, "%.4f", b.normalised()));
  }

  static Map<String, Object> critical(CriticalRole c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("organisationType", value(c.organisationType()));
    m.put("role", c.role().value());
    m.put("cutsOff", ids(c.cutsOff()));
    return m;
  }

  static Map<String, Object> cut(MinimumCut c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("organisationType", value(c.organisationType()));
    m.put("entryRoles", ids(c.entryRoles()));
    m.put("seniorRoles", ids(c.seniorRoles()));
    m.put("connected", c.connected());
    m.put("routes", c.routes().stream().map(r -> {
      Map<String, Object> route = new LinkedHashMap<>();
      route.put("from", r.from().value());
      route.put("to", r.to().value());
      return route;
    }).toList());
    m.put("roleCutExists", c.roleCutExists());
    m.put("roles", ids(c.roles()));
    return m;
  }

  // ------------------------------------------------------------ support

  static Map<String, Object> supportGap(SupportGap g) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("role", g.role().value());
    m.put("seniority", g.seniority());
    m.put("organisationType", g.organisationType().value());
    m.put("lacks", g.lacks());
    return m;
  }

  static Map<String, Object> support(RoleSupport s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("role", s.role().value());
    m.put("organisationType", s.organisationType().value());
    m.put("has", s.has());
    m.put("lacks", s.lacks());
    return m;
  }

  // ------------------------------------------------------------ workload

  static Map<String, Object> workload(WorkloadGroup g) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("organisationType", value(g.organisationType()));
    m.put("seniority", value(g.seniority()));
    m.put("people", g.people());
    m.put("withHours", g.withHours());
    m.put("beyondContract", g.beyondContract());
    m.put("shareBeyond", g.shareBeyond());
    m.put("meanExcess", g.meanExcess());
    return m;
  }

  static List<String> workloadCells(WorkloadGroup g) {
    return List.of(g.organisationType().map(OrganisationTypeId::value).orElse("(none)"),
        g.seniority().isPresent() ? String.valueOf(g.seniority().getAsInt()) : "-",
        String.valueOf(g.people()), String.valueOf(g.withHours()),
        String.valueOf(g.beyondContract()), Formats.ratio(g.shareBeyond()),
        Formats.ratio(g.meanExcess()));
  }

  // ------------------------------------------------------------ profiles

  static Map<String, Object> profile(StructureProfile p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("model", p.model());
    m.put("organisationType", value(p.organisationType()));
    m.put("name", p.name());
    m.put("roles", p.roles());
    m.put("entryRoles", p.entryRoles());
    m.put("topSeniority", value(p.topSeniority()));
    m.put("ceiling", value(p.ceiling()));
    m.put("ceilingRoles", ids(p.ceilingRoles()));
    m.put("meanCeiling", value(p.meanCeiling()));
    m.put("meanMonthsToCeiling", value(p.meanMonthsToCeiling()));
    m.put("ladderDepth", p.ladderDepth());
    m.put("levels", p.levels());
    m.put("deadEnds", p.deadEnds());
    m.put("plateaus", p.plateaus());
    m.put("supports", p.supports());
    m.put("lacks", p.lacks());
    m.put("supportGaps", p.supportGaps());
    return m;
  }

  /** A profile's values for people: numbers to two decimals, lists joined by ", ". */
  static List<String> profileCells(StructureProfile p) {
    List<String> cells = new ArrayList<>();
    for (Object v : profile(p).values()) {
      if (v instanceof Double) {
        cells.add(Formats.ratio((Double) v));
      } else if (v instanceof List) {
        List<?> list = (List<?>) v;
        cells.add(list.isEmpty() ? "-" : String.join(", ", list.stream().map(String::valueOf).toList()));
      } else {
        cells.add(v == null ? "-" : String.valueOf(v));
      }
    }
    return cells;
  }
}
