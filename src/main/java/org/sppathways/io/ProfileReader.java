package org.sppathways.io;

import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.sppathways.io.internal.CsvRows;
import org.sppathways.io.internal.Fields;
import org.sppathways.io.internal.Node;
import org.sppathways.io.internal.ProblemSink;
import org.sppathways.io.internal.References;
import org.sppathways.io.internal.TreeParser;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.Completion;
import org.sppathways.model.CourseId;
import org.sppathways.model.ModelException;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.PersonId;
import org.sppathways.model.Population;
import org.sppathways.model.RoleId;
import org.sppathways.model.SpPathwaysException;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;

/**
 * Reads worker profiles from YAML, JSON ({@code format: sp-pathways-profiles/1}) or CSV, checked
 * against a model: every role, organisation type, competency and course must be in the model,
 * and every level within its scale (0 = not held).
 *
 * <pre>{@code
 * Population people = ProfileReader.of(model).read(Path.of("people.csv"));
 * }</pre>
 *
 * <p>CSV files have the header {@code person,role,organisationType,monthsInRole,competency,level}
 * and one row per person and competency; a person's rows are contiguous and agree on role,
 * organisation type and months in role. Two optional columns carry dates: {@code until}, the day
 * the row's held level lapses, and {@code completed}, one completed course per row, written
 * {@code care-certificate} or {@code safeguarding-adults-l3@2023-05-02} (a row may carry a
 * competency, a completed course or both). In YAML and JSON:
 * <pre>{@code
 * completed: [{course: safeguarding-adults-l3, date: 2023-05-02}, care-certificate]
 * holds: {safeguarding-adults: {level: 3, until: 2026-05-02}, listening: 3}
 * }</pre> Problems name the person, the id and the place
 * (path, or line and column); they never quote held levels, months or hours, so that a problem
 * report carries no more personal data than the person's id.
 *
 * <p>Reading takes O(n) time for n rows or entries. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ProfileReader {

  /** The value of the {@code format} field of YAML and JSON profile files. */
  public static final String FORMAT = "sp-pathways-profiles/1";

  /** The required CSV columns, in their documented order. */
  public static final List<String> CSV_COLUMNS =
      List.of("person", "role", "organisationType", "monthsInRole", "competency", "level");

  /**
   * The optional CSV columns: {@code until}, the day the held level of the row lapses, and
   * {@code completed}, one completed course, written {@code course} or {@code course@YYYY-MM-DD}.
   *
   * @since 0.1.0
   */
  public static final List<String> OPTIONAL_CSV_COLUMNS = List.of("until", "completed");

  /** The separator between a course and its completion day in the CSV {@code completed} column. */
  public static final char DATE_SEPARATOR = '@';

  private static final String DATE_FIX = "write the day as YYYY-MM-DD, e.g. 2023-05-02";

  private static final List<String> PERSON_FIELDS = List.of("id", "role", "organisationType",
      "monthsInRole", "contractedHours", "workedHours", "holds", "completed");

  private final WorkforceModel model;
  private final ReadLimits limits;
  private final References references;

  private ProfileReader(WorkforceModel model, ReadLimits limits) {
    this.model = Objects.requireNonNull(model, "model");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.references = new References(model);
  }

  /** A reader checking profiles against a model, with default limits. */
  public static ProfileReader of(WorkforceModel model) {
    return new ProfileReader(model, ReadLimits.defaults());
  }

  /** A reader checking profiles against a model, with the given limits. */
  public static ProfileReader of(WorkforceModel model, ReadLimits limits) {
    return new ProfileReader(model, limits);
  }

  /**
   * Reads a profiles file; the format follows the extension ({@code .yaml}, {@code .yml},
   * {@code .json}, {@code .csv}).
   *
   * @throws ModelException listing every problem, if the file is invalid
   * @throws SpPathwaysException if the file cannot be read or its extension is not known
   */
  public Population read(Path file) {
    FileFormat format = Sources.format(file, FileFormat.YAML, FileFormat.JSON, FileFormat.CSV);
    return Sources.withReader(file, limits, reader -> read(reader, file.toString(), format));
  }

  /**
   * Reads profiles from text.
   *
   * @throws ModelException listing every problem, if the text is invalid
   */
  public Population read(String text, String sourceName, FileFormat format) {
    Objects.requireNonNull(format, "format");
    return read(new StringReader(text), sourceName, format);
  }

  /**
   * Reads profiles from a character stream, which the caller closes.
   *
   * @throws ModelException listing every problem, if the document is invalid
   */
  public Population read(Reader reader, String sourceName, FileFormat format) {
    List<WorkerProfile> people = new ArrayList<>();
    forEach(reader, sourceName, format, people::add);
    return Population.of(people);
  }

  /**
   * Streams the profiles of a file to an action, one at a time, without holding them all: CSV
   * files are read row by row, so a file of millions of profiles needs little memory (the reader
   * keeps only the set of person ids seen, to report a person whose rows are split: about 100
   * bytes per person, so a million people need about 128 MiB of heap, and 250,000 people of
   * four rows each stream in 64 MiB). YAML and JSON files are parsed whole first, within
   * {@link ReadLimits}.
   *
   * <p>Profiles with a problem are not passed on; after the last profile, every problem is
   * thrown together.
   *
   * <pre>{@code
   * ProfileReader.of(model).forEach(Path.of("people.csv"), person -> tally(person));
   * }</pre>
   *
   * @throws ModelException listing every problem, after the valid profiles were passed on
   * @throws SpPathwaysException if the file cannot be read or its extension is not known
   */
  public void forEach(Path file, Consumer<? super WorkerProfile> action) {
    Objects.requireNonNull(action, "action");
    FileFormat format = Sources.format(file, FileFormat.YAML, FileFormat.JSON, FileFormat.CSV);
    Sources.withReader(file, limits, reader -> {
      forEach(reader, file.toString(), format, action);
      return null;
    });
  }

  /**
   * Streams the profiles of a character stream (closed by the caller) to an action.
   *
   * @throws ModelException listing every problem, after the valid profiles were passed on
   */
  public void forEach(Reader reader, String sourceName, FileFormat format,
      Consumer<? super WorkerProfile> action) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(action, "action");
    ProblemSink sink = new ProblemSink(sourceName, limits.maxProblems());
    if (format == FileFormat.CSV) {
      readCsv(reader, sink, action);
    } else {
      readTree(reader, format, sink, action);
    }
    sink.throwIfAny("profiles file");
  }

  private void readTree(Reader reader, FileFormat format, ProblemSink sink,
      Consumer<? super WorkerProfile> people) {
    Node root = new TreeParser(limits).parse(reader, format, sink,
        "a profiles file starts with 'format: " + FORMAT + "'");
    if (root == null) {
      return;
    }
    Node formatNode = root instanceof Node.MapNode ? ((Node.MapNode) root).entries().get("format")
        : null;
    if (formatNode == null || !(formatNode instanceof Node.ScalarNode)
        || !FORMAT.equals(((Node.ScalarNode) formatNode).text())) {
      sink.add(formatNode == null ? root : formatNode, "format",
          "this is not an sp-pathways profiles file: it " + (formatNode == null
              ? "has no 'format' field" : "has format " + formatNode.describe()),
          "a profiles file starts with 'format: "
              + FORMAT + "' and lists 'people'");
      return;
    }
    Fields top = Fields.of(root, "", sink, List.of("format", "people"));
    List<Node> items = top.list("people");
    Map<PersonId, Integer> seen = new HashMap<>();
    for (int i = 0; i < items.size() && !sink.isFull(); i++) {
      String path = "people[" + i + "]";
      Fields f = Fields.of(items.get(i), path, sink, PERSON_FIELDS);
      if (f == null) {
        continue;
      }
      int before = sink.count();
      WorkerProfile.Builder b = WorkerProfile.builder();
      PersonId id = f.id("id", PersonId::of, "p-0001");
      String who = id != null ? id.value() : path;
      if (id != null) {
        Integer first = seen.putIfAbsent(id, i);
        if (first != null) {
          sink.add(f.get("id").get(), f.at("id"), "duplicate person id '" + id
              + "', first used at people[" + first + "]", "give each person their own id");
        }
      }
      f.optionalId("role", RoleId::of).ifPresent(r -> {
        if (references.role(r, named(who, report(sink, f, "role")))) {
          b.role(r);
        }
      });
      f.optionalId("organisationType", OrganisationTypeId::of).ifPresent(t -> {
        if (references.organisationType(t, named(who, report(sink, f, "organisationType")))) {
          b.organisationType(t);
        }
      });
      f.optionalInteger("monthsInRole", 0, Integer.MAX_VALUE).ifPresent(b::monthsInRole);
      f.optionalNumber("contractedHours", 0, 168).ifPresent(b::contractedHours);
      f.optionalNumber("workedHours", 0, 168).ifPresent(b::workedHours);
      holds(f, sink, b, who);
      List<Node> completed = f.list("completed");
      for (int j = 0; j < completed.size(); j++) {
        completion(completed.get(j), f.at("completed") + "[" + j + "]", who, sink, b);
      }
      if (sink.count() == before && id != null) {
        people.accept(b.id(id).build());
      }
    }
  }

  /** One entry of {@code completed}: a course id, or {@code {course: id, date: YYYY-MM-DD}}. */
  private void completion(Node node, String at, String who, ProblemSink sink,
      WorkerProfile.Builder b) {
    Node courseNode = node;
    String courseAt = at;
    Optional<LocalDate> date = Optional.empty();
    if (node instanceof Node.MapNode) {
      Fields c = Fields.of(node, at, sink, List.of("course", "date"));
      if (c.get("course").isEmpty()) {
        sink.add(node, c.at("course"), "person '" + who + "': missing required field 'course'",
            "write e.g. {course: care-certificate, date: 2023-05-02}");
        return;
      }
      courseNode = c.get("course").get();
      courseAt = c.at("course");
      if (c.get("date").isPresent()) {
        date = date(c.get("date").get(), c.at("date"), who, sink);
        if (date.isEmpty()) {
          return;
        }
      }
    }
    if (!(courseNode instanceof Node.ScalarNode) || ((Node.ScalarNode) courseNode).isNull()) {
      sink.add(courseNode, courseAt, "expected a course id or {course: id, date: YYYY-MM-DD}, "
          + "found " + courseNode.describe());
      return;
    }
    Node n = courseNode;
    String p = courseAt;
    CourseId course = Fields.id(n, p, ((Node.ScalarNode) n).text(), CourseId::of, sink);
    if (course != null && references.course(course, named(who, (m, s) -> sink.add(n, p, m, s)))) {
      b.addCompletion(date.isPresent() ? Completion.of(course, date.get()) : Completion.of(course));
    }
  }

  /**
   * A day written YYYY-MM-DD; empty (reported without quoting the value, which is personal data)
   * otherwise.
   */
  private static Optional<LocalDate> date(Node node, String at, Object who, ProblemSink sink) {
    if (node instanceof Node.ScalarNode && ((Node.ScalarNode) node).token()
        == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
      Optional<LocalDate> day = parseDate(((Node.ScalarNode) node).text());
      if (day.isPresent()) {
        return day;
      }
    }
    sink.add(node, at, "person '" + who + "': the value is not a day in the form YYYY-MM-DD",
        DATE_FIX);
    return Optional.empty();
  }

  /** A day in ISO form YYYY-MM-DD (four-digit year), empty when the text is not one. */
  static Optional<LocalDate> parseDate(String text) {
    if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  private void holds(Fields f, ProblemSink sink, WorkerProfile.Builder b, String who) {
    Optional<Node> holds = f.get("holds");
    if (holds.isEmpty()) {
      return;
    }
    if (!(holds.get() instanceof Node.MapNode)) {
      sink.add(holds.get(), f.at("holds"), "expected a map of competency to level, found "
          + holds.get().describe(), "write e.g. 'holds: {safeguarding-adults: 2}'");
      return;
    }
    ((Node.MapNode) holds.get()).entries().forEach((key, entry) -> {
      String at = f.at("holds") + "." + key;
      CompetencyId c = Fields.id(entry, at, key, CompetencyId::of, sink);
      Node value = entry;
      String levelAt = at;
      Optional<LocalDate> until = Optional.empty();
      if (entry instanceof Node.MapNode) {
        Fields h = Fields.of(entry, at, sink, List.of("level", "until"));
        if (h.get("level").isEmpty()) {
          sink.add(entry, h.at("level"), "person '" + who + "': missing required field 'level'",
              "write e.g. {level: 3, until: 2026-05-02}");
          return;
        }
        value = h.get("level").get();
        levelAt = h.at("level");
        if (h.get("until").isPresent()) {
          until = date(h.get("until").get(), h.at("until"), who, sink);
          if (until.isEmpty()) {
            return;
          }
        }
      }
      Node v = value;
      String p = levelAt;
      var level = Fields.integer(v, p, 0, Integer.MAX_VALUE, sink);
      if (c != null && references.competency(c, named(who, (m, s) -> sink.add(entry, at, m, s)))
          && level.isPresent() && references.level(level.getAsInt(), true,
              named(who, (m, s) -> sink.add(v, p, m, s)))) {
        b.putHold(c, level.getAsInt());
        until.ifPresent(u -> b.putHoldsUntil(c, u));
      }
    });
  }

  /** A report whose messages start with the person they concern. */
  private static References.Report named(Object person, References.Report report) {
    return (message, suggestion) -> report.problem("person '" + person + "': " + message,
        suggestion);
  }

  private static References.Report report(ProblemSink sink, Fields f, String key) {
    return (message, suggestion) -> sink.add(f.get(key).get(), f.at(key), message, suggestion);
  }

  private void readCsv(Reader reader, ProblemSink sink, Consumer<? super WorkerProfile> people) {
    Set<PersonId> finished = new HashSet<>();
    PersonCsv[] current = new PersonCsv[1];
    new CsvRows(limits).read(reader, CSV_COLUMNS, OPTIONAL_CSV_COLUMNS, sink, row -> {
      String personText = row.required("person");
      if (personText == null) {
        return;
      }
      PersonId id = csvId(row, "person", personText, PersonId::of);
      if (id == null) {
        return;
      }
      if (current[0] == null || !current[0].id.equals(id)) {
        if (current[0] != null) {
          current[0].finish(people, finished, sink);
        }
        if (finished.contains(id)) {
          row.problem("person", "the rows of person '" + id + "' are not together",
              Optional.of("sort the file by person so that each person's rows are contiguous"));
        }
        current[0] = new PersonCsv(id, row, sink.count());
        current[0].header(row);
      } else {
        current[0].agree(row);
      }
      current[0].competency(row);
      current[0].completed(row);
    });
    if (current[0] != null) {
      current[0].finish(people, finished, sink);
    }
  }

  private <T> @Nullable T csvId(CsvRows.Row row, String column, String text,
      java.util.function.Function<String, T> factory) {
    String problem = org.sppathways.model.TypedId.problem(text);
    if (problem != null) {
      row.problem(column, "the id " + problem, Optional.empty());
      return null;
    }
    return factory.apply(text);
  }

  /** The rows of one person in a CSV file. */
  private final class PersonCsv {
    final PersonId id;
    final int firstLine;
    final Optional<String> role;
    final Optional<String> organisationType;
    final Optional<String> months;
    final WorkerProfile.Builder builder = WorkerProfile.builder();
    final Set<CompetencyId> held = new HashSet<>();
    final int problemsBefore;

    PersonCsv(PersonId id, CsvRows.Row row, int problemsBefore) {
      this.problemsBefore = problemsBefore;
      this.id = id;
      this.firstLine = row.line();
      this.role = row.get("role");
      this.organisationType = row.get("organisationType");
      this.months = row.get("monthsInRole");
      builder.id(id);
    }

    void header(CsvRows.Row row) {
      role.ifPresent(text -> {
        RoleId r = csvId(row, "role", text, RoleId::of);
        if (r != null && references.role(r, named(id, (m, s) -> row.problem("role", m, s)))) {
          builder.role(r);
        }
      });
      organisationType.ifPresent(text -> {
        OrganisationTypeId t = csvId(row, "organisationType", text, OrganisationTypeId::of);
        if (t != null && references.organisationType(t,
            named(id, (m, s) -> row.problem("organisationType", m, s)))) {
          builder.organisationType(t);
        }
      });
      Integer m = row.integer("monthsInRole", 0, Integer.MAX_VALUE);
      if (m != null) {
        builder.monthsInRole(m);
      }
    }

    void agree(CsvRows.Row row) {
      agree(row, "role", role);
      agree(row, "organisationType", organisationType);
      agree(row, "monthsInRole", months);
    }

    private void agree(CsvRows.Row row, String column, Optional<String> first) {
      if (!row.get(column).equals(first)) {
        row.problem(column, "person '" + id + "' has a different " + column
            + " here than on line " + firstLine,
            Optional.of("give every row of a person the same " + column));
      }
    }

    void completed(CsvRows.Row row) {
      Optional<String> cell = row.get("completed");
      if (cell.isEmpty()) {
        return;
      }
      String text = cell.get();
      // The day follows the last '@' and starts with a digit; ids may themselves contain '@'.
      int at = text.lastIndexOf(DATE_SEPARATOR);
      if (at >= 0 && (at + 1 == text.length() || !Character.isDigit(text.charAt(at + 1)))) {
        at = -1;
      }
      String courseText = at < 0 ? text : text.substring(0, at).strip();
      Optional<LocalDate> date = Optional.empty();
      if (at >= 0) {
        date = parseDate(text.substring(at + 1).strip());
        if (date.isEmpty()) {
          row.problem("completed", "person '" + id + "': the completion day is not a day in the "
              + "form YYYY-MM-DD", Optional.of("write course@YYYY-MM-DD, e.g. "
              + "care-certificate@2023-05-02, or the course alone"));
          return;
        }
      }
      CourseId course = csvId(row, "completed", courseText, CourseId::of);
      if (course != null && references.course(course,
          named(id, (m, s) -> row.problem("completed", m, s)))) {
        builder.addCompletion(date.isPresent() ? Completion.of(course, date.get())
            : Completion.of(course));
      }
    }

    void competency(CsvRows.Row row) {
      Optional<String> c = row.get("competency");
      Optional<String> levelText = row.get("level");
      Optional<String> untilText = row.get("until");
      if (c.isEmpty()) {
        if (levelText.isPresent()) {
          row.problem("competency", "a level is given without a competency",
              Optional.of("name the competency, or leave both empty for a person with none"));
        }
        if (untilText.isPresent()) {
          row.problem("until", "a lapse day is given without a competency",
              Optional.of("give 'until' on the row of the held level it ends"));
        }
        return;
      }
      Optional<LocalDate> until = Optional.empty();
      if (untilText.isPresent()) {
        until = parseDate(untilText.get());
        if (until.isEmpty()) {
          row.problem("until", "person '" + id + "': the value is not a day in the form "
              + "YYYY-MM-DD", Optional.of(DATE_FIX));
          return;
        }
      }
      CompetencyId competency = csvId(row, "competency", c.get(), CompetencyId::of);
      if (competency == null
          || !references.competency(competency,
              named(id, (m, s) -> row.problem("competency", m, s)))) {
        return;
      }
      if (levelText.isEmpty()) {
        row.problem("level", "the level of '" + competency + "' is empty",
            Optional.of("write a level from 0 to " + model.scale().maxLevel()));
        return;
      }
      Integer level = row.integer("level", Integer.MIN_VALUE, Integer.MAX_VALUE);
      if (level == null || !references.level(level, true,
          named(id, (m, s) -> row.problem("level", m, s)))) {
        return;
      }
      if (held.contains(competency)) {
        row.problem("competency", "person '" + id + "' has two rows for competency '"
            + competency + "'", Optional.of("keep one row per person and competency"));
        return;
      }
      held.add(competency);
      builder.putHold(competency, level);
      until.ifPresent(u -> builder.putHoldsUntil(competency, u));
    }

    void finish(Consumer<? super WorkerProfile> people, Set<PersonId> finished, ProblemSink sink) {
      finished.add(id);
      if (sink.count() == problemsBefore) {
        people.accept(builder.build());
      }
    }
  }
}
