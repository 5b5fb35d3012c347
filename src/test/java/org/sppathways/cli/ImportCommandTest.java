package org.sppathways.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sppathways.io.ModelReader;
import org.sppathways.model.RoleId;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

/** {@code sp-pathways import onet|esco} as a user runs it. */
class ImportCommandTest {

  @TempDir
  Path tmp;

  private String out;
  private String err;

  private int run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Main.run(args, new PrintWriter(o, true), new PrintWriter(e, true));
    out = o.toString();
    err = e.toString();
    return code;
  }

  /** The hand-made files of a framework, with the files of one case laid over them. */
  private Path fixture(String framework, String... cases) throws IOException, URISyntaxException {
    Path dir = Files.createDirectories(tmp.resolve(framework));
    copy("/frameworks/" + framework + "/valid", dir);
    for (String c : cases) {
      copy("/frameworks/" + framework + "/cases/" + c, dir);
    }
    return dir;
  }

  private static void copy(String resource, Path to) throws IOException, URISyntaxException {
    Path from = Path.of(ImportCommandTest.class.getResource(resource).toURI());
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, to.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  @Test
  void importOnetWritesTheModelAndPrintsASummary() throws Exception {
    Path dir = fixture("onet");
    Path model = tmp.resolve("onet.yaml");

    assertThat(run("import", "onet", dir.toString(), "--out", model.toString())).isZero();
    assertThat(err).isEmpty();
    assertThat(out).startsWith("Imported O*NET 29.2 from " + dir + " in ")
        .contains("; wrote " + model)
        .containsPattern("roles +4\n")
        .containsPattern("requirements +8\n")
        .containsPattern("routes +6\n")
        .containsPattern("Skills.txt +18\n")
        .contains("Rows skipped by rule (14):")
        .containsPattern("Knowledge.txt +4 +Importance below 3.0");
    WorkforceModel read = ModelReader.of().read(model);
    assertThat(read.roles()).hasSize(4);
    assertThat(read.sources().get(0)).contains("O*NET 29.2 Database");
  }

  /** The summary with the run's own directory and seconds written as placeholders. */
  private String summary(Path dir) {
    return out.replace(dir.toString(), "DIR").replace(tmp.toString(), "TMP")
        .replaceFirst(" in [0-9]+\\.[0-9] s", " in S s");
  }

  @Test
  void theWholeSummaryOfAnImportWithSkippedAndBadRowsAndAMerge() throws Exception {
    Path dir = fixture("onet", "bad-rows");
    assertThat(run("import", "onet", dir.toString(), "--out", tmp.resolve("x.yaml").toString(),
        "--skip-bad-rows", "--max-problems", "3", "--merge-with-reference")).isZero();
    org.sppathways.gaps.Golden.assertMatches("cli/import-summary.txt", summary(dir));
    assertThat(out).contains("Bad rows skipped (6):")
        .contains("  ... only the first 3 problems are listed (--max-problems)");
  }

  @Test
  void aCleanImportSaysNoRowsWereBadAndListsNoLimit() throws Exception {
    Path dir = fixture("onet");
    assertThat(run("import", "onet", dir.toString(), "--out", tmp.resolve("x.yaml").toString(),
        "--max-problems", "1")).isZero();
    org.sppathways.gaps.Golden.assertMatches("cli/import-summary-clean.txt", summary(dir));
    assertThat(out).doesNotContain("Bad rows").doesNotContain("--max-problems")
        .doesNotContain("Merged model");
  }

  @Test
  void importEscoPrintsJsonWhenAsked() throws Exception {
    Path dir = fixture("esco");
    Path model = tmp.resolve("esco.json");

    assertThat(run("import", "esco", dir.toString(), "--out", model.toString(), "--format",
        "json", "--hierarchy-routes", "--level", "2")).isZero();
    JsonNode all = new ObjectMapper().readTree(out);
    assertThat(all.get("result").asText()).isEqualTo("import");
    assertThat(all.get("out").asText()).isEqualTo(model.toString());
    JsonNode doc = all.get("report");
    assertThat(doc.get("framework").asText()).isEqualTo("ESCO v1.2.0");
    assertThat(doc.get("roles").asInt()).isEqualTo(4);
    assertThat(doc.get("requirements").asInt()).isEqualTo(11);
    assertThat(doc.get("routes").asInt()).isEqualTo(2);
    assertThat(doc.get("skipped").get(0).get("reason").asText())
        .isEqualTo("relation listed twice (kept once, essential if either is)");
    assertThat(doc.get("badRowCount").asInt()).isZero();
    WorkforceModel read = ModelReader.of().read(model);
    assertThat(read.roles().get(0).requirements()).allSatisfy(r ->
        assertThat(r.level()).isEqualTo(2));
  }

  @Test
  void badRowsExitWithTwoAndListEveryProblem() throws Exception {
    Path dir = fixture("onet", "bad-rows");

    assertThat(run("import", "onet", dir.toString(), "--out", tmp.resolve("x.yaml").toString()))
        .isEqualTo(Main.INVALID);
    assertThat(err).contains("have 6 bad rows (skip them with the skip-bad-rows option):")
        .contains(dir.resolve("Skills.txt") + ":4:7: Data Value: expected a number, found "
            + "'high'")
        .doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(tmp.resolve("x.yaml")).doesNotExist();
  }

  @Test
  void skipBadRowsCountsThemInTheSummary() throws Exception {
    Path dir = fixture("onet", "bad-rows");

    assertThat(run("import", "onet", dir.toString(), "--out", tmp.resolve("x.yaml").toString(),
        "--skip-bad-rows")).isZero();
    assertThat(out).contains("Bad rows skipped (6):")
        .contains(dir.resolve("Job Zones.txt") + ":5:3: Job Zone: the number 6 is outside 1..5");
  }

  @Test
  void aMissingColumnIsOneClearError() throws Exception {
    Path dir = fixture("esco", "missing-required");

    assertThat(run("import", "esco", dir.toString(), "--out", tmp.resolve("x.json").toString()))
        .isEqualTo(Main.INVALID);
    assertThat(err).contains("cannot be imported: 2 problems:")
        .contains(dir.resolve("skills_en.csv") + ":1: preferredLabel: the header has no column "
            + "'preferredLabel'");
  }

  @Test
  void badOptionsAreUsageErrors() throws Exception {
    Path dir = fixture("onet");
    String out = tmp.resolve("x.yaml").toString();

    assertThat(run("import", "onet", dir.toString(), "--out", out, "--min-importance", "7"))
        .isEqualTo(Main.INVALID);
    assertThat(err).contains("minImportance must be an Importance from 1 to 5, was 7.0");
    assertThat(run("import", "onet", dir.toString(), "--out", out, "--level-thresholds", "3,2"))
        .isEqualTo(Main.INVALID);
    assertThat(err).contains("level thresholds must rise strictly");
    assertThat(run("import", "onet", dir.toString(), "--out", tmp.resolve("x.csv").toString()))
        .isEqualTo(Main.INVALID);
    assertThat(err).contains("--out must name a .yaml, .yml or .json file");
    assertThat(run("import", "onet", dir.toString(), "--out", out, "--map-role", "a=b"))
        .isEqualTo(Main.INVALID);
    assertThat(err).contains("--map-role, --map-competency and --crosswalk apply only with "
        + "--merge-with");
    assertThat(run("import", "onet", tmp.resolve("nowhere").toString(), "--out", out))
        .isEqualTo(Main.INVALID);
    assertThat(err).contains("error: O*NET directory not found");
    assertThat(run("import")).isEqualTo(Main.INVALID);
    assertThat(err).contains("name a framework: onet or esco");
  }

  @Test
  void mergingWithTheReferenceModelMapsRoles() throws Exception {
    Path dir = fixture("onet");
    Path model = tmp.resolve("merged.yaml");
    WorkforceModel reference = ReferenceModels.socialPrescribing();
    String base = reference.roles().get(0).id().value();

    assertThat(run("import", "onet", dir.toString(), "--out", model.toString(),
        "--merge-with-reference", "--map-role", "21-1094.00=" + base)).isZero();
    assertThat(out).contains("merged into the bundled social prescribing model")
        .contains("Merged model: " + (reference.roles().size() + 3) + " roles");
    WorkforceModel merged = ModelReader.of().read(model);
    assertThat(merged.findRole(RoleId.of("21-1094.00"))).isEmpty();
    assertThat(merged.route(RoleId.of("21-1093.00"), RoleId.of(base))).isPresent();
    assertThat(merged.name()).isEqualTo(reference.name());
  }
}
