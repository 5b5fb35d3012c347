package org.sppathways.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sppathways.cli.CliRun;
import org.sppathways.cli.Main;
import org.sppathways.gaps.Golden;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.CourseId;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

/**
 * The {@code paths} and {@code reach} commands as a user runs them: golden outputs on the
 * reference model (regenerate with {@code -Dsppathways.golden.update=true}), the JSON shape, and
 * errors with exit code 2.
 */
class PathsCommandTest {
  static final WorkforceModel SP = ReferenceModels.socialPrescribing();

  static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void goldenPathsTable() {
    CliRun r = run("paths", "--from", "link-worker", "--to", "sp-manager", "--k", "3");
    assertThat(r.code()).isZero();
    Golden.assertMatches("paths/link-worker-to-sp-manager.txt", r.out());
  }

  @Test
  void goldenPathsJson() throws Exception {
    CliRun r = run("paths", "--from", "link-worker", "--to", "sp-manager", "--k", "3", "--format",
        "json");
    assertThat(r.code()).isZero();
    Golden.assertMatches("paths/link-worker-to-sp-manager.json", r.out());
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.fieldNames()).toIterable()
        .containsExactly("result", "version", "from", "to", "by", "complete", "paths");
    assertThat(doc.get("result").asText()).isEqualTo("paths");
    JsonNode first = doc.get("paths").get(0);
    assertThat(first.fieldNames()).toIterable()
        .containsExactly("roles", "steps", "months", "hours", "cost", "courses", "detail");
    assertThat(first.get("detail")).hasSize(first.get("steps").asInt());
    // what the numbers mean: the path's courses are its steps' courses, each once, and its
    // hours and cost are theirs as the catalogue gives them
    for (JsonNode path : doc.get("paths")) {
      List<String> courses = new ArrayList<>();
      double hours = 0;
      double cost = 0;
      for (JsonNode step : path.get("detail")) {
        step.get("courses").forEach(c -> courses.add(c.asText()));
        hours += step.get("hours").asDouble();
        cost += step.get("cost").asDouble();
      }
      assertThat(new HashSet<>(courses)).hasSameSizeAs(courses);
      assertThat(path.get("courses")).extracting(JsonNode::asText)
          .containsExactlyElementsOf(courses);
      assertThat(path.get("hours").asDouble()).isCloseTo(hours, within(1e-9))
          .isCloseTo(courses.stream().mapToDouble(c -> SP.course(CourseId.of(c)).hours()).sum(),
              within(1e-9));
      assertThat(path.get("cost").asDouble()).isCloseTo(cost, within(1e-9));
    }
  }

  /**
   * The best path by months, link worker → senior link worker → SP manager, read as a user: its
   * totals are the sums over its distinct courses; no course is listed twice; the first step's
   * gaps are measured against the link worker's levels, the second's against the senior link
   * worker's levels raised by the first step's courses (so a competency the first step's
   * courses already brought to the manager's level is no gap at the second step); and no course
   * teaches only levels the link worker already holds (safeguarding adults is held at 2, so
   * neither the level 1 nor the level 2 course is taken).
   */
  @Test
  void linkWorkerToManagerTotalsAreTheDistinctCourses() {
    CareerPath p = CareerPathFinder.of(SP).paths(RoleId.of("link-worker"),
        RoleId.of("sp-manager"), 1).paths().get(0);
    assertThat(p.roles()).extracting(RoleId::value)
        .containsExactly("link-worker", "senior-link-worker", "sp-manager");
    List<CourseId> courses = CareerPathFinderProperties.courses(p);
    assertThat(p.hours()).isCloseTo(courses.stream().mapToDouble(c -> SP.course(c).hours()).sum(),
        within(1e-9));
    assertThat(p.cost()).isCloseTo(courses.stream().mapToDouble(c -> SP.course(c).cost()).sum(),
        within(1e-9));
    Map<CompetencyId, Integer> start = new HashMap<>();
    SP.role(RoleId.of("link-worker")).requirements()
        .forEach(q -> start.merge(q.competency(), q.level(), Math::max));
    assertThat(courses).doesNotContain(CourseId.of("safeguarding-adults-l1"),
        CourseId.of("safeguarding-adults-l2"));
    for (CourseId c : courses) {
      assertThat(SP.course(c).covers()).as("%s teaches something not yet held", c)
          .anyMatch(l -> start.getOrDefault(l.competency(), 0) < l.level());
    }
    CareerPathFinderProperties.checkSteps(SP, p, start, Set.of());
    // planned step by step, the second step alone took 398 hours; now it needs only what the
    // first step's courses did not already teach
    assertThat(p.steps().get(1).hours()).isLessThan(p.steps().get(0).hours());
    // a path that enters every role this one enters, and more, needs at least its training
    CareerPath longer = CareerPathFinder.of(SP).paths(RoleId.of("link-worker"),
        RoleId.of("sp-manager"), 3).paths().get(2);
    assertThat(longer.roles()).containsAll(p.roles());
    assertThat(longer.hours()).isGreaterThanOrEqualTo(p.hours());
  }

  @Test
  void csvHasOneRowPerStepWithNumbersInNumericColumns() {
    CliRun r = run("paths", "--from", "link-worker", "--to", "sp-manager", "--k", "3", "--format",
        "csv");
    assertThat(r.code()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("rank,step,from,fromTitle,to,toTitle,kind,months,hours,"
        + "cost,gaps,courses,unclosable,courseIds,pathSteps,pathMonths,pathHours,pathCost");
    CareerPaths found = CareerPathFinder.of(SP).paths(RoleId.of("link-worker"),
        RoleId.of("sp-manager"), 3);
    int steps = found.paths().stream().mapToInt(CareerPath::stepCount).sum();
    assertThat(lines).hasSize(1 + steps);
    List<String> header = List.of(lines.get(0).split(","));
    int row = 1;
    for (int i = 0; i < found.paths().size(); i++) {
      CareerPath p = found.paths().get(i);
      double hours = 0;
      for (int j = 0; j < p.stepCount(); j++) {
        List<String> cells = csv(lines.get(row++));
        assertThat(cells).hasSameSizeAs(header);
        assertThat(cells.get(0)).isEqualTo(String.valueOf(i + 1));
        assertThat(cells.get(1)).isEqualTo(String.valueOf(j + 1));
        assertThat(cells.get(2)).isEqualTo(p.steps().get(j).from().value());
        assertThat(cells.get(3)).isEqualTo(SP.role(p.steps().get(j).from()).title());
        for (String numeric : List.of("months", "hours", "cost", "gaps", "courses", "unclosable",
            "pathSteps", "pathMonths", "pathHours", "pathCost")) {
          Double.parseDouble(cells.get(header.indexOf(numeric)));
        }
        hours += Double.parseDouble(cells.get(header.indexOf("hours")));
        assertThat(Double.parseDouble(cells.get(header.indexOf("pathHours"))))
            .isEqualTo(p.hours());
      }
      assertThat(hours).isCloseTo(p.hours(), within(1e-9));
    }
    CliRun none = run("paths", "--from", "link-worker", "--to", "link-worker", "--format", "csv");
    assertThat(none.out().lines().skip(1).toList()).hasSize(1);
    assertThat(csv(none.out().lines().toList().get(1)).get(1)).isEqualTo("0");
  }

  /** Splits a CSV line whose quoted cells hold no quotes. */
  private static List<String> csv(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  @Test
  void goldenReachJson() {
    CliRun r = run("reach", "--from", "care-coordinator", "--max-months", "24", "--by", "hours",
        "--format", "json");
    assertThat(r.code()).isZero();
    Golden.assertMatches("paths/reach-care-coordinator-24-months.json", r.out());
  }

  /** The limits a reach answer was found within are part of it; a limit not given is absent. */
  @Test
  void reachStatesItsLimits() throws Exception {
    JsonNode doc = new ObjectMapper().readTree(run("reach", "--from", "care-coordinator",
        "--max-months", "24", "--format", "json").out());
    assertThat(doc.get("maxMonths").asInt()).isEqualTo(24);
    assertThat(doc.has("maxSteps")).isFalse();
    for (JsonNode role : doc.get("roles")) {
      assertThat(role.get("months").asInt()).isLessThanOrEqualTo(24);
      assertThat(role.get("path")).hasSize(role.get("steps").asInt() + 1);
      assertThat(role.get("path").get(role.get("steps").asInt()).asText())
          .isEqualTo(role.get("role").asText());
    }
    Reach reach = CareerPathFinder.of(SP).reach(RoleId.of("care-coordinator"),
        PathQuery.builder().maxSteps(1).build());
    assertThat(reach.maxSteps()).hasValue(1);
    assertThat(reach.maxMonths()).isEmpty();
  }

  @Test
  void paretoAndConstraintsRun() {
    CliRun r = run("paths", "--from", "care-coordinator", "--to", "senior-link-worker", "--by",
        "steps", "--kinds", "promotion,specialisation", "--max-steps", "3", "--format", "csv");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("rank,step,from,fromTitle,to,toTitle,kind,");
    CliRun pareto = run("paths", "--from", "link-worker", "--to", "sp-manager", "--pareto");
    assertThat(pareto.code()).isZero();
    assertThat(pareto.out()).contains("trade-off");
  }

  @Test
  void unknownRoleIsAnErrorNamingIt() {
    CliRun r = run("paths", "--from", "link-worker", "--to", "sp-managr");
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
