package org.sppathways.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.sppathways.cli.Main;
import org.sppathways.gaps.Golden;

/**
 * The projection commands on the documented example (the bundled model with the illustrative
 * rates of {@code docs/examples/flows/sp-flows.yaml} and the 3,300 link workers of
 * {@code sp-headcounts.yaml}) against golden files under {@code golden/flow/} (regenerate with
 * {@code -Dsppathways.golden.update=true}), each paired with numbers worked out by hand from
 * those two files, so a golden file cannot pin a wrong answer unnoticed.
 *
 * <p>The start: 1,650 link workers in PCNs, 990 in VCSE organisations and 660 elsewhere (spread
 * over the six other types offering the role), so 2,310 at the general rates (leaving 0.15,
 * promotion to senior 0.04) and 990 at the VCSE rates (leaving 0.18, promotion 0.015). Other
 * moves out of the role: 0.02 to CYP link worker, 0.01 to peer facilitator, 0.01 to health and
 * wellbeing coach, 0.005 to SP ambassador. Recruits: 800 direct plus 150 along the entry route.
 *
 * <p>The example layers its rates on the bundled model's own assumed ones and recruits no care
 * coordinators or coaches; of the bundled rates it leaves in place, those that matter here are
 * the coach's: to link worker 0.01 and to peer facilitator 0.005 (leaving and moving out 0.195
 * in all).
 */
class ProjectionGoldenTest {
  private static final String FLOWS = "docs/examples/flows/sp-flows.yaml";
  private static final String START = "docs/examples/flows/sp-headcounts.yaml";

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    assertThat(code).as("exit code; stderr: %s", err).isZero();
    return out.toString();
  }

  private static JsonNode json(String text) throws IOException {
    return new ObjectMapper().readTree(text);
  }

  @Test
  void projectionMatchesItsGoldenFilesAndTheRatesWorkedByHand() throws IOException {
    String table = run("project", "--years", "5", "--apply", FLOWS, "--start", START);
    String text = run("project", "--years", "5", "--apply", FLOWS, "--start", START,
        "--format", "json");
    Golden.assertMatches("flow/project-sp-flows.txt", table);
    Golden.assertMatches("flow/project-sp-flows.json", text);

    JsonNode years = json(text).get("years");
    JsonNode y0 = years.get(0);
    JsonNode y1 = years.get(1);
    JsonNode y2 = years.get(2);
    assertThat(y0.get("headcount").asDouble()).isEqualTo(1650 + 990 + 660);

    // Year 1 leavers: only link workers exist, 2,310 x 0.15 + 990 x 0.18.
    double leavers = 2310 * 0.15 + 990 * 0.18;
    assertThat(y1.get("leavers").asDouble()).isCloseTo(leavers, within(1e-9)).isCloseTo(524.7,
        within(1e-9));
    assertThat(y1.get("recruits").asDouble()).isEqualTo(800 + 150);
    // Senior link workers in year 1 are the promotions alone: 2,310 x 0.04 + 990 x 0.015.
    double promoted = 2310 * 0.04 + 990 * 0.015;
    assertThat(y1.get("headcountByRole").get("senior-link-worker").asDouble())
        .isCloseTo(promoted, within(1e-9)).isCloseTo(107.25, within(1e-9));
    // Link workers in year 1: those who stay (neither leave nor move) plus the recruits.
    double movedOut = promoted + 3300 * (0.02 + 0.01 + 0.01 + 0.005);
    double linkWorkers = 3300 - leavers - movedOut + 950;
    assertThat(y1.get("headcountByRole").get("link-worker").asDouble())
        .isCloseTo(linkWorkers, within(1e-9)).isCloseTo(3469.55, within(1e-9));
    assertThat(y1.get("headcountByRole").get("cyp-link-worker").asDouble()).isCloseTo(66, within(1e-9));
    // Year 2 seniors: those who stay (1 - 0.12 - 0.05 - 0.02 = 0.81), the link workers promoted
    // at the start's weighted rate (107.25 / 3300 = 0.0325), and those arriving from CYP link
    // worker (0.03) and peer facilitator (0.04).
    double seniors2 = 107.25 * 0.81 + linkWorkers * (promoted / 3300) + 66 * 0.03 + 33 * 0.04;
    assertThat(y2.get("headcountByRole").get("senior-link-worker").asDouble())
        .isCloseTo(seniors2, within(1e-9));
    // The books balance every year: headcount + leavers = last year's headcount + recruits.
    for (int t = 1; t < years.size(); t++) {
      assertThat(years.get(t).get("headcount").asDouble() + years.get(t).get("leavers").asDouble())
          .isCloseTo(years.get(t - 1).get("headcount").asDouble()
              + years.get(t).get("recruits").asDouble(), within(1e-6));
    }
  }

  @Test
  void reachProbabilityMatchesItsGoldenFileAndTheFirstStepAnalysisByHand() throws IOException {
    String table = run("reach-probability", "--from", "link-worker", "--to",
        "senior-link-worker", "--apply", FLOWS);
    String text = run("reach-probability", "--from", "link-worker", "--to",
        "senior-link-worker", "--apply", FLOWS, "--format", "json");
    Golden.assertMatches("flow/reach-probability-link-worker-senior.txt", table);

    // Without --start the model's own baseline weighs the types: 30% of link workers in VCSE
    // organisations (the 2023 employer mix), 70% elsewhere, so leaving 0.7 x 0.15 + 0.3 x 0.18
    // and promotion 0.7 x 0.04 + 0.3 x 0.015. A link worker reaches a senior post directly, or
    // through CYP link worker (then 0.03 against leaving 0.15), peer facilitator (0.04 against
    // 0.12) or coach (who returns to link worker at 0.01 or becomes a peer facilitator at 0.005,
    // out of 0.195): h = (direct + 0.02 h_cyp + 0.01 h_peer + 0.01 h_coach) / (1 - stay) with
    // h_coach = (0.01 h + 0.005 h_peer) / 0.195.
    double leaving = 0.7 * 0.15 + 0.3 * 0.18;
    double direct = 0.7 * 0.04 + 0.3 * 0.015;
    double out = direct + 0.02 + 0.01 + 0.01 + 0.005;
    double viaCyp = 0.03 / (0.03 + 0.15);
    double viaPeer = 0.04 / (0.04 + 0.12);
    double h = (direct + 0.02 * viaCyp + 0.01 * viaPeer + 0.01 * 0.005 * viaPeer / 0.195)
        / (leaving + out - 0.01 * 0.01 / 0.195);
    assertThat(json(text).get("probability").asDouble()).isCloseTo(h, within(1e-12));
    assertThat(table.lines().findFirst()).hasValue("From link-worker to senior-link-worker: "
        + "probability 0.16, 5.16 years on average when reached");
  }

  @Test
  void capacityMatchesItsGoldenFileAndTheOutflowByHand() throws IOException {
    String table = run("capacity", "--role", "link-worker", "--target", "5000", "--course",
        "elfh-social-prescribing", "--take-up", "0.8", "--apply", FLOWS, "--start", START);
    Golden.assertMatches("flow/capacity-link-worker-5000.txt", table);

    // To hold 5,000 link workers, recruits must replace those who leave and move on each year,
    // 5,000 x (leaving + moving) at the start's weighted rates, less those who move in: coaches,
    // all former link workers here, settle at 0.01 x 5,000 / 0.195 and 0.01 of them come back.
    double leaving = (2310 * 0.15 + 990 * 0.18) / 3300;
    double moving = (2310 * 0.04 + 990 * 0.015) / 3300 + 0.02 + 0.01 + 0.01 + 0.005;
    double movedIn = 0.01 * (0.01 * 5000) / 0.195;
    double recruits = 5000 * (leaving + moving) - movedIn;
    assertThat(recruits).isCloseTo(1179.94, within(0.005));
    assertThat(table.lines().limit(2).toList()).containsExactly(
        "To hold link-worker at 5000.00 people in the long run: 1179.94 recruits a year (now 950.00)",
        "Course elfh-social-prescribing: 1474.92 completions a year (take-up 0.80, recruits only)");
    assertThat(recruits / 0.8).isCloseTo(1474.92, within(0.005));
  }
}
