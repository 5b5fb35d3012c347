package org.sppathways.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sppathways.model.Population;
import org.sppathways.model.WorkerProfile;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The HTML report, checked as a document and rendered in a real headless browser. */
class HtmlReportTest {
  private final WorkforceModel model = ReferenceModels.socialPrescribing();

  static Population people(WorkforceModel model) {
    List<WorkerProfile> people = new ArrayList<>();
    for (int i = 0; i < model.roles().size(); i++) {
      var role = model.roles().get(i);
      var b = WorkerProfile.builder().id(org.sppathways.model.PersonId.of("p" + i)).role(role.id());
      for (int k = 0; k < role.requirements().size(); k += 2) {
        b.putHold(role.requirements().get(k).competency(), role.requirements().get(k).level());
      }
      people.add(b.build());
    }
    return Population.of(people);
  }

  private static String html(ReportContent content) {
    StringWriter out = new StringWriter();
    HtmlReport.write(content, out);
    return out.toString();
  }

  private static Document parse(String html) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(false);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  private static int count(Document doc, String xpath) throws Exception {
    return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc,
        XPathConstants.NODESET)).getLength();
  }

  @Test
  void theCareerMapHasOneBoxPerRoleAndOneArrowPerRoute() throws Exception {
    Document doc = parse(html(Reports.of(model)));

    assertThat(count(doc, "//g[@class='role']")).isEqualTo(model.roles().size());
    assertThat(count(doc, "//g[@class='routes']/path")).isEqualTo(model.routes().size());
  }

  @Test
  void everyPictureHasATitleAndADescriptionAndEveryChartATable() throws Exception {
    Document doc = parse(html(Reports.of(model, people(model))));

    int pictures = count(doc, "//svg[@role='img']");
    assertThat(pictures).isEqualTo(4);
    assertThat(count(doc, "//svg[@role='img']/title")).isEqualTo(pictures);
    assertThat(count(doc, "//svg[@role='img']/desc")).isEqualTo(pictures);
    assertThat(count(doc, "//table/caption")).isGreaterThanOrEqualTo(pictures);
    assertThat(count(doc, "//section[@id='population']")).isEqualTo(1);
  }

  @Test
  void theReportIsSelfContained() throws Exception {
    String html = html(Reports.of(model));
    Document doc = parse(html);

    assertThat(count(doc, "//script")).isZero();
    assertThat(count(doc, "//link")).isZero();
    assertThat(count(doc, "//img")).isZero();
    assertThat(count(doc, "//*[starts-with(@href, 'http') or starts-with(@src, 'http')]")).isZero();
    assertThat(html).doesNotContain("@import").doesNotContain("url(http");
  }

  @Test
  void theCeilingChartShowsCommunityOrganisationsStallingLower() {
    List<ReportContent.Ceiling> ceilings = Reports.ceilings(model);
    int vcse = ceilings.stream().filter(c -> c.organisationType().equals("vcse-charity"))
        .mapToInt(ReportContent.Ceiling::seniority).max().orElseThrow();
    int pcn = ceilings.stream().filter(c -> c.organisationType().equals("pcn"))
        .mapToInt(ReportContent.Ceiling::seniority).max().orElseThrow();
    assertThat(vcse).isLessThan(pcn);
  }

  /**
   * Renders the report in headless Chromium (Debian's {@code chromium}, which {@code .ci/run}
   * installs) and checks that it renders the career map with no console errors; the screenshot is
   * kept in {@code target/report-screenshot.png}. Skipped, visibly, where no Chromium is installed.
   */
  @Test
  void rendersInAHeadlessBrowserWithoutConsoleErrors(@TempDir Path dir) throws Exception {
    Path chromium = Path.of(System.getProperty("sppathways.chromium", "/usr/bin/chromium"));
    assumeTrue(Files.isExecutable(chromium), "no Chromium at " + chromium
        + ": install Debian's chromium package, or pass -Dsppathways.chromium=PATH");
    Path report = dir.resolve("report.html");
    HtmlReport.write(Reports.of(model, people(model)), report);
    Path shot = Path.of("target", "report-screenshot.png").toAbsolutePath();
    Files.createDirectories(shot.getParent());

    Result dom = run(chromium, dir, "--dump-dom", report.toUri().toString());
    Result screenshot = run(chromium, dir, "--screenshot=" + shot, "--window-size=1300,2000",
        report.toUri().toString());

    assertThat(dom.exit()).isZero();
    assertThat(dom.out()).contains("class=\"role\"").contains("Career map");
    assertThat(dom.err() + screenshot.err()).doesNotContain("Uncaught")
        .doesNotContain("Failed to load resource").doesNotContain(":CONSOLE(");
    assertThat(shot).isRegularFile();
    assertThat(Files.size(shot)).isGreaterThan(10_000);
  }

  private record Result(int exit, String out, String err) {}

  private static Result run(Path chromium, Path dir, String... args) throws IOException,
      InterruptedException {
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless",
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--enable-logging=stderr", "--v=0", "--user-data-dir=" + dir.resolve("profile")));
    command.addAll(List.of(args));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("Chromium did not finish within 90 s");
    }
    return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
  }
}
