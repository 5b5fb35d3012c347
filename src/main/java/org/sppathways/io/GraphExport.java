package org.sppathways.io;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sppathways.io.internal.JgraphtExport;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Role;
import org.sppathways.model.WorkforceModel;

/**
 * Exports the career graph (roles and routes) for Graphviz, Gephi, R or pandas: DOT and GraphML
 * through jgrapht-io, and CSV node and edge lists.
 *
 * <p>jgrapht-io is an optional dependency (it brings ANTLR and Apache Commons Text, 1.6 MB, that
 * nothing else needs): add {@code org.jgrapht:jgrapht-io} to use {@link #dot} or
 * {@link #graphml}. Without it they throw an {@link IllegalStateException} that says so; the CSV
 * lists need nothing more.
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
 *
 * @since 0.1.0
 */
public final class GraphExport {
  /** The columns of the role (node) list. */
  public static final List<String> ROLE_COLUMNS =
      List.of("id", "title", "seniority", "family", "organisationTypes", "external");
  /** The columns of the route (edge) list. */
  public static final List<String> ROUTE_COLUMNS = List.of("from", "to", "kind", "months", "rate");

  private GraphExport() {}

  /**
   * Writes the graph in Graphviz DOT.
   *
   * @throws IllegalStateException if jgrapht-io, an optional dependency, is not on the class
   *     path (or module path); the message names the dependency to add
   */
  public static void dot(WorkforceModel model, Writer out) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(out, "out");
    requireJgraphtIo("DOT");
    JgraphtExport.dot(model, out);
  }

  /**
   * Writes the graph in GraphML, with typed, declared attributes. Node ids are the role ids when
   * every role id is a valid XML name token, else {@code r0, r1, ...}; the {@code role} attribute
   * always holds the role id. Edge ids are {@code e0, e1, ...} in route order.
   *
   * @throws IllegalStateException if jgrapht-io, an optional dependency, is not on the class
   *     path (or module path); the message names the dependency to add
   */
  public static void graphml(WorkforceModel model, Writer out) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(out, "out");
    requireJgraphtIo("GraphML");
    JgraphtExport.graphml(model, out);
  }

  /** The message when jgrapht-io is missing (tests check it). */
  static final String MISSING_JGRAPHT_IO = "%s export needs jgrapht-io, an optional dependency of"
      + " sp-pathways: add org.jgrapht:jgrapht-io (the same version as jgrapht-core) to your"
      + " dependencies; on the module path also add the module org.jgrapht.io"
      + " (--add-modules org.jgrapht.io)";

  private static void requireJgraphtIo(String format) {
    try {
      Class.forName("org.jgrapht.nio.dot.DOTExporter", false, GraphExport.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException(String.format(MISSING_JGRAPHT_IO, format), e);
    }
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

}
