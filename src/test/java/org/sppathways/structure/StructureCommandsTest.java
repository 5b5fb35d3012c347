package org.sppathways.structure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sppathways.cli.Main;
import org.sppathways.gaps.Golden;

/**
 * The {@code structure}, {@code compare}, {@code workload} and {@code matrix} commands as a user
 * runs them on the bundled reference model, against golden files under
 * {@code src/test/resources/golden/structure/} (regenerate with
 * {@code -Dsppathways.golden.update=true}).
 */
class StructureCommandsTest {
  static final String WORKLOAD = Path.of("docs", "examples", "sp-workload.yaml")
      .toString();

  private String out;
  private String err;

  private int run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Main.run(args, new PrintWriter(o, true), new PrintWriter(e, true));
    out = o.toString();
    err = e.toString();
    return code;
  }

  private void golden(String name, String... args) {
    assertThat(run(args)).as("exit code; stderr: %s", err).isZero();
    Golden.assertMatches("structure/" + name, out);
  }

  @Test
  void aMetricTheRoutesCannotMeasureIsAUsageError() {
    assertThat(run("structure", "--part", "bottlenecks", "--metric", "hours")).isEqualTo(2);
    assertThat(err).contains("Invalid value for option '--metric': structure measures paths by "
        + "steps or months, not by hours").doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run("matrix", "--metric", "cost")).isEqualTo(2);
    assertThat(err).contains("not by cost").contains("'paths --by cost'");
    assertThat(run("matrix", "--metric", "weeks")).isEqualTo(2);
    assertThat(err).contains("'weeks' is not a metric (use steps or months)");
    assertThat(run("matrix", "--metric", "MONTHS", "--distribution", "--format", "json"))
        .as(err).isZero();
    assertThat(out).contains("\"metric\" : \"months\"");
  }

  @Test
  void structureAcrossTypes() {
    golden("structure.json", "structure", "--format", "json");
    golden("structure.txt", "structure");
  }

  @Test
  void structureByOrganisationType() {
    golden("structure-by-org-type.json", "structure", "--by-org-type", "--format", "json");
    golden("structure-by-org-type.txt", "structure", "--by-org-type");
    golden("ceilings-by-org-type.csv", "structure", "--by-org-type", "--format", "csv");
  }

  @Test
  void structureParts() throws Exception {
    golden("bottlenecks-months.csv", "structure", "--part", "bottlenecks", "--metric", "months",
        "--top", "5", "--format", "csv");
    golden("support.csv", "structure", "--part", "support", "--format", "csv");
    assertThat(run("structure", "--part", "support-gaps", "--format", "json")).isZero();
    JsonNode doc = new ObjectMapper().readTree(out);
    assertThat(doc.has("supportGaps")).isTrue();
    assertThat(doc.has("ceilings")).isFalse();
    assertThat(doc.get("seniorFrom").asInt()).isEqualTo(6);
  }

  @Test
  void theJsonShapeHasTheDocumentedKeys() throws Exception {
    assertThat(run("structure", "--by-org-type", "--format", "json")).isZero();
    JsonNode doc = new ObjectMapper().readTree(out);
    assertThat(doc.fieldNames()).toIterable().contains("crossingGains", "deadEnds",
        "bottlenecks", "supportGaps", "criticalRoles", "minimumCut", "support")
        .doesNotContain("ceilings");
    // by organisation type, each entry role's ceiling within the type beside the one crossing
    // types; the gain is the difference of their seniorities
    JsonNode gain = doc.get("crossingGains").get(0);
    assertThat(gain.fieldNames()).toIterable().startsWith("organisationType", "entryRole",
        "withinType", "crossingTypes");
    assertThat(gain.get("withinType").fieldNames()).toIterable().startsWith("organisationType",
        "entryRole", "highestRole", "seniority", "steps", "months");
    for (JsonNode g : doc.get("crossingGains")) {
      assertThat(g.get("withinType").get("organisationType")).isEqualTo(g.get("organisationType"));
      assertThat(g.get("crossingTypes").has("organisationType")).isFalse();
      if (g.has("seniorityGain")) {
        assertThat(g.get("seniorityGain").asInt()).isEqualTo(
            g.get("crossingTypes").get("seniority").asInt()
                - g.get("withinType").get("seniority").asInt());
      }
    }
    assertThat(doc.get("deadEnds").get(0).fieldNames()).toIterable()
        .startsWith("organisationType", "role");
    assertThat(doc.get("bottlenecks").get(0).fieldNames()).toIterable()
        .startsWith("role", "betweenness");
  }

  @Test
  void entryRolesAndSeniorityCanBeSet() throws Exception {
    assertThat(run("structure", "--entry-roles", "link-worker,care-coordinator", "--senior-from",
        "7", "--part", "ceilings", "--format", "json")).as(err).isZero();
    JsonNode doc = new ObjectMapper().readTree(out);
    assertThat(doc.get("entryRoles").toString()).isEqualTo("[\"care-coordinator\",\"link-worker\"]");
    assertThat(doc.get("seniorRoles").toString()).isEqualTo("[\"clinical-supervisor\",\"sp-manager\"]");
    assertThat(doc.get("ceilings")).hasSize(2);
    assertThat(run("structure", "--entry-roles", "link-wroker")).isEqualTo(2);
    assertThat(err).contains("unknown role 'link-wroker'").contains("did you mean 'link-worker'");
  }

  @Test
  void monthsTiesCanBeChosenAndTheDefaultIsEveryPath() throws Exception {
    assertThat(run("structure", "--part", "bottlenecks", "--metric", "months", "--format",
        "json")).as(err).isZero();
    JsonNode every = new ObjectMapper().readTree(out);
    assertThat(every.get("monthsTies").asText()).isEqualTo("every-path");
    assertThat(run("structure", "--part", "bottlenecks", "--metric", "months", "--months-ties",
        "fewest-moves", "--format", "json")).as(err).isZero();
    JsonNode fewest = new ObjectMapper().readTree(out);
    assertThat(fewest.get("monthsTies").asText()).isEqualTo("fewest-moves");
    // the link worker lies on 177 shares of shortest paths counting only the fewest moves,
    // 176.47 counting every least-month path
    assertThat(fewest.get("bottlenecks").get(0).get("betweenness").asDouble()).isEqualTo(177.0);
    assertThat(every.get("bottlenecks").get(0).get("betweenness").asDouble())
        .isCloseTo(176.4667, org.assertj.core.api.Assertions.within(1e-4));
    assertThat(run("structure", "--months-ties", "fewest")).isEqualTo(2);
    assertThat(err).contains("--months-ties")
        .contains("'fewest' is not a months-ties rule (use one of: every-path, fewest-moves)");
  }

  @Test
  void entryRolesCanBeEveryRoleBelowASeniority() throws Exception {
    assertThat(run("structure", "--entry-below-seniority", "5", "--part", "ceilings", "--format",
        "json")).as(err).isZero();
    JsonNode doc = new ObjectMapper().readTree(out);
    // bands 1 and 4: the volunteer link worker and the eight band-4 roles
    assertThat(doc.get("entryRoles").toString()).isEqualTo("[\"care-coordinator\","
        + "\"community-connector\",\"community-health-wellbeing-worker\","
        + "\"community-navigator\",\"health-trainer\",\"hwbc-bronze\",\"hwbc-tier-1\","
        + "\"volunteer-link-worker\"]");
    assertThat(run("structure", "--entry-below-seniority", "1")).isEqualTo(2);
    assertThat(err).contains("no role of the workforce has a seniority below 1")
        .contains("the lowest is 1");
    assertThat(run("structure", "--entry-below-seniority", "5", "--entry-roles", "link-worker"))
        .isEqualTo(2);
    assertThat(err).contains("not both");
  }

  /**
   * What the headline numbers of the structure golden file mean on the bundled model, derived
   * by hand from its routes: read from the golden file itself, so that regenerating it with
   * answers that mean something else fails here.
   */
  @Test
  void theStructureGoldenNumbersMeanWhatTheModelSays() throws Exception {
    JsonNode doc = new ObjectMapper().readTree(java.nio.file.Files.readString(
        Path.of("src", "test", "resources", "golden", "structure", "structure.json")));
    // a link worker reaches the SP manager (band 7) by link worker -> senior link worker (24
    // months) -> SP manager (24 months): 2 moves, 48 months
    JsonNode lw = null;
    for (JsonNode c : doc.get("ceilings")) {
      if (c.get("entryRole").asText().equals("link-worker")) {
        lw = c;
      }
    }
    assertThat(lw).isNotNull();
    assertThat(lw.get("highestRole").asText()).isEqualTo("sp-manager");
    assertThat(lw.get("seniority").asInt()).isEqualTo(7);
    assertThat(lw.get("steps").asInt()).isEqualTo(2);
    assertThat(lw.get("months").asInt()).isEqualTo(48);
    // the coaching trainer is reached only through hwbc-gold, itself only through silver and
    // bronze: those three are critical for it, and nothing else is critical for anything
    assertThat(doc.get("criticalRoles")).hasSize(3);
    for (JsonNode c : doc.get("criticalRoles")) {
      assertThat(c.get("cutsOff").toString()).isEqualTo("[\"health-coaching-trainer\"]");
    }
    // the link worker, an entry role, has a direct route to the senior link worker: no set of
    // roles strictly between entry and senior roles separates them
    assertThat(doc.get("minimumCut").get("roleCutExists").asBoolean()).isFalse();
    // the volunteer link worker (band 1) lies on one shortest path only: volunteer -> VLW -> the
    // community navigator, whom no other route reaches as fast (betweenness 1)
    for (JsonNode b : doc.get("bottlenecks")) {
      if (b.get("role").asText().equals("volunteer-link-worker")) {
        assertThat(b.get("betweenness").asDouble()).isEqualTo(1.0);
      }
    }
  }

  @Test
  void compareTwoTypes() {
    golden("compare-vcse-pcn.json", "compare", "--org", "vcse-charity", "--org", "pcn",
        "--format", "json");
    golden("compare-vcse-pcn.txt", "compare", "--org", "vcse-charity", "--org", "pcn");
    golden("compare-vcse-pcn.csv", "compare", "--org", "vcse-charity", "--org", "pcn",
        "--format", "csv");
  }

  @Test
  void compareTwoModels() throws Exception {
    Path model = Path.of("docs", "tutorial", "my-model.yaml");
    assertThat(run("compare", "--against", model.toString(), "--format", "json")).as(err).isZero();
    JsonNode doc = new ObjectMapper().readTree(out);
    assertThat(doc.get("left").get("model").asText()).contains("reference model");
    // a whole workforce has no organisation type: left out, never null
    assertThat(doc.get("right").has("organisationType")).isFalse();
  }

  @Test
  void workloadFromAProfilesFile() {
    golden("workload.json", "workload", "--profiles", WORKLOAD, "--format", "json");
    golden("workload.txt", "workload", "--profiles", WORKLOAD);
    golden("workload.csv", "workload", "--profiles", WORKLOAD, "--format", "csv");
  }

  @Test
  void matricesForRAndPandas() {
    golden("matrix-steps.csv", "matrix", "--format", "csv");
    golden("matrix-months-long.csv", "matrix", "--metric", "months", "--layout", "long",
        "--format", "csv");
    golden("matrix-distribution.json", "matrix", "--distribution", "--format", "json");
  }

  @Test
  void badArgumentsExitWithTwoAndSayWhy() {
    assertThat(run("structure", "--part", "everything")).isEqualTo(2);
    assertThat(err).contains("unknown --part 'everything'").contains("ceilings");
    assertThat(run("structure", "--top", "0")).isEqualTo(2);
    assertThat(err).contains("--top must be 1 or more, was 0");
    assertThat(run("compare", "--org", "pcn")).isEqualTo(2);
    assertThat(err).contains("give two organisation types");
    assertThat(run("compare", "--org", "pcn", "--org", "vcse-charty")).isEqualTo(2);
    assertThat(err).contains("unknown organisation type 'vcse-charty'")
        .contains("did you mean 'vcse-charity'");
    assertThat(run("matrix", "--metric", "miles")).isEqualTo(2);
    assertThat(run("workload")).isEqualTo(2);
    assertThat(err).contains("--profiles");
  }

  /**
   * The long table a person reads lists exactly the reachable pairs of different roles, each with
   * the distance the result writer puts in the CSV: no pair left out, no role paired with itself,
   * no distance from the wrong cell.
   */
  @Test
  void theLongTableListsEveryReachablePairWithItsDistance() throws Exception {
    for (String metric : List.of("steps", "months")) {
      assertThat(run("matrix", "--metric", metric, "--layout", "long", "--format", "csv"))
          .as(err).isZero();
      List<List<String>> expected = new ArrayList<>();
      try (MappingIterator<Map<String, String>> rows = new CsvMapper()
          .readerFor(Map.class).with(CsvSchema.emptySchema().withHeader()).readValues(out)) {
        rows.forEachRemaining(r -> expected.add(List.of(r.get("from"), r.get("to"),
            r.get("distance"))));
      }
      assertThat(expected).hasSize(320);
      assertThat(run("matrix", "--metric", metric, "--layout", "long")).as(err).isZero();
      List<String> lines = out.lines().toList();
      assertThat(lines.get(0).split("\\s+")).containsExactly("from", "to", "distance");
      List<List<String>> table = lines.subList(2, lines.size()).stream()
          .map(l -> List.of(l.trim().split("\\s+"))).toList();
      assertThat(table).as(metric).containsExactlyElementsOf(expected);
      assertThat(table).noneMatch(r -> r.get(0).equals(r.get(1)));
    }
  }

  /**
   * The distribution's headline agrees with its own table and with the long list: the connected
   * pairs are the sum of the table's counts and the long list's length, the mean is the
   * count-weighted mean length, and "longest" is the table's last length.
   */
  @Test
  void theDistributionHeadlineAgreesWithItsTable() {
    assertThat(run("matrix", "--format", "csv")).as(err).isZero();
    long roles = out.lines().count() - 1;
    assertThat(run("matrix", "--layout", "long")).as(err).isZero();
    long pairs = out.lines().count() - 2;
    assertThat(run("matrix", "--distribution")).as(err).isZero();
    List<String> lines = out.lines().toList();
    List<int[]> rows = lines.subList(4, lines.size()).stream()
        .map(l -> l.trim().split("\\s+"))
        .map(c -> new int[] {Integer.parseInt(c[0]), Integer.parseInt(c[1])}).toList();
    long total = rows.stream().mapToLong(r -> r[1]).sum();
    long weighted = rows.stream().mapToLong(r -> (long) r[0] * r[1]).sum();
    assertThat(total).isEqualTo(pairs);
    assertThat(lines.get(0)).isEqualTo(String.format(java.util.Locale.ROOT,
        "%d ordered pairs of roles connected, %d not; mean %.2f steps, longest %d", total,
        roles * (roles - 1) - total, (double) weighted / total,
        rows.get(rows.size() - 1)[0]));
    assertThat(lines.get(2).split("\\s+")).containsExactly("length", "pairs");
  }

  /**
   * The wide table is the matrix a person reads row by row: the cell in row "from", column "to"
   * is the distance the CSV gives for that pair, and "-" where the CSV cell is empty (no path).
   */
  @Test
  void theWideTableHoldsTheCsvDistancesWithADashForNoPath() throws Exception {
    assertThat(run("matrix", "--metric", "months", "--format", "csv")).as(err).isZero();
    List<List<String>> expected = new ArrayList<>();
    try (MappingIterator<List<String>> rows = new CsvMapper()
        .enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
        .readerFor(List.class).readValues(out)) {
      rows.forEachRemaining(r -> {
        List<String> row = new ArrayList<>(r);
        row.remove(1);
        expected.add(row.stream().map(c -> c.isEmpty() ? "-" : c).toList());
      });
    }
    assertThat(run("matrix", "--metric", "months")).as(err).isZero();
    List<String> lines = out.lines().toList();
    List<List<String>> table = new ArrayList<>();
    table.add(List.of(lines.get(0).trim().split("\\s+")));
    lines.subList(2, lines.size()).forEach(l -> table.add(List.of(l.trim().split("\\s+"))));
    assertThat(table).containsExactlyElementsOf(expected);
  }
}
