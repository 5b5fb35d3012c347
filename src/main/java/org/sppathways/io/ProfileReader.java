package org.sppathways.io;

import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
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
 * organisation type and months in role. Problems name the person, the id and the place
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
        String at = f.at("completed") + "[" + j + "]";
        Node node = completed.get(j);
        if (!(node instanceof Node.ScalarNode) || ((Node.ScalarNode) node).isNull()) {
          sink.add(node, at, "expected a course id, found " + node.describe());
          continue;
        }
        CourseId course = Fields.id(node, at, ((Node.ScalarNode) node).text(), CourseId::of, sink);
        if (course != null
            && references.course(course, named(who, (m, s) -> sink.add(node, at, m, s)))) {
          b.addCompleted(course);
        }
      }
      if (sink.count() == before && id != null) {
        people.accept(b.id(id).build());
      }
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
    ((Node.MapNode) holds.get()).entries().forEach((key, value) -> {
      String at = f.at("holds") + "." + key;
      CompetencyId c = Fields.id(value, at, key, CompetencyId::of, sink);
      var level = Fields.integer(value, at, 0, Integer.MAX_VALUE, sink);
      if (c != null && references.competency(c, named(who, (m, s) -> sink.add(value, at, m, s)))
          && level.isPresent() && references.level(level.getAsInt(), true,
              named(who, (m, s) -> sink.add(value, at, m, s)))) {
        b.putHold(c, level.getAsInt());
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
    new CsvRows(limits).read(reader, CSV_COLUMNS, List.of(), sink, row -> {
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

    void competency(CsvRows.Row row) {
      Optional<String> c = row.get("competency");
      Optional<String> levelText = row.get("level");
      if (c.isEmpty()) {
        if (levelText.isPresent()) {
          row.problem("competency", "a level is given without a competency",
              Optional.of("name the competency, or leave both empty for a person with none"));
        }
        return;
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
    }

    void finish(Consumer<? super WorkerProfile> people, Set<PersonId> finished, ProblemSink sink) {
      finished.add(id);
      if (sink.count() == problemsBefore) {
        people.accept(builder.build());
      }
    }
  }
}
