package org.sppathways.io.frameworks;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.sppathways.io.internal.CsvRows;
import org.sppathways.io.internal.Separators;
import org.sppathways.model.Problem;
import org.sppathways.model.TypedId;
import org.sppathways.model.internal.Suggestions;

/**
 * One delimited text file of a framework, read row by row through the library's CSV reader
 * ({@link CsvRows.Cursor}): a header row naming the columns, then data rows, each placed at its
 * 1-based starting line.
 *
 * <p>Handles what real downloads contain: a UTF-8 byte order mark, {@code \r\n} or {@code \n}
 * line ends, blank lines (skipped), quoted fields with commas, doubled quotes and line breaks
 * (comma dialect), gzip compression ({@code .gz}), and columns beyond the ones asked for
 * (ignored). Memory is bounded by the longest row, not the file; a field is at most
 * {@value CsvRows#MAX_VALUE_LENGTH} characters.
 */
final class Table {

  /** How fields are separated and quoted. */
  enum Dialect {
    /** Tab-separated, no quoting (O*NET's text files). */
    TAB('\t', false),
    /** Comma-separated with {@code "} quoting (ESCO's CSV files). */
    COMMA(',', true);

    final char separator;
    final boolean quoted;

    Dialect(char separator, boolean quoted) {
      this.separator = separator;
      this.quoted = quoted;
    }
  }

  private final Path path;
  private final String name;
  private final Dialect dialect;
  private final List<String> required;
  private final List<String> optional;

  private Table(Path path, Dialect dialect, List<String> required, List<String> optional) {
    this.path = path;
    this.name = path.toString();
    this.dialect = dialect;
    this.required = List.copyOf(required);
    this.optional = List.copyOf(optional);
  }

  /**
   * Finds a file in a directory as {@code name} or, failing that, {@code name.gz}.
   *
   * @return the table, or empty when neither file exists
   */
  static Optional<Table> find(Path directory, String fileName, Dialect dialect,
      List<String> required, List<String> optional) {
    Path plain = directory.resolve(fileName);
    if (Files.isRegularFile(plain)) {
      return Optional.of(new Table(plain, dialect, required, optional));
    }
    Path gz = directory.resolve(fileName + ".gz");
    if (Files.isRegularFile(gz)) {
      return Optional.of(new Table(gz, dialect, required, optional));
    }
    return Optional.empty();
  }

  /** A problem saying that a required file is missing from a directory. */
  static Problem missingFile(Path directory, String fileName, String why) {
    return Problem.of("", "missing file '" + fileName + "' (or '" + fileName + ".gz'): " + why)
        .withSource(directory.toString());
  }

  /** The path shown in problems. */
  String name() {
    return name;
  }

  /** The file's name without its directory, e.g. {@code Skills.txt}. */
  String fileName() {
    return String.valueOf(path.getFileName());
  }

  /**
   * Reads only the header and reports every required column it lacks (and an empty or unreadable
   * file), so that all such problems of all files can be shown together before any row is read.
   */
  void checkHeader(List<Problem> problems) {
    try (Reader reader = open(); CsvRows.Cursor it = rows(reader)) {
      header(it, problems);
    } catch (IOException e) {
      problems.add(unreadable(e, 0));
    }
  }

  /**
   * Streams the data rows to a consumer. Blank rows are skipped; a row with more fields than the
   * header is a bad row. Problems the consumer reports on a {@link Row} make it a bad row, which
   * goes to the log. Reading stops early when the log says so.
   *
   * @throws org.sppathways.model.ModelException if the header lacks a required column, or the
   *     file cannot be parsed on (bad encoding, an unclosed quote, broken gzip data)
   */
  void read(ImportLog log, Consumer<Row> consumer) {
    long count = 0;
    int line = 0;
    try (Reader reader = open(); CsvRows.Cursor it = rows(reader)) {
      List<Problem> headerProblems = new ArrayList<>();
      Header header = header(it, headerProblems);
      if (!headerProblems.isEmpty()) {
        throw log.fatal(headerProblems);
      }
      while (!log.shouldStop()) {
        line = it.line();
        if (!it.hasNext()) {
          break;
        }
        line = it.line();
        String[] values = it.next();
        if (isBlank(values)) {
          continue;
        }
        count++;
        Row row = new Row(this, line, values, header.columns());
        if (values.length > header.width()) {
          row.problem(header.width() + 1, "the row has " + values.length + " fields but the "
              + "header names " + header.width(), dialect.quoted
              ? "quote values that contain a comma" : "remove the extra tabs");
        } else {
          consumer.accept(row);
        }
        if (row.isBad()) {
          log.badRow(row.problems());
        }
      }
    } catch (IOException e) {
      throw log.fatal(List.of(unreadable(e, line)));
    }
    log.fileRead(fileName(), count);
  }

  /** The columns a header names (only those asked for) and how many fields it has. */
  private record Header(Map<String, Integer> columns, int width) {}

  private Header header(CsvRows.Cursor it, List<Problem> problems) throws IOException {
    String[] header = null;
    int line = 1;
    while (it.hasNext()) {
      line = it.line();
      String[] values = it.next();
      if (!isBlank(values)) {
        header = values;
        break;
      }
    }
    if (header == null) {
      problems.add(Problem.of("", "the file is empty").withSuggestion("the first line names the "
          + "columns: " + String.join(", ", required)).withSource(name));
      return new Header(Map.of(), 0);
    }
    List<String> known = new ArrayList<>(required);
    known.addAll(optional);
    Optional<Character> separator = Separators.misused(header, dialect.separator, known);
    if (separator.isPresent()) {
      problems.add(Problem.of("", Separators.message(separator.get(), dialect.separator))
          .withSuggestion(dialect == Dialect.COMMA ? Separators.SAVE_WITH_COMMAS
              : "use the file as downloaded: O*NET's text files separate values with tabs")
          .withPosition(name, line, 0));
      return new Header(Map.of(), header.length);
    }
    Map<String, Integer> columns = new HashMap<>();
    List<String> present = new ArrayList<>();
    for (int i = 0; i < header.length; i++) {
      String column = header[i].strip();
      present.add(column);
      columns.putIfAbsent(column, i);
    }
    for (String column : required) {
      if (!columns.containsKey(column)) {
        String close = Suggestions.closest(column, present).map(s -> "did you mean '" + s + "'? ")
            .orElse("");
        problems.add(Problem.of(column, "the header has no column '" + column + "'")
            .withSuggestion(close + "the header names: " + abbreviate(String.join(", ", present)))
            .withPosition(name, line, 0));
      }
    }
    Map<String, Integer> wanted = new HashMap<>();
    for (String column : required) {
      if (columns.containsKey(column)) {
        wanted.put(column, columns.get(column));
      }
    }
    for (String column : optional) {
      if (columns.containsKey(column)) {
        wanted.put(column, columns.get(column));
      }
    }
    return new Header(wanted, header.length);
  }

  private static boolean isBlank(String[] values) {
    for (String v : values) {
      if (!v.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private Problem unreadable(IOException e, int line) {
    String why;
    if (e instanceof CharacterCodingException) {
      why = "the file is not UTF-8 text";
    } else if (e instanceof ZipException) {
      why = "the file is not valid gzip data: " + e.getMessage();
    } else if (e instanceof JsonProcessingException) {
      JsonProcessingException j = (JsonProcessingException) e;
      if (j.getLocation() != null && j.getLocation().getLineNr() > 0) {
        line = j.getLocation().getLineNr();
      }
      why = "syntax error: " + abbreviate(String.valueOf(j.getOriginalMessage()).lines()
          .findFirst().orElse(""));
    } else {
      why = "cannot be read: " + abbreviate(String.valueOf(e.getMessage()));
    }
    Problem p = Problem.of("", why);
    if (e instanceof JsonProcessingException) {
      p = p.withSuggestion(dialect.quoted ? "check the quoting: a field that starts with a "
          + "quote must end with one" : "check the file is tab-separated text");
    }
    return p.withPosition(name, line, 0);
  }

  private Reader open() throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
    try {
      if (fileName().toLowerCase(Locale.ROOT).endsWith(".gz")) {
        in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
      }
    } catch (IOException e) {
      in.close();
      throw e;
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  /** The rows of a file opened by {@link #open()}, after its byte order mark if it has one. */
  private CsvRows.Cursor rows(Reader reader) throws IOException {
    try {
      return CsvRows.cursor(reader, dialect.separator, dialect.quoted, CsvRows.MAX_VALUE_LENGTH);
    } catch (UncheckedIOException e) {
      throw e.getCause(); // reading the start of the file: not UTF-8, or bad gzip data
    }
  }

  static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 197) + "...";
  }

  /**
   * One data row: typed access to its columns, and the problems that make it a bad row. A
   * problem names the file, the row's first line, the column's 1-based position and its name.
   */
  static final class Row {
    private final Table table;
    private final int line;
    private final String[] values;
    private final Map<String, Integer> columns;
    private List<Problem> problems;

    Row(Table table, int line, String[] values, Map<String, Integer> columns) {
      this.table = table;
      this.line = line;
      this.values = values;
      this.columns = columns;
    }

    /** The 1-based line the row starts on. */
    int line() {
      return line;
    }

    /** The file's name without its directory. */
    String file() {
      return table.fileName();
    }

    /** The stripped value of a column; empty when blank or absent. */
    Optional<String> get(String column) {
      Integer i = columns.get(column);
      if (i == null || i >= values.length) {
        return Optional.empty();
      }
      String v = values[i].strip();
      return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /** Whether the header has the column. */
    boolean has(String column) {
      return columns.containsKey(column);
    }

    /** A required value; null (reported) when blank. */
    String required(String column) {
      Optional<String> v = get(column);
      if (v.isEmpty()) {
        problem(column, "'" + column + "' is empty", "every row needs a value here");
        return null;
      }
      return v.get();
    }

    /** A required value read as an id; null (reported) when blank or not a valid id. */
    <T> T id(String column, Function<String, T> factory) {
      String text = required(column);
      if (text == null) {
        return null;
      }
      String problem = TypedId.problem(text);
      if (problem != null) {
        problem(column, "the id " + problem, null);
        return null;
      }
      return factory.apply(text);
    }

    /** A required number within [min, max]; NaN (reported) otherwise. */
    double number(String column, double min, double max) {
      String text = required(column);
      if (text == null) {
        return Double.NaN;
      }
      double d;
      try {
        d = Double.parseDouble(text);
      } catch (NumberFormatException e) {
        problem(column, "expected a number, found '" + abbreviate(text) + "'",
            "write a number from " + fmt(min) + " to " + fmt(max));
        return Double.NaN;
      }
      if (!(d >= min && d <= max)) {
        problem(column, "the number " + text + " is outside " + fmt(min) + ".." + fmt(max), null);
        return Double.NaN;
      }
      return d;
    }

    /** An optional whole number within [min, max]; null when blank, null (reported) otherwise. */
    Integer integer(String column, int min, int max) {
      Optional<String> v = get(column);
      if (v.isEmpty()) {
        return null;
      }
      try {
        long n = Long.parseLong(v.get());
        if (n >= min && n <= max) {
          return (int) n;
        }
        problem(column, "the number " + v.get() + " is outside " + min + ".." + max, null);
      } catch (NumberFormatException e) {
        problem(column, "expected a whole number, found '" + abbreviate(v.get()) + "'",
            "write a whole number from " + min + " to " + max);
      }
      return null;
    }

    /** Whether an optional Y/N flag column says Y (case-insensitive); blank means N. */
    boolean flag(String column) {
      Optional<String> v = get(column);
      if (v.isEmpty() || v.get().equalsIgnoreCase("N")) {
        return false;
      }
      if (v.get().equalsIgnoreCase("Y")) {
        return true;
      }
      problem(column, "expected Y or N, found '" + abbreviate(v.get()) + "'", null);
      return false;
    }

    /**
     * Reports a problem in a column of this row, making it a bad row.
     *
     * @param column the column name
     * @param suggestion how to fix it, or null
     */
    void problem(String column, String message, String suggestion) {
      Integer i = columns.get(column);
      add(Suggestions.suggest(Problem.of(column, message), Optional.ofNullable(suggestion))
          .withPosition(table.name, line, i == null ? 0 : i + 1));
    }

    /** Reports a problem of the row as a whole at a 1-based field position. */
    void problem(int field, String message, String suggestion) {
      add(Suggestions.suggest(Problem.of("", message), Optional.ofNullable(suggestion))
          .withPosition(table.name, line, field));
    }

    private void add(Problem p) {
      if (problems == null) {
        problems = new ArrayList<>(2);
      }
      problems.add(p);
    }

    /** Whether a problem was reported. */
    boolean isBad() {
      return problems != null;
    }

    List<Problem> problems() {
      return problems == null ? List.of() : problems;
    }

    private static String fmt(double d) {
      return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
  }
}
