package org.sppathways.io.frameworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sppathways.io.FileFormat;
import org.sppathways.io.ModelReader;
import org.sppathways.io.ModelWriter;
import org.sppathways.model.Competency;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.ModelException;
import org.sppathways.model.Problem;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.SpPathwaysException;
import org.sppathways.model.WorkforceModel;

class OnetImporterTest {

  @TempDir
  Path tmp;

  private static ImportedModel read(Path dir) {
    return OnetImporter.of().read(dir);
  }

  private static ImportedModel read(Path dir, OnetOptions options) {
    return OnetImporter.of(options).read(dir);
  }

  private static Requirement req(String competency, int level, boolean essential) {
    return Requirement.builder().competency(CompetencyId.of(competency)).level(level)
        .essential(essential).build();
  }

  private static List<String> problems(ModelException e) {
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void occupationsWithAJobZoneBecomeRolesWithThatSeniority() {
    WorkforceModel model = read(FrameworkFixtures.onet(tmp)).model();

    assertThat(model.roles()).extracting(r -> r.id().value(), Role::title,
        r -> r.seniority().getAsInt())
        .containsExactly(
            tuple("11-1011.00", "Chief Executives", 5),
            tuple("21-1093.00", "Social and Human Service Assistants", 3),
            tuple("21-1094.00", "Community Health Workers", 4),
            tuple("43-4051.00", "Customer Service Representatives", 2));
    assertThat(model.findRole(RoleId.of("21-1099.00"))).isEmpty();
    assertThat(model.role(RoleId.of("21-1094.00")).attributes())
        .containsEntry("description", "Promote health within a community by assisting "
            + "individuals to adopt healthy behaviors.");
  }

  @Test
  void skillsAndKnowledgeBecomeCompetenciesByElementId() {
    WorkforceModel model = read(FrameworkFixtures.onet(tmp)).model();

    assertThat(model.competencies()).extracting(c -> c.id().value(), Competency::name,
        Competency::domain)
        .containsExactly(
            tuple("2.A.1.a", "Reading Comprehension", "skills"),
            tuple("2.A.1.b", "Active Listening", "skills"),
            tuple("2.B.1.a", "Social Perceptiveness", "skills"),
            tuple("2.C.1.e", "Customer and Personal Service", "knowledge"),
            tuple("2.C.4.e", "Psychology", "knowledge"));
    assertThat(model.competency(CompetencyId.of("2.A.1.b")).description())
        .contains("Giving full attention to what other people are saying.");
    assertThat(model.competency(CompetencyId.of("2.C.4.e")).description()).isEmpty();
  }

  @Test
  void ratingsBecomeRequirementsByTheDocumentedRule() {
    WorkforceModel model = read(FrameworkFixtures.onet(tmp)).model();

    // IM 4.12 / LV 5.30; the Not Relevant rating of 2.B.1.a and the low-importance knowledge go
    assertThat(model.role(RoleId.of("11-1011.00")).requirements())
        .containsExactly(req("2.A.1.a", 4, true));
    // IM 4.00 is essential (boundary), LV 1.70 is level 1; IM 3.00 is kept (boundary), LV 1.75
    // is level 2; knowledge suppressed on its IM row
    assertThat(model.role(RoleId.of("21-1093.00")).requirements())
        .containsExactly(req("2.A.1.a", 1, true), req("2.A.1.b", 2, false));
    // IM 2.90 is below the threshold; LV 5.25 is level 4 (boundary)
    assertThat(model.role(RoleId.of("21-1094.00")).requirements())
        .containsExactly(req("2.A.1.a", 2, false), req("2.A.1.b", 3, true),
            req("2.C.1.e", 4, true));
    // LV 7 is level 4; the rating suppressed on its LV row goes
    assertThat(model.role(RoleId.of("43-4051.00")).requirements())
        .containsExactly(req("2.A.1.a", 4, false), req("2.C.1.e", 3, true));
  }

  @Test
  void relatedOccupationsBecomeRoutesPromotionWhenTheJobZoneRises() {
    WorkforceModel model = read(FrameworkFixtures.onet(tmp)).model();

    assertThat(model.routes()).extracting(r -> r.from().value(), r -> r.to().value(),
        ProgressionRoute::kind, ProgressionRoute::months, r -> r.attributes().get("tier"),
        r -> r.attributes().get("index"))
        .containsExactly(
            tuple("11-1011.00", "21-1094.00", RouteKind.LATERAL, 12, "Primary-Short", "1"),
            tuple("21-1093.00", "21-1094.00", RouteKind.PROMOTION, 24, "Primary-Short", "1"),
            tuple("21-1093.00", "43-4051.00", RouteKind.LATERAL, 12, "Supplemental", "2"),
            tuple("21-1094.00", "21-1093.00", RouteKind.LATERAL, 12, "Primary-Short", "1"),
            tuple("21-1094.00", "11-1011.00", RouteKind.PROMOTION, 24, "Primary-Long", "2"),
            tuple("43-4051.00", "21-1093.00", RouteKind.PROMOTION, 24, "Primary-Short", "1"));
  }

  @Test
  void theModelCarriesTheCreditLineAndTheMapping() {
    WorkforceModel model = read(FrameworkFixtures.onet(tmp)).model();

    assertThat(model.name()).isEqualTo("O*NET 29.2");
    assertThat(model.sources()).containsExactly(OnetImporter.credit("29.2"));
    assertThat(model.sources().get(0)).contains("O*NET 29.2 Database", "USDOL/ETA",
        "CC BY 4.0", "Modified");
    assertThat(model.notes()).hasValueSatisfying(n -> assertThat(n)
        .contains("Importance (IM) >= 3.0", "essential when IM >= 4.0", "LV ≥ 5.25 → 4",
            "12 lateral, 24 promotion"));
    assertThat(model.scale().levels()).extracting(l -> l.name())
        .containsExactly("Awareness", "Working", "Practitioner", "Expert");
  }

  @Test
  void theReportAccountsForEveryRow() {
    ImportReport report = read(FrameworkFixtures.onet(tmp)).report();

    assertThat(report.framework()).isEqualTo("O*NET 29.2");
    assertThat(report.roles()).isEqualTo(4);
    assertThat(report.competencies()).isEqualTo(5);
    assertThat(report.requirements()).isEqualTo(8);
    assertThat(report.essentialRequirements()).isEqualTo(5);
    assertThat(report.routes()).isEqualTo(6);
    assertThat(report.files()).containsExactly(
        new ImportReport.FileRows("Occupation Data.txt", 5),
        new ImportReport.FileRows("Job Zones.txt", 4),
        new ImportReport.FileRows("Content Model Reference.txt", 2),
        new ImportReport.FileRows("Skills.txt", 18),
        new ImportReport.FileRows("Knowledge.txt", 10),
        new ImportReport.FileRows("Related Occupations.txt", 7));
    assertThat(report.skipped()).containsExactly(
        new ImportReport.SkippedRows("Occupation Data.txt",
            "occupation has no Job Zone (left out)", 1),
        new ImportReport.SkippedRows("Skills.txt", "marked Not Relevant", 2),
        new ImportReport.SkippedRows("Skills.txt", "Importance below 3.0", 2),
        new ImportReport.SkippedRows("Skills.txt", "marked Recommend Suppress", 2),
        new ImportReport.SkippedRows("Knowledge.txt", "Importance below 3.0", 4),
        new ImportReport.SkippedRows("Knowledge.txt", "marked Recommend Suppress", 2),
        new ImportReport.SkippedRows("Related Occupations.txt",
            "related occupation has no Job Zone (left out)", 1));
    // every rating row is imported (two rows per requirement) or skipped
    assertThat(2L * report.requirements() + 2 + 2 + 2 + 4 + 2).isEqualTo(18 + 10);
    assertThat(report.badRowCount()).isZero();
    assertThat(report.badRows()).isEmpty();
  }

  @Test
  void occupationsWithoutAJobZoneCanBeKeptWithoutSeniority() {
    WorkforceModel model = read(FrameworkFixtures.onet(tmp),
        OnetOptions.defaults().withKeepOccupationsWithoutJobZone(true)).model();

    Role allOther = model.role(RoleId.of("21-1099.00"));
    assertThat(allOther.seniority()).isEmpty();
    assertThat(allOther.requirements()).isEmpty();
    assertThat(model.route(RoleId.of("21-1094.00"), RoleId.of("21-1099.00")))
        .hasValueSatisfying(r -> assertThat(r.kind()).isEqualTo(RouteKind.LATERAL));
    assertThat(model.routes()).hasSize(7);
  }

  @Test
  void thresholdsLevelRuleAndMonthsAreConfigurable() {
    OnetOptions options = OnetOptions.defaults().withMinImportance(4.0)
        .withEssentialImportance(4.3).withLevelRule(LevelRule.parse("4,6"))
        .withLateralMonths(6).withPromotionMonths(36);
    WorkforceModel model = read(FrameworkFixtures.onet(tmp), options).model();

    assertThat(model.scale().maxLevel()).isEqualTo(3);
    assertThat(model.role(RoleId.of("21-1094.00")).requirements())
        .containsExactly(req("2.A.1.b", 2, false), req("2.C.1.e", 2, true));
    assertThat(model.role(RoleId.of("11-1011.00")).requirements())
        .containsExactly(req("2.A.1.a", 2, false));
    assertThat(model.route(RoleId.of("21-1094.00"), RoleId.of("11-1011.00")).get().months())
        .isEqualTo(36);
    assertThat(model.route(RoleId.of("21-1094.00"), RoleId.of("21-1093.00")).get().months())
        .isEqualTo(6);
  }

  @Test
  void tiersCanBeSelectedAndRoutesTurnedOff() throws IOException {
    Path dir = FrameworkFixtures.onet(tmp);
    ImportedModel primary = read(dir,
        OnetOptions.defaults().withRelatedTiers(Set.of("Primary-Short")));
    assertThat(primary.model().routes()).hasSize(4)
        .allSatisfy(r -> assertThat(r.attributes()).containsEntry("tier", "Primary-Short"));
    assertThat(primary.report().skipped()).contains(
        new ImportReport.SkippedRows("Related Occupations.txt", "tier Supplemental not selected",
            2),
        new ImportReport.SkippedRows("Related Occupations.txt", "tier Primary-Long not selected",
            1));

    Files.delete(dir.resolve(OnetImporter.RELATED));
    ImportedModel none = read(dir, OnetOptions.defaults().withRoutes(false));
    assertThat(none.model().routes()).isEmpty();
    assertThat(none.model().roles()).hasSize(4);
  }

  @Test
  void aByteOrderMarkCrlfLineEndsAndBlankLinesChangeNothing() {
    WorkforceModel plain = read(FrameworkFixtures.onet(tmp.resolve("a"))).model();
    ImportedModel bom = read(FrameworkFixtures.onet(tmp.resolve("b"), "bom-crlf-blank"));

    assertThat(bom.model()).isEqualTo(plain);
    assertThat(bom.report().files()).contains(new ImportReport.FileRows("Skills.txt", 18));
  }

  @Test
  void gzipFilesAreReadInPlaceOfPlainOnes() {
    WorkforceModel plain = read(FrameworkFixtures.onet(tmp.resolve("a"))).model();
    Path dir = FrameworkFixtures.onet(tmp.resolve("b"), "gz");
    assertThat(dir.resolve("Skills.txt")).doesNotExist();

    ImportedModel gz = read(dir);
    assertThat(gz.model()).isEqualTo(plain);
    assertThat(gz.report().files()).extracting(ImportReport.FileRows::file)
        .contains("Skills.txt.gz", "Related Occupations.txt.gz");
  }

  @Test
  void missingOptionalColumnsAreFine() {
    WorkforceModel model = read(FrameworkFixtures.onet(tmp, "no-optional-columns")).model();

    // without Not Relevant and Recommend Suppress columns, those ratings are kept
    assertThat(model.role(RoleId.of("11-1011.00")).requirements())
        .containsExactly(req("2.A.1.a", 4, true), req("2.B.1.a", 1, false));
    assertThat(model.role(RoleId.of("43-4051.00")).requirements())
        .contains(req("2.A.1.b", 3, false));
    assertThat(model.role(RoleId.of("11-1011.00")).attributes()).doesNotContainKey("description");
  }

  @Test
  void missingRequiredColumnsAreOneErrorEachNamingFileAndColumn() {
    Path dir = FrameworkFixtures.onet(tmp, "missing-column");

    ModelException e = (ModelException) catchThrowable(() -> read(dir));
    assertThat(e.getMessage()).startsWith("O*NET 29.2 files in " + dir + " cannot be imported");
    assertThat(e.problems()).hasSize(2);
    assertThat(problems(e).get(0)).isEqualTo(dir.resolve("Job Zones.txt") + ":1: Job Zone: "
        + "the header has no column 'Job Zone' (the header names: O*NET-SOC Code, Title, Date)");
    assertThat(problems(e).get(1)).isEqualTo(dir.resolve("Knowledge.txt") + ":1: Data Value: "
        + "the header has no column 'Data Value' (did you mean 'DataValue'? the header names: "
        + "O*NET-SOC Code, Title, Element ID, Element Name, Scale ID, Scale Name, DataValue, N, "
        + "Standard Error, Lower CI Bound, Upper CI Bound, Recommend Suppress, Not Relevant, "
        + "Date, Domain Source)");
  }

  @Test
  void missingFilesAreReportedTogether() throws IOException {
    Path dir = FrameworkFixtures.onet(tmp);
    Files.delete(dir.resolve("Job Zones.txt"));
    Files.delete(dir.resolve("Related Occupations.txt"));

    ModelException e = (ModelException) catchThrowable(() -> read(dir));
    assertThat(problems(e)).containsExactly(
        dir + ": missing file 'Job Zones.txt' (or 'Job Zones.txt.gz'): it gives each "
            + "occupation's Job Zone (the role's seniority)",
        dir + ": missing file 'Related Occupations.txt' (or 'Related Occupations.txt.gz'): it "
            + "lists related occupations, imported as routes (or import without routes)");
  }

  @Test
  void aMissingDirectoryIsAClearError() {
    Path dir = tmp.resolve("nowhere");
    assertThatThrownBy(() -> read(dir)).isInstanceOf(SpPathwaysException.class)
        .hasMessage("O*NET directory not found: '" + dir + "' (unpack the O*NET database's text "
            + "download there, or give the folder that holds Occupation Data.txt)");
  }

  @Test
  void badRowsAreCollectedWithFileLineAndColumn() {
    Path dir = FrameworkFixtures.onet(tmp, "bad-rows");

    ModelException e = (ModelException) catchThrowable(() -> read(dir));
    assertThat(e.getMessage()).startsWith("O*NET 29.2 files in " + dir + " have 6 bad rows "
        + "(skip them with the skip-bad-rows option)");
    String skills = dir.resolve("Skills.txt").toString();
    assertThat(problems(e)).containsExactly(
        dir.resolve("Job Zones.txt") + ":5:3: Job Zone: the number 6 is outside 1..5",
        skills + ":4:7: Data Value: expected a number, found 'high' (write a number from 1 to 5)",
        skills + ":8:7: Data Value: the number 6.2 is outside 1..5",
        skills + ":10:1: O*NET-SOC Code: unknown occupation '99-9999.00': it is not in "
            + "Occupation Data.txt (check the code, or add the occupation to Occupation Data.txt)",
        skills + ":12:3: Element ID: 'Element ID' is empty (every row needs a value here)",
        skills + ":20:5: Scale ID: a second IM rating of element '2.B.1.a' for occupation "
            + "'21-1094.00'; the first is on line 14 (keep one row per occupation, element and "
            + "scale)");
  }

  @Test
  void skippingBadRowsCountsThemAndKeepsTheRest() {
    Path dir = FrameworkFixtures.onet(tmp, "bad-rows");
    ImportedModel imported = read(dir, OnetOptions.defaults().withSkipBadRows(true));
    ImportReport report = imported.report();

    assertThat(report.badRowCount()).isEqualTo(6);
    assertThat(report.badRows()).hasSize(6);
    assertThat(report.badRows().get(0).line()).hasValue(5);
    // the occupation whose Job Zone row is bad is left out, and so is everything about it
    assertThat(imported.model().findRole(RoleId.of("43-4051.00"))).isEmpty();
    assertThat(report.skipped()).contains(
        new ImportReport.SkippedRows("Occupation Data.txt",
            "the occupation's row in Job Zones.txt is bad", 1),
        new ImportReport.SkippedRows("Skills.txt",
            "the occupation's row in Job Zones.txt is bad", 4),
        new ImportReport.SkippedRows("Skills.txt",
            "Level (LV) row without an Importance (IM) row", 4));
    assertThat(imported.model().role(RoleId.of("11-1011.00")).requirements())
        .containsExactly(req("2.A.1.a", 4, true));
  }

  @Test
  void theProblemLimitStopsReading() {
    Path dir = FrameworkFixtures.onet(tmp, "bad-rows");

    ModelException e = (ModelException) catchThrowable(() -> read(dir,
        OnetOptions.defaults().withMaxProblems(2)));
    assertThat(e.problems()).hasSize(3);
    assertThat(e.problems().get(2).message()).isEqualTo("stopped after 2 problems");
  }

  @Test
  void badRelatedOccupationRowsAreReported() {
    Path dir = FrameworkFixtures.onet(tmp, "bad-related");
    String file = dir.resolve("Related Occupations.txt").toString();

    ModelException e = (ModelException) catchThrowable(() -> read(dir));
    assertThat(problems(e)).containsExactly(
        file + ":9:3: Related O*NET-SOC Code: occupation '21-1094.00' is related to itself "
            + "(remove the row)",
        file + ":10:3: Related O*NET-SOC Code: a second link from '11-1011.00' to '21-1094.00'; "
            + "the first is on line 2 (keep one row per pair of occupations)",
        file + ":11:3: Related O*NET-SOC Code: unknown occupation '29-1141.00': it is not in "
            + "Occupation Data.txt (check the code, or add the occupation to Occupation Data.txt)",
        file + ":12:6: Index: expected a whole number, found 'two' (write a whole number from 1 "
            + "to 2147483647)");
  }

  @Test
  void anEmptyFileIsAClearError() {
    Path dir = FrameworkFixtures.onet(tmp, "empty-file");

    ModelException e = (ModelException) catchThrowable(() -> read(dir));
    assertThat(problems(e)).containsExactly(dir.resolve("Job Zones.txt")
        + ": the file is empty (the first line names the columns: O*NET-SOC Code, Job Zone)");
  }

  @Test
  void aFileThatIsNotUtf8IsAClearError() {
    Path dir = FrameworkFixtures.onet(tmp, "not-utf8");

    ModelException e = (ModelException) catchThrowable(() -> read(dir));
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).toString())
        .startsWith(dir.resolve("Occupation Data.txt") + ":")
        .contains("the file is not UTF-8 text");
  }

  @Test
  void importsAreDeterministic() {
    Path dir = FrameworkFixtures.onet(tmp);
    ImportedModel first = read(dir);
    ImportedModel second = read(dir);

    assertThat(second.model()).isEqualTo(first.model());
    assertThat(second.report()).isEqualTo(first.report());
    assertThat(ModelWriter.yaml().toString(second.model()))
        .isEqualTo(ModelWriter.yaml().toString(first.model()));
  }

  @Test
  void theImportedModelWritesAndReadsBackEqual() {
    WorkforceModel model = read(FrameworkFixtures.onet(tmp)).model();

    for (FileFormat format : List.of(FileFormat.YAML, FileFormat.JSON)) {
      String text = ModelWriter.of(format).toString(model);
      assertThat(ModelReader.of().read(text, "onet", format)).isEqualTo(model);
    }
  }

  private static Throwable catchThrowable(org.assertj.core.api.ThrowableAssert.ThrowingCallable c) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(c);
    assertThat(t).isInstanceOf(ModelException.class);
    return t;
  }
}
