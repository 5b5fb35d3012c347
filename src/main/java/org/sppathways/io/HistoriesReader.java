package org.sppathways.io;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.sppathways.evidence.Spell;
import org.sppathways.io.internal.CsvRows;
import org.sppathways.io.internal.Fields;
import org.sppathways.io.internal.LongHashSet;
import org.sppathways.io.internal.Node;
import org.sppathways.io.internal.ProblemSink;
import org.sppathways.io.internal.TreeParser;
import org.sppathways.model.ModelException;
import org.sppathways.model.OrganisationTypeId;
import org.sppathways.model.PersonId;
import org.sppathways.model.Problem;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.SpPathwaysException;
import org.sppathways.model.TypedId;
import org.sppathways.model.WorkforceModel;
import org.sppathways.model.internal.Suggestions;

/**
 * Reads career histories — spells of people in roles — from CSV (columns
 * {@code person,role,organisationType,start,end,to}) or YAML/JSON
 * ({@code format: sp-pathways-histories/1}, a list {@code spells}), checked against a model, and
 * streams them to an action (documented in {@code docs/reference/format.md}).
 *
 * <p>Each spell: {@code person} an id; {@code role} a role of the model; {@code organisationType}
 * (optional) a type offering the role; {@code start} and {@code end} ISO days ({@code end} empty
 * while the spell goes on, the last day in the role otherwise); {@code to} the role moved to,
 * {@code left} when the person left the workforce, or empty when the spell goes on or its end has
 * no known destination (censored).
 *
 * <p><b>One person's spells together.</b> All the spells of a person must be next to each other
 * in the file (sorted by person; within a person, any order). The reader holds one person's spells
 * at a time, checks them together — no two overlap (a spell may start on the day the previous one
 * ends), and a {@code to} naming a workforce role is the role of the person's next spell, when
 * there is one — and passes them on in order of start. To find a person whose spells are split,
 * it remembers a 64-bit hash of each person id (11 to 22 bytes a person): memory grows with the
 * number of people, not of spells, and two different ids share a hash with probability about
 * p²/2⁶⁵ for p people (10⁻⁷ for a million). Sort a file with e.g.
 * {@code sort -t, -k1,1 -s} (keeping the header first) when it is not grouped.
 *
 * <p><b>Personal data.</b> Person ids, and a person's days, never appear in a problem: problems
 * say {@code line 12} (or {@code spells[3]}) and the column.
 *
 * <pre>{@code
 * RateEstimates e = RateEstimator.of(model)
 *     .estimate(action -> HistoriesReader.of(model).forEach(Path.of("histories.csv"), action));
 * }</pre>
 *
 * <p>Reading takes O(n log k) time for n spells, k the most spells of one person. CSV is streamed
 * row by row; YAML and JSON are parsed whole first, within {@link ReadLimits}. This class is
 * immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class HistoriesReader {

  /** The value of the {@code format} field of YAML and JSON histories files. */
  public static final String FORMAT = "sp-pathways-histories/1";

  /** The required CSV columns. */
  public static final List<String> CSV_COLUMNS = List.of("person", "role", "start");

  /** The optional CSV columns. */
  public static final List<String> OPTIONAL_CSV_COLUMNS = List.of("organisationType", "end", "to");

  /** The value of {@code to} for a person who left the workforce. */
  public static final String LEFT = "left";

  private static final List<String> FIELDS = List.of("person", "role", "organisationType",
      "start", "end", "to");
  private static final HashFunction HASH = Hashing.murmur3_128(20);

  private final WorkforceModel model;
  private final ReadLimits limits;

  private HistoriesReader(WorkforceModel model, ReadLimits limits) {
    this.model = Objects.requireNonNull(model, "model");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** A reader checking histories against a model, with default limits. */
  public static HistoriesReader of(WorkforceModel model) {
    return new HistoriesReader(model, ReadLimits.defaults());
  }

  /** A reader checking histories against a model, with the given limits. */
  public static HistoriesReader of(WorkforceModel model, ReadLimits limits) {
    return new HistoriesReader(model, limits);
  }

  /**
   * Streams the spells of a file to an action, one person at a time; the format follows the
   * extension ({@code .csv}, {@code .yaml}, {@code .yml}, {@code .json}). The spells of a person
   * with a problem are not passed on; after the last spell, every problem is thrown together.
   *
   * @throws ModelException listing every problem, after the valid spells were passed on
   * @throws SpPathwaysException if the file cannot be read or its extension is not known
   */
  public void forEach(Path file, Consumer<? super Spell> action) {
    Objects.requireNonNull(action, "action");
    FileFormat format = Sources.format(file, FileFormat.CSV, FileFormat.YAML, FileFormat.JSON);
    Sources.withReader(file, limits, reader -> {
      forEach(reader, file.toString(), format, action);
      return null;
    });
  }

  /**
   * Streams the spells of a text to an action.
   *
   * @throws ModelException listing every problem, after the valid spells were passed on
   */
  public void forEach(String text, String sourceName, FileFormat format,
      Consumer<? super Spell> action) {
    forEach(new StringReader(text), sourceName, format, action);
  }

  /**
   * Streams the spells of a character stream (closed by the caller) to an action.
   *
   * @throws ModelException listing every problem, after the valid spells were passed on
   */
  public void forEach(Reader reader, String sourceName, FileFormat format,
      Consumer<? super Spell> action) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(action, "action");
    ProblemSink sink = new ProblemSink(sourceName, limits.maxProblems());
    Grouper people = new Grouper(sink, action);
    if (format == FileFormat.CSV) {
      new CsvRows(limits).read(reader, CSV_COLUMNS, OPTIONAL_CSV_COLUMNS, sink, row -> {
        int[] columns = new int[FIELDS.size()];
        for (int i = 0; i < columns.length; i++) {
          columns[i] = row.column(FIELDS.get(i));
        }
        Place place = new CsvPlace(sink, row.line(), columns);
        people.add(row.get("person"), row.get("role"), row.get("organisationType"),
            row.get("start"), row.get("end"), row.get("to"), place);
      });
    } else {
      readTree(reader, format, sink, people);
    }
    people.finish();
    sink.throwIfAny("histories file");
  }

  private void readTree(Reader reader, FileFormat format, ProblemSink sink, Grouper people) {
    Node root = new TreeParser(limits).parse(reader, format, sink,
        "a histories file starts with 'format: " + FORMAT + "'");
    if (root == null) {
      return;
    }
    Node formatNode = root instanceof Node.MapNode ? ((Node.MapNode) root).entries().get("format")
        : null;
    if (formatNode == null || !(formatNode instanceof Node.ScalarNode)
        || !FORMAT.equals(((Node.ScalarNode) formatNode).text())) {
      sink.add(formatNode == null ? root : formatNode, "format",
          "this is not an sp-pathways histories file: it " + (formatNode == null
              ? "has no 'format' field" : "has format " + formatNode.describe()),
          "a histories file starts with 'format: " + FORMAT + "' and lists 'spells'");
      return;
    }
    Fields top = Fields.of(root, "", sink, List.of("format", "description", "spells"));
    top.optionalText("description");
    List<Node> items = top.list("spells");
    for (int i = 0; i < items.size() && !sink.isFull(); i++) {
      Fields f = Fields.of(items.get(i), "spells[" + i + "]", sink, FIELDS);
      if (f == null) {
        continue;
      }
      people.add(f.optionalText("person"), f.optionalText("role"),
          f.optionalText("organisationType"), f.optionalText("start"), f.optionalText("end"),
          f.optionalText("to"), new TreePlace(sink, f));
    }
  }

  /** Where a spell is, for problems. */
  private interface Place {
    /** Reports a problem in a field of the spell. */
    void problem(String field, String message, String suggestion);

    /** The spell's place for other spells' messages: {@code line 12} or {@code spells[3]}. */
    String where();
  }

  private record CsvPlace(ProblemSink sink, int line, int[] columns) implements Place {
    @Override
    public void problem(String field, String message, String suggestion) {
      sink.add(Problem.of(field, message).withSuggestion(suggestion)
          .withPosition(sink.source(), line, columns[FIELDS.indexOf(field)]));
    }

    @Override
    public String where() {
      return "line " + line;
    }
  }

  private record TreePlace(ProblemSink sink, Fields fields) implements Place {
    @Override
    public void problem(String field, String message, String suggestion) {
      sink.add(fields.get(field).orElse(fields.node()), fields.at(field), message, suggestion);
    }

    @Override
    public String where() {
      return fields.path();
    }
  }

  /** A spell read, with its place; {@code spell} null when it has a problem. */
  private record Pending(@Nullable Spell spell, Place place) {}

  /** Collects one person's spells, checks them together and passes them on. */
  private final class Grouper {
    private final ProblemSink sink;
    private final Consumer<? super Spell> action;
    private final LongHashSet done = new LongHashSet();
    private final List<Pending> spells = new ArrayList<>();
    private @Nullable String person;
    private boolean bad;

    Grouper(ProblemSink sink, Consumer<? super Spell> action) {
      this.sink = sink;
      this.action = action;
    }

    void add(Optional<String> personText, Optional<String> roleText, Optional<String> typeText,
        Optional<String> startText, Optional<String> endText, Optional<String> toText,
        Place place) {
      int before = sink.count();
      String who = personText.orElse(null);
      if (who == null) {
        place.problem("person", "the person is missing", "give every spell its person's id");
      } else if (!who.equals(person)) {
        finish();
        person = who;
        if (done.contains(hash(who))) {
          place.problem("person", "this person's spells are not together: the person also has "
              + "spells further up", "keep all of a person's spells next to each other (sort the "
              + "file by person)");
          bad = true;
        }
      }
      Spell spell = spell(who, roleText, typeText, startText, endText, toText, place);
      if (who != null && (sink.count() > before || spell == null)) {
        bad = true;
      }
      if (who != null) {
        spells.add(new Pending(spell, place));
      }
    }

    /** Checks and passes on the person collected so far. */
    void finish() {
      if (person == null) {
        return;
      }
      done.add(hash(person));
      if (!bad) {
        spells.sort(Comparator.comparing(p -> p.spell().start()));
        for (int i = 0; i + 1 < spells.size(); i++) {
          Pending a = spells.get(i);
          Pending b = spells.get(i + 1);
          Spell s = a.spell();
          Spell next = b.spell();
          if (s.end().isEmpty()) {
            b.place().problem("start", "this spell starts while the person's spell at "
                + a.place().where() + " goes on (it has no end)", "give that spell its last day "
                + "in 'end', or correct this start");
            bad = true;
          } else if (next.start().isBefore(s.end().get())) {
            b.place().problem("start", "this spell starts before the person's spell at "
                + a.place().where() + " ends: a person holds one role at a time", "correct the "
                + "days; a spell may start on the day the previous one ends");
            bad = true;
          }
          if (s.to().isPresent() && !model.role(s.to().get()).external()
              && !s.to().get().equals(next.role())) {
            a.place().problem("to", "the spell moves to '" + s.to().get() + "' but the person's "
                + "next spell (" + b.place().where() + ") is in '" + next.role() + "'",
                "correct 'to', or the next spell's role");
            bad = true;
          }
        }
        if (!bad) {
          for (Pending p : spells) {
            action.accept(p.spell());
          }
        }
      }
      spells.clear();
      person = null;
      bad = false;
    }

    private long hash(String who) {
      return HASH.hashString(who, StandardCharsets.UTF_8).asLong();
    }
  }

  private @Nullable Spell spell(@Nullable String who, Optional<String> roleText,
      Optional<String> typeText, Optional<String> startText, Optional<String> endText,
      Optional<String> toText, Place place) {
    boolean ok = true;
    PersonId person = null;
    if (who != null) {
      if (TypedId.problem(who) != null) {
        place.problem("person", "the person id is not an id: it is blank, too long, or has "
            + "whitespace", "ids are single words such as 'p-0001'");
        ok = false;
      } else {
        person = PersonId.of(who);
      }
    }
    Role role = roleText.isEmpty() ? null : role(roleText.get(), "role", place);
    if (roleText.isEmpty()) {
      place.problem("role", "the role is missing", "give the role held, e.g. 'link-worker'");
    }
    OrganisationTypeId type = null;
    if (typeText.isPresent()) {
      String t = typeText.get();
      Optional<OrganisationTypeId> known = TypedId.problem(t) == null
          ? model.findOrganisationType(OrganisationTypeId.of(t)).map(x -> x.id())
          : Optional.empty();
      if (known.isEmpty()) {
        List<String> ids = model.organisationTypes().stream().map(x -> x.id().value()).toList();
        place.problem("organisationType", "unknown organisation type '" + abbreviate(t) + "'",
            Suggestions.closest(t, ids).map(s -> "did you mean '" + s + "'?")
                .orElse("use one of: " + String.join(", ", ids)));
        ok = false;
      } else {
        type = known.get();
        if (role != null && !role.external() && !role.offeredBy().contains(type)) {
          place.problem("organisationType", "organisation type '" + type + "' does not offer "
              + "role '" + role.id() + "'", "use one of: " + String.join(", ",
              role.offeredBy().stream().map(Object::toString).toList())
              + "; or leave the type empty");
          ok = false;
        }
      }
    }
    LocalDate start = startText.isEmpty() ? null : day(startText.get(), "start", place);
    if (startText.isEmpty()) {
      place.problem("start", "the start day is missing", "give the first day in the role as "
          + "YYYY-MM-DD");
    }
    LocalDate end = endText.isEmpty() ? null : day(endText.get(), "end", place);
    if (start != null && end != null && end.isBefore(start)) {
      place.problem("end", "the spell ends before it starts", "correct 'start' or 'end' (the "
          + "last day in the role)");
      ok = false;
    }
    boolean left = false;
    Role to = null;
    if (toText.isPresent()) {
      if (toText.get().equals(LEFT)) {
        left = true;
      } else {
        to = role(toText.get(), "to", place);
        ok &= to != null;
        if (to != null && role != null && to.id().equals(role.id())) {
          place.problem("to", "the spell moves to its own role '" + role.id() + "'",
              "a change of organisation type in the same role is one spell; leave 'to' empty");
          ok = false;
        }
      }
      if (endText.isEmpty()) {
        place.problem("end", "the spell " + (left ? "ends by leaving" : "moves to another role")
            + " but has no end day", "give the last day in the role in 'end'");
        ok = false;
      }
    }
    if (!ok || person == null || role == null || start == null
        || (endText.isPresent() && end == null)) {
      return null;
    }
    return new Spell(person, role.id(), Optional.ofNullable(type), start,
        Optional.ofNullable(end), to == null ? Optional.empty() : Optional.of(to.id()), left);
  }

  private @Nullable Role role(String text, String field, Place place) {
    Optional<Role> known = TypedId.problem(text) == null ? model.findRole(RoleId.of(text))
        : Optional.empty();
    if (known.isPresent()) {
      return known.get();
    }
    List<String> ids = new ArrayList<>(model.roles().stream().map(r -> r.id().value()).toList());
    if (field.equals("to")) {
      ids.add(LEFT);
    }
    place.problem(field, "unknown role '" + abbreviate(text) + "'",
        Suggestions.closest(text, ids).map(s -> "did you mean '" + s + "'?")
            .orElse(field.equals("to") ? "write a role id of the model, 'left' when the person "
                + "left the workforce, or nothing when the destination is not known"
                : "use a role id of the model"));
    return null;
  }

  private static @Nullable LocalDate day(String text, String field, Place place) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      place.problem(field, "the '" + field + "' value is not a day", "write it as YYYY-MM-DD, "
          + "e.g. 2023-04-01");
      return null;
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
