package org.sppathways.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonToken;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sppathways.model.ModelException;
import org.sppathways.model.Problem;

/**
 * The reader internals on hand-built trees: how nodes describe themselves in messages, how a
 * problem path finds its node, and how a {@link ProblemSink} limits and orders problems.
 */
class NodeAndSinkTest {

  private static Node.ScalarNode scalar(JsonToken token, String text) {
    return new Node.ScalarNode(3, 7, token, text);
  }

  @Test
  void scalarsDescribeTheirTypeAndValue() {
    assertThat(scalar(JsonToken.VALUE_NUMBER_INT, "12").describe()).isEqualTo("the number 12");
    assertThat(scalar(JsonToken.VALUE_NUMBER_FLOAT, "1.5").describe()).isEqualTo("the number 1.5");
    assertThat(scalar(JsonToken.VALUE_TRUE, "true").describe()).isEqualTo("the boolean true");
    assertThat(scalar(JsonToken.VALUE_FALSE, "no").describe()).isEqualTo("the boolean no");
    assertThat(scalar(JsonToken.VALUE_NULL, "null").describe()).isEqualTo("an empty value");
    assertThat(scalar(JsonToken.VALUE_STRING, "abc").describe()).isEqualTo("the text 'abc'");
    assertThat(new Node.ListNode(1, 1, List.of()).describe()).isEqualTo("a list");
    assertThat(new Node.MapNode(1, 1, new LinkedHashMap<>(), Map.of()).describe())
        .isEqualTo("a map");
  }

  @Test
  void scalarsKeepTextDecimalTokenAndPosition() {
    Node.ScalarNode hex = new Node.ScalarNode(3, 7, JsonToken.VALUE_NUMBER_INT, "0x10", "16");
    assertThat(hex.text()).isEqualTo("0x10");
    assertThat(hex.decimal()).isEqualTo("16");
    assertThat(hex.token()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
    assertThat(hex.line()).isEqualTo(3);
    assertThat(hex.column()).isEqualTo(7);
    assertThat(hex.isNull()).isFalse();
    assertThat(scalar(JsonToken.VALUE_STRING, "x").decimal()).isEqualTo("x");
    assertThat(scalar(JsonToken.VALUE_NULL, "null").isNull()).isTrue();
  }

  @Test
  void longTextsAreAbbreviatedAfterSixtyCharacters() {
    String sixty = "a".repeat(60);
    assertThat(Node.abbreviate(sixty)).isEqualTo(sixty);
    assertThat(Node.abbreviate(sixty + "b")).isEqualTo("a".repeat(57) + "...").hasSize(60);
    assertThat(scalar(JsonToken.VALUE_STRING, "x".repeat(100)).describe())
        .isEqualTo("the text '" + "x".repeat(57) + "...'");
  }

  @Test
  void aMapKnowsWhereEachKeyIs() {
    Node value = scalar(JsonToken.VALUE_STRING, "v");
    Node keyNode = new Node.ScalarNode(2, 1, JsonToken.VALUE_STRING, "k");
    LinkedHashMap<String, Node> entries = new LinkedHashMap<>();
    entries.put("k", value);
    entries.put("only-value", value);
    Node.MapNode map = new Node.MapNode(1, 1, entries, Map.of("k", keyNode));
    assertThat(map.key("k")).isSameAs(keyNode);
    assertThat(map.key("only-value")).isSameAs(value);
    assertThat(map.key("absent")).isNull();
    assertThat(map.entries()).containsOnlyKeys("k", "only-value");
  }

  @Test
  void aPathFindsTheDeepestNodeThatExists() {
    Node leaf = scalar(JsonToken.VALUE_STRING, "safeguarding");
    LinkedHashMap<String, Node> requirement = new LinkedHashMap<>();
    requirement.put("competency", leaf);
    Node.MapNode req = new Node.MapNode(5, 9, requirement, Map.of());
    Node.ListNode requires = new Node.ListNode(5, 5, List.of(req));
    LinkedHashMap<String, Node> role = new LinkedHashMap<>();
    role.put("requires", requires);
    Node.MapNode roleNode = new Node.MapNode(4, 5, role, Map.of());
    Node.ListNode roles = new Node.ListNode(4, 3, List.of(roleNode));
    LinkedHashMap<String, Node> top = new LinkedHashMap<>();
    top.put("roles", roles);
    Node.MapNode root = new Node.MapNode(1, 1, top, Map.of());

    assertThat(NodePaths.find(root, "")).isSameAs(root);
    assertThat(NodePaths.find(root, "roles")).isSameAs(roles);
    assertThat(NodePaths.find(root, "roles[0]")).isSameAs(roleNode);
    assertThat(NodePaths.find(root, "roles[0].requires[0].competency")).isSameAs(leaf);
    assertThat(NodePaths.find(root, "roles[1].requires")).as("index past the end").isSameAs(roles);
    assertThat(NodePaths.find(root, "roles[0].title")).as("missing key").isSameAs(roleNode);
    assertThat(NodePaths.find(root, "roles.x")).as("key on a list").isSameAs(roles);
    assertThat(NodePaths.find(root, "[0]")).as("index on a map").isSameAs(root);
    assertThat(NodePaths.find(null, "roles")).isNull();
  }

  @Test
  void theSinkKeepsProblemsUpToItsLimitAndSaysWhereItStopped() {
    ProblemSink sink = new ProblemSink("f.yaml", 2);
    assertThat(sink.source()).isEqualTo("f.yaml");
    assertThat(sink.hasProblems()).isFalse();
    sink.throwIfAny("model");
    sink.add(scalar(JsonToken.VALUE_STRING, "x"), "a", "first");
    sink.add(null, "b", "second", "fix it");
    assertThat(sink.isFull()).as("at the limit, not past it").isFalse();
    assertThat(sink.count()).isEqualTo(2);
    sink.add(null, "c", "third", Optional.empty());
    sink.add(null, "d", "fourth");
    assertThat(sink.isFull()).isTrue();
    assertThat(sink.hasProblems()).isTrue();
    assertThat(sink.count()).as("every problem reported is counted").isEqualTo(4);
    try {
      sink.throwIfAny("model");
      throw new AssertionError("expected problems");
    } catch (ModelException e) {
      assertThat(e.getMessage()).startsWith("f.yaml is not a valid model");
      assertThat(e.problems()).extracting(Problem::toString).containsExactly(
          "f.yaml:3:7: a: first",
          "f.yaml: b: second (fix it)",
          "f.yaml: stopped after 2 problems (fix these first, or raise ReadLimits.maxProblems)");
    }
  }

  @Test
  void problemsAreThrownInLineThenColumnOrderUnplacedOnesLast() {
    ProblemSink sink = new ProblemSink("f", 10);
    sink.add(new Node.ScalarNode(9, 2, JsonToken.VALUE_NULL, "null"), "late", "m");
    sink.add(null, "nowhere", "m");
    sink.add(new Node.ScalarNode(2, 8, JsonToken.VALUE_NULL, "null"), "right", "m");
    sink.add(new Node.ScalarNode(2, 3, JsonToken.VALUE_NULL, "null"), "left", "m");
    try {
      sink.throwIfAny("x");
      throw new AssertionError("expected problems");
    } catch (ModelException e) {
      assertThat(e.problems()).extracting(Problem::location)
          .containsExactly("left", "right", "late", "nowhere");
    }
  }
}
