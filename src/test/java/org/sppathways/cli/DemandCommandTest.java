package org.sppathways.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sppathways.cli.GapAndTrainingCommandsTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sppathways.cli.GapAndTrainingCommandsTest.Run;

/**
 * {@code demand}: what its table and CSV mean against its JSON, and bad input as exit 2 with a
 * located message and no stack trace.
 */
class DemandCommandTest {
  private static final String FLOWS = "docs/examples/flows/sp-flows.yaml";
  private static final String START = "docs/examples/flows/sp-headcounts.yaml";
  private static final String CAPACITY = "docs/examples/flows/sp-capacity.yaml";

  @TempDir
  Path dir;

  private static Run demand(String... more) {
    List<String> all = new ArrayList<>(List.of("demand", "--apply", FLOWS, "--start", START));
    all.addAll(List.of(more));
    return run(all.toArray(String[]::new));
  }

  @Test
  void theYearTableSaysWhatTheJsonHolds() throws Exception {
    JsonNode json = new ObjectMapper().readTree(demand("--years", "3", "--capacity", CAPACITY,
        "--format", "json").out());
    Run table = demand("--years", "3", "--capacity", CAPACITY);
    assertThat(table.exit()).isZero();
    for (JsonNode y : json.get("years")) {
      double entry = 0;
      double refresh = 0;
      double shortfall = 0;
      for (JsonNode c : y.get("courses")) {
        entry += c.get("entryPlaces").asDouble();
        refresh += c.get("refresherPlaces").asDouble();
        shortfall += c.path("shortfall").asDouble(0);
        // cost is places x the course's cost; shortfall is demand above capacity, never below 0
        if (c.has("capacity")) {
          assertThat(c.get("shortfall").asDouble()).isEqualTo(Math.max(0,
              c.get("places").asDouble() - c.get("capacity").asDouble()), within());
        }
      }
      String row = String.format(java.util.Locale.ROOT, "%4d  %8.2f", y.get("year").asInt(),
          y.get("entrants").asDouble());
      assertThat(table.out()).contains(row);
      assertThat(table.out()).containsPattern(String.format(java.util.Locale.ROOT,
          "\\n\\s*%d\\s+%.2f\\s+%.2f\\s+%.2f\\s+%.2f\\s+%.2f\\s+%.2f\\n", y.get("year").asInt(),
          y.get("entrants").asDouble(), y.get("unclosableEntrants").asDouble(), entry, refresh,
          y.get("cost").asDouble(), shortfall).replace(".", "\\."));
    }
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-6);
  }

  @Test
  void csvHasOneRowPerYearAndCourseWithTheJsonsPlaces() throws Exception {
    JsonNode json = new ObjectMapper().readTree(demand("--years", "2", "--format", "json").out());
    List<String> csv = demand("--years", "2", "--format", "csv").out().lines().toList();
    assertThat(csv.get(0)).isEqualTo(
        "year,course,title,entryPlaces,refresherPlaces,places,cost,capacity,shortfall");
    int rows = json.get("years").get(0).get("courses").size()
        + json.get("years").get(1).get("courses").size();
    assertThat(csv).hasSize(rows + 1);
  }

  @Test
  void aBadCapacityFileIsExitTwoWithEachProblemLocated() throws Exception {
    Path bad = dir.resolve("capacity.csv");
    Files.writeString(bad, "course,placesPerYear\nconexus-sp-qualificaton,10\n"
        + "elfh-social-prescribing,-3\nelfh-social-prescribing,4\n");
    Run r = demand("--years", "2", "--capacity", bad.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains(bad + ":2:1: course: unknown course 'conexus-sp-qualificaton' "
        + "(did you mean 'conexus-sp-qualification'?)")
        .contains(bad + ":3:2: placesPerYear: the number -3 is out of range")
        .contains(bad + ":4:1: course: the capacity of course 'elfh-social-prescribing' is given "
            + "twice, first at line 3")
        .doesNotContain("Exception");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void yearsAndBudgetOutOfRangeAreExitTwo() {
    for (String bad : new String[] {"0", "1001"}) {
      Run r = demand("--years", bad);
      assertThat(r.exit()).as(bad).isEqualTo(2);
      assertThat(r.err()).contains("--years must be from 1 to 1000, was " + bad);
    }
    Run r = demand("--years", "1", "--budget", "-5");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--budget must be a number, 0 or more");
  }

  @Test
  void withoutFlowDataItSaysHowToGiveIt() {
    Run r = run("demand", "--model", "docs/tutorial/my-model.yaml", "--years", "2");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no training demand to forecast").contains("--apply");
  }

  @Test
  void theBudgetCommissionsYearOneWithinIt() throws Exception {
    JsonNode json = new ObjectMapper().readTree(demand("--years", "1", "--budget", "20000",
        "--format", "json").out());
    JsonNode plan = json.get("commissioning");
    assertThat(plan.get("budget").asDouble()).isEqualTo(20000);
    assertThat(plan.get("spent").asDouble()).isLessThanOrEqualTo(20000);
    assertThat(json.has("commissioning")).isTrue();
    assertThat(new ObjectMapper().readTree(demand("--years", "1", "--format", "json").out())
        .has("commissioning")).isFalse();
  }
}
