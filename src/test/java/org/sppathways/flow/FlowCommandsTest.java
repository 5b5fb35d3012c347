package org.sppathways.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sppathways.cli.Main;

/** The projection commands: output shapes and exit codes. */
class FlowCommandsTest {
  private static final String MODEL = "format: sp-pathways/1\nname: Tiny\n"
      + "scale: [{level: 1, name: A}]\n"
      + "organisationTypes:\n  - {id: pcn, name: PCN, sector: nhs}\n"
      + "  - {id: vcse, name: VCSE, sector: vcse}\n"
      + "roles:\n"
      + "  - {id: lw, title: LW, offeredBy: [pcn, vcse], leaving: 0.2, recruits: 30}\n"
      + "  - {id: senior, title: Senior, offeredBy: [pcn], leaving: 0.25}\n"
      + "routes:\n"
      + "  - {from: lw, to: senior, kind: promotion, months: 24, rate: 0.1}\n";

  @TempDir
  Path dir;

  record Run(int code, String out, String err) {
    JsonNode json() {
      try {
        return new ObjectMapper().readTree(out);
      } catch (IOException e) {
        throw new AssertionError(out, e);
      }
    }
  }

  private Run run(String... args) throws IOException {
    Path model = dir.resolve("m.yaml");
    Files.writeString(model, MODEL);
    Files.writeString(dir.resolve("start.csv"), "role,organisationType,headcount\nlw,pcn,60\n"
        + "lw,vcse,40\nsenior,,10\n");
    Files.writeString(dir.resolve("faster.yaml"), "format: sp-pathways-scenario/1\n"
        + "name: Faster\nroutes:\n  - {from: lw, to: senior, rate: 0.15}\n");
    String[] all = new String[args.length + 1];
    all[0] = args[0];
    all[1] = "--model=" + model;
    System.arraycopy(args, 1, all, 2, args.length - 1);
    for (int i = 0; i < all.length; i++) {
      all[i] = all[i].replace("DIR", dir.toString());
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(all, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void projectPrintsTheDocumentedJsonShape() throws IOException {
    Run r = run("project", "--years", "2", "--start", "DIR/start.csv", "--format", "json");

    assertThat(r.code()).isZero();
    JsonNode years = r.json().get("years");
    assertThat(years).hasSize(3);
    assertThat(r.json().get("result").asText()).isEqualTo("projection");
    assertThat(years.get(0).get("headcountByRole").get("lw").asDouble()).isEqualTo(100);
    // year 1: lw = 100 x 0.7 + 30 = 100, senior = 10 x 0.75 + 10 = 17.5
    assertThat(years.get(1).get("year").asInt()).isEqualTo(1);
    assertThat(years.get(1).get("headcountByRole").get("lw").decimalValue())
        .isEqualByComparingTo("100");
    assertThat(years.get(1).get("headcountByRole").get("senior").decimalValue())
        .isEqualByComparingTo("17.5");
    assertThat(years.get(1).get("headcount").decimalValue()).isEqualByComparingTo("117.5");
    // the flows of each state: senior gains 10 from lw and loses 2.5 leavers
    JsonNode senior = years.get(1).get("states").get(1);
    assertThat(senior.get("role").asText()).isEqualTo("senior");
    assertThat(senior.get("movedIn").decimalValue()).isEqualByComparingTo("10");
    assertThat(senior.get("leavers").decimalValue()).isEqualByComparingTo("2.5");
    assertThat(years.get(1).get("leavers").decimalValue()).isEqualByComparingTo("22.5");
    assertThat(years.get(1).get("recruits").decimalValue()).isEqualByComparingTo("30");
  }

  @Test
  void projectWithAScenarioShowsBoth() throws IOException {
    Run json = run("project", "--years", "1", "--start", "DIR/start.csv", "--scenario",
        "DIR/faster.yaml", "--format", "json");
    Run table = run("project", "--years", "1", "--start", "DIR/start.csv", "--scenario",
        "DIR/faster.yaml");

    assertThat(json.json().get("result").asText()).isEqualTo("scenario-projection");
    assertThat(json.json().get("scenario").asText()).isEqualTo("Faster");
    assertThat(json.json().get("projection").get("years").get(1).get("headcountByRole")
        .get("senior").decimalValue()).isEqualByComparingTo("22.5");
    assertThat(json.json().get("base").get("years").get(1).get("headcountByRole")
        .get("senior").decimalValue()).isEqualByComparingTo("17.5");
    assertThat(table.out()).contains("Scenario: Faster").contains("difference");
  }

  @Test
  void projectBySplitTypesAddsTheDetail() throws IOException {
    Run r = run("project", "--years", "1", "--start", "DIR/start.csv", "--by-organisation-type",
        "--format", "json");

    assertThat(r.json().get("splitByOrganisationType").asBoolean()).isTrue();
    java.util.Map<String, java.math.BigDecimal> byState = new java.util.HashMap<>();
    r.json().get("years").get(1).get("states").forEach(s -> byState.put(
        s.get("role").asText() + "@" + s.path("organisationType").asText(),
        s.get("headcount").decimalValue()));
    assertThat(byState.get("lw@pcn")).isEqualByComparingTo("60");
    assertThat(byState.get("senior@pcn")).isEqualByComparingTo("17.5");
  }

  @Test
  void projectAsCsvHasOneRowPerYearAndState() throws IOException {
    Run r = run("project", "--years", "1", "--start", "DIR/start.csv", "--format", "csv");

    assertThat(r.out().lines()).containsExactly(
        "year,role,roleTitle,organisationType,headcount,recruits,leavers,staffCost",
        "0,lw,LW,,100.00,0.00,0.00,", "0,senior,Senior,,10.00,0.00,0.00,",
        "1,lw,LW,,100.00,30.00,20.00,", "1,senior,Senior,,17.50,0.00,2.50,");
  }

  @Test
  void steadyReachAndCapacity() throws IOException {
    Run steady = run("steady", "--format", "json");
    Run reach = run("reach-probability", "--from", "lw", "--to", "senior", "--format", "json");
    Run capacity = run("capacity", "--role", "senior", "--target", "60", "--format", "json");

    JsonNode steadyState = steady.json().get("steadyState");
    assertThat(steadyState.get("exists").asBoolean()).isTrue();
    assertThat(steadyState.get("headcounts").get("lw").asDouble()).isEqualTo(100, within());
    assertThat(steadyState.get("headcounts").get("senior").asDouble()).isEqualTo(40, within());
    assertThat(steadyState.get("total").asDouble()).isEqualTo(140, within());
    assertThat(reach.json().get("probability").asDouble()).isEqualTo(1.0 / 3, within());
    assertThat(reach.json().get("expectedYears").asDouble()).isEqualTo(1 / 0.3, within());
    assertThat(capacity.json().get("need").get("recruitsNeeded").asDouble())
        .isEqualTo(5, within());
    assertThat(capacity.json().has("training")).isFalse();
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }

  @Test
  void badArgumentsAndInputExitWithTwo() throws IOException {
    assertThat(run("project", "--years", "-1").code()).isEqualTo(2);
    assertThat(run("project", "--years", "1", "--start", "DIR/start.csv", "--profiles",
        "DIR/start.csv").err()).contains("give --start or --profiles, not both");
    Run unknown = run("reach-probability", "--from", "lww", "--to", "senior");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown role 'lww'; did you mean 'lw' (LW)?");
    assertThat(run("capacity", "--role", "senior", "--target", "5", "--take-up", "0").code())
        .isEqualTo(2);
  }

  /**
   * Split by organisation type, the table has one row per starting type with that type's
   * probability, and a last row for the role as a whole that is the share-weighted mean of the
   * types' rows: the figure in the headline.
   */
  @Test
  void reachProbabilityByTypeTableRowsAddUpToTheHeadline() throws IOException {
    String[] args = {"reach-probability", "--start", "DIR/start.csv", "--from", "lw", "--to",
        "senior", "--by-organisation-type"};
    Run json = run(append(args, "--format", "json"));
    assertThat(json.code()).as(json.err()).isZero();
    Run table = run(args);
    assertThat(table.code()).as(table.err()).isZero();
    java.util.List<String> rows = table.out().lines()
        .filter(l -> l.startsWith("lw")).map(String::trim).toList();
    JsonNode types = json.json().get("byOrganisationType");
    assertThat(rows).hasSize(types.size() + 1);
    double weighted = 0;
    for (int i = 0; i < types.size(); i++) {
      JsonNode t = types.get(i);
      weighted += t.get("share").asDouble() * t.get("probability").asDouble();
      assertThat(rows.get(i).split("\\s+")).startsWith("lw@" + t.get("organisationType")
          .asText(), "senior", String.format(java.util.Locale.ROOT, "%.2f",
              t.get("probability").asDouble()));
    }
    assertThat(weighted).isCloseTo(json.json().get("probability").asDouble(),
        org.assertj.core.data.Offset.offset(1e-12));
    assertThat(rows.get(types.size()).split("\\s+")).startsWith("lw", "senior",
        String.format(java.util.Locale.ROOT, "%.2f", weighted));
    assertThat(table.out()).startsWith(String.format(java.util.Locale.ROOT,
        "From lw to senior: probability %.2f, ", weighted));
  }

  /** Starting from worker profiles counts each person once, in their role and type. */
  @Test
  void projectFromProfilesStartsFromTheCountOfPeople() throws IOException {
    Files.writeString(dir.resolve("people.csv"), "person,role,organisationType,monthsInRole,competency,level\n"
        + "p1,lw,pcn,1,,\np2,lw,pcn,2,,\np3,lw,vcse,3,,\np4,senior,pcn,4,,\n");
    Run r = run("project", "--years", "0", "--profiles", "DIR/people.csv", "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode year0 = r.json().get("years").get(0).get("headcountByRole");
    assertThat(year0.get("lw").asDouble()).isEqualTo(3);
    assertThat(year0.get("senior").asDouble()).isEqualTo(1);
    Run table = run("project", "--years", "0", "--profiles", "DIR/people.csv");
    assertThat(table.out()).contains("starting from profiles in " + dir.resolve("people.csv"));
  }

  private static String[] append(String[] args, String... more) {
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }
}
