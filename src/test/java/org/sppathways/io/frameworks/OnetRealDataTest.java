package org.sppathways.io.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sppathways.model.CompetencyId;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Requirement;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.WorkforceModel;

/**
 * The O*NET 29.2 files in {@code ${sppathways.data}/onet-29.2} (never copied into the
 * repository): counts after import, and one occupation checked against its source rows. Skipped,
 * with a message saying where the data goes, when the files are absent.
 */
class OnetRealDataTest {

  private static Path dir;
  private static ImportedModel imported;

  /** Skips each test visibly when the data is absent; imports once for the class. */
  @BeforeEach
  void importOnce() {
    dir = FrameworkFixtures.realData("onet-29.2", OnetImporter.SKILLS);
    if (imported == null) {
      imported = OnetImporter.of().read(dir);
    }
  }

  @Test
  void countsAfterImport() {
    ImportReport report = imported.report();
    // 1,016 occupations, 923 with a Job Zone; 35 skills and 33 knowledge areas
    assertThat(report.roles()).isEqualTo(923);
    assertThat(report.competencies()).isEqualTo(68);
    assertThat(report.requirements()).isEqualTo(19_166);
    assertThat(report.essentialRequirements()).isEqualTo(3_354);
    assertThat(report.badRowCount()).isZero();
    assertThat(report.files()).containsExactly(
        new ImportReport.FileRows("Occupation Data.txt", 1_016),
        new ImportReport.FileRows("Job Zones.txt", 923),
        new ImportReport.FileRows("Skills.txt", 61_530),
        new ImportReport.FileRows("Knowledge.txt", 58_014),
        new ImportReport.FileRows("Related Occupations.txt", 18_460));
    // every rating row is imported (two per requirement) or skipped with a reason
    long ratingRowsSkipped = report.skipped().stream()
        .filter(s -> s.file().equals("Skills.txt") || s.file().equals("Knowledge.txt"))
        .mapToLong(ImportReport.SkippedRows::rows).sum();
    assertThat(2L * report.requirements() + ratingRowsSkipped).isEqualTo(61_530 + 58_014);
    assertThat(report.skipped()).contains(new ImportReport.SkippedRows("Occupation Data.txt",
        "occupation has no Job Zone (left out)", 93));
  }

  @Test
  void everyRelatedOccupationLinkIsARoute() {
    WorkforceModel model = imported.model();
    // every link joins two occupations with a Job Zone, so all 18,460 are routes
    assertThat(model.routes()).hasSize(18_460);
    assertThat(model.graph().edgeSet()).hasSize(18_460);
    long promotions = model.routes().stream().filter(r -> r.kind() == RouteKind.PROMOTION).count();
    assertThat(promotions).isEqualTo(4_353);
    for (ProgressionRoute r : model.routes()) {
      int from = model.role(r.from()).seniority().getAsInt();
      int to = model.role(r.to()).seniority().getAsInt();
      assertThat(r.kind()).isEqualTo(to > from ? RouteKind.PROMOTION : RouteKind.LATERAL);
    }
    assertThat(model.routesFrom(RoleId.of("21-1094.00")).get(0)).satisfies(r -> {
      assertThat(r.to()).isEqualTo(RoleId.of("21-1091.00"));
      assertThat(r.attributes()).containsEntry("tier", "Primary-Short").containsEntry("index", "1");
    });
  }

  @Test
  void communityHealthWorkersMatchTheirSourceRows() throws IOException {
    Role role = imported.model().role(RoleId.of("21-1094.00"));
    assertThat(role.title()).isEqualTo("Community Health Workers");
    assertThat(role.seniority()).hasValue(4);
    assertThat(role.requirements()).hasSize(27)
        .contains(Requirement.of(CompetencyId.of("2.C.1.e"), 4),
            Requirement.of(CompetencyId.of("2.A.1.b"), 3),
            Requirement.desirable(CompetencyId.of("2.A.1.a"), 3));

    // an independent reading of the source rows, with the documented default rule
    List<Requirement> expected = new ArrayList<>();
    for (String file : List.of("Skills.txt", "Knowledge.txt")) {
      expected.addAll(expectedRequirements(dir.resolve(file), "21-1094.00"));
    }
    expected.sort((a, b) -> a.competency().compareTo(b.competency()));
    assertThat(role.requirements()).containsExactlyElementsOf(expected);
  }

  private static List<Requirement> expectedRequirements(Path file, String code)
      throws IOException {
    Map<String, double[]> ratings = new TreeMap<>();
    Map<String, Boolean> dropped = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<String> header = List.of(in.readLine().split("\t", -1));
      int codeAt = header.indexOf("O*NET-SOC Code");
      int element = header.indexOf("Element ID");
      int scale = header.indexOf("Scale ID");
      int value = header.indexOf("Data Value");
      int suppress = header.indexOf("Recommend Suppress");
      int notRelevant = header.indexOf("Not Relevant");
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] f = line.split("\t", -1);
        if (!f[codeAt].equals(code)) {
          continue;
        }
        double[] r = ratings.computeIfAbsent(f[element], k -> new double[2]);
        r[f[scale].equals("IM") ? 0 : 1] = Double.parseDouble(f[value]);
        if (f[suppress].equals("Y") || f[notRelevant].equals("Y")) {
          dropped.put(f[element], true);
        }
      }
    }
    List<Requirement> out = new ArrayList<>();
    ratings.forEach((element, r) -> {
      if (!dropped.containsKey(element) && r[0] >= 3.0) {
        int level = r[1] >= 5.25 ? 4 : r[1] >= 3.5 ? 3 : r[1] >= 1.75 ? 2 : 1;
        out.add(Requirement.builder().competency(CompetencyId.of(element)).level(level)
            .essential(r[0] >= 4.0).build());
      }
    });
    return out;
  }
}
