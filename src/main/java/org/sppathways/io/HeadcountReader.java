package org.sppathways.io;

import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.sppathways.flow.FlowState;
import org.sppathways.flow.Headcounts;
import org.sppathways.io.internal.CsvRows;
import org.sppathways.io.internal.Fields;
import org.sppathways.io.internal.Node;
import org.sppathways.io.internal.ProblemSink;
import org.sppathways.io.internal.References;
import org.sppathways.io.internal.TreeParser;
import org.sppathways.model.ModelException;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.SpPathwaysException;
import org.sppathways.model.TypedId;
import org.sppathways.model.WorkforceModel;

/**
 * Reads starting headcounts for workforce projection from YAML, JSON
 * ({@code format: sp-pathways-headcounts/1}) or CSV (columns {@code role,organisationType,headcount}),
 * checked against a model: every role must be a workforce (not external) role of the model, every
 * organisation type one of the model's that offers the role, and each (role, type) pair given once.
 *
 * <pre>{@code
 * Headcounts start = HeadcountReader.of(model).read(Path.of("headcounts.csv"));
 * Projection p = FlowModel.of(model).project(start, 5);
 * }</pre>
 *
 * <p>Reading takes O(n) time for n entries. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class HeadcountReader {

  /** The value of the {@code format} field of YAML and JSON headcount files. */
  public static final String FORMAT = "sp-pathways-headcounts/1";

  /** The required CSV columns. */
  public static final List<String> CSV_COLUMNS = List.of("role", "headcount");

  /** The optional CSV columns. */
  public static final List<String> OPTIONAL_CSV_COLUMNS = List.of("organisationType");

  private static final List<String> TOP = List.of("format", "description", "sources", "confidence",
      "notes", "headcounts");
  private static final List<String> ENTRY = List.of("role", "organisationType", "headcount",
      "sources", "confidence", "notes");

  private final WorkforceModel model;
  private final ReadLimits limits;
  private final References references;

  private HeadcountReader(WorkforceModel model, ReadLimits limits) {
    this.model = Objects.requireNonNull(model, "model");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.references = new References(model);
  }

  /** A reader checking headcounts against a model, with default limits. */
  public static HeadcountReader of(WorkforceModel model) {
    return new HeadcountReader(model, ReadLimits.defaults());
  }

  /** A reader checking headcounts against a model, with the given limits. */
  public static HeadcountReader of(WorkforceModel model, ReadLimits limits) {
    return new HeadcountReader(model, limits);
  }

  /**
   * Reads a headcounts file; the format follows the extension ({@code .yaml}, {@code .yml},
   * {@code .json}, {@code .csv}).
   *
   * @throws ModelException listing every problem, if the file is invalid
   * @throws SpPathwaysException if the file cannot be read or its extension is not known
   */
  public Headcounts read(Path file) {
    FileFormat format = Sources.format(file, FileFormat.YAML, FileFormat.JSON, FileFormat.CSV);
    return Sources.withReader(file, limits, reader -> read(reader, file.toString(), format));
  }

  /**
   * Reads headcounts from text.
   *
   * @throws ModelException listing every problem, if the text is invalid
   */
  public Headcounts read(String text, String sourceName, FileFormat format) {
    Objects.requireNonNull(format, "format");
    return read(new StringReader(text), sourceName, format);
  }

  /**
   * Reads headcounts from a character stream, which the caller closes.
   *
   * @throws ModelException listing every problem, if the document is invalid
   */
  public Headcounts read(Reader reader, String sourceName, FileFormat format) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(format, "format");
    ProblemSink sink = new ProblemSink(sourceName, limits.maxProblems());
    Headcounts.Builder b = Headcounts.builder();
    Map<FlowState, String> seen = new HashMap<>();
    if (format == FileFormat.CSV) {
      new CsvRows(limits).read(reader, CSV_COLUMNS, OPTIONAL_CSV_COLUMNS, sink, row -> {
        String roleText = row.required("role");
        Double n = row.number("headcount", 0);
        if (n == null && row.get("headcount").isEmpty()) {
          row.problem("headcount", "the column 'headcount' is empty", Optional.of("fill it in"));
        }
        Optional<String> typeText = row.get("organisationType");
        RoleId role = roleText == null ? null : csvId(row, "role", roleText, RoleId::of);
        OrganisationTypeId type = typeText.map(t -> csvId(row, "organisationType", t,
            OrganisationTypeId::of)).orElse(null);
        entry(role, type, n, typeText.isPresent(), "line " + row.line(), seen, b,
            (column, message) -> row.problem(column, message.message, message.suggestion));
      });
    } else {
      readTree(reader, format, sink, seen, b);
    }
    sink.throwIfAny("headcounts file");
    return b.build();
  }

  /** A message and its suggestion. */
  private record Message(String message, Optional<String> suggestion) {}

  private <T> @Nullable T csvId(CsvRows.Row row, String column, String text,
      java.util.function.Function<String, T> factory) {
    String problem = TypedId.problem(text);
    if (problem != null) {
      row.problem(column, "the id " + problem, Optional.empty());
      return null;
    }
    return factory.apply(text);
  }

  private void readTree(Reader reader, FileFormat format, ProblemSink sink,
      Map<FlowState, String> seen, Headcounts.Builder b) {
    Node root = new TreeParser(limits).parse(reader, format, sink,
        "a headcounts file starts with 'format: " + FORMAT + "'");
    if (root == null) {
      return;
    }
    Node formatNode = root instanceof Node.MapNode ? ((Node.MapNode) root).entries().get("format")
        : null;
    if (formatNode == null || !(formatNode instanceof Node.ScalarNode)
        || !FORMAT.equals(((Node.ScalarNode) formatNode).text())) {
      sink.add(formatNode == null ? root : formatNode, "format",
          "this is not an sp-pathways headcounts file: it " + (formatNode == null
              ? "has no 'format' field" : "has format " + formatNode.describe()),
          "a headcounts file starts with 'format: " + FORMAT + "' and lists 'headcounts'");
      return;
    }
    Fields top = Fields.of(root, "", sink, TOP);
    top.provenance(s -> { }, c -> { }, n -> { });
    top.optionalText("description");
    List<Node> items = top.list("headcounts");
    for (int i = 0; i < items.size() && !sink.isFull(); i++) {
      String path = "headcounts[" + i + "]";
      Fields f = Fields.of(items.get(i), path, sink, ENTRY);
      if (f == null) {
        continue;
      }
      RoleId role = f.id("role", RoleId::of, "link-worker");
      Optional<OrganisationTypeId> type = f.optionalId("organisationType", OrganisationTypeId::of);
      Double n = f.number("headcount", 0, Double.MAX_VALUE, "3300");
      f.provenance(s -> { }, c -> { }, x -> { });
      entry(role, type.orElse(null), n, f.get("organisationType").isPresent(), path, seen, b,
          (key, message) -> sink.add(f.get(key).orElse(f.node()), f.at(key), message.message,
              message.suggestion));
    }
  }

  /** Checks one entry against the model and adds it when valid. */
  private void entry(RoleId role, OrganisationTypeId type, Double headcount, boolean typeGiven,
      String where, Map<FlowState, String> seen, Headcounts.Builder b,
      BiConsumer<String, Message> problem) {
    boolean ok = role != null && headcount != null && (type != null || !typeGiven);
    if (role != null && !references.role(role, (m, s) -> problem.accept("role", new Message(m, s)))) {
      return;
    }
    if (type != null && !references.organisationType(type,
        (m, s) -> problem.accept("organisationType", new Message(m, s)))) {
      return;
    }
    if (role == null) {
      return;
    }
    Role r = model.role(role);
    if (r.external()) {
      problem.accept("role", new Message("role '" + role + "' is external: it has no headcount "
          + "in the workforce", Optional.of("list workforce roles only; people enter from '" + role
          + "' through recruits on its entry routes")));
      return;
    }
    if (type != null && !r.offeredBy().contains(type)) {
      problem.accept("organisationType", new Message("organisation type '" + type
          + "' does not offer role '" + role + "'", Optional.of("use one of: " + String.join(", ",
          r.offeredBy().stream().map(Object::toString).toList()) + "; or leave the type out")));
      return;
    }
    FlowState state = type == null ? FlowState.of(role) : FlowState.of(role, type);
    String first = seen.putIfAbsent(state, where);
    if (first != null) {
      problem.accept("role", new Message("the headcount of '" + state + "' is given twice, first at "
          + first, Optional.of("give each role (and organisation type) once")));
      return;
    }
    if (ok && type == null) {
      b.put(role, headcount);
    } else if (ok) {
      b.put(role, type, headcount);
    }
  }
}
