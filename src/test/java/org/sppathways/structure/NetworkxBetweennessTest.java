package org.sppathways.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sppathways.structure.Models.rid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;
import org.sppathways.paths.Criterion;

/**
 * Betweenness by months against NetworkX 3.6.1 on 42 small graphs whose routes tie in months
 * (written by {@code benchmarks/betweenness_ties_fixture.py}, as CI has no Python): the default
 * rule gives NetworkX's {@code betweenness_centrality(G, normalized=False, weight="months")}, and
 * {@link MonthsTies#FEWEST_MOVES} gives it with the weight {@code months · n + 1}.
 */
class NetworkxBetweennessTest {

  private static final String FIXTURE = "/networkx/betweenness-by-months.json";

  private static JsonNode cases() throws IOException {
    try (InputStream in = NetworkxBetweennessTest.class.getResourceAsStream(FIXTURE)) {
      assertThat(in).as(FIXTURE).isNotNull();
      return new ObjectMapper().readTree(in).get("cases");
    }
  }

  private static WorkforceModel model(JsonNode c) {
    Models m = Models.named(c.get("name").asText()).type("t");
    c.get("roles").forEach(r -> m.role(r.asText(), 1, "t"));
    c.get("routes").forEach(r -> m.route(r.get(0).asText(), r.get(1).asText(), r.get(2).asInt()));
    return m.build();
  }

  private static Map<RoleId, Double> ours(WorkforceModel model, StructureOptions options) {
    Map<RoleId, Double> out = new HashMap<>();
    StructureAnalysis.of(model, options.withParallel(false)).bottlenecks(Criterion.MONTHS)
        .forEach(b -> out.put(b.role(), b.betweenness()));
    return out;
  }

  private static void assertSame(String name, Map<RoleId, Double> ours, JsonNode theirs) {
    assertThat(ours).as(name).hasSize(theirs.size());
    theirs.fields().forEachRemaining(e -> assertThat(ours.get(rid(e.getKey())))
        .as("%s: %s", name, e.getKey())
        .isCloseTo(e.getValue().asDouble(), within(1e-9 * Math.max(1, e.getValue().asDouble()))));
  }

  @Test
  void theDefaultRuleIsNetworkxs() throws IOException {
    List<String> names = new ArrayList<>();
    for (JsonNode c : cases()) {
      assertSame(c.get("name").asText(), ours(model(c), StructureOptions.defaults()),
          c.get("everyPath"));
      names.add(c.get("name").asText());
    }
    assertThat(names).hasSize(42);
  }

  @Test
  void fewestMovesIsNetworkxWithMovesBreakingTies() throws IOException {
    for (JsonNode c : cases()) {
      assertSame(c.get("name").asText(), ours(model(c),
          StructureOptions.defaults().withMonthsTies(MonthsTies.FEWEST_MOVES)), c.get("fewestMoves"));
    }
  }

  @Test
  void theRulesDifferWhereAShortAndALongPathTakeTheSameMonths() throws IOException {
    // a -> b -> d and a -> c -> d take 12 months, as does a -> d directly: by NetworkX's rule
    // each of the three paths carries a third of a -> d (and of a -> e, through d), so b lies on
    // 2/3; counting only the fewest moves, a -> d alone is shortest and b lies on none
    JsonNode hand = cases().get(0);
    assertThat(hand.get("name").asText()).isEqualTo("hand-made");
    WorkforceModel model = model(hand);
    assertThat(ours(model, StructureOptions.defaults()).get(rid("b")))
        .isCloseTo(2.0 / 3, within(1e-12));
    assertThat(ours(model, StructureOptions.defaults().withMonthsTies(MonthsTies.FEWEST_MOVES))
        .get(rid("b"))).isZero();
    long differ = 0;
    for (JsonNode c : cases()) {
      differ += c.get("everyPath").equals(c.get("fewestMoves")) ? 0 : 1;
    }
    assertThat(differ).as("cases on which the two rules differ").isGreaterThanOrEqualTo(20);
  }
}
