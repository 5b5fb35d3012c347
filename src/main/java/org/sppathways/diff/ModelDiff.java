package org.sppathways.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.sppathways.io.ModelWriter;
import org.sppathways.model.WorkforceModel;
import org.sppathways.model.internal.EnumNames;

/**
 * What changed from one workforce model ({@code a}) to another ({@code b}): every role,
 * competency, organisation type, route, course, role requirement and scale level added, removed
 * or changed, and every changed field of the model itself, each with the value in {@code a} and
 * the value in {@code b}. Use it to compare two releases of a framework, or a local model with
 * the national one.
 *
 * <pre>{@code
 * ModelDiff diff = ModelDiff.of(ReferenceModels.socialPrescribing(),
 *     ModelReader.of().read(Path.of("our-model.yaml")));
 * if (!diff.identical()) {
 *   diff.changes().forEach(System.out::println);
 *   // role link-worker changed title: "Social prescribing link worker" -> "Link worker"
 * }
 * }</pre>
 *
 * <h2>What is compared</h2>
 * Both models are turned into the documents the model writer writes
 * ({@link ModelWriter#toTree(WorkforceModel)}), and the documents are compared: entities are
 * matched by their key, and the fields of two matched entities are compared one by one, by the
 * names the model file uses. So every field a model file can hold is compared, fields added to
 * the format later included, and a change is reported exactly as a file would show it. The keys:
 * <ul>
 *   <li>competencies, organisation types, roles and courses: their id;</li>
 *   <li>routes: {@code from -> to} (a model has at most one route per ordered pair of roles);</li>
 *   <li>role requirements: {@code role / competency}; a role's {@code requires} list is compared
 *       requirement by requirement, not as one field; the requirements of a role that is added
 *       or removed are part of that role's value and are not listed again;</li>
 *   <li>scale levels: the level number; the model's own fields (name, description, currency,
 *       sources, …): the id {@code model}.</li>
 * </ul>
 * A field whose values are objects (such as {@code attributes} or {@code leavingBy}) is compared
 * key by key, as {@code attributes.region} (a side without the field counts as an empty object);
 * lists (such as a course's {@code covers} or
 * a route's {@code requires}) and plain values are compared whole. A field the writer leaves out
 * (absent, or at its default such as {@code essential: true}) has no value on that side.
 * Values are given as JSON text ({@code "Link worker"}, {@code 3},
 * {@code [{"competency":"listening","level":2}]}).
 *
 * <h2>Order</h2>
 * Changes are sorted by kind (in the order of {@link Kind}), then key, then field; the change
 * that adds or removes a whole entity has no field and comes first among its key's changes.
 *
 * <p>Comparing takes O(n log n) time for n entities and fields of the two models.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param a the name of the first model (the one changes are measured from)
 * @param b the name of the second model
 * @param changes every change, in the order above
 * @since 0.1.0
 */
public record ModelDiff(String a, String b, List<ModelDiff.Change> changes) {

  /** The key of the changes to the model's own fields. */
  public static final String MODEL_KEY = "model";

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Comparator<Change> ORDER = Comparator.comparing(Change::kind)
      .thenComparing(Change::key)
      .thenComparing(c -> c.field().orElse(""));

  /** Validates the components and sorts the changes into their documented order. */
  public ModelDiff {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    List<Change> sorted = new ArrayList<>(Objects.requireNonNull(changes, "changes"));
    sorted.forEach(c -> Objects.requireNonNull(c, "change"));
    sorted.sort(ORDER);
    changes = List.copyOf(sorted);
  }

  /**
   * The changes that turn model {@code a} into model {@code b}.
   *
   * @param a the first model (e.g. the national one, or last year's release)
   * @param b the second model (e.g. the local one, or this year's release)
   * @return the changes; {@linkplain #identical() none} when the models write the same file
   */
  public static ModelDiff of(WorkforceModel a, WorkforceModel b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    ObjectNode ta = ModelWriter.toTree(a);
    ObjectNode tb = ModelWriter.toTree(b);
    List<Change> changes = new ArrayList<>();
    // The model's own fields: every top-level field that is not a list of entities.
    Map<String, JsonNode> fa = new LinkedHashMap<>();
    Map<String, JsonNode> fb = new LinkedHashMap<>();
    ta.fields().forEachRemaining(e -> fa.put(e.getKey(), e.getValue()));
    tb.fields().forEachRemaining(e -> fb.put(e.getKey(), e.getValue()));
    for (Kind kind : Kind.values()) {
      if (kind.list != null) {
        fa.remove(kind.list);
        fb.remove(kind.list);
      }
    }
    fields(Kind.MODEL, MODEL_KEY, object(fa), object(fb), List.of(), changes);
    for (Kind kind : Kind.values()) {
      if (kind.list != null) {
        entities(kind, ta.path(kind.list), tb.path(kind.list), changes);
      }
    }
    return new ModelDiff(a.name(), b.name(), changes);
  }

  /** Whether the models are the same: no change at all. */
  public boolean identical() {
    return changes.isEmpty();
  }

  /** How many entities of each kind were added, removed and changed, in the order of kinds. */
  public List<Count> counts() {
    Map<Kind, int[]> counts = new EnumMap<>(Kind.class);
    Map<Kind, TreeSet<String>> changed = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      counts.put(kind, new int[3]);
      changed.put(kind, new TreeSet<>());
    }
    for (Change c : changes) {
      if (c.edit() == Edit.CHANGED) {
        changed.get(c.kind()).add(c.key());
      } else {
        counts.get(c.kind())[c.edit().ordinal()]++;
      }
    }
    List<Count> out = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      int[] n = counts.get(kind);
      out.add(new Count(kind, n[0], n[1], changed.get(kind).size()));
    }
    return List.copyOf(out);
  }

  /** The changes of one kind of entity, in order. */
  public List<Change> changes(Kind kind) {
    Objects.requireNonNull(kind, "kind");
    return changes.stream().filter(c -> c.kind() == kind).toList();
  }

  /**
   * The kinds of thing a model holds, in the order changes are listed.
   *
   * @since 0.1.0
   */
  public enum Kind {
    /** The model's own fields: name, description, currency, sources, confidence, notes. */
    MODEL(null, null),
    /** A level of the proficiency scale, keyed by its number. */
    SCALE("scale", n -> n.path("level").asText()),
    /** A competency, keyed by id. */
    COMPETENCY("competencies", n -> n.path("id").asText()),
    /** An organisation type, keyed by id. */
    ORGANISATION_TYPE("organisationTypes", n -> n.path("id").asText()),
    /** A role, keyed by id (its requirements are {@link #REQUIREMENT}s). */
    ROLE("roles", n -> n.path("id").asText()),
    /** A requirement of a role, keyed {@code role / competency}. */
    REQUIREMENT(null, null),
    /** A progression route, keyed {@code from -> to}. */
    ROUTE("routes", n -> n.path("from").asText() + " -> " + n.path("to").asText()),
    /** A course, keyed by id. */
    COURSE("courses", n -> n.path("id").asText());

    private final String list;
    private final Function<JsonNode, String> key;

    Kind(String list, Function<JsonNode, String> key) {
      this.list = list;
      this.key = key;
    }

    /** The printed name, lower case with hyphens ({@code organisation-type}). */
    @Override
    public String toString() {
      return EnumNames.print(this);
    }

    /**
     * The kind with the given printed name.
     *
     * @throws IllegalArgumentException if no kind prints as {@code name}; the message lists the
     *     valid names
     */
    public static Kind parse(String name) {
      return EnumNames.parse(Kind.class, "kind of model entity", name);
    }
  }

  /**
   * What happened to an entity or a field.
   *
   * @since 0.1.0
   */
  public enum Edit {
    /** In {@code b}, not in {@code a}. */
    ADDED,
    /** In {@code a}, not in {@code b}. */
    REMOVED,
    /** In both, with a field that differs. */
    CHANGED;

    /** The printed name, lower case ({@code added}). */
    @Override
    public String toString() {
      return EnumNames.print(this);
    }

    /**
     * The edit with the given printed name.
     *
     * @throws IllegalArgumentException if no edit prints as {@code name}; the message lists the
     *     valid names
     */
    public static Edit parse(String name) {
      return EnumNames.parse(Edit.class, "edit", name);
    }
  }

  /**
   * One change: an entity added or removed (no field; the value is the whole entity), or one
   * field of an entity changed (the value in each model; empty where the field is left out).
   *
   * @param kind the kind of entity
   * @param key the entity's key: its id, {@code from -> to} for a route, {@code role / competency}
   *     for a requirement, the level number for a scale level, {@code model} for the model
   * @param edit added, removed or changed
   * @param field the changed field's name (a path such as {@code attributes.region} inside an
   *     object field); empty when the whole entity was added or removed
   * @param before the value in model {@code a}, as JSON text; empty when there is none
   * @param after the value in model {@code b}, as JSON text; empty when there is none
   * @since 0.1.0
   */
  public record Change(Kind kind, String key, Edit edit, Optional<String> field,
      Optional<String> before, Optional<String> after) {

    /** Validates that no component is null and that the values fit the edit. */
    public Change {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(edit, "edit");
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
      if (edit == Edit.CHANGED ? field.isEmpty() || before.equals(after) : field.isPresent()) {
        throw new IllegalArgumentException(edit == Edit.CHANGED
            ? "a change names a field whose values differ" : "an entity " + edit
            + " names no field");
      }
      if (edit == Edit.ADDED && (before.isPresent() || after.isEmpty())
          || edit == Edit.REMOVED && (after.isPresent() || before.isEmpty())) {
        throw new IllegalArgumentException("an entity " + edit + " has a value in "
            + (edit == Edit.ADDED ? "b only" : "a only"));
      }
    }

    /** For example {@code role link-worker changed title: "A" -> "B"}. */
    @Override
    public String toString() {
      return kind + " " + key + " " + edit + field.map(f -> " " + f + ": " + before.orElse("(none)")
          + " -> " + after.orElse("(none)")).orElse("");
    }
  }

  /**
   * How many entities of one kind were added, removed and changed.
   *
   * @param kind the kind of entity
   * @param added entities in {@code b} only
   * @param removed entities in {@code a} only
   * @param changed entities in both with at least one changed field
   * @since 0.1.0
   */
  public record Count(Kind kind, int added, int removed, int changed) {
    /** Validates the counts. */
    public Count {
      Objects.requireNonNull(kind, "kind");
      if (added < 0 || removed < 0 || changed < 0) {
        throw new IllegalArgumentException("counts are never negative");
      }
    }
  }

  // ---------------------------------------------------------------------------------------------

  private static ObjectNode object(Map<String, JsonNode> fields) {
    ObjectNode n = JSON.createObjectNode();
    fields.forEach(n::set);
    return n;
  }

  /** Matches the entities of one list by key and compares each pair. */
  private static void entities(Kind kind, JsonNode la, JsonNode lb, List<Change> out) {
    Map<String, JsonNode> ea = byKey(kind, la);
    Map<String, JsonNode> eb = byKey(kind, lb);
    for (Map.Entry<String, JsonNode> e : ea.entrySet()) {
      JsonNode other = eb.get(e.getKey());
      if (other == null) {
        out.add(new Change(kind, e.getKey(), Edit.REMOVED, Optional.empty(),
            Optional.of(text(e.getValue())), Optional.empty()));
      } else if (kind == Kind.ROLE) {
        fields(kind, e.getKey(), e.getValue(), other, List.of("requires"), out);
        requirements(e.getKey(), e.getValue().path("requires"), other.path("requires"), out);
      } else {
        fields(kind, e.getKey(), e.getValue(), other, List.of(), out);
      }
    }
    for (Map.Entry<String, JsonNode> e : eb.entrySet()) {
      if (!ea.containsKey(e.getKey())) {
        out.add(new Change(kind, e.getKey(), Edit.ADDED, Optional.empty(), Optional.empty(),
            Optional.of(text(e.getValue()))));
      }
    }
  }

  private static Map<String, JsonNode> byKey(Kind kind, JsonNode list) {
    Map<String, JsonNode> map = new LinkedHashMap<>();
    for (JsonNode n : list) {
      map.put(kind.key.apply(n), n);
    }
    return map;
  }

  /** A role's requirements, matched by competency. */
  private static void requirements(String role, JsonNode ra, JsonNode rb, List<Change> out) {
    Map<String, JsonNode> ea = new LinkedHashMap<>();
    Map<String, JsonNode> eb = new LinkedHashMap<>();
    ra.forEach(n -> ea.put(n.path("competency").asText(), n));
    rb.forEach(n -> eb.put(n.path("competency").asText(), n));
    for (Map.Entry<String, JsonNode> e : ea.entrySet()) {
      String key = role + " / " + e.getKey();
      JsonNode other = eb.get(e.getKey());
      if (other == null) {
        out.add(new Change(Kind.REQUIREMENT, key, Edit.REMOVED, Optional.empty(),
            Optional.of(text(e.getValue())), Optional.empty()));
      } else {
        fields(Kind.REQUIREMENT, key, e.getValue(), other, List.of(), out);
      }
    }
    for (Map.Entry<String, JsonNode> e : eb.entrySet()) {
      if (!ea.containsKey(e.getKey())) {
        out.add(new Change(Kind.REQUIREMENT, role + " / " + e.getKey(), Edit.ADDED,
            Optional.empty(), Optional.empty(), Optional.of(text(e.getValue()))));
      }
    }
  }

  /** Compares two objects field by field; objects on both sides are compared key by key. */
  private static void fields(Kind kind, String key, JsonNode a, JsonNode b, List<String> skip,
      List<Change> out) {
    fields(kind, key, "", a, b, skip, out);
  }

  private static void fields(Kind kind, String key, String prefix, JsonNode a, JsonNode b,
      List<String> skip, List<Change> out) {
    TreeSet<String> names = new TreeSet<>();
    a.fieldNames().forEachRemaining(names::add);
    b.fieldNames().forEachRemaining(names::add);
    names.removeAll(skip);
    for (String name : names) {
      JsonNode va = a.get(name);
      JsonNode vb = b.get(name);
      String field = prefix + name;
      if ((va == null || va.isObject()) && (vb == null || vb.isObject())) {
        fields(kind, key, field + ".", va == null ? JSON.createObjectNode() : va,
            vb == null ? JSON.createObjectNode() : vb, List.of(), out);
      } else {
        Optional<String> before = Optional.ofNullable(va).map(ModelDiff::text);
        Optional<String> after = Optional.ofNullable(vb).map(ModelDiff::text);
        if (!before.equals(after)) {
          out.add(new Change(kind, key, Edit.CHANGED, Optional.of(field), before, after));
        }
      }
    }
  }

  private static String text(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a model document that cannot be written as JSON", e);
    }
  }
}
