package org.sppathways.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.sppathways.io.internal.results.ResultMapper;
import org.sppathways.io.internal.results.ResultShape;
import org.sppathways.io.internal.results.ResultShapes;
import org.sppathways.model.ModelException;
import org.sppathways.model.Problem;

/**
 * Reads a stored result back (JSON written by {@link ResultWriter} or {@code --format json}) into
 * the result object, so that results can be kept and compared. Supported: the results whose
 * reference entry says "reads back" in {@code docs/reference/results.md} (gaps, needs, paths,
 * projection among them). The document's {@code "result"} and {@code "version"} must match the
 * type asked for; anything wrong is reported as a {@link ModelException} with the place in the
 * file and what was expected, never with the values the document holds (results about people
 * are personal data).
 *
 * <pre>{@code
 * GapReport stored = ResultReader.of().read(Path.of("gaps.json"), GapReport.class);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ResultReader {
  private static final ResultReader INSTANCE = new ResultReader();

  private ResultReader() {}

  /** The reader. */
  public static ResultReader of() {
    return INSTANCE;
  }

  /** Whether results of this type can be read back. */
  public static boolean supports(Class<?> type) {
    return ResultShapes.of(type).map(ResultShape::readable).orElse(false);
  }

  /**
   * Reads a result from a file.
   *
   * @throws ModelException if the file is not that result in a shape this version reads
   * @throws UncheckedIOException if the file cannot be read
   */
  public <T> T read(Path file, Class<T> type) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString(), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a result from a reader (not closed).
   *
   * @throws ModelException if the text is not that result in a shape this version reads
   */
  public <T> T read(Reader in, Class<T> type) {
    return read(in, "result", type);
  }

  private <T> T read(Reader in, String source, Class<T> type) {
    Objects.requireNonNull(in, "in");
    ResultShape<?> shape = ResultShapes.of(type).filter(ResultShape::readable).orElseThrow(() ->
        new IllegalArgumentException(type.getName() + " cannot be read back; readable: "
            + ResultShapes.all().stream().filter(ResultShape::readable)
                .map(s -> s.type().getSimpleName()).collect(Collectors.joining(", "))));
    JsonNode doc;
    try {
      doc = ResultMapper.get().readTree(in);
    } catch (JsonProcessingException e) {
      throw problem(source, e.getLocation(), "", "not valid JSON: " + e.getOriginalMessage()
          .replaceAll("\\(.*", "").trim());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (doc == null || !doc.isObject()) {
      throw problem(source, null, "", "expected a JSON object (a result document)");
    }
    String name = doc.path("result").asText("");
    if (!name.equals(shape.name())) {
      throw problem(source, null, "result", "expected \"" + shape.name() + "\", found "
          + (name.isEmpty() ? "no result name" : "\"" + name + "\"")
          + " (is this the output of another command?)");
    }
    int version = doc.path("version").asInt(-1);
    if (version != shape.version()) {
      throw problem(source, null, "version", "this library reads " + shape.name() + " version "
          + shape.version() + ", the document is version " + (version < 0 ? "(missing)" : version));
    }
    ObjectNode body = ((ObjectNode) doc).deepCopy();
    body.remove(List.of("result", "version"));
    try {
      return ResultMapper.get().treeToValue(body, type);
    } catch (DatabindException e) {
      String path = e instanceof JsonMappingException
          ? ((JsonMappingException) e).getPath().stream().map(r -> r.getFieldName() != null
              ? r.getFieldName() : "[" + r.getIndex() + "]").collect(Collectors.joining("."))
              .replace(".[", "[")
          : "";
      if (e instanceof ValueInstantiationException && e.getCause() instanceof RuntimeException
          && e.getCause().getMessage() != null) {
        // The result's own checks refused the values (e.g. a projection whose years do not add
        // up); their messages name places, not the values.
        throw problem(source, null, path, "inconsistent " + shape.name() + " result: "
            + e.getCause().getMessage());
      }
      throw problem(source, null, path, describe(e));
    } catch (JsonProcessingException e) {
      throw problem(source, null, "", "cannot be read as " + shape.name());
    } catch (RuntimeException e) {
      throw problem(source, null, "", "inconsistent " + shape.name() + " result: "
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }
  }

  /** What was wrong, without the offending value. */
  private static String describe(DatabindException e) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.startsWith("Unrecognized field")) {
      return "unknown field (not part of this result's shape)";
    }
    if (message.contains("Missing required") || message.contains("null")) {
      return "missing or null value";
    }
    if (e instanceof JsonMappingException && ((JsonMappingException) e).getPath().isEmpty()) {
      return "not this result's shape";
    }
    return "value of the wrong type or out of range";
  }

  private static ModelException problem(String source, JsonLocation at, String path,
      String message) {
    Problem p = Problem.of(path.isEmpty() ? source : path, message);
    if (at != null && at.getLineNr() > 0) {
      p = p.withPosition(source, at.getLineNr(), at.getColumnNr());
    } else {
      p = p.withSource(source);
    }
    return new ModelException("cannot read the " + source + " as a result", List.of(p));
  }
}
