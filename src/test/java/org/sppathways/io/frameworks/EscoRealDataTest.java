package org.sppathways.io.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.WorkforceModel;

/**
 * The ESCO v1.2.0 files in {@code ${sppathways.data}/esco-1.2} (never copied into the
 * repository): counts after import, and one occupation checked against its source rows. Skipped,
 * with a message saying where the data goes, when the files are absent.
 */
class EscoRealDataTest {

  private static final String TECHNICAL_DIRECTOR =
      "http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34";

  private static Path dir;
  private static ImportedModel imported;

  /** Skips each test visibly when the data is absent; imports once for the class. */
  @BeforeEach
  void importOnce() {
    dir = FrameworkFixtures.realData("esco-1.2", "occupations_en.csv");
    if (imported == null) {
      imported = EscoImporter.of(EscoOptions.defaults().withHierarchyRoutes(true)).read(dir);
    }
  }

  @Test
  void countsAfterImport() {
    ImportReport report = imported.report();
    assertThat(report.roles()).isEqualTo(3_039);
    assertThat(report.competencies()).isEqualTo(13_492);
    assertThat(report.files()).containsExactly(
        new ImportReport.FileRows("occupations_en.csv", 3_039),
        new ImportReport.FileRows("skills_en.csv", 13_492),
        new ImportReport.FileRows("occupationSkillRelations_en.csv.gz", 129_004),
        new ImportReport.FileRows("broaderRelationsOccPillar_en.csv", 3_652));
    // 129,004 links, of which 17 repeat an occupation-skill pair (essential and optional):
    // kept once each, essential
    assertThat(report.skipped()).contains(new ImportReport.SkippedRows(
        "occupationSkillRelations_en.csv.gz",
        "relation listed twice (kept once, essential if either is)", 17));
    assertThat(report.requirements()).isEqualTo(129_004 - 17);
    assertThat(report.essentialRequirements()).isEqualTo(67_622);
    assertThat(report.badRowCount()).isZero();
  }

  @Test
  void theOccupationHierarchyGivesOnlySpecialisationRoutes() {
    WorkforceModel model = imported.model();
    // 1,248 occupation-to-occupation links; the 2,404 links to ISCO groups are left out
    assertThat(model.routes()).hasSize(1_248)
        .allSatisfy(r -> assertThat(r.kind()).isEqualTo(RouteKind.SPECIALISATION));
    assertThat(imported.report().skipped()).contains(new ImportReport.SkippedRows(
        "broaderRelationsOccPillar_en.csv",
        "link involving an ISCO group (not between two occupations)", 2_404));
  }

  @Test
  void anOccupationMatchesItsSourceRows() throws IOException {
    Role role = imported.model().role(RoleId.of(TECHNICAL_DIRECTOR));
    assertThat(role.title()).isEqualTo("technical director");
    assertThat(role.attributes()).containsEntry("iscoGroup", "2654")
        .containsEntry("code", "2654.1.7");

    Map<String, Boolean> source = new TreeMap<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
        Files.newInputStream(dir.resolve("occupationSkillRelations_en.csv.gz"))),
        StandardCharsets.UTF_8))) {
      in.readLine();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] f = line.split(",", -1);
        if (f[0].equals(TECHNICAL_DIRECTOR)) {
          source.merge(f[3], f[1].equals("essential"), Boolean::logicalOr);
        }
      }
    }
    assertThat(source).hasSize(10);
    assertThat(role.requirements()).hasSize(10);
    for (Requirement r : role.requirements()) {
      assertThat(r.level()).isEqualTo(3);
      assertThat(r.essential()).as(r.competency().value())
          .isEqualTo(source.get(r.competency().value()));
    }
    assertThat(role.requirements()).filteredOn(Requirement::essential).hasSize(9);
    assertThat(imported.model().competency(role.requirements().get(0).competency()).domain())
        .isIn("skill/competence", "knowledge");
    assertThat(imported.model().findCompetency(CompetencyId.of(
        "urn:esco-label:business%20process%20modelling"))).hasValueSatisfying(c -> {
          assertThat(c.name()).isEqualTo("business process modelling");
          assertThat(c.domain()).isEqualTo("knowledge");
        });
  }
}
