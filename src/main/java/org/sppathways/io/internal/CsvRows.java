package org.sppathways.io.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.sppathways.io.CsvCells;
import org.sppathways.io.ReadLimits;
import org.sppathways.model.Problem;
import org.sppathways.model.internal.Suggestions;

/**
 * The library's one reader of delimited text: the model-side CSV files (profiles, catalogues,
 * headcounts, scenarios) through {@link #read}, and the framework downloads (O*NET's tab-separated
 * files, ESCO's CSV files) through the {@link Cursor} that {@link #read} is built on. Rows are
 * read one by one with Jackson's streaming CSV parser, after a leading byte order mark; problems
 * are placed at line and column (the 1-based field number). Internal: not part of the API.
 */
public final class CsvRows {
  /**
   * The longest value read, in characters; a longer one is a problem of the file, not a crash.
   * The model-side files also keep within {@link ReadLimits#maxDocumentChars()} when it is lower.
   */
  public static final int MAX_VALUE_LENGTH = 1_000_000;

  private final ReadLimits limits;

  /** A reader with limits. */
  public CsvRows(ReadLimits limits) {
    this.limits = limits;
  }

  /**
   * Opens a cursor over delimited text.
   *
   * @param separator the field separator, e.g. {@code ','} or {@code '\t'}
   * @param quoted whether {@code "} quotes fields (with doubled quotes inside), or has no meaning
   * @param maxValueLength the longest value read, in characters
   * @throws java.io.UncheckedIOException if the start of the text (where a byte order mark may
   *     be) cannot be read
   */
  public static Cursor cursor(Reader reader, char separator, boolean quoted, int maxValueLength)
      throws IOException {
    CsvFactory factory = CsvFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
        .maxStringLength(maxValueLength).build()).build();
    CsvMapper mapper = new CsvMapper(factory);
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
    schema = quoted ? schema.withQuoteChar('"') : schema.withoutQuoteChar();
    return new Cursor(mapper.readerFor(String[].class).with(schema)
        .readValues(ByteOrderMark.skip(reader)));
  }

  /**
   * The rows of delimited text, each the array of its raw (unstripped) values, blank rows
   * included; the caller decides what a header and a blank row are. Not thread-safe. Closing it
   * closes the reader.
   */
  public static final class Cursor implements Closeable {
    private final MappingIterator<String[]> rows;

    private Cursor(MappingIterator<String[]> rows) {
      this.rows = rows;
    }

    /** Whether there is another row; reads up to its start. */
    public boolean hasNext() throws IOException {
      return rows.hasNextValue();
    }

    /** The next row's values. */
    public String[] next() throws IOException {
      return rows.nextValue();
    }

    /**
     * The 1-based line the parser stands on: after {@link #hasNext()}, the line the next row
     * starts on.
     */
    public int line() {
      return rows.getParser().currentLocation().getLineNr();
    }

    @Override
    public void close() throws IOException {
      rows.close();
    }
  }

  /** One data row. */
  public static final class Row {
    private final int line;
    private final String[] values;
    private final Map<String, Integer> columns;
    private final ProblemSink sink;

    Row(int line, String[] values, Map<String, Integer> columns, ProblemSink sink) {
      this.line = line;
      this.values = values;
      this.columns = columns;
      this.sink = sink;
    }

    /** The 1-based line number. */
    public int line() {
      return line;
    }

    /**
     * The trimmed value of a column, with the quote that guards a spreadsheet formula dropped
     * ({@link CsvCells#restore(String)}); empty when blank or absent.
     */
    public Optional<String> get(String column) {
      Integer i = columns.get(column);
      if (i == null || i >= values.length) {
        return Optional.empty();
      }
      String v = CsvCells.restore(values[i].strip());
      return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /** The 1-based field number of a column in the header; 0 when the header lacks it. */
    public int column(String column) {
      Integer i = columns.get(column);
      return i == null ? 0 : i + 1;
    }

    /** Reports a problem in a column of this row. */
    public void problem(String column, String message, Optional<String> suggestion) {
      Integer i = columns.get(column);
      sink.add(Suggestions.suggest(Problem.of(column, message), suggestion)
          .withPosition(sink.source(), line, i == null ? 0 : i + 1));
    }

    /** A required column; null (reported) when blank. */
    public String required(String column) {
      Optional<String> v = get(column);
      if (v.isEmpty()) {
        problem(column, "the column '" + column + "' is empty", Optional.of("fill it in"));
      }
      return v.orElse(null);
    }

    /** An optional whole number within [min, max]; null when absent or reported. */
    public Integer integer(String column, int min, int max) {
      Optional<String> v = get(column);
      if (v.isEmpty()) {
        return null;
      }
      try {
        long n = Long.parseLong(v.get());
        if (n >= min && n <= max) {
          return (int) n;
        }
      } catch (NumberFormatException e) {
        if (!v.get().matches("[+-]?[0-9]+")) {
          problem(column, "expected a whole number, found '" + Node.abbreviate(v.get()) + "'",
              Optional.of("write a number such as " + Math.max(min, 1)));
          return null;
        } // else a whole number beyond the range of long
      }
      problem(column, "the number " + Node.abbreviate(v.get()) + " is out of range",
          Optional.of("use a whole number from " + min + (max == Integer.MAX_VALUE ? " up" : " to " + max)));
      return null;
    }

    /** An optional finite number of at least {@code min}; null when absent or reported. */
    public Double number(String column, double min) {
      Optional<String> v = get(column);
      if (v.isEmpty()) {
        return null;
      }
      try {
        double d = Double.parseDouble(v.get());
        if (d >= min && !Double.isInfinite(d)) {
          return d;
        }
        problem(column, "the number " + v.get() + " is out of range",
            Optional.of("use a number of at least " + (long) min));
      } catch (NumberFormatException e) {
        problem(column, "expected a number, found '" + Node.abbreviate(v.get()) + "'",
            Optional.of("write a number such as 12.5"));
      }
      return null;
    }
  }

  /**
   * Reads every row, checking the header has the required columns; other columns must start
   * with {@code x-}. Stops at the problem limit.
   */
  public void read(Reader reader, List<String> required, List<String> optional, ProblemSink sink,
      Consumer<Row> rows) {
    // CSV is read row by row, so its length costs no memory: only single values are bounded.
    int maxValueLength = Math.min(limits.maxDocumentChars(), MAX_VALUE_LENGTH);
    int[] rowLine = {1}; // where the row being read starts, for a failure with no location
    try (Cursor it = cursor(reader, ',', true, maxValueLength)) {
      if (!it.hasNext()) {
        sink.add(Problem.of("", "the file is empty").withSuggestion("the first line names the "
            + "columns: " + String.join(",", required)).withSource(sink.source()));
        return;
      }
      String[] header = it.next();
      Map<String, Integer> columns = header(header, required, optional, sink);
      if (sink.hasProblems()) {
        return;
      }
      while (it.hasNext() && !sink.isFull()) {
        int line = it.line();
        rowLine[0] = line;
        String[] values = it.next();
        if (values.length == 1 && values[0].isBlank()) {
          continue;
        }
        if (values.length > header.length) {
          sink.add(Problem.of("", "the row has " + values.length + " fields but the header names "
              + header.length).withSuggestion("quote values that contain commas")
              .withPosition(sink.source(), line, header.length + 1));
          continue;
        }
        Row row = new Row(line, values, columns, sink);
        try {
          rows.accept(row);
        } catch (RuntimeException e) {
          throw new ActionFailure(e);
        }
      }
    } catch (ActionFailure e) {
      // The rows' action (and through it a caller's) failed, not the reading: pass it on as is.
      throw e.getCause();
    } catch (JsonProcessingException e) {
      if (ReadFailure.isEncoding(e)) {
        sink.add(ReadFailure.notUtf8(e, sink.source()));
        return;
      }
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      if (isValueLengthLimit(e)) {
        line = e.getLocation() == null ? rowLine[0] : line;
        sink.add(Problem.of("", "a value is longer than " + maxValueLength + " characters")
            .withSuggestion("look for an unclosed quote, which runs on to the end of the file; "
                + "values are limited to 1,000,000 characters, or to "
                + "ReadLimits.maxDocumentChars if lower")
            .withPosition(sink.source(), line, 0));
        return;
      }
      Optional<Character> separator = Separators.afterQuote(e.getOriginalMessage());
      if (separator.isPresent()) {
        sink.add(Problem.of("", Separators.message(separator.get(), ','))
            .withSuggestion(Separators.SAVE_WITH_COMMAS)
            .withPosition(sink.source(), line, 0));
        return;
      }
      sink.add(Problem.of("", "CSV syntax error: " + Node.abbreviate(
          String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("")))
          .withSuggestion("check the quoting at this place").withPosition(sink.source(), line, 0));
    } catch (IOException | RuntimeException e) {
      if (e instanceof RuntimeException && !ReadFailure.isReadFailure((RuntimeException) e)) {
        throw (RuntimeException) e;
      }
      if (ReadFailure.isEncoding(e)) {
        sink.add(ReadFailure.notUtf8(e, sink.source()));
        return;
      }
      sink.add(Problem.of("", "the file could not be read as CSV: " + Node.abbreviate(
          String.valueOf(e.getMessage()).lines().findFirst().orElse("")))
          .withSource(sink.source()));
    }
  }

  /** Carries an exception of the rows' action past the catch clauses for reading failures. */
  private static final class ActionFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ActionFailure(RuntimeException cause) {
      super(null, cause, false, false);
    }

    @Override
    public synchronized RuntimeException getCause() {
      return (RuntimeException) super.getCause();
    }
  }

  /** Whether a failure is the value length limit (the CSV parser may wrap it). */
  private static boolean isValueLengthLimit(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof StreamConstraintsException
          || String.valueOf(t.getMessage()).startsWith("String value length")) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, Integer> header(String[] header, List<String> required,
      List<String> optional, ProblemSink sink) {
    Map<String, Integer> columns = new HashMap<>();
    List<String> known = new ArrayList<>(required);
    known.addAll(optional);
    Optional<Character> separator = Separators.misused(header, ',', known);
    if (separator.isPresent()) {
      sink.add(Problem.of("", Separators.message(separator.get(), ','))
          .withSuggestion(Separators.SAVE_WITH_COMMAS).withPosition(sink.source(), 1, 0));
      return columns;
    }
    for (int i = 0; i < header.length; i++) {
      String name = header[i].strip();
      if (columns.putIfAbsent(name, i) != null) {
        sink.add(Problem.of(name, "the column '" + name + "' appears twice in the header")
            .withPosition(sink.source(), 1, i + 1));
      } else if (!known.contains(name) && !name.startsWith("x-")) {
        sink.add(Problem.of(name, "unknown column '" + name + "'")
            .withSuggestion(Suggestions.closest(name, known).map(s -> "did you mean '" + s + "'?")
                .orElse("known columns: " + String.join(",", known)))
            .withPosition(sink.source(), 1, i + 1));
      }
    }
    for (String column : required) {
      if (!columns.containsKey(column)) {
        sink.add(Problem.of(column, "the header has no column '" + column + "'")
            .withSuggestion("the first line names the columns: " + String.join(",", required))
            .withPosition(sink.source(), 1, 0));
      }
    }
    return columns;
  }
}
