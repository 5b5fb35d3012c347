package org.sppathways.io.internal;

import java.io.Writer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
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
 * DOT and GraphML export through jgrapht-io, for {@code org.sppathways.io.GraphExport}. Kept
 * apart so that only this class links against jgrapht-io, an optional dependency: GraphExport
 * checks that it is present before calling here.
 */
public final class JgraphtExport {
  private static final Pattern NMTOKEN = Pattern.compile("[\\p{L}\\p{N}._:-]+");

  private JgraphtExport() {}

  /** Writes the graph in Graphviz DOT (see GraphExport). */
  public static void dot(WorkforceModel model, Writer out) {
    DOTExporter<RoleId, ProgressionRoute> exporter = new DOTExporter<>(JgraphtExport::quoted);
    exporter.setGraphIdProvider(() -> "careers");
    exporter.setVertexAttributeProvider(id -> {
      Map<String, Attribute> a = roleAttributes(model.role(id));
      a.put("label", DefaultAttribute.createAttribute(model.role(id).title()));
      return a;
    });
    exporter.setEdgeAttributeProvider(JgraphtExport::routeAttributes);
    exporter.exportGraph(model.graph(), out);
  }

  /** Writes the graph in GraphML (see GraphExport). */
  public static void graphml(WorkforceModel model, Writer out) {
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
    exporter.setEdgeAttributeProvider(JgraphtExport::routeAttributes);
    Map<ProgressionRoute, Integer> routeIndex = new HashMap<>();
    model.routes().forEach(r -> routeIndex.put(r, routeIndex.size()));
    exporter.setEdgeIdProvider(r -> "e" + routeIndex.get(r));
    exporter.exportGraph(model.graph(), out);
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
