package org.sppathways.io.frameworks;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sppathways.io.ReadLimits;
import org.sppathways.io.internal.CsvRows;
import org.sppathways.io.internal.ProblemSink;
import org.sppathways.io.internal.Utf8Reader;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.ModelException;
import org.sppathways.model.Problem;
import org.sppathways.model.SpPathwaysException;
import org.sppathways.model.TypedId;

/**
 * A competency crosswalk as read from its CSV file ({@code from,to[,levelFrom,levelTo]}): the
 * rows that passed the checks of the file on its own (ids, whole numbers, both levels or
 * neither, no duplicate or conflicting rows), each with its place in the file, so that the
 * checks against the two models ({@link ModelMerge#merge}) can point at the row. Immutable.
 */
final class Crosswalk {
  static final List<String> REQUIRED = List.of("from", "to");
  static final List<String> OPTIONAL = List.of("levelFrom", "levelTo");

  /** One row: a competency of the merged-in model, the base's competency, optional levels. */
  record Row(int line, CompetencyId from, CompetencyId to, Optional<Integer> levelFrom,
      Optional<Integer> levelTo, Map<String, Integer> columns) {
    /** A problem of this row, placed at a column. */
    Problem problem(String source, String column, String message, String suggestion) {
      Problem p = Problem.of(column, message);
      if (suggestion != null) {
        p = p.withSuggestion(suggestion);
      }
      return p.withPosition(source, line, columns.getOrDefault(column, 0));
    }
  }

  private final String source;
  private final List<Row> rows;

  private Crosswalk(String source, List<Row> rows) {
    this.source = source;
    this.rows = List.copyOf(rows);
  }

  String source() {
    return source;
  }

  List<Row> rows() {
    return rows;
  }

  /** Reads a crosswalk file (UTF-8 CSV). */
  static Crosswalk read(Path file) {
    if (Files.isDirectory(file)) {
      throw new SpPathwaysException("'" + file + "' is a directory, not a crosswalk file");
    }
    try (Reader reader = new Utf8Reader(Files.newInputStream(file))) {
      return read(reader, file.toString());
    } catch (NoSuchFileException e) {
      throw new SpPathwaysException("file not found: " + file);
    } catch (IOException e) {
      throw new SpPathwaysException("cannot read '" + file + "': " + e.getMessage(), e);
    }
  }

  /**
   * Reads a crosswalk from CSV text.
   *
   * @throws ModelException listing every bad row, each at its line and column
   */
  static Crosswalk read(Reader reader, String source) {
    ReadLimits limits = ReadLimits.defaults();
    ProblemSink sink = new ProblemSink(source, limits.maxProblems());
    List<Row> rows = new ArrayList<>();
    // the first row of each competency, and of each (competency, level), for duplicates
    Map<CompetencyId, Row> byFrom = new HashMap<>();
    Map<List<Object>, Row> byLevel = new HashMap<>();
    new CsvRows(limits).read(reader, REQUIRED, OPTIONAL, sink, row -> {
      CompetencyId from = id(row, "from");
      CompetencyId to = id(row, "to");
      boolean hasFrom = row.get("levelFrom").isPresent();
      boolean hasTo = row.get("levelTo").isPresent();
      Integer levelFrom = row.integer("levelFrom", 1, Integer.MAX_VALUE);
      Integer levelTo = row.integer("levelTo", 1, Integer.MAX_VALUE);
      if (hasFrom != hasTo) {
        String missing = hasFrom ? "levelTo" : "levelFrom";
        row.problem(missing, "the row gives " + (hasFrom ? "levelFrom" : "levelTo")
            + " but no " + missing, Optional.of("give both levels, to map one level, or "
            + "neither, to keep every level as it is"));
        return;
      }
      if (from == null || to == null || hasFrom && (levelFrom == null || levelTo == null)) {
        return;
      }
      Map<String, Integer> columns = new HashMap<>();
      for (String c : List.of("from", "to", "levelFrom", "levelTo")) {
        columns.put(c, row.column(c));
      }
      Row r = new Row(row.line(), from, to, Optional.ofNullable(levelFrom),
          Optional.ofNullable(levelTo), Map.copyOf(columns));
      Row first = byFrom.get(from);
      if (first != null && !first.to().equals(to)) {
        row.problem("to", "competency '" + from + "' is mapped to '" + first.to() + "' on line "
            + first.line() + " and to '" + to + "' here", Optional.of("map each competency to "
            + "one competency of the base model: delete one of the two rows"));
        return;
      }
      if (first != null && first.levelFrom().isPresent() != hasFrom) {
        row.problem(hasFrom ? "levelFrom" : "from", "line " + first.line() + " maps "
            + (first.levelFrom().isPresent() ? "one level" : "every level") + " of '" + from
            + "' and this row " + (hasFrom ? "one level" : "every level"),
            Optional.of("give levels on every row of '" + from + "', or on none"));
        return;
      }
      List<Object> key = List.of(from, levelFrom == null ? 0 : levelFrom);
      Row same = byLevel.get(key);
      if (same != null) {
        boolean repeat = same.levelTo().equals(r.levelTo());
        String what = "'" + from + "'" + (hasFrom ? " level " + levelFrom : "");
        row.problem(hasFrom ? "levelTo" : "from", repeat ? "the row repeats line " + same.line()
            : what + " is mapped to level " + same.levelTo().orElseThrow() + " on line "
                + same.line() + " and to level " + levelTo + " here",
            Optional.of(repeat ? "delete one of the two rows" : "keep the row with the right "
                + "level and delete the other"));
        return;
      }
      byFrom.putIfAbsent(from, r);
      byLevel.put(key, r);
      rows.add(r);
    });
    sink.throwIfAny("competency crosswalk");
    return new Crosswalk(source, rows);
  }

  private static CompetencyId id(CsvRows.Row row, String column) {
    String text = row.required(column);
    if (text == null) {
      return null;
    }
    String problem = TypedId.problem(text);
    if (problem != null) {
      row.problem(column, "the id " + problem, Optional.empty());
      return null;
    }
    return CompetencyId.of(text);
  }
}
