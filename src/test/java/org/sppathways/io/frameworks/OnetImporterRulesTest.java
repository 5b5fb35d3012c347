package org.sppathways.io.frameworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.ModelException;
import org.sppathways.model.Problem;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Requirement;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.WorkforceModel;

/**
 * {@link OnetImporter} rules not exercised by the hand-made fixture: each on a few tab-separated
 * lines written for the test, so that every line number in an expected message can be counted.
 */
class OnetImporterRulesTest {

  private static final String RATING_HEADER = "O*NET-SOC Code\tElement ID\tElement Name\tScale ID"
      + "\tData Value\tRecommend Suppress\tNot Relevant\n";

  @TempDir
  Path tmp;

  private Path files(String occupations, String zones, String skills, String knowledge,
      String related, String content) {
    try {
      Files.writeString(tmp.resolve(OnetImporter.OCCUPATIONS),
          "O*NET-SOC Code\tTitle\tDescription\n" + occupations);
      Files.writeString(tmp.resolve(OnetImporter.JOB_ZONES), "O*NET-SOC Code\tJob Zone\n" + zones);
      Files.writeString(tmp.resolve(OnetImporter.SKILLS), RATING_HEADER + skills);
      Files.writeString(tmp.resolve(OnetImporter.KNOWLEDGE), RATING_HEADER + knowledge);
      Files.writeString(tmp.resolve(OnetImporter.RELATED),
          "O*NET-SOC Code\tRelated O*NET-SOC Code\tRelatedness Tier\tIndex\n" + related);
      if (content != null) {
        Files.writeString(tmp.resolve(OnetImporter.CONTENT_MODEL),
            "Element ID\tDescription\n" + content);
      }
      return tmp;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> problems(Path dir, Runnable importing) {
    try {
      importing.run();
    } catch (ModelException e) {
      return e.problems().stream().map(Problem::toString)
          .map(p -> p.replace(dir.toString() + "/", "")).toList();
    }
    throw new AssertionError("expected a ModelException");
  }

  @Test
  void duplicatesMixedDomainsAndBadFlagsAreBadRows() {
    Path dir = files("a\tA\t\na\tA again\t\nb\tB\t\n", "a\t2\na\t3\nb\t\n",
        "a\te1\tE1\tIM\t3.5\tX\t\na\te1\tE1\tLV\t2\tN\tN\n",
        "a\te1\tE1\tIM\t3.5\t\t\n", "", null);
    assertThat(problems(dir, () -> OnetImporter.of().read(dir))).containsExactly(
        "Occupation Data.txt:3:1: O*NET-SOC Code: occupation 'a' is listed twice; the first is "
            + "on line 2 (keep one row per occupation)",
        "Job Zones.txt:3:1: O*NET-SOC Code: occupation 'a' has a second Job Zone; the first is "
            + "on line 2 (keep one row per occupation)",
        "Job Zones.txt:4:2: Job Zone: 'Job Zone' is empty (write a Job Zone from 1 to 5)",
        "Skills.txt:2:6: Recommend Suppress: expected Y or N, found 'X'",
        "Knowledge.txt:2:2: Element ID: element 'e1' is also in Skills.txt (as skills) (an "
            + "element id belongs to one file only)");
  }

  @Test
  void ratingsWithoutTheirPairOrOfAnotherScaleAreSkippedByRule() {
    Path dir = files("a\tA\tThe A\nb\tB\t\n", "a\t2\nb\t4\n",
        "a\te1\tE1\tIM\t3\ty\t\na\te1\tE1\tLV\t2\t\t\n"
            + "a\te2\tE2\tIM\t3\t\t\nb\te2\tE2\tLV\t7\t\t\n"
            + "a\te3\tE3\tDR\t3\t\t\n"
            + "b\te3\tE3\tIM\t3\t\tn\nb\te3\tE3\tLV\t0\t\tN\n",
        "", "", "e3\tFirst words\ne3\tSecond words\n");
    ImportedModel imported = OnetImporter.of(OnetOptions.defaults().withDescriptions(false))
        .read(dir);
    assertThat(imported.report().skipped()).extracting(ImportReport.SkippedRows::file,
        ImportReport.SkippedRows::reason, ImportReport.SkippedRows::rows).containsExactly(
            tuple("Skills.txt", "scale DR (only IM and LV are used)", 1L),
            tuple("Skills.txt", "marked Recommend Suppress", 2L),
            tuple("Skills.txt", "Importance (IM) row without a Level (LV) row", 1L),
            tuple("Skills.txt", "Level (LV) row without an Importance (IM) row", 1L));
    WorkforceModel model = imported.model();
    assertThat(model.role(RoleId.of("a")).requirements()).isEmpty();
    assertThat(model.role(RoleId.of("b")).requirements()).containsExactly(Requirement.builder()
        .competency(CompetencyId.of("e3")).level(1).essential(false).build());
    assertThat(model.role(RoleId.of("a")).attributes()).isEmpty();
    assertThat(model.competency(CompetencyId.of("e3")).description()).hasValue("First words");
    assertThat(model.competency(CompetencyId.of("e1")).description()).isEmpty();
  }

  @Test
  void routesAreOrderedByIndexWithUnindexedLinksLastAndPromoteOnlyToAHigherKnownZone() {
    Path dir = files("a\tA\t\nb\tB\t\nc\tC\t\nd\tD\t\n", "a\t3\nb\t3\nc\t4\n", "", "",
        "a\td\t\t\na\tb\tPrimary-Short\t\na\tc\tSupplemental\t2\nd\ta\tPrimary-Long\t1\n"
            + "a\tb\tPrimary-Short\t\n",
        null);
    List<String> duplicate = problems(dir, () -> OnetImporter.of().read(dir));
    assertThat(duplicate).containsExactly("Related Occupations.txt:6:2: Related O*NET-SOC Code: "
        + "a second link from 'a' to 'b'; the first is on line 3 (keep one row per pair of "
        + "occupations)");

    ImportedModel imported = OnetImporter.of(OnetOptions.defaults()
        .withKeepOccupationsWithoutJobZone(true).withSkipBadRows(true)).read(dir);
    List<ProgressionRoute> routes = imported.model().routes();
    assertThat(routes).extracting(r -> r.from().value() + ">" + r.to().value(),
        ProgressionRoute::kind, r -> r.attributes().get("tier"), r -> r.attributes().get("index"))
        .containsExactly(
            tuple("a>c", RouteKind.PROMOTION, "Supplemental", "2"),
            tuple("a>b", RouteKind.LATERAL, "Primary-Short", null),
            tuple("a>d", RouteKind.LATERAL, null, null),
            tuple("d>a", RouteKind.LATERAL, "Primary-Long", "1"));
    assertThat(imported.model().role(RoleId.of("d")).seniority()).isEmpty();
    assertThat(imported.report().badRowCount()).isEqualTo(1);
  }

  @Test
  void anOccupationWhoseRowIsBadTakesItsRatingsAndLinksWithIt() {
    Path dir = files("a\tA\t\n\tNo code\t\nb b\tB\t\n", "a\t2\nb b\t3\n",
        "b b\te1\tE1\tIM\t4\t\t\n", "", "a\tb b\t\t\n", null);
    ImportedModel imported = OnetImporter.of(OnetOptions.defaults().withSkipBadRows(true))
        .read(dir);
    assertThat(imported.report().badRowCount()).as("the two occupation rows").isEqualTo(2);
    assertThat(imported.report().skipped()).extracting(ImportReport.SkippedRows::file,
        ImportReport.SkippedRows::reason).containsExactly(
            tuple("Job Zones.txt", "the occupation's row in Occupation Data.txt is bad"),
            tuple("Skills.txt", "the occupation's row in Occupation Data.txt is bad"),
            tuple("Related Occupations.txt",
                "the related occupation's row in Occupation Data.txt is bad"));
    assertThat(imported.model().roles()).extracting(r -> r.id().value()).containsExactly("a");
  }
}
