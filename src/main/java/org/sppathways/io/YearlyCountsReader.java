package org.sppathways.io;

import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.sppathways.evidence.YearlyCount;
import org.sppathways.io.internal.CsvRows;
import org.sppathways.io.internal.ProblemSink;
import org.sppathways.model.ModelException;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.SpPathwaysException;
import org.sppathways.model.TypedId;
import org.sppathways.model.WorkforceModel;
import org.sppathways.model.internal.Suggestions;

/**
 * Reads yearly aggregate counts of a workforce — headcount at the start of each year, starters,
 * leavers and movers per role — from CSV, checked against a model, for estimating rates when no
 * person-level histories exist (documented in {@code docs/reference/format.md}).
 *
 * <p>Columns {@code year,role,organisationType,headcount,starters,leavers,to,movers}
 * ({@code year} and {@code role} required in the header). A <em>year row</em> leaves {@code to}
 * empty and gives {@code headcount} (people in the role at the start of the year), and
 * optionally {@code starters} (joined the workforce into the role during the year) and
 * {@code leavers} (of those at the start, left the workforce during it); a <em>move row</em>
 * gives {@code to} (a role) and {@code movers} (of those at the start, moved to it during the
 * year). Each (year, role, organisation type) has one year row, and its leavers and movers
 * together are at most its headcount.
 *
 * <pre>{@code
 * List<YearlyCount> counts = YearlyCountsReader.of(model).read(Path.of("counts.csv"));
 * RateEstimates e = RateEstimator.of(model).estimate(counts);
 * }</pre>
 *
 * <p>Reading takes O(n log n) time for n rows. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class YearlyCountsReader {

  /** The required CSV columns. */
  public static final List<String> CSV_COLUMNS = List.of("year", "role");

  /** The optional CSV columns. */
  public static final List<String> OPTIONAL_CSV_COLUMNS = List.of("organisationType",
      "headcount", "starters", "leavers", "to", "movers");

  private final WorkforceModel model;
  private final ReadLimits limits;

  private YearlyCountsReader(WorkforceModel model, ReadLimits limits) {
    this.model = Objects.requireNonNull(model, "model");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** A reader checking counts against a model, with default limits. */
  public static YearlyCountsReader of(WorkforceModel model) {
    return new YearlyCountsReader(model, ReadLimits.defaults());
  }

  /** A reader checking counts against a model, with the given limits. */
  public static YearlyCountsReader of(WorkforceModel model, ReadLimits limits) {
    return new YearlyCountsReader(model, limits);
  }

  /**
   * Reads a counts file ({@code .csv}).
   *
   * @throws ModelException listing every problem, if the file is invalid
   * @throws SpPathwaysException if the file cannot be read or is not named {@code .csv}
   */
  public List<YearlyCount> read(Path file) {
    Sources.format(file, FileFormat.CSV);
    return Sources.withReader(file, limits, reader -> read(reader, file.toString()));
  }

  /**
   * Reads counts from CSV text.
   *
   * @throws ModelException listing every problem, if the text is invalid
   */
  public List<YearlyCount> read(String text, String sourceName) {
    return read(new StringReader(text), sourceName);
  }

  /** A year row being read: its counts and where it is. */
  private static final class YearRow {
    final int line;
    final int leaversColumn;
    final long headcount;
    final long starters;
    final long leavers;
    final Map<RoleId, Long> movers = new TreeMap<>();
    long moved;

    YearRow(int line, int leaversColumn, long headcount, long starters, long leavers) {
      this.line = line;
      this.leaversColumn = leaversColumn;
      this.headcount = headcount;
      this.starters = starters;
      this.leavers = leavers;
    }
  }

  private record Key(int year, RoleId role, Optional<OrganisationTypeId> type) {}

  private record Move(Key key, RoleId to, long movers, CsvRows.Row row) {}

  /**
   * Reads counts from a character stream, which the caller closes.
   *
   * @throws ModelException listing every problem, if the document is invalid
   */
  public List<YearlyCount> read(Reader reader, String sourceName) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(sourceName, "sourceName");
    ProblemSink sink = new ProblemSink(sourceName, limits.maxProblems());
    Map<Key, YearRow> years = new LinkedHashMap<>();
    List<Move> moves = new ArrayList<>();
    Map<List<Object>, Integer> moveLines = new java.util.HashMap<>();
    new CsvRows(limits).read(reader, CSV_COLUMNS, OPTIONAL_CSV_COLUMNS, sink, row -> {
      Integer year = row.integer("year", 1900, 2200);
      if (year == null && row.get("year").isEmpty()) {
        row.problem("year", "the year is missing", Optional.of("give the year, e.g. 2023"));
      }
      Role role = role(row, "role");
      if (row.get("role").isEmpty()) {
        row.problem("role", "the role is missing", Optional.of("give a role id of the model"));
      }
      OrganisationTypeId type = type(row, role);
      boolean typeOk = row.get("organisationType").isEmpty() || type != null;
      if (row.get("to").isEmpty()) {
        if (row.get("movers").isPresent()) {
          row.problem("movers", "movers need the role moved to in 'to'",
              Optional.of("put movers on their own row with 'to'"));
        }
        Integer headcount = row.integer("headcount", 0, Integer.MAX_VALUE);
        if (headcount == null && row.get("headcount").isEmpty()) {
          row.problem("headcount", "the headcount at the start of the year is missing",
              Optional.of("a row without 'to' gives the year's headcount, starters and leavers"));
        }
        Integer starters = row.integer("starters", 0, Integer.MAX_VALUE);
        Integer leavers = row.integer("leavers", 0, Integer.MAX_VALUE);
        if (year != null && role != null && typeOk && headcount != null) {
          Key key = new Key(year, role.id(), Optional.ofNullable(type));
          YearRow previous = years.get(key);
          if (previous != null) {
            row.problem("year", "the year " + year + " of '" + role.id() + "'"
                + (type == null ? "" : " in '" + type + "'") + " is given twice, first at line "
                + previous.line, Optional.of("give each year of a role once"));
          } else {
            years.put(key, new YearRow(row.line(), row.column("leavers"), headcount,
                starters == null ? 0 : starters, leavers == null ? 0 : leavers));
          }
        }
      } else {
        for (String column : List.of("headcount", "starters", "leavers")) {
          if (row.get(column).isPresent()) {
            row.problem(column, "a move row (with 'to') gives only 'movers'",
                Optional.of("put '" + column + "' on the year's row without 'to'"));
          }
        }
        Role to = role(row, "to");
        Integer movers = row.integer("movers", 0, Integer.MAX_VALUE);
        if (movers == null && row.get("movers").isEmpty()) {
          row.problem("movers", "the movers are missing", Optional.of("give how many moved"));
        }
        if (to != null && role != null && to.id().equals(role.id())) {
          row.problem("to", "a move to the role itself", Optional.of("give another role"));
          to = null;
        }
        if (year != null && role != null && typeOk && to != null && movers != null) {
          Key key = new Key(year, role.id(), Optional.ofNullable(type));
          Integer first = moveLines.putIfAbsent(List.of(key, to.id()), row.line());
          if (first != null) {
            row.problem("to", "the movers to '" + to.id() + "' are given twice for this year, "
                + "first at line " + first, Optional.of("give each move once a year"));
          } else {
            moves.add(new Move(key, to.id(), movers, row));
          }
        }
      }
    });
    for (Move m : moves) {
      YearRow y = years.get(m.key());
      if (y == null) {
        m.row().problem("to", "there is no year row (headcount) for these movers",
            Optional.of("add a row for year " + m.key().year() + " of '" + m.key().role()
                + "' with its headcount"));
        continue;
      }
      y.movers.put(m.to(), m.movers());
      y.moved += m.movers();
    }
    List<YearlyCount> counts = new ArrayList<>();
    years.forEach((key, y) -> {
      if (y.leavers + y.moved > y.headcount) {
        sink.add(org.sppathways.model.Problem.of("leavers", "leavers and movers ("
            + (y.leavers + y.moved) + ") exceed the headcount at the start of the year ("
            + y.headcount + ")").withSuggestion("count only people in the role at the start of "
            + "the year").withPosition(sink.source(), y.line, y.leaversColumn));
        return;
      }
      counts.add(new YearlyCount(key.year(), key.role(), key.type(), y.headcount, y.starters,
          y.leavers, y.movers));
    });
    sink.throwIfAny("counts file");
    counts.sort(java.util.Comparator.comparingInt(YearlyCount::year)
        .thenComparingInt(c -> model.roleIndex(c.role()))
        .thenComparing(c -> c.organisationType().map(Object::toString).orElse("")));
    return counts;
  }

  private @Nullable Role role(CsvRows.Row row, String column) {
    Optional<String> text = row.get(column);
    if (text.isEmpty()) {
      return null;
    }
    Optional<Role> known = TypedId.problem(text.get()) == null
        ? model.findRole(RoleId.of(text.get())) : Optional.empty();
    if (known.isEmpty()) {
      row.problem(column, "unknown role '" + abbreviate(text.get()) + "'",
          Optional.of(Suggestions.closest(text.get(), model.roles().stream()
              .map(r -> r.id().value()).toList()).map(s -> "did you mean '" + s + "'?")
              .orElse("use a role id of the model")));
      return null;
    }
    return known.get();
  }

  private @Nullable OrganisationTypeId type(CsvRows.Row row, @Nullable Role role) {
    Optional<String> text = row.get("organisationType");
    if (text.isEmpty()) {
      return null;
    }
    List<String> ids = model.organisationTypes().stream().map(t -> t.id().value()).toList();
    if (!ids.contains(text.get())) {
      row.problem("organisationType", "unknown organisation type '" + abbreviate(text.get())
          + "'", Optional.of(Suggestions.closest(text.get(), ids).map(s -> "did you mean '" + s
          + "'?").orElse("use one of: " + String.join(", ", ids))));
      return null;
    }
    OrganisationTypeId type = OrganisationTypeId.of(text.get());
    if (role != null && !role.external() && !role.offeredBy().contains(type)) {
      row.problem("organisationType", "organisation type '" + type + "' does not offer role '"
          + role.id() + "'", Optional.of("leave the type empty, or use one offering the role"));
      return null;
    }
    return type;
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
