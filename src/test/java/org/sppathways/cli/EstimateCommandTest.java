package org.sppathways.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sppathways.flow.FlowModel;
import org.sppathways.flow.FlowState;
import org.sppathways.io.ScenarioReader;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

/** {@code estimate}: what it prints means what it says, and its flow file feeds the projection. */
class EstimateCommandTest {
  static final String HISTORIES = "docs/examples/histories/sp-histories.csv";
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private static JsonNode json(CliRun run) throws IOException {
    assertThat(run.code()).as(run.err()).isZero();
    return JSON.readTree(run.out());
  }

  @Test
  void ratesAreEventsOverYearsAtRiskAndTheIntervalHoldsThem() throws IOException {
    JsonNode e = json(CliRun.of("estimate", "--histories", HISTORIES, "--format", "json"));
    assertThat(e.get("basis").asText()).isEqualTo("histories");
    JsonNode lw = e.get("roles").get(0);
    assertThat(lw.get("role").asText()).isEqualTo("link-worker");
    double atRisk = lw.get("yearsAtRisk").asDouble();
    assertThat(lw.get("leaving").get("rate").asDouble())
        .isCloseTo(lw.get("leavers").asDouble() / atRisk, within(1e-12));
    for (JsonNode route : lw.get("routes")) {
      assertThat(route.get("rate").asDouble())
          .isCloseTo(route.get("moves").asDouble() / atRisk, within(1e-12));
      assertThat(route.get("low").asDouble()).isLessThanOrEqualTo(route.get("rate").asDouble());
      assertThat(route.get("high").asDouble()).isGreaterThanOrEqualTo(route.get("rate")
          .asDouble());
    }
    // The example has one move the model lacks (link-worker -> sp-manager).
    assertThat(e.get("unmodelledRoutes").toString())
        .isEqualTo("[{\"from\":\"link-worker\",\"to\":\"sp-manager\",\"moves\":1}]");
    JsonNode km = lw.get("timeToMove");
    assertThat(km.get("survival").get(0).get("months").asDouble()).isPositive();
  }

  @Test
  void writtenFlowsAreWhatProjectionCommandsUse() throws IOException {
    Path flows = dir.resolve("measured.yaml");
    JsonNode e = json(CliRun.of("estimate", "--histories", HISTORIES, "--write-flows",
        flows.toString(), "--format", "json"));
    WorkforceModel base = ReferenceModels.socialPrescribing();
    WorkforceModel measured = ScenarioReader.of(base).read(flows).applyTo(base);
    FlowModel model = FlowModel.of(measured);
    JsonNode lw = e.get("roles").get(0);
    RoleId link = RoleId.of("link-worker");
    assertThat(model.leavingRate(FlowState.of(link)))
        .isCloseTo(lw.get("leaving").get("rate").asDouble(), within(1e-6));
    for (JsonNode route : lw.get("routes")) {
      RoleId to = RoleId.of(route.get("to").asText());
      if (route.get("modelled").asBoolean() && !measured.role(to).external()) {
        assertThat(model.transitionRate(FlowState.of(link), FlowState.of(to)))
            .as("rate to %s", to).isCloseTo(route.get("rate").asDouble(), within(1e-6));
      }
    }
    // Applied after the illustrative flows, the estimates replace their per-type rates too:
    // every organisation type of link-worker leaves at the estimated rate.
    WorkforceModel layered = ScenarioReader.of(base)
        .read(Path.of("docs/examples/flows/sp-flows.yaml")).applyTo(base);
    layered = ScenarioReader.of(layered).read(flows).applyTo(layered);
    FlowModel byType = FlowModel.byOrganisationType(layered);
    for (FlowState state : byType.states(link)) {
      assertThat(byType.leavingRate(state)).as("leaving in %s", state)
          .isCloseTo(lw.get("leaving").get("rate").asDouble(), within(1e-6));
    }
    // project --apply reads the file: one year from 1,000 link workers, the leavers are
    // 1,000 x the estimated leaving rate (rounded down to 6 decimals in the file).
    Path start = dir.resolve("start.csv");
    Files.writeString(start, "role,headcount\nlink-worker,1000\n");
    JsonNode p = json(CliRun.of("project", "--years", "1", "--apply", flows.toString(),
        "--start", start.toString(), "--format", "json"));
    JsonNode year1 = p.get("years").get(1).get("states").get(0);
    assertThat(year1.get("role").asText()).isEqualTo("link-worker");
    assertThat(year1.get("leavers").asDouble()).isCloseTo(1000 * lw.get("leaving").get("rate")
        .asDouble(), within(0.001));
    assertThat(CliRun.of("steady", "--apply", flows.toString()).code()).isZero();
    assertThat(CliRun.of("reach-probability", "--apply", flows.toString(), "--from",
        "link-worker", "--to", "senior-link-worker").code()).isZero();
    assertThat(CliRun.of("capacity", "--apply", flows.toString(), "--role", "link-worker",
        "--target", "3000").code()).isZero();
  }

  @Test
  void theHowTosFlowFileIsWhatTheCommandWrites() throws IOException {
    Path flows = dir.resolve("my-flows.yaml");
    assertThat(CliRun.of("estimate", "--histories", HISTORIES, "--as-of", "2025-01-01",
        "--write-flows", flows.toString()).code()).isZero();
    assertThat(Files.readString(flows).replace("my-flows.yaml", "sp-histories.csv")).isEqualTo(
        Files.readString(Path.of("docs/examples/histories/sp-estimated-flows.yaml")));
  }

  @Test
  void tableNamesTheMethodAndCsvHasALeavingRowPerRole() {
    CliRun table = CliRun.of("estimate", "--histories", HISTORIES, "--as-of", "2024-12-31");
    assertThat(table.code()).isZero();
    assertThat(table.out()).contains("censored at 2024-12-31", "95 % Wilson intervals",
        "link-worker -> sp-manager (1)");
    CliRun csv = CliRun.of("estimate", "--histories", HISTORIES, "--format", "csv");
    assertThat(csv.out().lines().findFirst().orElseThrow()).isEqualTo("role,roleTitle,"
        + "organisationType,exposureYears,yearsAtRisk,kind,to,toTitle,modelled,events,rate,low,"
        + "high,medianMonthsToMove,medianLow,medianHigh");
    assertThat(csv.out().lines().filter(l -> l.startsWith("link-worker,") && l.contains(
        ",leaving,"))).hasSize(1);
  }

  @Test
  void badHistoriesAreLocatedWithExitTwoAndNoPersonalData() throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "person,role,organisationType,start,end,to\n"
        + "jane-doe-1985,link-worker,pcn,2020-01-01,2019-06-01,left\n");
    CliRun run = CliRun.of("estimate", "--histories", bad.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("bad.csv:2:5: end: the spell ends before it starts")
        .doesNotContain("jane-doe", "2019-06-01").doesNotContain("Exception");
  }

  @Test
  void historiesOrCountsNotBoth() {
    CliRun run = CliRun.of("estimate", "--histories", HISTORIES, "--counts",
        "docs/examples/histories/sp-yearly-counts.csv");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("give --histories FILE or --counts FILE");
  }

  @Test
  void countsGiveRecruitsAndNoTimeToMove() throws IOException {
    JsonNode e = json(CliRun.of("estimate", "--counts",
        "docs/examples/histories/sp-yearly-counts.csv", "--format", "json"));
    JsonNode lw = e.get("roles").get(0);
    assertThat(lw.get("leaving").get("rate").asDouble()).isCloseTo(840.0 / 5682, within(1e-12));
    assertThat(lw.get("recruitsPerYear").asDouble()).isEqualTo(670);
    assertThat(lw.has("timeToMove")).isFalse();
  }
}
