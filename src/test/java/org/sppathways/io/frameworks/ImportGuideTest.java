package org.sppathways.io.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sppathways.cli.Main;
import org.sppathways.io.ModelReader;
import org.sppathways.model.RouteKind;
import org.sppathways.model.WorkforceModel;

/**
 * The figures and outputs quoted in {@code docs/how-to/import-onet-esco.md} are those the
 * importers produce today, so the guide cannot drift from the code (the import writes a file, so
 * {@code DocsOutputTest} does not run it).
 *
 * <p>The summary and the counts in the text need the real O*NET 29.2 and ESCO v1.2.0 files in
 * {@code ${sppathways.data}} (never copied into the repository); those tests are skipped, saying
 * where the data goes, when the files are absent. The outputs for wrong files run on the
 * hand-made fixtures, always. After an intended change, correct the page by hand from the
 * failure message and read it as a reader would.
 */
class ImportGuideTest {
  private static final Path PAGE = Path.of("docs/how-to/import-onet-esco.md");

  @TempDir Path tmp;

  @Test
  void theOnetSummaryIsTheImportsOutput() throws IOException {
    Path dir = FrameworkFixtures.realData("onet-29.2", OnetImporter.SKILLS);
    Path out = tmp.resolve("onet.yaml");

    List<String> printed = run(0, "import", "onet", dir.toString(), "--out", out.toString());

    // the page shows the command as run from the project directory, with its own timing
    List<String> quoted = block("Imported O*NET 29.2 from ");
    List<String> expected = new ArrayList<>(printed);
    expected.set(0, printed.get(0).replace(dir.toString(), "../shared/data/onet-29.2")
        .replace(out.toString(), "onet.yaml")
        .replaceFirst(" in [0-9.]+ s;", quoted.get(0).replaceFirst(".* in ([0-9.]+) s;.*",
            " in $1 s;")));
    assertThat(quoted).isEqualTo(expected);
  }

  @Test
  void theOnetCountsInTheTextAreTheImportsCounts() {
    Path dir = FrameworkFixtures.realData("onet-29.2", OnetImporter.SKILLS);
    ImportedModel imported = OnetImporter.of().read(dir);
    ImportReport report = imported.report();
    long promotions = imported.model().routes().stream()
        .filter(r -> r.kind() == RouteKind.PROMOTION).count();

    assertThat(text()).contains(String.format(Locale.UK, "On O*NET 29.2 this gives %,d roles, "
        + "%,d competencies, %,d requirements (%,d essential) and %,d routes (%,d promotions).",
        report.roles(), report.competencies(), report.requirements(),
        report.essentialRequirements(), report.routes(), promotions));
  }

  @Test
  void theEscoCountsInTheTextAreTheImportsCounts() {
    Path dir = FrameworkFixtures.realData("esco-1.2", "occupations_en.csv");
    ImportedModel imported =
        EscoImporter.of(EscoOptions.defaults().withHierarchyRoutes(true)).read(dir);
    ImportReport report = imported.report();
    WorkforceModel model = imported.model();
    long relations = report.files().stream()
        .filter(f -> f.file().startsWith("occupationSkillRelations_en.csv"))
        .mapToLong(ImportReport.FileRows::rows).sum();
    long twice = report.skipped().stream()
        .filter(s -> s.reason().startsWith("relation listed twice"))
        .mapToLong(ImportReport.SkippedRows::rows).sum();

    assertThat(text()).contains(String.format(Locale.UK, "On ESCO v1.2.0 this gives %,d roles, "
        + "%,d competencies and %,d requirements (%,d essential) from %,d relations (%,d "
        + "relations are listed twice); with `--hierarchy-routes`, %,d routes.",
        report.roles(), report.competencies(), report.requirements(),
        report.essentialRequirements(), relations, twice, model.routes().size()));
  }

  @Test
  void aMissingColumnIsReportedAsTheGuideShows() throws IOException {
    Path dir = FrameworkFixtures.esco(tmp);
    Files.copy(Path.of("src/test/resources/frameworks/esco/cases/missing-required/skills_en.csv"),
        dir.resolve("skills_en.csv"), StandardCopyOption.REPLACE_EXISTING);

    List<String> printed = run(Main.INVALID, "import", "esco", dir.toString(), "--out",
        tmp.resolve("esco.json").toString());

    assertThat(block("ESCO v1.2.0 files in esco cannot be imported"))
        .isEqualTo(relative(printed, dir, "esco"));
    assertThat(tmp.resolve("esco.json")).doesNotExist();
  }

  @Test
  void badRowsAreReportedAsTheGuideShows() throws IOException {
    Path dir = FrameworkFixtures.onet(tmp, "bad-rows");

    List<String> printed = run(Main.INVALID, "import", "onet", dir.toString(), "--out",
        tmp.resolve("onet.yaml").toString());

    assertThat(block("O*NET 29.2 files in onet have 6 bad rows"))
        .isEqualTo(relative(printed, dir, "onet"));
  }

  /**
   * The crosswalk example: the merged model's counts are the merge's, three competencies fewer
   * than without the crosswalk as the page says, and the gap line is what {@code gaps} prints on
   * the merged model — one requirement met where, without the crosswalk, none is.
   */
  @Test
  void theCrosswalkExampleIsTheMergesOutput() throws IOException {
    String sample = "src/test/resources/frameworks/onet/valid";
    Path merged = tmp.resolve("sp-and-onet.yaml");
    List<String> printed = run(0, "import", "onet", sample, "--out", merged.toString(),
        "--merge-with-reference", "--crosswalk", "docs/examples/onet-crosswalk.csv");
    assertThat(block("Merged model: ")).containsExactly(printed.get(printed.size() - 1));

    Path plain = tmp.resolve("sp-and-onet-plain.yaml");
    List<String> without = run(0, "import", "onet", sample, "--out", plain.toString(),
        "--merge-with-reference");
    WorkforceModel withCrosswalk = ModelReader.of().read(merged);
    WorkforceModel withoutCrosswalk = ModelReader.of().read(plain);
    assertThat(withoutCrosswalk.competencies().size() - withCrosswalk.competencies().size())
        .isEqualTo(3);
    assertThat(text()).contains("Without the crosswalk the merged model has "
        + withoutCrosswalk.competencies().size() + " competencies");
    assertThat(without.get(without.size() - 1)).contains(withoutCrosswalk.competencies().size()
        + " competencies");

    List<String> gaps = run(0, "gaps", "--model", merged.toString(), "--from", "21-1094.00",
        "--role", "link-worker");
    assertThat(block("from 21-1094.00 -> link-worker")).containsExactly(gaps.get(0));
    assertThat(gaps.get(0)).contains("(1 of 36 requirements met)");
    assertThat(run(0, "gaps", "--model", plain.toString(), "--from", "21-1094.00", "--role",
        "link-worker").get(0)).contains("(0 of 36 requirements met)");
  }

  /** The output with the fixture's folder written as the reader's relative folder {@code name}. */
  private static List<String> relative(List<String> printed, Path dir, String name) {
    return printed.stream().map(l -> l.replace(dir.toString(), name)).toList();
  }

  /** Runs the command-line tool in-process: standard output, then standard error, by line. */
  private static List<String> run(int exit, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    assertThat(code).as("exit code; stderr: %s", err).isEqualTo(exit);
    List<String> lines = new ArrayList<>(out.toString().lines().toList());
    lines.addAll(err.toString().lines().toList());
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
      lines.remove(lines.size() - 1);
    }
    return lines.stream().map(l -> l.replaceAll("\\s+$", "")).toList();
  }

  /** The lines of the page's fenced block whose first line starts with {@code start}. */
  private static List<String> block(String start) throws IOException {
    List<String> page = Files.readAllLines(PAGE, StandardCharsets.UTF_8);
    for (int i = 0; i + 1 < page.size(); i++) {
      if (page.get(i).startsWith("```") && page.get(i + 1).startsWith(start)) {
        int close = i + 1;
        while (!page.get(close).equals("```")) {
          close++;
        }
        return page.subList(i + 1, close);
      }
    }
    throw new AssertionError(PAGE + " has no block starting with '" + start + "'");
  }

  /** The page's text with every run of whitespace made one space, so line breaks do not count. */
  private static String text() {
    try {
      return Files.readString(PAGE, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
