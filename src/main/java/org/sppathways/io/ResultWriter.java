package org.sppathways.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import org.sppathways.io.internal.results.ResultMapper;
import org.sppathways.io.internal.results.ResultShape;
import org.sppathways.io.internal.results.ResultShapes;
import org.sppathways.model.WorkforceModel;

/**
 * Writes analysis results (a {@code GapReport}, {@code CareerPaths}, {@code Projection} …) as
 * JSON or CSV in the one documented, versioned shape of each result, the shape the command line
 * prints: see {@code docs/reference/results.md} and the JSON Schema of each result in
 * {@code docs/reference/results/}. Every JSON document begins with {@code "result"} (its name,
 * e.g. {@code "gaps"}) and {@code "version"} (its shape's version, raised on any incompatible
 * change); ids are written as their text, enums by their printed names ({@code fewest-moves}),
 * absent optional values are left out, numbers are written in full. CSV follows the rules of
 * {@link CsvCells} (safe to open in a spreadsheet) and rounds numbers as the reference says.
 *
 * <pre>{@code
 * GapReport report = GapAnalysis.of(model).gap(RoleId.of("link-worker"), RoleId.of("sp-manager"));
 * String json = ResultWriter.json().write(report);          // {"result" : "gaps", "version" : 1, ...}
 * ResultWriter.csv(model).write(report, Files.newBufferedWriter(Path.of("gaps.csv")));
 * GapReport again = ResultReader.of().read(new StringReader(json), GapReport.class);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ResultWriter {
  private enum Kind { JSON, JSON_LINE, CSV, CSV_WIDE }

  private final Kind kind;
  private final WorkforceModel model;

  private ResultWriter(Kind kind, WorkforceModel model) {
    this.kind = kind;
    this.model = model;
  }

  /** Indented JSON, one document per result (what {@code --format json} prints). */
  public static ResultWriter json() {
    return new ResultWriter(Kind.JSON, null);
  }

  /** JSON on one line (what {@code batch} prints, one line per query). */
  public static ResultWriter jsonLine() {
    return new ResultWriter(Kind.JSON_LINE, null);
  }

  /**
   * CSV (what {@code --format csv} prints); the model supplies the names and titles some columns
   * carry beside ids.
   *
   * @param model the model the result was computed on
   */
  public static ResultWriter csv(WorkforceModel model) {
    return new ResultWriter(Kind.CSV, Objects.requireNonNull(model, "model"));
  }

  /**
   * CSV in the wide layout (what {@code matrix --format csv} prints): a
   * {@link org.sppathways.structure.DistanceMatrix} as a header {@code role,roleTitle,<id>,...}
   * and one row per source role, an empty cell where there is no path; every other result as
   * {@link #csv(WorkforceModel)} writes it.
   *
   * <pre>{@code
   * ResultWriter.csvWide(model).write(structure.distances(Criterion.STEPS), out);
   * }</pre>
   *
   * @param model the model the result was computed on
   */
  public static ResultWriter csvWide(WorkforceModel model) {
    return new ResultWriter(Kind.CSV_WIDE, Objects.requireNonNull(model, "model"));
  }

  /** Whether results of this type can be written (every documented result type can). */
  public static boolean supports(Class<?> type) {
    return ResultShapes.of(type).isPresent();
  }

  /**
   * Writes a result; the writer is flushed, not closed.
   *
   * @param result an analysis result of a documented type
   * @param out where to write
   * @throws IllegalArgumentException if the result's type has no documented shape
   * @throws UncheckedIOException if writing fails
   */
  public void write(Object result, Writer out) {
    Objects.requireNonNull(out, "out");
    ResultShape<Object> shape = shape(result);
    try {
      if (kind == Kind.CSV) {
        CsvCells.write(out, shape.csvHeader(result), shape.csvRows(result, model));
        return;
      }
      if (kind == Kind.CSV_WIDE) {
        CsvCells.write(out, shape.wideCsvHeader(result), shape.wideCsvRows(result, model));
        return;
      }
      ObjectWriter writer = kind == Kind.JSON
          ? ResultMapper.get().writerWithDefaultPrettyPrinter()
          : ResultMapper.get().writer();
      out.write(writer.writeValueAsString(tree(shape, result)));
      out.write(System.lineSeparator());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The result as text: the document (JSON) or the rows (CSV), ending with a line break. */
  public String write(Object result) {
    StringWriter out = new StringWriter();
    write(result, out);
    return out.toString();
  }

  /**
   * The result as a JSON tree in its documented shape ({@code "result"} and {@code "version"}
   * first), for callers that embed results in documents of their own.
   */
  public static ObjectNode toTree(Object result) {
    return tree(shape(result), result);
  }

  @SuppressWarnings("unchecked")
  private static ResultShape<Object> shape(Object result) {
    Objects.requireNonNull(result, "result");
    return (ResultShape<Object>) ResultShapes.of(result.getClass()).orElseThrow(() ->
        new IllegalArgumentException("no documented result shape for "
            + result.getClass().getName() + " (see docs/reference/results.md)"));
  }

  private static ObjectNode tree(ResultShape<Object> shape, Object result) {
    ObjectMapper mapper = ResultMapper.get();
    JsonNode body = mapper.valueToTree(result);
    requireFinite(shape.name(), body, "");
    ObjectNode doc = mapper.createObjectNode();
    doc.put("result", shape.name());
    doc.put("version", shape.version());
    for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      doc.set(field.getKey(), field.getValue());
    }
    return doc;
  }

  /**
   * Refuses a result holding NaN or an infinity: JSON has no such number, and a reader would
   * take the text "NaN" for a figure. An analysis that cannot compute a figure says why instead.
   */
  private static void requireFinite(String name, JsonNode node, String path) {
    if (node.isDouble() || node.isFloat()) {
      if (!Double.isFinite(node.doubleValue())) {
        throw new IllegalStateException("the " + name + " result holds a number that is not "
            + "finite at " + (path.isEmpty() ? "its root" : path) + "; it cannot be written");
      }
    } else if (node.isObject()) {
      node.fields().forEachRemaining(f -> requireFinite(name, f.getValue(),
          path.isEmpty() ? f.getKey() : path + "." + f.getKey()));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        requireFinite(name, node.get(i), path + "[" + i + "]");
      }
    }
  }

  @Override
  public String toString() {
    return "ResultWriter{" + kind.name().toLowerCase(java.util.Locale.ROOT) + "}";
  }
}
