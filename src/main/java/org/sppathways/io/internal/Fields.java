package org.sppathways.io.internal;

import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.sppathways.model.Confidence;
import org.sppathways.model.TypedId;
import org.sppathways.model.internal.Suggestions;

/**
 * Typed access to the fields of one map in a document, reporting every missing, mistyped or
 * unknown field to a {@link ProblemSink} with its path. Internal: not part of the API.
 *
 * <p>Keys starting with {@code x-} are extension fields and are ignored.
 */
public final class Fields {
  /** The provenance fields every entity may carry. */
  public static final List<String> PROVENANCE = List.of("sources", "confidence", "notes");

  private final Node.MapNode node;
  private final String path;
  private final ProblemSink sink;

  private Fields(Node.MapNode node, String path, ProblemSink sink) {
    this.node = node;
    this.path = path;
    this.sink = sink;
  }

  /**
   * Fields of a node that must be a map with only the known keys; null (with a problem reported)
   * when the node is not a map.
   */
  public static Fields of(Node node, String path, ProblemSink sink, List<String> known) {
    if (!(node instanceof Node.MapNode)) {
      sink.add(node, path, "expected a map of fields, found " + node.describe());
      return null;
    }
    Fields fields = new Fields((Node.MapNode) node, path, sink);
    fields.rejectUnknown(known);
    return fields;
  }

  private void rejectUnknown(List<String> known) {
    Set<String> allowed = new TreeSet<>(known);
    for (Map.Entry<String, Node> e : node.entries().entrySet()) {
      String key = e.getKey();
      if (!allowed.contains(key) && !key.startsWith("x-")) {
        sink.add(node.key(key), at(key), "unknown field '" + key + "'",
            Suggestions.closest(key, allowed).map(s -> "did you mean '" + s + "'?")
                .orElse("known fields here: " + String.join(", ", allowed)
                    + "; prefix your own fields with 'x-'"));
      }
    }
  }

  /** The path of a field of this map. */
  public String at(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** The map node itself. */
  public Node node() {
    return node;
  }

  /** The path of this map. */
  public String path() {
    return path;
  }

  /** The node of a field, absent when missing or null. */
  public Optional<Node> get(String key) {
    Node n = node.entries().get(key);
    if (n == null || (n instanceof Node.ScalarNode && ((Node.ScalarNode) n).isNull())) {
      return Optional.empty();
    }
    return Optional.of(n);
  }

  private void missing(String key, String example) {
    sink.add(node, at(key), "missing required field '" + key + "'", "add e.g. '" + key + ": "
        + example + "'");
  }

  /** A required text field; null (reported) when missing, blank or not a scalar. */
  public String text(String key, String example) {
    Optional<String> value = optionalText(key);
    if (value.isEmpty() && get(key).isEmpty()) {
      missing(key, example);
    }
    return value.orElse(null);
  }

  /** An optional text field; scalars of any type are read as their text. */
  public Optional<String> optionalText(String key) {
    Optional<Node> n = get(key);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    if (!(n.get() instanceof Node.ScalarNode)) {
      sink.add(n.get(), at(key), "expected a text, found " + n.get().describe());
      return Optional.empty();
    }
    String text = ((Node.ScalarNode) n.get()).text();
    if (text.isBlank()) {
      sink.add(n.get(), at(key), "'" + key + "' is blank", "write a value or leave the field out");
      return Optional.empty();
    }
    return Optional.of(text);
  }

  /** A required id field; null (reported) when missing or not a valid id. */
  public <T> T id(String key, Function<String, T> factory, String example) {
    String text = text(key, example);
    return text == null ? null : id(get(key).get(), at(key), text, factory, sink);
  }

  /** An optional id field. */
  public <T> Optional<T> optionalId(String key, Function<String, T> factory) {
    return optionalText(key).map(text -> id(get(key).get(), at(key), text, factory, sink));
  }

  /** Converts a text to an id, reporting an invalid one; null when invalid. */
  public static <T> T id(Node at, String path, String text, Function<String, T> factory,
      ProblemSink sink) {
    String problem = TypedId.problem(text);
    if (problem != null) {
      sink.add(at, path, "the id " + problem, "ids are single words such as 'link-worker'");
      return null;
    }
    return factory.apply(text);
  }

  /** A required whole number within [min, max]; null (reported) otherwise. */
  public Integer integer(String key, int min, int max, String example) {
    OptionalInt value = optionalInteger(key, min, max);
    if (value.isEmpty() && get(key).isEmpty()) {
      missing(key, example);
    }
    return value.isPresent() ? value.getAsInt() : null;
  }

  /** An optional whole number within [min, max]. */
  public OptionalInt optionalInteger(String key, int min, int max) {
    Optional<Node> n = get(key);
    if (n.isEmpty()) {
      return OptionalInt.empty();
    }
    return integer(n.get(), at(key), min, max, sink);
  }

  /** A node read as a whole number within [min, max], reporting anything else. */
  public static OptionalInt integer(Node n, String path, int min, int max, ProblemSink sink) {
    if (n instanceof Node.ScalarNode && ((Node.ScalarNode) n).token() == JsonToken.VALUE_NUMBER_INT) {
      String text = ((Node.ScalarNode) n).text();
      try {
        long value = Long.parseLong(((Node.ScalarNode) n).decimal());
        if (value >= min && value <= max) {
          return OptionalInt.of((int) value);
        }
      } catch (NumberFormatException e) {
        // too large: reported below
      }
      sink.add(n, path, "the number " + text + " is out of range",
          "use a whole number from " + min + (max == Integer.MAX_VALUE ? " up" : " to " + max));
      return OptionalInt.empty();
    }
    sink.add(n, path, "expected a whole number, found " + n.describe(),
        "write a number such as " + Math.max(min, 1) + " without quotes");
    return OptionalInt.empty();
  }

  /** A required number within [min, max]; null (reported) otherwise. */
  public Double number(String key, double min, double max, String example) {
    OptionalDouble value = optionalNumber(key, min, max);
    if (value.isEmpty() && get(key).isEmpty()) {
      missing(key, example);
    }
    return value.isPresent() ? value.getAsDouble() : null;
  }

  /** An optional finite number within [min, max]. */
  public OptionalDouble optionalNumber(String key, double min, double max) {
    Optional<Node> n = get(key);
    if (n.isEmpty()) {
      return OptionalDouble.empty();
    }
    Node v = n.get();
    if (v instanceof Node.ScalarNode) {
      Node.ScalarNode s = (Node.ScalarNode) v;
      if (s.token() == JsonToken.VALUE_NUMBER_INT || s.token() == JsonToken.VALUE_NUMBER_FLOAT) {
        double d;
        try {
          d = Double.parseDouble(s.text().replace("_", ""));
        } catch (NumberFormatException e) {
          d = Double.NaN;
        }
        if (d >= min && d <= max && !Double.isInfinite(d)) {
          return OptionalDouble.of(d);
        }
        sink.add(v, at(key), "the number " + s.text() + " is out of range",
            "use a number from " + fmt(min) + (max == Double.MAX_VALUE ? " up" : " to " + fmt(max)));
        return OptionalDouble.empty();
      }
    }
    sink.add(v, at(key), "expected a number, found " + v.describe(),
        "write a number such as 12.5 without quotes");
    return OptionalDouble.empty();
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  /** An optional boolean, {@code fallback} when absent. */
  public boolean bool(String key, boolean fallback) {
    Optional<Node> n = get(key);
    if (n.isEmpty()) {
      return fallback;
    }
    if (n.get() instanceof Node.ScalarNode) {
      JsonToken t = ((Node.ScalarNode) n.get()).token();
      if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
        return t == JsonToken.VALUE_TRUE;
      }
    }
    sink.add(n.get(), at(key), "expected true or false, found " + n.get().describe());
    return fallback;
  }

  /** An optional list field; empty when absent, null-free. */
  public List<Node> list(String key) {
    Optional<Node> n = get(key);
    if (n.isEmpty()) {
      return List.of();
    }
    if (!(n.get() instanceof Node.ListNode)) {
      sink.add(n.get(), at(key), "expected a list, found " + n.get().describe(),
          "write a list such as [a, b] or one '- item' per line");
      return List.of();
    }
    return ((Node.ListNode) n.get()).items();
  }

  /** An optional list of texts. */
  public List<String> texts(String key) {
    List<String> out = new ArrayList<>();
    List<Node> items = list(key);
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      String p = at(key) + "[" + i + "]";
      if (item instanceof Node.ScalarNode && !((Node.ScalarNode) item).isNull()) {
        out.add(((Node.ScalarNode) item).text());
      } else {
        sink.add(item, p, "expected a text, found " + item.describe());
      }
    }
    return out;
  }

  /** An optional list of ids; invalid entries are reported and left out. */
  public <T> List<T> ids(String key, Function<String, T> factory) {
    List<T> out = new ArrayList<>();
    List<Node> items = list(key);
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      String p = at(key) + "[" + i + "]";
      if (item instanceof Node.ScalarNode && !((Node.ScalarNode) item).isNull()) {
        T id = id(item, p, ((Node.ScalarNode) item).text(), factory, sink);
        if (id != null) {
          out.add(id);
        }
      } else {
        sink.add(item, p, "expected an id, found " + item.describe());
      }
    }
    return out;
  }

  /** An optional map of text to text. */
  public Map<String, String> textMap(String key) {
    Map<String, String> out = new LinkedHashMap<>();
    Optional<Node> n = get(key);
    if (n.isEmpty()) {
      return out;
    }
    if (!(n.get() instanceof Node.MapNode)) {
      sink.add(n.get(), at(key), "expected a map, found " + n.get().describe());
      return out;
    }
    ((Node.MapNode) n.get()).entries().forEach((k, v) -> {
      if (v instanceof Node.ScalarNode && !((Node.ScalarNode) v).isNull()) {
        out.put(k, ((Node.ScalarNode) v).text());
      } else {
        sink.add(v, at(key) + "." + k, "expected a text, found " + v.describe());
      }
    });
    return out;
  }

  /** One of a fixed set of lower-case words; null (reported) when another value is given. */
  public <E extends Enum<E>> E word(String key, Class<E> type, boolean required) {
    List<String> words = org.sppathways.model.internal.EnumNames.names(type);
    String text = required ? text(key, words.get(0)) : optionalText(key).orElse(null);
    if (text == null) {
      return null;
    }
    int i = words.indexOf(text);
    if (i < 0) {
      sink.add(get(key).get(), at(key), "'" + text + "' is not a valid " + key,
          Suggestions.closest(text, words).map(s -> "did you mean '" + s + "'?")
              .orElse("use one of: " + String.join(", ", words)));
      return null;
    }
    return type.getEnumConstants()[i];
  }

  /** The provenance fields, applied through the given setters. */
  public void provenance(java.util.function.Consumer<List<String>> sources,
      java.util.function.Consumer<Confidence> confidence,
      java.util.function.Consumer<String> notes) {
    sources.accept(texts("sources"));
    Confidence c = word("confidence", Confidence.class, false);
    if (c != null) {
      confidence.accept(c);
    }
    optionalText("notes").ifPresent(notes);
  }
}
