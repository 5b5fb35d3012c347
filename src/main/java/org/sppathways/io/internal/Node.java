package org.sppathways.io.internal;

import com.fasterxml.jackson.core.JsonToken;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed document node with its position in the source. Internal: not part of the API.
 *
 * <p>Unlike Jackson's tree, it keeps each node's line and column so that problems found later
 * (an unknown reference, say) can still point at the place in the file.
 */
public abstract class Node {
  private final int line;
  private final int column;

  Node(int line, int column) {
    this.line = line;
    this.column = column;
  }

  /** The 1-based line where the node starts, 0 when unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column where the node starts, 0 when unknown. */
  public int column() {
    return column;
  }

  /** A phrase naming the node's type for messages, e.g. {@code "a list"}. */
  public abstract String describe();

  /** A map (YAML mapping, JSON object), keys in document order. */
  public static final class MapNode extends Node {
    private final Map<String, Node> entries;
    private final Map<String, Node> keys;

    MapNode(int line, int column, LinkedHashMap<String, Node> entries, Map<String, Node> keys) {
      super(line, column);
      this.entries = entries;
      this.keys = keys;
    }

    /** The node of a key itself (its position), or the entry's value when unknown. */
    public Node key(String key) {
      Node k = keys.get(key);
      return k != null ? k : entries.get(key);
    }

    /** The entries in document order. */
    public Map<String, Node> entries() {
      return entries;
    }

    @Override
    public String describe() {
      return "a map";
    }
  }

  /** A list (YAML sequence, JSON array). */
  public static final class ListNode extends Node {
    private final List<Node> items;

    ListNode(int line, int column, List<Node> items) {
      super(line, column);
      this.items = items;
    }

    /** The items in document order. */
    public List<Node> items() {
      return items;
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /** A scalar: text, number, boolean or null. */
  public static final class ScalarNode extends Node {
    private final JsonToken token;
    private final String text;
    private final String decimal;

    ScalarNode(int line, int column, JsonToken token, String text) {
      this(line, column, token, text, text);
    }

    ScalarNode(int line, int column, JsonToken token, String text, String decimal) {
      super(line, column);
      this.token = token;
      this.text = text;
      this.decimal = decimal;
    }

    /** For a whole number, its value in decimal (YAML also allows e.g. {@code 0x10}); else the text. */
    public String decimal() {
      return decimal;
    }

    /** The scalar's token type, e.g. {@link JsonToken#VALUE_NUMBER_INT}. */
    public JsonToken token() {
      return token;
    }

    /** The scalar as written (for null, {@code "null"}). */
    public String text() {
      return text;
    }

    /** Whether the scalar is null (absent value). */
    public boolean isNull() {
      return token == JsonToken.VALUE_NULL;
    }

    @Override
    public String describe() {
      switch (token) {
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return "the number " + text;
        case VALUE_TRUE:
        case VALUE_FALSE:
          return "the boolean " + text;
        case VALUE_NULL:
          return "an empty value";
        default:
          return "the text '" + abbreviate(text) + "'";
      }
    }
  }

  static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
