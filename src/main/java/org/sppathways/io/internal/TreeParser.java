package org.sppathways.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.sppathways.io.FileFormat;
import org.sppathways.io.ReadLimits;
import org.sppathways.model.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Parses YAML or JSON into a {@link Node} tree that keeps source positions. Internal: not part of
 * the API.
 *
 * <p>Safe for untrusted input: no types are instantiated from the document, YAML aliases and
 * duplicate keys are rejected, and document size and nesting depth are bounded by
 * {@link ReadLimits}. Every failure becomes a problem in the sink; nothing escapes but
 * {@link org.sppathways.model.ModelException}.
 */
public final class TreeParser {
  private final ReadLimits limits;
  private final JsonFactory json;
  private final YAMLFactory yaml;

  /** A parser with the given limits. */
  public TreeParser(ReadLimits limits) {
    this.limits = limits;
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxNestingDepth() + 1)
        .maxDocumentLength(limits.maxDocumentChars())
        .maxStringLength(maxStringLength(limits))
        .build();
    this.json = JsonFactory.builder().streamReadConstraints(constraints)
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(limits.maxDocumentChars());
    options.setNestingDepthLimit(limits.maxNestingDepth() + 1);
    options.setMaxAliasesForCollections(0);
    options.setAllowDuplicateKeys(true); // reported by this parser, with the place
    options.setAllowRecursiveKeys(false);
    this.yaml = YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints)
        .build();
  }

  /**
   * Parses one document. Returns null when the document could not be parsed; the reasons are in
   * the sink.
   */
  public Node parse(Reader reader, FileFormat format, ProblemSink sink, String startHint) {
    JsonFactory factory = format == FileFormat.YAML ? yaml : json;
    LineLimitedReader lines = null;
    // The readers are made inside the try: skipping a byte order mark decodes the start of the
    // file, which may not be UTF-8.
    try (JsonParser parser = factory.createParser(format == FileFormat.YAML
        ? (lines = new LineLimitedReader(ByteOrderMark.skip(reader), maxLineLength(limits)))
        : ByteOrderMark.skip(reader))) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        sink.add(null, "", "the file is empty", startHint);
        return null;
      }
      Node root = value(parser, format, sink, 0);
      if (root != null && parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        report(sink, at,
            "the file holds more than one document", "keep one document per file");
      }
      return sink.hasProblems() ? null : root;
    } catch (StreamConstraintsException e) {
      if (reportLineTooLong(lines, sink)) {
        return null;
      }
      String[] problem = limitProblem(e);
      report(sink, e.getLocation(), problem[0], problem[1]);
    } catch (JsonProcessingException e) {
      if (reportLineTooLong(lines, sink)) {
        return null;
      }
      if (ReadFailure.isEncoding(e)) {
        sink.add(ReadFailure.notUtf8(e, sink.source()));
        return null;
      }
      if (format == FileFormat.YAML && reportTabIndent(e, sink)) {
        return null;
      }
      JsonLocation at = e.getLocation();
      report(sink, at, syntaxMessage(e, format),
          "check the syntax at this place");
    } catch (CharacterCodingException e) {
      sink.add(ReadFailure.notUtf8(e, sink.source()));
    } catch (IOException | RuntimeException e) {
      if (reportLineTooLong(lines, sink)) {
        return null;
      }
      if (ReadFailure.isEncoding(e)) {
        sink.add(ReadFailure.notUtf8(e, sink.source()));
        return null;
      }
      // SnakeYAML signals some limits (code points, nesting) with its own unchecked exceptions;
      // any other unchecked exception is a bug here, and must not pass for a problem of the file.
      if (e instanceof RuntimeException && !ReadFailure.isReadFailure((RuntimeException) e)) {
        throw (RuntimeException) e;
      }
      sink.add(null, "", "the file could not be read as " + format.name() + ": "
              + firstLine(e.getMessage()),
          "check that it is a " + format.name() + " file within the documented size limits");
    }
    return null;
  }

  private Node value(JsonParser p, FileFormat format, ProblemSink sink, int depth)
      throws IOException {
    JsonLocation at = p.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    if (depth > limits.maxNestingDepth()) {
      report(sink, at, "the document nests deeper than "
          + limits.maxNestingDepth() + " levels", "model files need no more than 6");
      p.skipChildren();
      return null;
    }
    if (format == FileFormat.YAML && ((YAMLParser) p).isCurrentAlias()) {
      report(sink, at,
          "YAML aliases (*" + p.getText() + ") are not supported", "write the value out in full");
      return new Node.ScalarNode(line, column, JsonToken.VALUE_NULL, "null");
    }
    JsonToken token = p.currentToken();
    switch (token) {
      case START_OBJECT: {
        LinkedHashMap<String, Node> entries = new LinkedHashMap<>();
        java.util.Map<String, Node> keys = new java.util.HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          JsonLocation keyAt = p.currentTokenLocation();
          keys.putIfAbsent(key, new Node.ScalarNode(keyAt.getLineNr(), keyAt.getColumnNr(),
              JsonToken.VALUE_STRING, key));
          p.nextToken();
          Node child = value(p, format, sink, depth + 1);
          if (entries.containsKey(key)) {
            report(sink, keyAt,
                "the key '" + key + "' appears twice in the same map", "keep one of them");
          } else if (child != null) {
            entries.put(key, child);
          }
        }
        return new Node.MapNode(line, column, entries, keys);
      }
      case START_ARRAY: {
        List<Node> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          Node child = value(p, format, sink, depth + 1);
          items.add(child == null ? new Node.ScalarNode(line, column, JsonToken.VALUE_NULL, "null")
              : child);
        }
        return new Node.ListNode(line, column, items);
      }
      case VALUE_NULL:
        return new Node.ScalarNode(line, column, token, "null");
      case VALUE_NUMBER_INT:
        return new Node.ScalarNode(line, column, token, p.getText(),
            p.getBigIntegerValue().toString());
      default:
        return new Node.ScalarNode(line, column, token, p.getText());
    }
  }

  /**
   * Reports a YAML line over the limit, whatever exception the parser wrapped it in; false when
   * no line was too long.
   */
  private boolean reportLineTooLong(LineLimitedReader lines, ProblemSink sink) {
    if (lines == null || lines.tooLongAt() == 0) {
      return false;
    }
    sink.add(Problem.of("", "the line is longer than " + maxLineLength(limits) + " characters")
        .withSuggestion("YAML lines are limited to ReadLimits.MAX_YAML_LINE_CHARS (or "
            + "ReadLimits.maxDocumentChars if lower): break long texts over several lines, or "
            + "use JSON")
        .withPosition(sink.source(), lines.tooLongAt(), 0));
    return true;
  }

  /**
   * Reports a tab that indents YAML, which the YAML parser only calls "a character that cannot
   * start any token", at the tab itself; false when the failure is something else.
   */
  private static boolean reportTabIndent(Throwable e, ProblemSink sink) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException && String.valueOf(t.getMessage()).contains("(TAB)")) {
        Mark mark = ((MarkedYAMLException) t).getProblemMark();
        sink.add(Problem.of("", "tab characters cannot indent YAML")
            .withSuggestion("indent with spaces; most editors can turn tabs into spaces")
            .withPosition(sink.source(), mark == null ? 0 : mark.getLine() + 1,
                mark == null ? 0 : mark.getColumn() + 1));
        return true;
      }
    }
    return false;
  }

  private static int maxLineLength(ReadLimits limits) {
    return Math.min(limits.maxDocumentChars(), ReadLimits.MAX_YAML_LINE_CHARS);
  }

  /** The message and the fix for a reading limit that was exceeded, naming the limit. */
  private String[] limitProblem(StreamConstraintsException e) {
    String m = String.valueOf(e.getMessage());
    if (m.contains("nesting depth")) {
      return new String[] {"the document nests deeper than " + limits.maxNestingDepth()
          + " levels", "model and profile files need no more than 6: look for runaway brackets, "
          + "or raise the limit with ReadLimits.withMaxNestingDepth"};
    }
    if (m.contains("Document length") || m.contains("document length")) {
      return new String[] {"the document is longer than " + limits.maxDocumentChars()
          + " characters", "split the data, or raise the limit with "
          + "ReadLimits.withMaxDocumentChars"};
    }
    if (m.contains("String value length")) {
      return new String[] {"a text is longer than " + maxStringLength(limits) + " characters",
          "look for an unclosed quote; texts are limited to 20,000,000 characters, or to "
          + "ReadLimits.maxDocumentChars if lower"};
    }
    return new String[] {"the document exceeds a reading limit: " + firstLine(m),
        "check the file, or raise the limits with ReadLimits"};
  }

  private static int maxStringLength(ReadLimits limits) {
    return Math.min(limits.maxDocumentChars(), 20_000_000);
  }

  private static String syntaxMessage(JsonProcessingException e, FileFormat format) {
    String message = firstLine(e.getOriginalMessage());
    return format.name() + " syntax error: " + message;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no detail available";
    }
    String line = message.strip().lines().findFirst().orElse("");
    return Node.abbreviate(line.length() > 200 ? line.substring(0, 200) : line);
  }

  private static void report(ProblemSink sink, JsonLocation at, String message, String fix) {
    int line = at == null ? 0 : at.getLineNr();
    int column = at == null ? 0 : at.getColumnNr();
    sink.add(org.sppathways.model.Problem.of("", message).withSuggestion(fix)
        .withPosition(sink.source(), line, column));
  }
}
