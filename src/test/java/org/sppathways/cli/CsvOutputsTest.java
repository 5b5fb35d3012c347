package org.sppathways.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every CSV the command line prints, on a model whose ids, titles and names are spreadsheet
 * formulas: no cell reaches a spreadsheet as a live formula, the titles stand beside the ids, and
 * the numeric columns hold numbers, rounded as docs/reference/cli.md says, on every row.
 */
class CsvOutputsTest {
  static final String LINK = "=HYPERLINK(\"http://evil.example\",\"Link worker\")";
  static final String MODEL = "format: sp-pathways/1\nname: '=cmd|calc'\n"
      + "scale: [{level: 1, name: A}, {level: 2, name: B}]\n"
      + "competencies:\n"
      + "  - {id: '=c1', name: '=SUM(1+1)', domain: '+d'}\n"
      + "  - {id: c2, name: '-2+3', domain: '@d'}\n"
      + "organisationTypes:\n"
      + "  - {id: '@org', name: '=org', sector: vcse, supports: [peer-support]}\n"
      + "  - {id: pcn, name: PCN, sector: nhs}\n"
      + "roles:\n"
      + "  - {id: outside, title: '+Outside', external: true,"
      + " requires: [{competency: '=c1', level: 1}]}\n"
      + "  - id: '-lw'\n"
      + "    title: '" + LINK.replace("'", "''") + "'\n"
      + "    seniority: 4\n    offeredBy: ['@org', pcn]\n    leaving: 0.2\n    recruits: 10\n"
      + "    requires: [{competency: '=c1', level: 2}]\n"
      + "  - id: senior\n    title: '@SUM(A1)'\n    seniority: 5\n    offeredBy: [pcn]\n"
      + "    leaving: 0.1\n"
      + "    requires: [{competency: '=c1', level: 2}, {competency: c2, level: 2}]\n"
      + "routes:\n"
      + "  - {from: outside, to: '-lw', kind: entry, months: 0}\n"
      + "  - {from: '-lw', to: senior, kind: promotion, months: 12, rate: 0.25}\n"
      + "courses:\n"
      + "  - {id: '=course', title: '+cmd', provider: '-p', hours: 10.5, cost: 100, mode: online,"
      + " covers: [{competency: c2, level: 2}]}\n"
      + "  - {id: c1-course, title: '=c1 course', provider: p, hours: 3, cost: 0, mode: online,"
      + " covers: [{competency: '=c1', level: 2}]}\n";
  static final String PROFILES = "format: sp-pathways-profiles/1\npeople:\n"
      + "  - {id: '=p1', role: '-lw', organisationType: '@org', monthsInRole: 14,"
      + " contractedHours: 37.5, workedHours: 41, holds: {'=c1': 2, c2: 1}}\n"
      + "  - {id: p2, role: senior, organisationType: pcn, monthsInRole: 3,"
      + " contractedHours: 30, workedHours: 30, holds: {'=c1': 1}}\n";

  /** A plain decimal number, as CsvCells leaves it. */
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  @TempDir
  Path dir;

  private Path model;
  private Path profiles;

  @BeforeEach
  void files() throws IOException {
    model = Files.writeString(dir.resolve("formulas.yaml"), MODEL);
    profiles = Files.writeString(dir.resolve("people.yaml"), PROFILES);
  }

  /** The rows of a CSV text as a spreadsheet reads them, keyed by the header. */
  static List<Map<String, String>> rows(String csv) {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(csv)) {
      List<String[]> all = it.readAll();
      List<Map<String, String>> out = new ArrayList<>();
      for (String[] row : all.subList(1, all.size())) {
        assertThat(row).as("cells of %s", String.join(",", row)).hasSameSizeAs(all.get(0));
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < row.length; i++) {
          m.put(all.get(0)[i], row[i]);
        }
        out.add(m);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<Map<String, String>> csv(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add(1, "--model=" + model);
    all.addAll(List.of("--format", "csv"));
    CliRun r = CliRun.of(all.toArray(String[]::new));
    assertThat(r.code()).as("%s: %s", all, r.err()).isZero();
    assertNoLiveFormula(String.join(" ", args), r.out());
    return rows(r.out());
  }

  /** No cell a spreadsheet would run: a formula start only before a plain number. */
  static void assertNoLiveFormula(String what, String csv) {
    for (String[] row : raw(csv)) {
      for (String cell : row) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
          assertThat(cell).as("%s: cell would run as a formula", what).matches(NUMBER);
        }
      }
    }
  }

  private static List<String[]> raw(String csv) {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(csv)) {
      return it.readAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every row's value in each column is a number with exactly that many decimals, or empty. */
  private static void assertNumbers(List<Map<String, String>> rows, int decimals,
      String... columns) {
    Pattern p = Pattern.compile("-?[0-9]+" + (decimals == 0 ? "" : "\\.[0-9]{" + decimals + "}"));
    assertThat(rows).isNotEmpty();
    for (Map<String, String> row : rows) {
      for (String c : columns) {
        assertThat(row).containsKey(c);
        if (!row.get(c).isEmpty()) {
          assertThat(row.get(c)).as("column %s of %s", c, row).matches(p);
          Double.parseDouble(row.get(c));
        }
      }
    }
  }

  @Test
  void gapAnalysisOutputsNameEveryRoleAndCompetencyAndRunNoFormula() {
    List<Map<String, String>> gaps = csv("gaps", "--from", "-lw", "--role", "senior");
    assertThat(gaps).extracting(r -> r.get("competencyName")).containsExactly("'-2+3");
    assertNumbers(gaps, 0, "held", "required");

    List<Map<String, String>> next = csv("next", "--profiles", profiles.toString(),
        "--person", "=p1");
    assertThat(next).extracting(r -> r.get("roleTitle")).contains("'@SUM(A1)");
    assertNumbers(next, 4, "readiness");
    assertNumbers(next, 0, "shortfall", "steps");

    List<Map<String, String>> transfers = csv("transfers", "--to", "-lw");
    assertThat(transfers).extracting(r -> r.get("toTitle")).containsOnly("'" + LINK);
    assertThat(transfers).extracting(r -> r.get("to")).containsOnly("'-lw");
    assertNumbers(transfers, 4, "overlap");

    List<Map<String, String>> fit = csv("fit", "--profiles", profiles.toString(),
        "--role", "senior");
    assertThat(fit).extracting(r -> r.get("person")).contains("'=p1");
    assertNumbers(fit, 4, "readiness");

    List<Map<String, String>> needs = csv("needs", "--profiles", profiles.toString());
    assertThat(needs).extracting(r -> r.get("competencyName")).contains("'=SUM(1+1)");
    assertNumbers(needs, 0, "peopleShort", "totalShortfall");

    List<Map<String, String>> coverage = csv("coverage");
    assertThat(coverage).extracting(r -> r.get("roleTitle")).contains("'" + LINK);
    assertNumbers(coverage, 4, "closableShare");
  }

  @Test
  void projectionOutputsNameEveryRoleAndHoldNumbersOnly() throws IOException {
    Path start = Files.writeString(dir.resolve("start.csv"),
        "role,organisationType,headcount\n'-lw,'@org,60\n-lw,pcn,40\n");

    List<Map<String, String>> project = csv("project", "--years", "2", "--start",
        start.toString(), "--by-organisation-type");
    assertThat(project).extracting(r -> r.get("roleTitle")).contains("'" + LINK, "'@SUM(A1)");
    assertThat(project).extracting(r -> r.get("organisationType")).contains("'@org");
    assertNumbers(project, 0, "year");
    assertNumbers(project, 2, "headcount", "recruits", "leavers");
    // year 0 is the start, read back from the neutralised '-lw / '@org cells
    assertThat(project.stream().filter(r -> r.get("year").equals("0"))
        .mapToDouble(r -> Double.parseDouble(r.get("headcount"))).sum()).isEqualTo(100);

    List<Map<String, String>> steady = csv("steady");
    assertNumbers(steady, 2, "headcount", "yearsPerSpell", "yearsInWorkforce");
    assertThat(steady).extracting(r -> r.get("roleTitle")).contains("'" + LINK);

    List<Map<String, String>> reach = csv("reach-probability", "--from", "-lw", "--to", "senior",
        "--by-organisation-type");
    assertNumbers(reach, 4, "probability");
    assertNumbers(reach, 2, "expectedYears");
    assertThat(reach).extracting(r -> r.get("part")).containsExactly("organisationType",
        "organisationType", "role");
    assertThat(reach.get(2).get("fromTitle")).isEqualTo("'" + LINK);
    // from -lw: 0.25 a year move up and 0.2 leave, so 0.25 / 0.45 reach senior
    assertThat(Double.parseDouble(reach.get(2).get("probability"))).isEqualTo(0.5556);

    List<Map<String, String>> capacity = csv("capacity", "--role", "senior", "--target", "10",
        "--course", "=course");
    assertThat(capacity.get(0).get("roleTitle")).isEqualTo("'@SUM(A1)");
    assertThat(capacity.get(0).get("courseTitle")).isEqualTo("'+cmd");
    assertNumbers(capacity, 2, "target", "recruitsNeeded", "leaversPerYear",
        "courseCompletionsNeeded");
    assertNumbers(capacity, 4, "takeUp");
  }

  @Test
  void aRoleThatNeverLeavesSaysSoInAStatusColumnNotInANumericOne() throws IOException {
    Path still = Files.writeString(dir.resolve("still.yaml"), MODEL.replace(
        "    leaving: 0.1\n", ""));
    CliRun r = CliRun.of("steady", "--model", still.toString(),
        "--format", "csv");

    List<Map<String, String>> rows = rows(r.out());
    assertNumbers(rows, 2, "headcount", "yearsPerSpell", "yearsInWorkforce");
    Map<String, String> senior = rows.stream().filter(x -> x.get("role").equals("senior"))
        .findFirst().orElseThrow();
    assertThat(senior.get("yearsPerSpell")).isEmpty();
    assertThat(senior.get("status")).isEqualTo("never leaves");
  }

  @Test
  void workloadPrintsEveryPartOfItsTable() {
    List<Map<String, String>> rows = csv("workload", "--profiles", profiles.toString());

    assertThat(rows).extracting(r -> r.get("part")).containsExactly("all", "group", "group",
        "organisationType", "organisationType");
    assertThat(rows.get(0)).containsEntry("people", "2").containsEntry("withHours", "2");
    assertThat(rows).extracting(r -> r.get("organisationType")).contains("'@org");
    assertNumbers(rows, 4, "shareBeyond");
    assertNumbers(rows, 2, "meanExcess");
    // =p1 works 41 hours on a 37.5-hour contract: 3.5 beyond, alone in '@org
    assertThat(rows.get(1)).containsEntry("organisationType", "'@org")
        .containsEntry("shareBeyond", "1.0000").containsEntry("meanExcess", "3.50");
  }

  @Test
  void everyOtherCsvOutputRunsNoFormulaAndRoundsAsDocumented() throws IOException {
    csv("summary");
    List<Map<String, String>> reach = csv("reach", "--from", "outside");
    assertThat(reach).extracting(r -> r.get("roleTitle")).contains("'" + LINK, "'@SUM(A1)");
    assertThat(reach).filteredOn(r -> r.get("role").equals("senior")).singleElement()
        .satisfies(r -> assertThat(r).containsEntry("path", "outside > -lw > senior")
            .containsEntry("pathTitles", "'+Outside > " + LINK + " > @SUM(A1)"));
    assertNumbers(reach, 0, "steps", "months");
    assertNumbers(reach, 2, "hours", "cost");
    List<Map<String, String>> plan = csv("plan", "--from", "-lw", "--role", "senior");
    assertThat(plan).extracting(r -> r.get("title")).containsExactly("'+cmd");
    assertNumbers(plan, 2, "hours", "cost");
    assertThat(plan.get(0)).containsEntry("hours", "10.50").containsEntry("cost", "100.00");
    List<Map<String, String>> commission = csv("commission", "--profiles", profiles.toString(),
        "--budget", "1000");
    assertNumbers(commission, 2, "cost");
    assertNumbers(commission, 0, "seats", "personGapsClosed");
    Path prefix = dir.resolve("careers");
    CliRun export = CliRun.of("export", "--model",
        model.toString(), "--to", "csv", "--out", prefix.toString());
    assertThat(export.code()).as(export.err()).isZero();
    String roles = Files.readString(Path.of(prefix + "-roles.csv"));
    assertNoLiveFormula("export roles", roles);
    assertNoLiveFormula("export routes", Files.readString(Path.of(prefix + "-routes.csv")));
    assertThat(rows(roles)).extracting(r -> r.get("title")).contains("'" + LINK);
  }

  @Test
  void pathsPrintOneRowPerStepWithTitlesAndAmountsToTwoDecimals() {
    List<Map<String, String>> paths = csv("paths", "--from", "outside", "--to", "senior");

    assertThat(paths).extracting(r -> r.get("toTitle")).containsExactly("'" + LINK, "'@SUM(A1)");
    assertThat(paths).extracting(r -> r.get("fromTitle")).containsExactly("'+Outside",
        "'" + LINK);
    assertNumbers(paths, 0, "rank", "step", "months", "gaps", "courses", "unclosable",
        "pathSteps", "pathMonths");
    assertNumbers(paths, 2, "hours", "cost", "pathHours", "pathCost");
    // the entry step needs '=c1 at level 2 (the 3-hour free course), the promotion c2 at level 2
    // (10.5 hours, 100): each course once, the path's totals their sums
    assertThat(paths.get(0)).containsEntry("hours", "3.00").containsEntry("cost", "0.00")
        .containsEntry("courseIds", "c1-course");
    assertThat(paths.get(1)).containsEntry("hours", "10.50").containsEntry("cost", "100.00")
        .containsEntry("courseIds", "'=course");
    assertThat(paths).allSatisfy(r -> assertThat(r).containsEntry("pathHours", "13.50")
        .containsEntry("pathCost", "100.00"));
  }

  @Test
  void structurePartsNameEveryRoleAndRoundAsDocumented() {
    List<Map<String, String>> ceilings = csv("structure", "--part", "ceilings");
    // from the link worker, one 12-month promotion reaches the senior role (seniority 5)
    assertThat(ceilings).singleElement().satisfies(r -> assertThat(r)
        .containsEntry("entryRole", "'-lw").containsEntry("entryRoleTitle", "'" + LINK)
        .containsEntry("highestRoleTitle", "'@SUM(A1)").containsEntry("seniority", "5")
        .containsEntry("steps", "1").containsEntry("months", "12"));
    assertNumbers(ceilings, 0, "seniority", "steps", "months");

    List<Map<String, String>> byType = csv("structure", "--by-org-type", "--part", "ceilings");
    assertNumbers(byType, 0, "seniority", "steps", "months", "crossingSeniority",
        "crossingSteps", "crossingMonths", "seniorityGain");
    // '@org offers only the link worker: its ceiling is the link worker itself, and crossing to
    // the PCN gains one band
    assertThat(byType.get(0)).containsEntry("organisationType", "'@org")
        .containsEntry("highestRoleTitle", "'" + LINK)
        .containsEntry("crossingHighestRoleTitle", "'@SUM(A1)")
        .containsEntry("seniorityGain", "1");

    List<Map<String, String>> deadEnds = csv("structure", "--by-org-type", "--part",
        "dead-ends");
    assertNumbers(deadEnds, 0, "seniority");
    assertThat(deadEnds).flatExtracting(r -> r.get("topOfScope"), r -> r.get("onlyByChangingType"))
        .isSubsetOf("true", "false");
    assertThat(deadEnds.get(0)).containsEntry("roleTitle", "'" + LINK)
        .containsEntry("onlyByChangingType", "true")
        .containsEntry("nearestHigherTitle", "'@SUM(A1)");

    List<Map<String, String>> bottlenecks = csv("structure", "--part", "bottlenecks");
    assertNumbers(bottlenecks, 2, "betweenness");
    assertNumbers(bottlenecks, 4, "normalised");
    // the link worker lies on the one path between two other roles (outside -> senior): 1 of
    // the (3 - 1)(3 - 2) = 2 ordered pairs
    assertThat(bottlenecks.get(0)).containsEntry("roleTitle", "'" + LINK)
        .containsEntry("betweenness", "1.00").containsEntry("normalised", "0.5000");

    List<Map<String, String>> critical = csv("structure", "--part", "critical-roles");
    assertThat(critical).singleElement().satisfies(r -> assertThat(r)
        .containsEntry("roleTitle", "'" + LINK).containsEntry("cutsOff", "senior")
        .containsEntry("cutsOffTitles", "'@SUM(A1)"));

    List<Map<String, String>> support = csv("structure", "--part", "support");
    assertThat(support).extracting(r -> r.get("roleTitle")).contains("'" + LINK, "'@SUM(A1)");

    // the bundled model has a minimum cut and support gaps
    List<Map<String, String>> cut = rows(bundled("structure", "--part", "minimum-cut"));
    assertThat(cut).isNotEmpty().allSatisfy(r -> {
      assertThat(r.get("fromTitle")).isNotEmpty();
      assertThat(r.get("toTitle").isEmpty()).isEqualTo(r.get("kind").equals("role"));
    });
    assertThat(cut).filteredOn(r -> r.get("from").equals("link-worker")).first()
        .satisfies(r -> assertThat(r.get("fromTitle")).isEqualTo(
            "Social prescribing link worker"));
    List<Map<String, String>> gaps = rows(bundled("structure", "--part", "support-gaps"));
    assertNumbers(gaps, 0, "seniority");
    assertThat(gaps).allSatisfy(r -> assertThat(r.get("roleTitle")).isNotEmpty());
  }

  @Test
  void compareHasOneRowPerSideSoThatTextAndNumbersKeepToTheirColumns() {
    List<Map<String, String>> rows = csv("compare", "--org", "@org", "--org", "pcn");

    assertThat(rows).extracting(r -> r.get("side")).containsExactly("left", "right",
        "difference");
    assertNumbers(rows, 0, "roles", "entryRoles", "topSeniority", "ceiling", "ladderDepth",
        "levels", "deadEnds", "plateaus", "supportGaps");
    assertNumbers(rows, 2, "meanCeiling", "meanMonthsToCeiling");
    assertThat(rows.get(0)).containsEntry("model", "'=cmd|calc")
        .containsEntry("organisationType", "'@org").containsEntry("name", "'=org")
        .containsEntry("ceilingRoles", "'-lw").containsEntry("ceilingRoleTitles", "'" + LINK)
        .containsEntry("supports", "peer-support");
    // the PCN's link workers reach the senior role (band 5) in 12 months; '@org's stay at 4
    assertThat(rows.get(1)).containsEntry("ceiling", "5").containsEntry("meanCeiling", "5.00")
        .containsEntry("meanMonthsToCeiling", "12.00")
        .containsEntry("ceilingRoleTitles", "'@SUM(A1)");
    // left minus right; no text in the difference row
    assertThat(rows.get(2)).containsEntry("ceiling", "-1").containsEntry("meanCeiling", "-1.00")
        .containsEntry("model", "").containsEntry("name", "").containsEntry("supports", "");
  }

  @Test
  void matricesNameEveryRoleAndHoldWholeNumbers() {
    List<Map<String, String>> wide = csv("matrix");
    assertThat(wide).extracting(r -> r.get("roleTitle")).containsExactly("'+Outside",
        "'" + LINK, "'@SUM(A1)");
    List<String> distances = new ArrayList<>(wide.get(0).keySet());
    distances.removeAll(List.of("role", "roleTitle"));
    assertThat(distances).containsExactly("outside", "'-lw", "senior");
    assertNumbers(wide, 0, distances.toArray(String[]::new));
    assertThat(wide.get(0)).containsEntry("senior", "2");
    assertThat(wide.get(2)).containsEntry("outside", "");

    List<Map<String, String>> pairs = csv("matrix", "--metric", "months", "--layout", "long");
    assertNumbers(pairs, 0, "distance");
    assertThat(pairs).extracting(r -> r.get("fromTitle") + " -> " + r.get("toTitle") + ": "
        + r.get("distance")).containsExactly("'+Outside -> '" + LINK + ": 0",
        "'+Outside -> '@SUM(A1): 12", "'" + LINK + " -> '@SUM(A1): 12");

    List<Map<String, String>> lengths = csv("matrix", "--distribution");
    assertNumbers(lengths, 0, "length", "pairs");
  }

  /** A CSV command on the bundled model: its text, checked to run no formula. */
  private static String bundled(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--format", "csv"));
    CliRun r = CliRun.of(all.toArray(String[]::new));
    assertThat(r.code()).as("%s: %s", all, r.err()).isZero();
    assertNoLiveFormula(String.join(" ", args), r.out());
    return r.out();
  }
}
