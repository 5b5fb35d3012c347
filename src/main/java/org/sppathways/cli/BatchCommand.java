package org.sppathways.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.sppathways.model.SpPathwaysException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code batch}: many queries in one process. Each input line is a JSON object naming a command
 * and its options, e.g. {@code {"command": "reach", "from": "link-worker", "max-steps": 2}};
 * each output line is the JSON document that command prints with {@code --format json}, on one
 * line, in input order, or {@code {"line": N, "error": "…"}} for a line that failed.
 *
 * <p>Every line runs the command itself, in this process, so its options, checks and messages
 * are the command's own; the model is read once and its analysis objects (path finder with its
 * memoised route training plans, gap analysis, structure analysis, flow model…) are built once
 * and shared by every line (see {@link ModelOptions#queries()}).
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
    description = "Run many queries on one model in one process: one JSON object a line in "
        + "(\"command\" and the command's long option names without dashes), one JSON document "
        + "a line out, in input order. Exit code 2 if any line failed.")
final class BatchCommand implements Callable<Integer> {

  /** The longest input line read, in characters; a longer line gets an error. */
  static final int MAX_LINE_CHARS = 65_536;
  /** The most input lines read; the run stops with an error after them. */
  static final int MAX_LINES = 1_000_000;

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final JsonFactory FACTORY = JSON.getFactory();
  /** Keys a line may not hold, each with the reason. */
  private static final Map<String, String> REFUSED = Map.of(
      "model", "the batch's model is used for every line (give --model to batch itself)",
      "help", "a line must print a JSON document",
      "version", "a line must print a JSON document",
      "debug", "a line never prints stack traces");

  @Mixin
  ModelOptions model;

  @Option(names = "--in", paramLabel = "FILE|-", defaultValue = "-",
      description = "The queries, one JSON object a line (UTF-8); - for standard input "
          + "(default). At most " + MAX_LINES + " lines of " + MAX_LINE_CHARS + " characters.")
  String in;

  @Option(names = "--out", paramLabel = "FILE|-", defaultValue = "-",
      description = "Where the answers go, one JSON document a line; - for standard output "
          + "(default).")
  String out;

  @Spec
  CommandSpec spec;

  /** The command line every line runs on, built on the first line. */
  private CommandLine lines;

  @Override
  public Integer call() throws IOException {
    model.queries(); // a model that cannot be read stops the run before any line
    PrintWriter err = spec.commandLine().getErr();
    try (Reader reader = open(); Output output = output()) {
      Lines input = new Lines(reader);
      boolean failed = false;
      String line;
      while ((line = input.next()) != null) {
        if (input.number() > MAX_LINES) {
          err.println("error: more than " + MAX_LINES + " lines; lines from " + input.number()
              + " on were not run (split the input)");
          failed = true;
          break;
        }
        if (input.tooLong()) {
          output.println(error(input.number(), "the line is longer than " + MAX_LINE_CHARS
              + " characters"));
          failed = true;
          continue;
        }
        if (line.isBlank()) {
          continue;
        }
        String answer;
        try {
          answer = compact(run(line));
        } catch (LineException e) {
          answer = error(input.number(), e.getMessage());
          failed = true;
        }
        output.println(answer);
      }
      return failed ? Main.INVALID : 0;
    }
  }

  /** Runs one line and returns the command's standard output. */
  private String run(String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonParseException e) {
      throw new LineException("not valid JSON (at column " + e.getLocation().getColumnNr()
          + "); write one JSON object a line, e.g. {\"command\": \"reach\", \"from\": "
          + "\"link-worker\"}");
    } catch (JsonProcessingException e) {
      throw new LineException("not valid JSON");
    }
    if (!(node instanceof ObjectNode)) {
      throw new LineException("not a JSON object; write e.g. {\"command\": \"reach\", "
          + "\"from\": \"link-worker\"}");
    }
    List<String> args = arguments((ObjectNode) node);
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    if (lines == null) {
      lines = Main.commandLine(model);
    }
    lines.setOut(new PrintWriter(stdout, true));
    lines.setErr(new PrintWriter(stderr, true));
    int code = lines.execute(args.toArray(String[]::new));
    if (code != 0) {
      throw new LineException(message(stderr.toString()));
    }
    if (!stderr.toString().isBlank()) {
      stderr.toString().lines().forEach(l -> spec.commandLine().getErr().println(l));
    }
    return stdout.toString();
  }

  /** The command line a line stands for: the command, its options, {@code --format=json}. */
  private List<String> arguments(ObjectNode line) {
    JsonNode command = line.get("command");
    if (command == null || !command.isTextual()) {
      throw new LineException("no \"command\": name one, e.g. \"command\": \"reach\"");
    }
    String name = command.textValue();
    if (name.equals(spec.name())) {
      throw new LineException("batch cannot run inside batch");
    }
    CommandLine sub = spec.root().subcommands().get(name);
    if (sub == null || sub.getCommandSpec().name().equals("help")) {
      throw new LineException("unknown command '" + name + "' (use one of "
          + String.join(", ", queryCommands()) + ")");
    }
    if (!printsJson(sub.getCommandSpec())) {
      throw new LineException("command '" + name + "' has no JSON output (use one of "
          + String.join(", ", queryCommands()) + ")");
    }
    if (sub.getCommandSpec().findOption("--model") == null) {
      throw new LineException("command '" + name + "' does not query a model");
    }
    List<String> args = new ArrayList<>(List.of(name));
    for (Iterator<Map.Entry<String, JsonNode>> it = line.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String key = field.getKey();
      JsonNode value = field.getValue();
      if (key.equals("command") || key.equals("quiet")) {
        continue;
      }
      if (REFUSED.containsKey(key)) {
        throw new LineException("\"" + key + "\" is not allowed in a batch line: "
            + REFUSED.get(key));
      }
      if (key.startsWith("-")) {
        throw new LineException("write option names without dashes: \""
            + key.replaceFirst("^-+", "") + "\", not \"" + key + "\"");
      }
      if (key.equals("format")) {
        if (!value.isTextual() || !value.textValue().equalsIgnoreCase("json")) {
          throw new LineException("batch prints JSON only: leave out \"format\"");
        }
        continue;
      }
      if (value.isArray()) {
        for (JsonNode element : value) {
          args.add("--" + key + "=" + scalar(key, element));
        }
      } else if (value.isBoolean()) {
        if (value.booleanValue()) {
          args.add("--" + key);
        }
      } else if (!value.isNull()) {
        args.add("--" + key + "=" + scalar(key, value));
      }
    }
    args.add("--format=json");
    args.add("--quiet");
    return args;
  }

  private static String scalar(String key, JsonNode value) {
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isNumber()) {
      return value.asText();
    }
    throw new LineException("\"" + key + "\" must be a string, a number, true or false, or an "
        + "array of strings or numbers");
  }

  /** Whether a command prints JSON with {@code --format json}. */
  private static boolean printsJson(CommandSpec command) {
    OptionSpec format = command.findOption("--format");
    return format != null && format.type() == OutputFormat.class;
  }

  /** The commands a line may name. */
  private Set<String> queryCommands() {
    Set<String> names = new TreeSet<>();
    spec.root().subcommands().forEach((name, sub) -> {
      CommandSpec c = sub.getCommandSpec();
      if (printsJson(c) && c.findOption("--model") != null && !name.equals(spec.name())) {
        names.add(name);
      }
    });
    return names;
  }

  /** The message a failed command printed, without its {@code error: } prefix. */
  static String message(String stderr) {
    String text = stderr.strip();
    if (text.startsWith("error: ")) {
      text = text.substring("error: ".length());
    }
    text = text.replace(" (run with --debug for details)", "");
    return text.isEmpty() ? "the command failed" : text;
  }

  /** One line: {@code {"line": N, "error": "…"}}. */
  static String error(long line, String message) {
    try {
      return JSON.writeValueAsString(new LineError(line, message));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The output line of a query that failed: its input line number and the message. */
  record LineError(long line, String error) {}

  /**
   * A command's output, one JSON document, on one line: every token as written (numbers keep
   * their exact text), whitespace between tokens left out.
   */
  static String compact(String text) {
    StringWriter w = new StringWriter();
    try (JsonParser p = FACTORY.createParser(text);
        JsonGenerator g = FACTORY.createGenerator(w)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new LineException("the command printed no JSON document");
      }
      int depth = 0;
      do {
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
          g.writeNumber(p.getText());
        } else {
          g.copyCurrentEvent(p);
        }
        depth += t.isStructStart() ? 1 : t.isStructEnd() ? -1 : 0;
      } while (depth > 0 && (t = p.nextToken()) != null);
      if (p.nextToken() != null) {
        throw new LineException("the command printed more than one JSON document");
      }
    } catch (JsonProcessingException e) {
      throw new LineException("the command printed no JSON document");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  private Reader open() throws IOException {
    if (in.equals("-")) {
      return new InputStreamReader(System.in, StandardCharsets.UTF_8);
    }
    try {
      return Files.newBufferedReader(Path.of(in), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new SpPathwaysException("cannot read --in " + in + ": no such file");
    }
  }

  private Output output() throws IOException {
    if (out.equals("-")) {
      return new Output(spec.commandLine().getOut(), false);
    }
    return new Output(new PrintWriter(Files.newBufferedWriter(Path.of(out),
        StandardCharsets.UTF_8)), true);
  }

  /** The answers' writer, closed only when it is a file of our own. */
  private static final class Output implements AutoCloseable {
    private final PrintWriter writer;
    private final boolean own;

    Output(PrintWriter writer, boolean own) {
      this.writer = writer;
      this.own = own;
    }

    void println(String line) {
      writer.println(line);
      writer.flush();
    }

    @Override
    public void close() {
      writer.flush();
      if (own) {
        writer.close();
      }
    }
  }

  /**
   * Input lines, each read to at most {@link #MAX_LINE_CHARS} characters (the rest of a longer
   * line is skipped, not held); {@code \n} or {@code \r\n} ends a line; a byte-order mark before
   * the first line is skipped.
   */
  private static final class Lines {
    private final BufferedReader reader;
    private final StringBuilder line = new StringBuilder();
    private long number;
    private boolean tooLong;

    Lines(Reader reader) {
      this.reader = reader instanceof BufferedReader ? (BufferedReader) reader
          : new BufferedReader(reader);
    }

    String next() throws IOException {
      line.setLength(0);
      tooLong = false;
      int c = reader.read();
      if (c < 0) {
        return null;
      }
      number++;
      if (number == 1 && c == '\uFEFF') {
        c = reader.read();
      }
      while (c >= 0 && c != '\n') {
        if (line.length() < MAX_LINE_CHARS + 1) {
          line.append((char) c);
        }
        c = reader.read();
      }
      if (line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
        line.setLength(line.length() - 1);
      }
      tooLong = line.length() > MAX_LINE_CHARS;
      return line.toString();
    }

    long number() {
      return number;
    }

    boolean tooLong() {
      return tooLong;
    }
  }

  /** A line that cannot run, with the message its output line carries. */
  private static final class LineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LineException(String message) {
      super(message, null, false, false);
    }
  }
}
