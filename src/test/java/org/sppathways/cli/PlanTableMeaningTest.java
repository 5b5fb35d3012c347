package org.sppathways.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sppathways.cli.GapAndTrainingCommandsTest.YAML;
import static org.sppathways.cli.GapAndTrainingCommandsTest.run;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sppathways.cli.GapAndTrainingCommandsTest.Run;

/**
 * What the plan table's first line says agrees with the rows under it: the courses counted are
 * the rows of the table, the gaps that cannot be closed are the lines under "Cannot close:",
 * and each of those says why; a course kept out by an entry rule is named with its rule.
 */
class PlanTableMeaningTest {
  private static final Pattern HEADER = Pattern.compile(
      "^(\\d+) courses, [0-9.]+ hours, [0-9.]+ GBP; closes (\\d+) gaps(?:, (\\d+) cannot be "
      + "closed)? \\(optimal for \\w+\\)$");

  private static void agrees(Run r) {
    assertThat(r.exit()).isZero();
    List<String> lines = Arrays.asList(r.out().split("\n"));
    Matcher m = HEADER.matcher(lines.get(0));
    assertThat(m.matches()).as(lines.get(0)).isTrue();
    long rows = lines.stream().filter(l -> l.matches("^\\s+\\d+  \\S.*")).count();
    assertThat(rows).as("course rows").isEqualTo(Long.parseLong(m.group(1)));
    int cannot = lines.indexOf("Cannot close:");
    long open = cannot < 0 ? 0 : lines.size() - cannot - 1;
    assertThat(open).as("lines under Cannot close:")
        .isEqualTo(m.group(3) == null ? 0 : Long.parseLong(m.group(3)));
    if (cannot >= 0) {
      assertThat(lines.subList(cannot + 1, lines.size())).allMatch(l -> l.matches(
          "^  [a-z0-9-]+ \\(level \\d\\): (no course in the catalogue reaches it|course '.+' .+)$"));
    }
  }

  @Test
  void aRoleToRolePlanCountsTheApprenticeshipItCannotEnterAsOpenWithItsRule() {
    Run r = run("plan", "--from", "link-worker", "--role", "sp-manager");
    agrees(r);
    assertThat(r.out()).doesNotContain("chww-apprenticeship  ")
        .contains("volunteer-engagement (level 2): course 'chww-apprenticeship' needs a contract "
            + "of at least 30 hours a week");
  }

  @Test
  void aPersonsPlanAgreesWithItself() {
    agrees(run("plan", "--profiles", YAML, "--person", "demo-05", "--role",
        "senior-link-worker"));
    agrees(run("plan", "--profiles", YAML, "--person", "demo-01", "--role", "link-worker"));
  }
}
