package org.sppathways.io;

import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.sppathways.io.internal.CsvRows;
import org.sppathways.io.internal.Fields;
import org.sppathways.io.internal.Node;
import org.sppathways.io.internal.ProblemSink;
import org.sppathways.io.internal.References;
import org.sppathways.io.internal.TreeParser;
import org.sppathways.model.CourseId;
import org.sppathways.model.ModelException;
import org.sppathways.model.SpPathwaysException;
import org.sppathways.model.TypedId;
import org.sppathways.model.WorkforceModel;
import org.sppathways.training.CourseCapacity;

/**
 * Reads the places a course catalogue offers per year, per course, from CSV (columns
 * {@code course,placesPerYear}) or YAML and JSON ({@code format: sp-pathways-capacity/1} and a
 * list {@code capacity} of {@code {course, placesPerYear}}), checked against a model: every
 * course must be one of the model's, given once, with places a number 0 or more.
 *
 * <pre>{@code
 * CourseCapacity capacity = CourseCapacityReader.of(model).read(Path.of("capacity.csv"));
 * TrainingDemand demand = DemandForecaster.of(model).withCapacity(capacity)
 *     .forecast(flows, projection);
 * }</pre>
 *
 * <p>Every problem is reported together, each located ({@code line 3, column 'course'} or
 * {@code capacity[2].placesPerYear}) with a suggestion where there is one. Reading takes O(n)
 * time for n entries. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CourseCapacityReader {

  /** The value of the {@code format} field of YAML and JSON capacity files. */
  public static final String FORMAT = "sp-pathways-capacity/1";

  /** The CSV columns, both required. */
  public static final List<String> CSV_COLUMNS = List.of("course", "placesPerYear");

  private static final List<String> TOP = List.of("format", "description", "sources",
      "confidence", "notes", "capacity");
  private static final List<String> ENTRY = List.of("course", "placesPerYear", "sources",
      "confidence", "notes");

  private final ReadLimits limits;
  private final References references;

  private CourseCapacityReader(WorkforceModel model, ReadLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.references = new References(Objects.requireNonNull(model, "model"));
  }

  /** A reader checking capacities against a model's courses, with default limits. */
  public static CourseCapacityReader of(WorkforceModel model) {
    return new CourseCapacityReader(model, ReadLimits.defaults());
  }

  /** A reader checking capacities against a model's courses, with the given limits. */
  public static CourseCapacityReader of(WorkforceModel model, ReadLimits limits) {
    return new CourseCapacityReader(model, limits);
  }

  /**
   * Reads a capacity file; the format follows the extension ({@code .csv}, {@code .yaml},
   * {@code .yml}, {@code .json}).
   *
   * @throws ModelException listing every problem, if the file is invalid
   * @throws SpPathwaysException if the file cannot be read or its extension is not known
   */
  public CourseCapacity read(Path file) {
    FileFormat format = Sources.format(file, FileFormat.YAML, FileFormat.JSON, FileFormat.CSV);
    return Sources.withReader(file, limits, reader -> read(reader, file.toString(), format));
  }

  /**
   * Reads capacities from text.
   *
   * @throws ModelException listing every problem, if the text is invalid
   */
  public CourseCapacity read(String text, String sourceName, FileFormat format) {
    Objects.requireNonNull(text, "text");
    return read(new StringReader(text), sourceName, format);
  }

  /**
   * Reads capacities from a character stream, which the caller closes.
   *
   * @throws ModelException listing every problem, if the document is invalid
   */
  public CourseCapacity read(Reader reader, String sourceName, FileFormat format) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(format, "format");
    ProblemSink sink = new ProblemSink(sourceName, limits.maxProblems());
    Map<CourseId, Double> places = new LinkedHashMap<>();
    Map<CourseId, String> seen = new HashMap<>();
    if (format == FileFormat.CSV) {
      new CsvRows(limits).read(reader, CSV_COLUMNS, List.of(), sink, row -> {
        String courseText = row.required("course");
        Double n = row.number("placesPerYear", 0);
        if (n == null && row.get("placesPerYear").isEmpty()) {
          row.problem("placesPerYear", "the column 'placesPerYear' is empty",
              Optional.of("fill it in, e.g. 40"));
        }
        CourseId course = null;
        if (courseText != null) {
          String problem = TypedId.problem(courseText);
          if (problem != null) {
            row.problem("course", "the id " + problem, Optional.empty());
          } else {
            course = CourseId.of(courseText);
          }
        }
        entry(course, n, "line " + row.line(), seen, places,
            (column, message) -> row.problem(column, message[0], Optional.ofNullable(message[1])));
      });
    } else {
      readTree(reader, format, sink, seen, places);
    }
    sink.throwIfAny("capacity file");
    return CourseCapacity.of(places);
  }

  private void readTree(Reader reader, FileFormat format, ProblemSink sink,
      Map<CourseId, String> seen, Map<CourseId, Double> places) {
    Node root = new TreeParser(limits).parse(reader, format, sink,
        "a capacity file starts with 'format: " + FORMAT + "'");
    if (root == null) {
      return;
    }
    Node formatNode = root instanceof Node.MapNode ? ((Node.MapNode) root).entries().get("format")
        : null;
    if (formatNode == null || !(formatNode instanceof Node.ScalarNode)
        || !FORMAT.equals(((Node.ScalarNode) formatNode).text())) {
      sink.add(formatNode == null ? root : formatNode, "format",
          "this is not an sp-pathways capacity file: it " + (formatNode == null
              ? "has no 'format' field" : "has format " + formatNode.describe()),
          "a capacity file starts with 'format: " + FORMAT + "' and lists 'capacity'");
      return;
    }
    Fields top = Fields.of(root, "", sink, TOP);
    top.provenance(s -> { }, c -> { }, n -> { });
    top.optionalText("description");
    List<Node> items = top.list("capacity");
    for (int i = 0; i < items.size() && !sink.isFull(); i++) {
      String path = "capacity[" + i + "]";
      Fields f = Fields.of(items.get(i), path, sink, ENTRY);
      if (f == null) {
        continue;
      }
      CourseId course = f.id("course", CourseId::of, "personalised-care-institute");
      Double n = f.number("placesPerYear", 0, Double.MAX_VALUE, "40");
      f.provenance(s -> { }, c -> { }, x -> { });
      entry(course, n, path, seen, places, (key, message) -> sink.add(
          f.get(key).orElse(f.node()), f.at(key), message[0], Optional.ofNullable(message[1])));
    }
  }

  /** Checks one entry against the model and keeps it when valid. */
  private void entry(CourseId course, Double n, String where, Map<CourseId, String> seen,
      Map<CourseId, Double> places, BiConsumer<String, String[]> problem) {
    if (course == null || !references.course(course,
        (m, s) -> problem.accept("course", new String[] {m, s.orElse(null)}))) {
      return;
    }
    String first = seen.putIfAbsent(course, where);
    if (first != null) {
      problem.accept("course", new String[] {"the capacity of course '" + course
          + "' is given twice, first at " + first, "give each course once"});
      return;
    }
    if (n != null) {
      places.put(course, n);
    }
  }
}
