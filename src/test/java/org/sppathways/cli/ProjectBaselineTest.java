package org.sppathways.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** {@code project} on the bundled model: its sourced start, the series option and the costs. */
class ProjectBaselineTest {
  static JsonNode json(CliRun r) throws IOException {
    assertThat(r.code()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void withoutAStartTheProjectionStartsFromTheDefaultSeriesAndCostsItsStaff() throws IOException {
    JsonNode p = json(CliRun.of("project", "--years", "1", "--format", "json"));

    JsonNode year0 = p.get("years").get(0).get("headcountByRole");
    assertThat(year0.get("link-worker").asDouble()).isEqualTo(2777);
    assertThat(year0.get("care-coordinator").asDouble()).isEqualTo(4813);
    JsonNode cost0 = p.get("staffCost").get("years").get(0);
    // 2,777 x 29,970 + 4,813 x 26,530: link workers and care coordinators at their band's
    // entry point; coaches have no pay figure and are named, not counted as 0.
    assertThat(cost0.get("total").asDouble()).isEqualTo(2777.0 * 29970 + 4813.0 * 26530);
    assertThat(p.get("staffCost").get("uncosted").toString()).contains("health-wellbeing-coach");
    assertThat(p.get("parameters").get(0).get("confidence").asText()).isEqualTo("assumed");
  }

  @Test
  void theSeriesOptionStartsFromAnotherSeriesOnly() throws IOException {
    JsonNode p = json(CliRun.of("project", "--years", "0", "--series", "nwrs-with-claims",
        "--format", "json"));

    assertThat(p.get("years").get(0).get("headcountByRole").get("link-worker").asDouble())
        .isEqualTo(3479);
    assertThat(p.get("notes").get(0).asText()).contains("series 'nwrs-with-claims'");
  }

  @Test
  void theSeriesOptionWithAStartOrAnUnknownNameIsRefused() {
    CliRun both = CliRun.of("project", "--years", "1", "--series", "nwrs", "--start",
        "docs/examples/flows/sp-headcounts.yaml");
    CliRun unknown = CliRun.of("project", "--years", "1", "--series", "nwrz");

    assertThat(both.code()).isEqualTo(Main.INVALID);
    assertThat(both.err()).contains("give --series or --start, not both");
    assertThat(unknown.code()).isEqualTo(Main.INVALID);
    assertThat(unknown.err()).contains("'nwrz'", "nwrs").doesNotContain("Exception");
  }

  @Test
  void theTableShowsTheCostThePayUsedAndTheAssumedParameters() {
    CliRun r = CliRun.of("project", "--years", "2");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("starting from the latest figures of series 'nwrs' "
        + "(full-time equivalents)", "staff cost (GBP)",
        "link-worker: 29,970, Agenda for Change band 5, entry point",
        "not costed, no pay figure:", "flow parameters are assumed, not measured");
  }

  @Test
  void steadyReachProbabilityAndCapacityRunOnTheBundledModel() {
    CliRun steady = CliRun.of("steady");
    CliRun reach = CliRun.of("reach-probability", "--from", "link-worker", "--to",
        "senior-link-worker");
    CliRun capacity = CliRun.of("capacity", "--role", "link-worker", "--target", "3000");

    assertThat(steady.code()).as(steady.err()).isZero();
    assertThat(steady.out()).startsWith("Steady state of the bundled social prescribing model: ");
    assertThat(reach.code()).as(reach.err()).isZero();
    assertThat(reach.out()).startsWith("From link-worker to senior-link-worker: probability 0.");
    assertThat(capacity.code()).as(capacity.err()).isZero();
    assertThat(capacity.out()).startsWith("To hold link-worker at 3000.00 people");
  }
}
