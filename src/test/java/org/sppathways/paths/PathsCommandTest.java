package org.sppathways.paths;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.sppathways.cli.Main;
import org.sppathways.gaps.Golden;

/**
 * The {@code paths} and {@code reach} commands as a user runs them: golden outputs on the
 * reference model (regenerate with {@code -Dsppathways.golden.update=true}), the JSON shape, and
 * errors with exit code 2.
 */
class PathsCommandTest {

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void goldenPathsTable() {
    Run r = run("paths", "--from", "link-worker", "--to", "sp-manager", "--k", "3");
    assertThat(r.code()).isZero();
    Golden.assertMatches("paths/link-worker-to-sp-manager.txt", r.out());
  }

  @Test
  void goldenPathsJson() throws Exception {
    Run r = run("paths", "--from", "link-worker", "--to", "sp-manager", "--k", "3", "--format",
        "json");
    assertThat(r.code()).isZero();
    Golden.assertMatches("paths/link-worker-to-sp-manager.json", r.out());
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.fieldNames()).toIterable()
        .containsExactly("from", "to", "by", "complete", "paths");
    JsonNode first = doc.get("paths").get(0);
    assertThat(first.fieldNames()).toIterable()
        .containsExactly("roles", "steps", "months", "hours", "cost", "detail");
    assertThat(first.get("detail")).hasSize(first.get("steps").asInt());
  }

  @Test
  void goldenReachJson() {
    Run r = run("reach", "--from", "care-coordinator", "--max-months", "24", "--by", "hours",
        "--format", "json");
    assertThat(r.code()).isZero();
    Golden.assertMatches("paths/reach-care-coordinator-24-months.json", r.out());
  }

  @Test
  void paretoAndConstraintsRun() {
    Run r = run("paths", "--from", "care-coordinator", "--to", "senior-link-worker", "--by",
        "steps", "--kinds", "promotion,specialisation", "--max-steps", "3", "--format", "csv");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("rank,roles,steps,months,hours,cost");
    Run pareto = run("paths", "--from", "link-worker", "--to", "sp-manager", "--pareto");
    assertThat(pareto.code()).isZero();
    assertThat(pareto.out()).contains("trade-off");
  }

  @Test
  void unknownRoleIsAnErrorNamingIt() {
    Run r = run("paths", "--from", "link-worker", "--to", "sp-managr");
    assertThat(r.code()).isEqualTo(Main.INVALID);
    assertThat(r.err()).contains("unknown role 'sp-managr'").contains("sp-manager");
  }

  @Test
  void startMustBeGivenOnce() {
    assertThat(run("paths", "--to", "sp-manager").code()).isEqualTo(Main.INVALID);
    assertThat(run("paths", "--from", "link-worker", "--to", "sp-manager", "--k", "0").code())
        .isEqualTo(Main.INVALID);
    assertThat(run("reach", "--from", "link-worker", "--max-steps", "-1").code())
        .isEqualTo(Main.INVALID);
    assertThat(run("paths", "--from", "link-worker", "--to", "sp-manager", "--qualified-only")
        .code()).isEqualTo(Main.INVALID);
  }
}
