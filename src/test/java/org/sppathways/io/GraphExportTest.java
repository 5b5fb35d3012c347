package org.sppathways.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Role;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

/** Exports read back with jgrapht-io give the same graph and attributes. */
class GraphExportTest {
  private final WorkforceModel model = ReferenceModels.socialPrescribing();

  private record Imported(Graph<String, DefaultEdge> graph, Map<String, Map<String, String>> vertices,
      Map<String, Map<String, String>> edges) {}

  private Imported importWith(org.jgrapht.nio.BaseEventDrivenImporter<String, DefaultEdge> importer,
      String text, boolean graphml) {
    Graph<String, DefaultEdge> g = new DefaultDirectedGraph<>(null, DefaultEdge::new, false);
    Map<String, Map<String, String>> vertices = new HashMap<>();
    Map<String, Map<String, String>> edges = new HashMap<>();
    importer.addVertexAttributeConsumer((p, a) -> vertices.computeIfAbsent(p.getFirst(),
        k -> new HashMap<>()).put(p.getSecond(), a.getValue()));
    Map<DefaultEdge, Map<String, String>> byEdge = new HashMap<>();
    importer.addEdgeAttributeConsumer((p, a) -> byEdge.computeIfAbsent(p.getFirst(),
        k -> new HashMap<>()).put(p.getSecond(), a.getValue()));
    if (graphml) {
      ((GraphMLImporter<String, DefaultEdge>) importer).importGraph(g, new StringReader(text));
    } else {
      ((DOTImporter<String, DefaultEdge>) importer).importGraph(g, new StringReader(text));
    }
    byEdge.forEach((e, a) -> edges.put(g.getEdgeSource(e) + "->" + g.getEdgeTarget(e), a));
    if (graphml) {
      vertices.forEach((v, a) -> assertThat(a.get("role")).isEqualTo(v));
    }
    return new Imported(g, vertices, edges);
  }

  private void assertSameGraph(Imported in) {
    Set<String> roles = new HashSet<>();
    model.roles().forEach(r -> roles.add(r.id().value()));
    assertThat(in.graph().vertexSet()).isEqualTo(roles);
    Set<String> pairs = new HashSet<>();
    model.routes().forEach(r -> pairs.add(r.from() + "->" + r.to()));
    Set<String> imported = new HashSet<>();
    in.graph().edgeSet().forEach(e -> imported.add(in.graph().getEdgeSource(e) + "->"
        + in.graph().getEdgeTarget(e)));
    assertThat(imported).isEqualTo(pairs);
    for (Role r : model.roles()) {
      Map<String, String> a = in.vertices().get(r.id().value());
      assertThat(a.get("title")).isEqualTo(r.title());
      assertThat(a.get("external")).isEqualTo(String.valueOf(r.external()));
      assertThat(a.get("seniority")).isEqualTo(r.seniority().isPresent()
          ? String.valueOf(r.seniority().getAsInt()) : null);
    }
    for (ProgressionRoute r : model.routes()) {
      Map<String, String> a = in.edges().get(r.from() + "->" + r.to());
      assertThat(a.get("kind")).isEqualTo(r.kind().toString());
      assertThat(a.get("months")).isEqualTo(String.valueOf(r.months()));
    }
  }

  @Test
  void dotReadsBackToTheSameGraph() {
    StringWriter out = new StringWriter();
    GraphExport.dot(model, out);
    DOTImporter<String, DefaultEdge> importer = new DOTImporter<>();
    importer.setVertexFactory(id -> id);
    assertSameGraph(importWith(importer, out.toString(), false));
  }

  @Test
  void graphmlReadsBackToTheSameGraph() {
    StringWriter out = new StringWriter();
    GraphExport.graphml(model, out);
    GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
    importer.setVertexFactory(id -> id);
    assertSameGraph(importWith(importer, out.toString(), true));
  }

  @Test
  void csvListsHaveOneRowPerRoleAndRoute() {
    StringWriter roles = new StringWriter();
    StringWriter routes = new StringWriter();
    GraphExport.rolesCsv(model, roles);
    GraphExport.routesCsv(model, routes);
    assertThat(roles.toString().lines()).hasSize(model.roles().size() + 1)
        .first().isEqualTo(String.join(",", GraphExport.ROLE_COLUMNS));
    assertThat(routes.toString().lines()).hasSize(model.routes().size() + 1)
        .first().isEqualTo(String.join(",", GraphExport.ROUTE_COLUMNS));
  }

  static String value(Attribute a) {
    return a.getValue();
  }
}
