package org.sppathways.io.frameworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

class EscoImporterTest {

  private static final String O = "http://data.europa.eu/esco/occupation/test-000";
  private static final String S = "http://data.europa.eu/esco/skill/test-s00";
  private static final String PLACEHOLDER = "urn:esco-label:safeguarding%20vulnerable%20people";

  @TempDir
  Path tmp;

  private static ImportedModel read(Path dir) {
    return EscoImporter.of().read(dir);
  }

  private static ImportedModel read(Path dir, EscoOptions options) {
    return EscoImporter.of(options).read(dir);
  }

  private static Requirement req(String competency, int level, boolean essential) {
    return Requirement.builder().competency(CompetencyId.of(competency)).level(level)
        .essential(essential).build();
  }

  private static List<String> problems(Path dir, Runnable importing) {
    ModelException e = catchThrowableOfType(importing::run, ModelException.class);
    assertThat(e).as("a ModelException").isNotNull();
    return e.problems().stream().map(Problem::toString)
        .map(p -> p.replace(dir.toString() + "/", "")).toList();
  }

  @Test
  void occupationsBecomeRolesKeyedByConceptUri() {
    WorkforceModel model = read(FrameworkFixtures.esco(tmp)).model();

    assertThat(model.roles()).extracting(r -> r.id().value(), Role::title)
        .containsExactly(
            tuple(O + "1", "social worker"),
            tuple(O + "2", "community health worker"),
            tuple(O + "3", "youth worker"),
            tuple(O + "4", "social work assistant"));
    Role social = model.role(RoleId.of(O + "1"));
    assertThat(social.seniority()).isEmpty();
    // quoted fields with commas, doubled quotes and line breaks are read whole
    assertThat(social.attributes()).containsExactly(
        java.util.Map.entry("iscoGroup", "2635"),
        java.util.Map.entry("code", "2635.1"),
        java.util.Map.entry("description", "Social workers are practice-based professionals who "
            + "promote \"social change\", development and cohesion."));
  }

  @Test
  void skillsBecomeCompetenciesWithTheirSkillTypeAsDomain() {
    WorkforceModel model = read(FrameworkFixtures.esco(tmp)).model();

    assertThat(model.competencies()).extracting(c -> c.id().value(), Competency::name,
        Competency::domain)
        .containsExactly(
            tuple(S + "1", "active listening", "skill/competence"),
            tuple(S + "3", "motivational interviewing", "skill/competence"),
            tuple(S + "4", "social work theory", "knowledge"),
            tuple(S + "5", "empathise", EscoImporter.UNCLASSIFIED),
            tuple(PLACEHOLDER, "safeguarding vulnerable people", "knowledge"));
  }

  @Test
  void relationsBecomeRequirementsAtOneLevelEssentialOrDesirable() {
    WorkforceModel model = read(FrameworkFixtures.esco(tmp)).model();

    // the relation listed both optional and essential is kept once, essential
    assertThat(model.role(RoleId.of(O + "1")).requirements()).containsExactly(
        req(S + "1", 3, true), req(S + "3", 3, false), req(S + "4", 3, true),
        req(PLACEHOLDER, 3, true));
    assertThat(model.role(RoleId.of(O + "3")).requirements()).containsExactly(
        req(S + "1", 3, false), req(S + "5", 3, true));
    assertThat(model.routes()).isEmpty();
  }

  @Test
  void theModelCarriesTheAttributionAndTheMapping() {
    WorkforceModel model = read(FrameworkFixtures.esco(tmp)).model();

    assertThat(model.name()).isEqualTo("ESCO v1.2.0");
    assertThat(model.sources()).containsExactly(EscoImporter.attribution("v1.2.0"));
    assertThat(model.sources().get(0)).contains("ESCO", "v1.2.0", "© European Union",
        "Decision 2011/833/EU", "Modified");
    assertThat(model.notes()).hasValueSatisfying(n -> assertThat(n)
        .contains("all at level 3 (Practitioner)", "ESCO records no career transitions"));
  }

  @Test
  void theReportAccountsForEveryRow() {
    ImportReport report = read(FrameworkFixtures.esco(tmp)).report();

    assertThat(report.roles()).isEqualTo(4);
    assertThat(report.competencies()).isEqualTo(5);
    assertThat(report.requirements()).isEqualTo(11);
    assertThat(report.essentialRequirements()).isEqualTo(7);
    assertThat(report.files()).containsExactly(
        new ImportReport.FileRows("occupations_en.csv", 4),
        new ImportReport.FileRows("skills_en.csv", 5),
        new ImportReport.FileRows("occupationSkillRelations_en.csv", 12));
    assertThat(report.skipped()).containsExactly(new ImportReport.SkippedRows(
        "occupationSkillRelations_en.csv",
        "relation listed twice (kept once, essential if either is)", 1));
  }

  @Test
  void hierarchyRoutesLeadFromBroaderToNarrowerOccupations() {
    ImportedModel imported = read(FrameworkFixtures.esco(tmp),
        EscoOptions.defaults().withHierarchyRoutes(true).withHierarchyMonths(6));

    assertThat(imported.model().routes()).extracting(r -> r.from().value(),
        r -> r.to().value(), ProgressionRoute::kind, ProgressionRoute::months,
        r -> r.attributes().get("source"))
        .containsExactly(
            tuple(O + "1", O + "3", RouteKind.SPECIALISATION, 6, "broaderRelationsOccPillar"),
            tuple(O + "1", O + "4", RouteKind.SPECIALISATION, 6, "broaderRelationsOccPillar"));
    assertThat(imported.report().skipped()).contains(new ImportReport.SkippedRows(
        "broaderRelationsOccPillar_en.csv",
        "link involving an ISCO group (not between two occupations)", 4));
  }

  @Test
  void theLevelAndScaleAreConfigurable() {
    WorkforceModel two = read(FrameworkFixtures.esco(tmp), EscoOptions.defaults().withLevel(2))
        .model();
    assertThat(two.roles()).flatExtracting(Role::requirements)
        .allSatisfy(r -> assertThat(r.level()).isEqualTo(2));

    WorkforceModel small = read(FrameworkFixtures.esco(tmp.resolve("b")),
        EscoOptions.defaults().withLevels(2)).model();
    assertThat(small.scale().maxLevel()).isEqualTo(2);
    assertThat(small.roles()).flatExtracting(Role::requirements)
        .allSatisfy(r -> assertThat(r.level()).isEqualTo(2));
  }

  @Test
  void aByteOrderMarkAndBlankLinesChangeNothing() {
    WorkforceModel plain = read(FrameworkFixtures.esco(tmp.resolve("a"))).model();
    WorkforceModel bom = read(FrameworkFixtures.esco(tmp.resolve("b"), "bom-blank")).model();

    assertThat(bom).isEqualTo(plain);
  }

  @Test
  void gzipFilesAreReadInPlaceOfPlainOnes() {
    WorkforceModel plain = read(FrameworkFixtures.esco(tmp.resolve("a"))).model();
    ImportedModel gz = read(FrameworkFixtures.esco(tmp.resolve("b"), "gz"));

    assertThat(gz.model()).isEqualTo(plain);
    assertThat(gz.report().files()).extracting(ImportReport.FileRows::file)
        .containsExactly("occupations_en.csv.gz", "skills_en.csv",
            "occupationSkillRelations_en.csv.gz");
  }

  @Test
  void missingOptionalColumnsAreFine() {
    WorkforceModel model = read(FrameworkFixtures.esco(tmp, "missing-optional")).model();

    assertThat(model.roles()).hasSize(4).allSatisfy(r -> assertThat(r.attributes()).isEmpty());
    assertThat(model.competencies())
        .allSatisfy(c -> assertThat(c.domain()).isEqualTo(EscoImporter.UNCLASSIFIED));
    assertThat(model.role(RoleId.of(O + "1")).requirements()).hasSize(4);
  }

  @Test
  void missingRequiredColumnsAreOneErrorEachNamingFileAndColumn() {
    Path dir = FrameworkFixtures.esco(tmp, "missing-required");

    assertThat(problems(dir, () -> read(dir))).containsExactly(
        "skills_en.csv:1: preferredLabel: the header has no column 'preferredLabel' (did you "
            + "mean 'preferred label'? the header names: conceptType, conceptUri, skillType, "
            + "reuseLevel, preferred label)",
        "occupationSkillRelations_en.csv:1: relationType: the header has no column "
            + "'relationType' (the header names: occupationUri, skillType, skillUri)");
  }

  @Test
  void missingFilesAreReportedTogetherAndFollowTheLanguage() throws IOException {
    Path dir = FrameworkFixtures.esco(tmp);
    Files.delete(dir.resolve("skills_en.csv"));

    assertThat(problems(dir, () -> read(dir, EscoOptions.defaults().withHierarchyRoutes(true))))
        .containsExactly(dir + ": missing file 'skills_en.csv' (or 'skills_en.csv.gz'): it "
            + "lists the skills");
    assertThat(problems(dir, () -> read(dir, EscoOptions.defaults().withLanguage("de"))))
        .hasSize(3).allSatisfy(p -> assertThat(p).contains("_de.csv"));
    Files.delete(dir.resolve("broaderRelationsOccPillar_en.csv"));
    assertThat(problems(dir, () -> read(dir, EscoOptions.defaults().withHierarchyRoutes(true))))
        .hasSize(2).last().asString().contains("broaderRelationsOccPillar_en.csv",
            "or import without hierarchy routes");
  }

  @Test
  void aMissingDirectoryIsAClearError() {
    assertThatThrownBy(() -> read(tmp.resolve("nowhere")))
        .isInstanceOf(SpPathwaysException.class)
        .hasMessageStartingWith("ESCO directory not found: '" + tmp.resolve("nowhere") + "'");
  }

  @Test
  void badRowsAreCollectedWithFileLineAndColumn() {
    Path dir = FrameworkFixtures.esco(tmp, "bad-rows");
    String relations = "occupationSkillRelations_en.csv";

    assertThat(problems(dir, () -> read(dir))).containsExactly(
        // line 8: the rows before it span three lines each (quoted line breaks)
        "occupations_en.csv:8:4: preferredLabel: 'preferredLabel' is empty (every row needs a "
            + "value here)",
        relations + ":3:2: relationType: unknown relation type 'mandatory' (use essential or "
            + "optional)",
        relations + ":6:4: skillUri: unknown skill '" + S + "9': it is not in skills_en.csv "
            + "(check the URI, or add the skill)",
        relations + ":8:1: occupationUri: unknown occupation '" + O + "9': it is not in "
            + "occupations_en.csv (check the URI, or add the occupation)",
        relations + ":10:4: skillUri: 'skillUri' is empty (every row needs a value here)",
        relations + ":14:5: the row has 5 fields but the header names 4 (quote values that "
            + "contain a comma)");
  }

  @Test
  void skippingBadRowsCountsThemAndKeepsTheRest() {
    Path dir = FrameworkFixtures.esco(tmp, "bad-rows");
    ImportedModel imported = read(dir, EscoOptions.defaults().withSkipBadRows(true));

    assertThat(imported.report().badRowCount()).isEqualTo(6);
    assertThat(imported.report().badRows()).hasSize(6);
    assertThat(imported.model().roles()).hasSize(3);
    assertThat(imported.model().findRole(RoleId.of(O + "3"))).isEmpty();
    assertThat(imported.report().skipped()).contains(new ImportReport.SkippedRows(
        "occupationSkillRelations_en.csv", "the occupation's row in occupations_en.csv is bad",
        1));
    assertThat(imported.model().role(RoleId.of(O + "1")).requirements()).containsExactly(
        req(S + "1", 3, true), req(S + "3", 3, false), req(PLACEHOLDER, 3, false));
  }

  @Test
  void anUnclosedQuoteIsASyntaxErrorNamingFileAndLine() {
    Path dir = FrameworkFixtures.esco(tmp, "unclosed-quote");

    List<String> problems = problems(dir, () -> read(dir));
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0)).matches("occupations_en\\.csv:\\d+: syntax error: .*")
        .contains("check the quoting");
  }

  @Test
  void aGzFileThatIsNotGzipIsAClearError() {
    Path dir = FrameworkFixtures.esco(tmp, "broken-gz");

    assertThat(problems(dir, () -> read(dir))).containsExactly(
        "occupationSkillRelations_en.csv.gz: the file is not valid gzip data: Not in GZIP format");
  }

  @Test
  void importsAreDeterministicAndWriteAndReadBackEqual() {
    Path dir = FrameworkFixtures.esco(tmp);
    ImportedModel first = read(dir, EscoOptions.defaults().withHierarchyRoutes(true));
    ImportedModel second = read(dir, EscoOptions.defaults().withHierarchyRoutes(true));

    assertThat(second.model()).isEqualTo(first.model());
    assertThat(second.report()).isEqualTo(first.report());
    for (FileFormat format : List.of(FileFormat.YAML, FileFormat.JSON)) {
      String text = ModelWriter.of(format).toString(first.model());
      assertThat(ModelReader.of().read(text, "esco", format)).isEqualTo(first.model());
    }
  }
}
