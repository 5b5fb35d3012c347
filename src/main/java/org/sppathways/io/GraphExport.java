package org.sppathways.io;

import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;

/**
 * Exports the career graph (roles and routes) for Graphviz, Gephi, R or pandas: DOT and GraphML
 * through jgrapht-io, and CSV node and edge lists.
 *
 * <p>Role attributes: {@code role} (GraphML only: the role id), {@code title}, {@code seniority} (absent when unknown), {@code family},
 * {@code organisationTypes} (ids separated by {@code ;}), {@code external}. Route attributes:
 * {@code kind}, {@code months}, {@code rate} (absent when unknown). Vertex ids are role ids; in
 * DOT, {@code label} is the title so that Graphviz shows it. CSV text that a spreadsheet would
 * run as a formula is neutralised ({@link CsvCells}).
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(Path.of("careers.graphml"))) {
 *   GraphExport.graphml(model, out);
 * }
 * }</pre>
 *
 * <p>Each export is O(R + E). This class is stateless and thread-safe.
 */
public final class GraphExport {
  /** The columns of the role (node) list. */
  public static final List<String> ROLE_COLUMNS =
      List.of("id", "title", "seniority", "family", "organisationTypes", "external");
  /** The columns of the route (edge) list. */
  public static final List<String> ROUTE_COLUMNS = List.of("from", "to", "kind", "months", "rate");

  private GraphExport() {}

  /** Writes the graph in Graphviz DOT. */
  public static void dot(WorkforceModel model, Writer out) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(out, "out");
    DOTExporter<RoleId, ProgressionRoute> exporter = new DOTExporter<>(GraphExport::quoted);
    exporter.setGraphIdProvider(() -> "careers");
    exporter.setVertexAttributeProvider(id -> {
      Map<String, Attribute> a = roleAttributes(model.role(id));
      a.put("label", DefaultAttribute.createAttribute(model.role(id).title()));
      return a;
    });
    exporter.setEdgeAttributeProvider(GraphExport::routeAttributes);
    exporter.exportGraph(model.graph(), out);
  }

  private static final java.util.regex.Pattern NMTOKEN =
      java.util.regex.Pattern.compile("[\\p{L}\\p{N}._:-]+");

  /**
   * Writes the graph in GraphML, with typed, declared attributes. Node ids are the role ids when
   * every role id is a valid XML name token, else {@code r0, r1, ...}; the {@code role} attribute
   * always holds the role id. Edge ids are {@code e0, e1, ...} in route order.
   */
  public static void graphml(WorkforceModel model, Writer out) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(out, "out");
    boolean plain = model.roles().stream().allMatch(r -> NMTOKEN.matcher(r.id().value()).matches());
    GraphMLExporter<RoleId, ProgressionRoute> exporter = new GraphMLExporter<>(
        id -> plain ? id.value() : "r" + model.roleIndex(id));
    exporter.registerAttribute("role", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
    exporter.registerAttribute("title", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
    exporter.registerAttribute("seniority", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
    exporter.registerAttribute("family", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
    exporter.registerAttribute("organisationTypes", GraphMLExporter.AttributeCategory.NODE,
        AttributeType.STRING);
    exporter.registerAttribute("external", GraphMLExporter.AttributeCategory.NODE,
        AttributeType.BOOLEAN);
    exporter.registerAttribute("kind", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
    exporter.registerAttribute("months", GraphMLExporter.AttributeCategory.EDGE, AttributeType.INT);
    exporter.registerAttribute("rate", GraphMLExporter.AttributeCategory.EDGE, AttributeType.DOUBLE);
    exporter.setVertexAttributeProvider(id -> {
      Map<String, Attribute> a = new LinkedHashMap<>();
      a.put("role", DefaultAttribute.createAttribute(id.value()));
      a.putAll(roleAttributes(model.role(id)));
      return a;
    });
    exporter.setEdgeAttributeProvider(GraphExport::routeAttributes);
    Map<ProgressionRoute, Integer> routeIndex = new java.util.HashMap<>();
    model.routes().forEach(r -> routeIndex.put(r, routeIndex.size()));
    exporter.setEdgeIdProvider(r -> "e" + routeIndex.get(r));
    exporter.exportGraph(model.graph(), out);
  }

  /** Writes the roles as a CSV node list ({@link #ROLE_COLUMNS}). */
  public static void rolesCsv(WorkforceModel model, Writer out) {
    Objects.requireNonNull(out, "out");
    List<List<String>> rows = new ArrayList<>();
    for (Role r : model.roles()) {
      rows.add(List.of(r.id().value(), r.title(),
          r.seniority().isPresent() ? String.valueOf(r.seniority().getAsInt()) : "",
          r.family().orElse(""),
          String.join(";", r.offeredBy().stream().map(Object::toString).toList()),
          String.valueOf(r.external())));
    }
    csv(out, ROLE_COLUMNS, rows);
  }

  /** Writes the routes as a CSV edge list ({@link #ROUTE_COLUMNS}). */
  public static void routesCsv(WorkforceModel model, Writer out) {
    Objects.requireNonNull(out, "out");
    List<List<String>> rows = new ArrayList<>();
    for (ProgressionRoute r : model.routes()) {
      rows.add(List.of(r.from().value(), r.to().value(), r.kind().toString(),
          String.valueOf(r.months()), r.rate().isPresent() ? String.valueOf(r.rate().getAsDouble()) : ""));
    }
    csv(out, ROUTE_COLUMNS, rows);
  }

  private static void csv(Writer out, List<String> columns, List<List<String>> rows) {
    CsvCells.write(out, columns, rows);
  }

  /** A DOT quoted id: role ids may hold characters DOT's bare ids do not allow. */
  private static String quoted(RoleId id) {
    return "\"" + id.value().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static Map<String, Attribute> roleAttributes(Role r) {
    Map<String, Attribute> a = new LinkedHashMap<>();
    a.put("title", DefaultAttribute.createAttribute(r.title()));
    if (r.seniority().isPresent()) {
      a.put("seniority", DefaultAttribute.createAttribute(r.seniority().getAsInt()));
    }
    r.family().ifPresent(f -> a.put("family", DefaultAttribute.createAttribute(f)));
    a.put("organisationTypes", DefaultAttribute.createAttribute(
        String.join(";", r.offeredBy().stream().map(Object::toString).toList())));
    a.put("external", DefaultAttribute.createAttribute(r.external()));
    return a;
  }

  private static Map<String, Attribute> routeAttributes(ProgressionRoute r) {
    Map<String, Attribute> a = new LinkedHashMap<>();
    a.put("kind", DefaultAttribute.createAttribute(r.kind().toString()));
    a.put("months", DefaultAttribute.createAttribute(r.months()));
    if (r.rate().isPresent()) {
      a.put("rate", DefaultAttribute.createAttribute(r.rate().getAsDouble()));
    }
    return a;
  }
}
