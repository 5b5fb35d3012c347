package org.sppathways.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sppathways.flow.FlowParameter;
import org.sppathways.flow.Projection;
import org.sppathways.io.ModelReader;
import org.sppathways.model.Confidence;
import org.sppathways.model.Role;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;

/**
 * The report's workforce outlook says what the projection says: its table holds the projection's
 * headcount, staff cost and training of each year, its chart's lines add up to the headcount of
 * every year (no role lost in "other roles") and end at each role's last-year headcount, and it
 * counts the assumed flow parameters the model marks assumed.
 */
class OutlookSectionTest {
  private static final WorkforceModel SP = ReferenceModels.socialPrescribing();

  private static String html(ReportContent content) {
    StringWriter out = new StringWriter();
    HtmlReport.write(content, out);
    String all = out.toString();
    int from = all.indexOf("<section id=\"outlook\">");
    assertThat(from).as("outlook section").isNotNegative();
    return all.substring(from, all.indexOf("</section>", from));
  }

  @Test
  void theTableHoldsTheProjectionsFiguresYearByYear() {
    ReportContent.Outlook o = Reports.outlook(SP, 5).orElseThrow();
    Projection p = o.projection();
    String section = html(Reports.of(SP).withOutlook(o));
    Matcher row = Pattern.compile("<tr><th scope=\"row\">(\\d+)</th><td>([^<]*)</td><td>([^<]*)"
        + "</td><td>([^<]*)</td><td>([^<]*)</td></tr>").matcher(section);
    int years = 0;
    while (row.find()) {
      int t = Integer.parseInt(row.group(1));
      assertThat(t).isEqualTo(years++);
      assertThat(number(row.group(2))).isCloseTo(p.year(t).headcount(), within(0.5));
      assertThat(number(row.group(3))).isCloseTo(p.staffCost().orElseThrow().year(t).total(),
          within(0.5));
      if (t == 0) {
        assertThat(row.group(4)).isEqualTo("–");
      } else {
        assertThat(number(row.group(4))).isCloseTo(o.demand().year(t).places(), within(0.5));
        assertThat(number(row.group(5))).isCloseTo(o.demand().year(t).cost(), within(0.5));
      }
    }
    assertThat(years).isEqualTo(6);
    // The start is the model's latest figures, not nobody.
    assertThat(p.year(0).headcount()).isGreaterThan(1000);
  }

  @Test
  void theChartLinesAddUpToEachYearsHeadcountAndEndAtEachRolesLastYear() {
    ReportContent.Outlook o = Reports.outlook(SP, 8).orElseThrow();
    Projection p = o.projection();
    List<Map.Entry<String, double[]>> lines = HtmlReport.outlookLines(SP, p);
    for (int t = 0; t <= 8; t++) {
      int year = t;
      assertThat(lines.stream().mapToDouble(l -> l.getValue()[year]).sum())
          .as("year %d", t).isCloseTo(p.year(t).headcount(), within(1e-6));
    }
    for (Map.Entry<String, double[]> l : lines) {
      SP.roles().stream().filter(r -> r.title().equals(l.getKey())).map(Role::id).findFirst()
          .ifPresent(id -> assertThat(l.getValue()[8]).isEqualTo(p.last().headcount(id)));
    }
    String section = html(Reports.of(SP).withOutlook(o));
    Matcher polyline = Pattern.compile("<polyline points=\"([^\"]*)\"").matcher(section);
    double max = lines.stream().flatMapToDouble(l -> java.util.Arrays.stream(l.getValue()))
        .max().orElseThrow();
    List<Double> lastY = new ArrayList<>();
    while (polyline.find()) {
      String[] points = polyline.group(1).split(" ");
      assertThat(points).hasSize(9);
      lastY.add(Double.parseDouble(points[8].split(",")[1]));
    }
    assertThat(lastY).hasSameSizeAs(lines);
    for (int i = 0; i < lines.size(); i++) {
      // y = top 16 + chart 220 × (1 − headcount / max), to the 1 decimal the SVG keeps
      assertThat(lastY.get(i)).isCloseTo(16 + 220 * (1 - lines.get(i).getValue()[8] / max),
          within(0.05));
    }
  }

  @Test
  void itCountsTheAssumedParametersAndListsEach() {
    ReportContent.Outlook o = Reports.outlook(SP, 3).orElseThrow();
    long assumed = o.projection().parameters().stream()
        .filter(f -> f.confidence().equals(java.util.Optional.of(Confidence.ASSUMED))).count();
    assertThat(o.assumed()).hasSize((int) assumed).isNotEmpty();
    String section = html(Reports.of(SP).withOutlook(o));
    assertThat(section).contains(assumed + " of the " + o.projection().parameters().size()
        + " flow parameters are assumed");
    for (FlowParameter f : o.assumed()) {
      assertThat(section).contains(f.describe().replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;"));
    }
  }

  @Test
  void aModelWithoutFiguresOrFlowsHasNoOutlook() {
    WorkforceModel tutorial = ModelReader.of().read(java.nio.file.Path.of(
        "docs/tutorial/my-model.yaml"));
    assertThat(Reports.outlook(tutorial, 5)).isEmpty();
    StringWriter out = new StringWriter();
    HtmlReport.write(Reports.of(tutorial), out);
    assertThat(out.toString()).doesNotContain("id=\"outlook\"");
  }

  private static double number(String text) {
    return Double.parseDouble(text.replace(",", ""));
  }
}
