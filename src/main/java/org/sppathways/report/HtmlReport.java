package org.sppathways.report;

import java.util.Optional;
import org.sppathways.model.RoleId;
import org.sppathways.flow.StaffCost;
import org.sppathways.flow.Projection;
import org.sppathways.flow.FlowParameter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sppathways.gaps.CompetencyNeed;
import org.sppathways.model.Competency;
import org.sppathways.model.OrganisationType;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Role;
import org.sppathways.model.RouteKind;
import org.sppathways.model.SpPathwaysException;
import org.sppathways.model.SupportStructure;
import org.sppathways.model.WorkforceModel;
import org.sppathways.training.CompetencyCoverage;
import org.sppathways.training.CoverageAddition;

/**
 * Writes a {@link ReportContent} as one self-contained HTML file: no scripts, no external fonts,
 * styles or images, nothing fetched from a network; pictures are inline SVG drawn here. Readable
 * on screen and on paper, with a title and a text description for every picture and a table
 * beside every chart.
 *
 * <pre>{@code
 * HtmlReport.write(Reports.of(model), Path.of("report.html"));
 * }</pre>
 *
 * <p>The output is well-formed XHTML served as HTML. This class computes nothing: it lays out
 * what {@link Reports} computed.
 *
 * @since 0.1.0
 */
public final class HtmlReport {
  /** The most competencies drawn in the coverage heatmap (those short of a required level first). */
  static final int HEATMAP_ROWS = 120;
  /** Width of a readiness bar; with the gap, wide enough for the band label under it. */
  static final double READINESS_BAR = 50;
  /** The most role families the career map colours apart. */
  static final int MAX_FAMILY_COLOURS = 7;
  /** The fill of every workforce box when there are too many families to colour. */
  static final String NEUTRAL = "#D9E6F2";
  /** The fill of a workforce role without a family. */
  static final String NO_FAMILY = "#DDDDDD";
  /** Distance from one readiness bar to the next. */
  static final double READINESS_PITCH = 62;

  private HtmlReport() {}

  /**
   * Writes the report to a file (UTF-8), replacing it.
   *
   * @throws SpPathwaysException if the file cannot be written
   */
  public static void write(ReportContent content, Path file) {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(content, w);
    } catch (IOException e) {
      throw new SpPathwaysException("cannot write '" + file + "': " + e.getMessage(), e);
    }
  }

  /** Writes the report to a character stream, which the caller closes. */
  public static void write(ReportContent content, Writer out) {
    try {
      out.write("<!DOCTYPE html>\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Xml x = new Xml(out);
    WorkforceModel model = content.model();
    x.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en");
    x.open("head");
    x.empty("meta", "charset", "utf-8");
    x.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
    x.leaf("title", "Workforce report: " + model.name());
    x.leaf("style", STYLE);
    x.close();
    x.open("body");
    x.open("header");
    x.leaf("h1", model.name());
    model.description().ifPresent(d -> x.leaf("p", d, "class", "lead"));
    long external = model.roles().stream().filter(Role::external).count();
    x.leaf("p", (model.roles().size() - external) + " roles in the workforce, " + external
        + " professions people enter from, " + model.routes().size() + " progression routes, "
        + model.competencies().size() + " competencies, " + model.courses().size()
        + " courses, " + model.organisationTypes().size() + " kinds of employer.", "class", "counts");
    x.open("nav", "aria-label", "Contents").open("ol");
    link(x, "map", "Career map");
    link(x, "ceilings", "How far careers go, by employer");
    link(x, "support", "Support for staff, by employer");
    link(x, "coverage", "What the courses cover");
    if (content.population().isPresent()) {
      link(x, "population", "The workforce's readiness and training needs");
    }
    if (content.outlook().isPresent()) {
      link(x, "outlook", "Workforce outlook");
    }
    link(x, "sources", "Sources");
    x.close().close();
    x.close();

    careerMap(x, content);
    ceilings(x, content);
    support(x, model);
    coverage(x, content);
    content.population().ifPresent(p -> population(x, content, p));
    content.outlook().ifPresent(o -> outlook(x, model, o));
    sources(x, model);
    x.close().close();
    x.finish();
  }

  private static void link(Xml x, String id, String text) {
    x.open("li").leaf("a", text, "href", "#" + id).close();
  }

  /**
   * The fill of each family's boxes: the first {@value #MAX_FAMILY_COLOURS} Okabe–Ito colours, one
   * per family in model order, when the workforce has at most that many families; otherwise every
   * box is neutral (more colours could not be told apart) and the legend says so.
   */
  private static Map<String, String> colours(CareerMap map) {
    Map<String, String> colours = new HashMap<>();
    boolean coloured = map.families().size() <= MAX_FAMILY_COLOURS;
    for (int i = 0; i < map.families().size(); i++) {
      colours.put(map.families().get(i), coloured ? Palette.colour(i) : NEUTRAL);
    }
    colours.put("", NO_FAMILY);
    return colours;
  }

  /** A family id as words: {@code health-coaching} → {@code health coaching}. */
  static String familyName(String family) {
    return family.isEmpty() ? "no family given" : family.replace('-', ' ');
  }

  private static void careerMap(Xml x, ReportContent content) {
    WorkforceModel model = content.model();
    CareerMap map = content.careerMap();
    Map<String, String> colours = colours(map);
    boolean coloured = map.families().size() <= MAX_FAMILY_COLOURS;
    x.open("section", "id", "map");
    x.leaf("h2", "Career map");
    x.leaf("p", "Each box is a role, placed by seniority: most senior at the top, the professions "
        + "people enter from in dashed white boxes at the bottom. "
        + (coloured ? "Its colour is the role's family, a group of related jobs (the legend "
            + "names them); it says nothing about who employs it, which the table below lists. "
            : "Boxes are not coloured: the model has " + map.families().size() + " role "
                + "families, more than colours can keep apart; the table below gives each role's "
                + "family. ")
        + "Arrows are progression routes: solid for promotions, dashed for lateral moves, "
        + "dotted for specialisations, grey for entry routes. A route that skips rows runs "
        + "between the boxes of the rows it passes; a move within a row arcs above it.");
    x.open("div", "class", "scroll wide");
    x.open("svg", "xmlns", "http://www.w3.org/2000/svg", "role", "img",
        "aria-labelledby", "map-title map-desc", "width", Xml.num(map.width()),
        "height", Xml.num(map.height()), "class", "map", "viewBox", "0 0 " + Xml.num(map.width()) + " "
            + Xml.num(map.height()));
    x.leaf("title", "Career map of " + model.name(), "id", "map-title");
    x.leaf("desc", map.nodes().size() + " roles in " + map.rows().stream()
        .filter(r -> !r.label().isEmpty()).count() + " rows by seniority, "
        + map.edges().size() + " routes between them. The table below the map lists every role, "
        + "its family and where it leads.", "id", "map-desc");
    x.open("defs");
    for (RouteKind kind : RouteKind.values()) {
      x.open("marker", "id", "arrow-" + kind.toString(), "viewBox", "0 0 10 10", "refX", "10",
          "refY", "5", "markerWidth", "7", "markerHeight", "7", "orient", "auto-start-reverse");
      x.empty("path", "d", "M 0 0 L 10 5 L 0 10 z", "fill", edgeColour(kind));
      x.close();
    }
    x.close();
    String band = "";
    for (CareerMap.Row row : map.rows()) {
      if (row.label().isEmpty()) {
        // a further line of the same seniority: the label again, lighter
        x.leaf("text", band, "x", "8", "y", Xml.num(row.y() + 4), "class", "row-label more");
        continue;
      }
      band = row.label();
      x.leaf("text", row.label(), "x", "8", "y", Xml.num(row.y() + 4), "class", "row-label");
      x.empty("line", "x1", Xml.num(CareerMap.MARGIN_LEFT - 10), "x2", Xml.num(map.width() - 10),
          "y1", Xml.num(row.y() - CareerMap.ROW_HEIGHT / 2), "y2",
          Xml.num(row.y() - CareerMap.ROW_HEIGHT / 2), "class", "row-rule");
    }
    Map<String, CareerMap.Node> byId = new HashMap<>();
    map.nodes().forEach(n -> byId.put(n.role().value(), n));
    x.open("g", "class", "routes");
    for (CareerMap.Edge e : map.edges()) {
      CareerMap.Node a = byId.get(e.from().value());
      CareerMap.Node b = byId.get(e.to().value());
      x.open("path", "d", path(e.points()), "class", "route " + e.kind().toString(),
          "data-from", e.from().value(), "data-to", e.to().value(),
          "marker-end", "url(#arrow-" + e.kind().toString() + ")");
      x.leaf("title", a.title() + " to " + b.title() + ": " + e.kind().toString() + ", typically "
          + e.months() + " months");
      x.close();
    }
    x.close();
    x.open("g", "class", "roles");
    for (CareerMap.Node n : map.nodes()) {
      String fill = n.external() ? "#FFFFFF" : colours.getOrDefault(n.family(), NO_FAMILY);
      x.open("g", "class", "role", "data-role", n.role().value(), "data-family", n.family());
      x.leaf("title", n.title() + (n.external() ? " (a profession people enter from)"
          : " (" + familyName(n.family()) + ")"));
      x.empty("rect", "x", Xml.num(n.x() - CareerMap.NODE_WIDTH / 2), "y",
          Xml.num(n.y() - CareerMap.NODE_HEIGHT / 2), "width", Xml.num(CareerMap.NODE_WIDTH),
          "height", Xml.num(CareerMap.NODE_HEIGHT), "rx", "6", "fill", fill,
          "class", n.external() ? "node external" : "node");
      List<String> lines = wrap(n.title(), 25, 2);
      for (int i = 0; i < lines.size(); i++) {
        double dy = lines.size() == 1 ? 4 : i == 0 ? -3 : 10;
        x.leaf("text", lines.get(i), "x", Xml.num(n.x()), "y", Xml.num(n.y() + dy),
            "text-anchor", "middle", "fill", n.external() ? "#000000" : Palette.textOn(fill),
            "class", "node-label");
      }
      x.close();
    }
    x.close();
    x.close();
    x.close();
    legend(x, model, map, colours);
    x.open("details");
    x.leaf("summary", "The map as a table");
    x.open("table");
    x.leaf("caption", "Roles, their seniority, family and where they lead");
    x.open("thead").open("tr");
    for (String h : List.of("Role", "Seniority", "Family", "Offered by", "Leads to")) {
      x.leaf("th", h, "scope", "col");
    }
    x.close().close().open("tbody");
    for (Role role : model.roles()) {
      x.open("tr");
      x.leaf("th", role.title() + (role.external() ? " (external)" : ""), "scope", "row");
      x.leaf("td", role.seniority().isPresent() ? String.valueOf(role.seniority().getAsInt()) : "–");
      x.leaf("td", role.family().map(HtmlReport::familyName).orElse("–"));
      x.leaf("td", String.join(", ", role.offeredBy().stream()
          .map(o -> model.organisationType(o).name()).toList()));
      List<String> onward = new ArrayList<>();
      for (ProgressionRoute r : model.routesFrom(role.id())) {
        onward.add(model.role(r.to()).title() + " (" + r.kind().toString() + ", " + r.months()
            + " months)");
      }
      x.leaf("td", onward.isEmpty() ? "–" : String.join("; ", onward));
      x.close();
    }
    x.close().close().close();
    x.close();
  }

  /**
   * SVG path data through a route's points: straight where x stays (through a row, between
   * boxes), an arc above where y stays (within a row), and elsewhere a curve that leaves and
   * arrives vertically, in the open space between rows.
   */
  static String path(List<CareerMap.Point> points) {
    StringBuilder d = new StringBuilder("M " + Xml.num(points.get(0).x()) + " "
        + Xml.num(points.get(0).y()));
    for (int i = 1; i < points.size(); i++) {
      CareerMap.Point p = points.get(i - 1);
      CareerMap.Point q = points.get(i);
      if (Math.abs(p.x() - q.x()) < 0.05) {
        d.append(" L ").append(Xml.num(q.x())).append(' ').append(Xml.num(q.y()));
      } else if (Math.abs(p.y() - q.y()) < 0.05) {
        double lift = Math.min(34, 14 + Math.abs(q.x() - p.x()) / 8);
        d.append(" C ").append(Xml.num(p.x())).append(' ').append(Xml.num(p.y() - lift))
            .append(' ').append(Xml.num(q.x())).append(' ').append(Xml.num(q.y() - lift))
            .append(' ').append(Xml.num(q.x())).append(' ').append(Xml.num(q.y()));
      } else {
        double middle = (p.y() + q.y()) / 2;
        d.append(" C ").append(Xml.num(p.x())).append(' ').append(Xml.num(middle))
            .append(' ').append(Xml.num(q.x())).append(' ').append(Xml.num(middle))
            .append(' ').append(Xml.num(q.x())).append(' ').append(Xml.num(q.y()));
      }
    }
    return d.toString();
  }

  private static void legend(Xml x, WorkforceModel model, CareerMap map,
      Map<String, String> colours) {
    x.open("ul", "class", "legend", "aria-label", "Legend");
    if (map.families().size() <= MAX_FAMILY_COLOURS) {
      for (String family : map.families()) {
        x.open("li", "data-family", family);
        x.leaf("span", " ", "class", "swatch", "style", "background:" + colours.get(family));
        x.text(" " + familyName(family));
        x.close();
      }
    } else {
      x.open("li");
      x.leaf("span", " ", "class", "swatch", "style", "background:" + NEUTRAL);
      x.text(" Role (" + map.families().size() + " families, not coloured)");
      x.close();
    }
    if (model.roles().stream().anyMatch(r -> !r.external() && r.family().isEmpty())) {
      x.open("li", "data-family", "");
      x.leaf("span", " ", "class", "swatch", "style", "background:" + NO_FAMILY);
      x.text(" " + familyName(""));
      x.close();
    }
    x.open("li").leaf("span", " ", "class", "swatch external").text(" External profession").close();
    for (RouteKind kind : RouteKind.values()) {
      x.open("li");
      x.open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", "34", "height", "10",
          "aria-hidden", "true");
      x.empty("line", "x1", "0", "y1", "5", "x2", "34", "y2", "5", "class", "route "
          + kind.toString());
      x.close();
      x.text(" " + kind.toString());
      x.close();
    }
    x.close();
  }

  private static String edgeColour(RouteKind kind) {
    return kind == RouteKind.ENTRY ? "#9A9A9A" : "#333333";
  }

  /** What the ceilings section shows, in both report formats. */
  static final String CEILINGS_TEXT = "For each kind of employer and each role people start in "
      + "there (entered from outside professions or by entry routes; not the senior roles that "
      + "outside professionals enter at the top): the most senior role someone can reach without "
      + "moving to another kind of employer, and the fewest moves from that starting role to it.";

  private static void ceilings(Xml x, ReportContent content) {
    x.open("section", "id", "ceilings");
    x.leaf("h2", "How far careers go, by employer");
    x.leaf("p", CEILINGS_TEXT + " Shorter bars mean careers stall sooner.");
    List<ReportContent.Ceiling> ceilings = content.ceilings();
    int max = Math.max(1, ceilings.stream().mapToInt(ReportContent.Ceiling::seniority).max()
        .orElse(1));
    double barHeight = 20;
    double gap = 6;
    double groupHeight = 24;
    double labelWidth = 330;
    double chartWidth = 420;
    long groups = ceilings.stream().map(ReportContent.Ceiling::organisationType).distinct().count();
    double height = groups * groupHeight + ceilings.size() * (barHeight + gap) + 20;
    x.open("svg", "xmlns", "http://www.w3.org/2000/svg", "role", "img", "aria-labelledby",
        "ceil-title ceil-desc", "width", Xml.num(labelWidth + chartWidth + 60), "height",
        Xml.num(height), "viewBox", "0 0 " + Xml.num(labelWidth + chartWidth + 60) + " "
            + Xml.num(height));
    x.leaf("title", "Highest seniority reachable by kind of employer and starting role", "id",
        "ceil-title");
    StringBuilder desc = new StringBuilder();
    String previous = null;
    for (ReportContent.Ceiling c : ceilings) {
      if (!c.organisationType().equals(previous)) {
        desc.append(previous == null ? "" : " ").append(c.name()).append(":");
        previous = c.organisationType();
      }
      desc.append(" from ").append(c.entryRole()).append(", ").append(c.seniority()).append(";");
    }
    x.leaf("desc", desc.toString().strip(), "id", "ceil-desc");
    double y = 10;
    previous = null;
    for (ReportContent.Ceiling c : ceilings) {
      if (!c.organisationType().equals(previous)) {
        x.leaf("text", shorten(c.name(), 60), "x", "0", "y", Xml.num(y + groupHeight * 0.7),
            "font-size", "13", "font-weight", "bold", "class", "bar-group");
        y += groupHeight;
        previous = c.organisationType();
      }
      double w = chartWidth * c.seniority() / max;
      x.leaf("text", shorten(c.entryRole(), 46), "x", Xml.num(labelWidth - 8), "y",
          Xml.num(y + barHeight * 0.7), "text-anchor", "end", "class", "bar-label");
      x.empty("rect", "x", Xml.num(labelWidth), "y", Xml.num(y), "width", Xml.num(w), "height",
          Xml.num(barHeight), "fill", "#0072B2", "class", "bar");
      x.leaf("text", String.valueOf(c.seniority()), "x", Xml.num(labelWidth + w + 6), "y",
          Xml.num(y + barHeight * 0.7), "class", "bar-value");
      y += barHeight + gap;
    }
    x.close();
    x.open("table");
    x.leaf("caption", "Progression ceilings by kind of employer and starting role");
    header(x, "Kind of employer", "Starting as", "Highest seniority", "Role at the top",
        "Moves to get there");
    x.open("tbody");
    for (ReportContent.Ceiling c : ceilings) {
      x.open("tr").leaf("th", c.name(), "scope", "row").leaf("td", c.entryRole())
          .leaf("td", String.valueOf(c.seniority())).leaf("td", c.role())
          .leaf("td", String.valueOf(c.steps())).close();
    }
    x.close().close();
    x.close();
  }

  private static void header(Xml x, String... columns) {
    x.open("thead").open("tr");
    for (String c : columns) {
      x.leaf("th", c, "scope", "col");
    }
    x.close().close();
  }

  private static void support(Xml x, WorkforceModel model) {
    Set<String> structures = new LinkedHashSet<>();
    for (OrganisationType t : model.organisationTypes()) {
      t.supports().forEach(s -> structures.add(s.structure()));
    }
    x.open("section", "id", "support");
    x.leaf("h2", "Support for staff, by employer");
    x.leaf("p", "Which support structures each kind of employer typically offers its staff. "
        + "“Not recorded” means the model does not list it for that employer.");
    x.open("table", "class", "matrix");
    x.leaf("caption", "Support structures by kind of employer");
    List<String> columns = new ArrayList<>(List.of("Kind of employer"));
    structures.forEach(s -> columns.add(s.replace('-', ' ')));
    header(x, columns.toArray(new String[0]));
    x.open("tbody");
    for (OrganisationType t : model.organisationTypes()) {
      x.open("tr").leaf("th", t.name(), "scope", "row");
      for (String s : structures) {
        SupportStructure found = t.supports().stream().filter(k -> k.structure().equals(s))
            .findFirst().orElse(null);
        if (found == null) {
          x.leaf("td", "✗ not recorded", "class", "no");
        } else {
          x.leaf("td", "✓ offered" + found.confidence().map(c -> " (" + c.toString() + ")")
              .orElse(""), "class", "yes");
        }
      }
      x.close();
    }
    x.close().close();
    x.close();
  }

  private static void coverage(Xml x, ReportContent content) {
    WorkforceModel model = content.model();
    int levels = model.scale().maxLevel();
    List<CompetencyCoverage> rows = new ArrayList<>(content.coverage().competencies().stream()
        .filter(c -> c.requiredLevel() > 0 || c.maxLevel() > 0).toList());
    rows.sort(Comparator.comparing((CompetencyCoverage c) -> !c.isShort()));
    boolean cut = rows.size() > HEATMAP_ROWS;
    if (cut) {
      rows = rows.subList(0, HEATMAP_ROWS);
    }
    Map<String, Competency> competencies = new HashMap<>();
    model.competencies().forEach(c -> competencies.put(c.id().value(), c));
    x.open("section", "id", "coverage");
    x.leaf("h2", "What the courses cover");
    x.leaf("p", "Each row is a competency, each column a proficiency level. Blue cells: some course "
        + "teaches the competency to that level. Orange cells marked “!”: roles need that level "
        + "but no course reaches it. Grey: not needed and not taught."
        + (cut ? " Only the first " + HEATMAP_ROWS + " competencies are drawn, those short of a "
            + "required level first." : ""));
    double cell = 26;
    double labelWidth = 330;
    double width = labelWidth + levels * cell + 20;
    double height = 40 + rows.size() * cell;
    x.open("div", "class", "scroll");
    x.open("svg", "xmlns", "http://www.w3.org/2000/svg", "role", "img", "aria-labelledby",
        "cov-title cov-desc", "width", Xml.num(width), "height", Xml.num(height), "viewBox",
        "0 0 " + Xml.num(width) + " " + Xml.num(height));
    x.leaf("title", "Course coverage by competency and level", "id", "cov-title");
    x.leaf("desc", content.coverage().uncovered().size() + " competencies are needed above the "
        + "level any course reaches; they are listed in the table below.", "id", "cov-desc");
    for (int l = 1; l <= levels; l++) {
      x.open("text", "x", Xml.num(labelWidth + (l - 0.5) * cell), "y", "24",
          "text-anchor", "middle", "class", "axis");
      x.leaf("title", "Level " + l + ": " + model.scale().name(l)).text(String.valueOf(l)).close();
    }
    for (int i = 0; i < rows.size(); i++) {
      CompetencyCoverage c = rows.get(i);
      double y = 32 + i * cell;
      Competency competency = competencies.get(c.competency().value());
      x.leaf("text", shorten(competency.name(), 48), "x", Xml.num(labelWidth - 8), "y",
          Xml.num(y + cell * 0.65), "text-anchor", "end", "class", "bar-label");
      for (int l = 1; l <= levels; l++) {
        boolean taught = c.maxLevel() >= l;
        boolean needed = c.requiredLevel() >= l;
        String cls = taught ? "taught" : needed ? "missing" : "none";
        x.open("rect", "x", Xml.num(labelWidth + (l - 1) * cell), "y", Xml.num(y), "width",
            Xml.num(cell - 2), "height", Xml.num(cell - 2), "class", "cell " + cls);
        x.leaf("title", competency.name() + ", level " + l + ": " + (taught ? "taught"
            : needed ? "needed but no course reaches it" : "not needed"));
        x.close();
        if (!taught && needed) {
          x.leaf("text", "!", "x", Xml.num(labelWidth + (l - 0.5) * cell - 1), "y",
              Xml.num(y + cell * 0.68), "text-anchor", "middle", "class", "mark");
        }
      }
    }
    x.close().close();
    x.open("table");
    x.leaf("caption", "Needed above the level any course reaches");
    header(x, "Competency", "Level needed", "Highest level taught", "Learned on the job");
    x.open("tbody");
    for (CompetencyCoverage c : content.coverage().uncovered()) {
      x.open("tr").leaf("th", competencies.get(c.competency().value()).name(), "scope", "row")
          .leaf("td", String.valueOf(c.requiredLevel())).leaf("td", String.valueOf(c.maxLevel()))
          .leaf("td", c.learnedOnTheJob() ? "yes" : "no").close();
    }
    x.close().close();
    content.coverage().noAdditions().ifPresent(why -> x.leaf("p", why));
    if (!content.coverage().bestAdditions().isEmpty()) {
      x.open("table");
      x.leaf("caption", "Courses worth adding: each would make these roles reachable by courses "
          + "and practice");
      header(x, "A course on", "Up to level", "Roles it completes");
      x.open("tbody");
      for (CoverageAddition a : content.coverage().bestAdditions()) {
        x.open("tr").leaf("th", competencies.get(a.competency().value()).name(), "scope", "row")
            .leaf("td", String.valueOf(a.level()))
            .leaf("td", String.join(", ", a.roles().stream().map(r -> model.role(r).title())
                .toList())).close();
      }
      x.close().close();
    }
    x.close();
  }

  private static void population(Xml x, ReportContent content,
      ReportContent.PopulationSection p) {
    WorkforceModel model = content.model();
    x.open("section", "id", "population");
    x.leaf("h2", "The workforce's readiness and training needs");
    List<Long> bands = p.readinessBands();
    long drawn = bands.stream().mapToLong(Long::longValue).sum();
    long withoutRole = p.people() - drawn;
    x.leaf("p", p.people() + (p.people() == 1 ? " person" : " people") + (withoutRole == 0
        ? (p.people() == 1 ? ", drawn below. " : ", all drawn below. ")
        : "; the chart shows the " + drawn + " with a role in the model, and leaves out the "
            + withoutRole + " without a role, as readiness is measured against a person's own "
            + "role. ")
        + "Readiness is the share of their own role's requirements a person meets at the "
        + "required level (a role with no requirements counts as fully met). Each bar counts the "
        + "people in one band of readiness; the number above it is that count.");
    long most = Math.max(1, bands.stream().mapToLong(Long::longValue).max().orElse(1));
    double left = 20;
    double top = 24;
    double chart = 180;
    double width = left + bands.size() * READINESS_PITCH + 20;
    double height = top + chart + 34;
    x.open("svg", "xmlns", "http://www.w3.org/2000/svg", "role", "img", "aria-labelledby",
        "ready-title ready-desc", "width", Xml.num(width), "height", Xml.num(height),
        "viewBox", "0 0 " + Xml.num(width) + " " + Xml.num(height));
    x.leaf("title", "People by readiness for their own role", "id", "ready-title");
    StringBuilder desc = new StringBuilder();
    for (int i = 0; i < bands.size(); i++) {
      desc.append(band(i)).append(": ").append(bands.get(i)).append(". ");
    }
    desc.append(drawn).append(drawn == 1 ? " person" : " people").append(" in all.");
    x.leaf("desc", desc.toString(), "id", "ready-desc");
    x.empty("line", "x1", Xml.num(left - 4), "x2", Xml.num(width - 16), "y1",
        Xml.num(top + chart), "y2", Xml.num(top + chart), "class", "baseline");
    for (int i = 0; i < bands.size(); i++) {
      double h = chart * bands.get(i) / most;
      double bx = left + i * READINESS_PITCH;
      double centre = bx + READINESS_BAR / 2;
      x.open("g", "class", "band");
      x.empty("rect", "x", Xml.num(bx), "y", Xml.num(top + chart - h), "width",
          Xml.num(READINESS_BAR), "height", Xml.num(h), "fill", "#009E73", "class", "bar");
      x.leaf("text", String.valueOf(bands.get(i)), "x", Xml.num(centre), "y",
          Xml.num(top + chart - h - 5), "text-anchor", "middle", "class", "bar-value");
      x.leaf("text", band(i), "x", Xml.num(centre), "y", Xml.num(top + chart + 18),
          "text-anchor", "middle", "class", "axis");
      x.close();
    }
    x.close();
    x.open("table");
    x.leaf("caption", "Most common training needs (people short of the level their role needs)");
    header(x, "Competency", "People short", "Level steps missing in all");
    x.open("tbody");
    int shown = 0;
    for (CompetencyNeed n : p.needs().competencies()) {
      if (shown++ == 15) {
        break;
      }
      x.open("tr").leaf("th", model.competency(n.competency()).name(), "scope", "row")
          .leaf("td", String.valueOf(n.peopleShort())).leaf("td", String.valueOf(n.totalShortfall()))
          .close();
    }
    x.close().close();
    x.close();
  }

  private static String band(int i) {
    return i == 10 ? "100%" : (i * 10) + "–" + (i * 10 + 9) + "%";
  }

  /** How many roles the outlook chart draws a line for; the rest are summed in one line. */
  static final int OUTLOOK_LINES = 7;

  /**
   * The roles the outlook chart draws, largest in the last year first (ties by model order), with
   * their headcount each year; beyond {@value #OUTLOOK_LINES} roles, one more line "other roles"
   * sums the rest. Roles with no one in any year are left out.
   */
  static List<Map.Entry<String, double[]>> outlookLines(WorkforceModel model,
      Projection projection) {
    List<RoleId> roles = new ArrayList<>();
    for (Role r : model.roles()) {
      if (!r.external() && projection.years().stream().anyMatch(y -> y.headcount(r.id()) > 0)) {
        roles.add(r.id());
      }
    }
    roles.sort(Comparator.comparingDouble((RoleId r) -> -projection.last().headcount(r)));
    List<Map.Entry<String, double[]>> lines = new ArrayList<>();
    double[] other = new double[projection.length() + 1];
    for (int i = 0; i < roles.size(); i++) {
      double[] h = new double[projection.length() + 1];
      for (int t = 0; t <= projection.length(); t++) {
        h[t] = projection.year(t).headcount(roles.get(i));
      }
      if (i < OUTLOOK_LINES || roles.size() == OUTLOOK_LINES + 1) {
        lines.add(Map.entry(model.role(roles.get(i)).title(), h));
      } else {
        for (int t = 0; t < h.length; t++) {
          other[t] += h[t];
        }
      }
    }
    if (roles.size() > OUTLOOK_LINES + 1) {
      lines.add(Map.entry("other roles (" + (roles.size() - OUTLOOK_LINES) + ")", other));
    }
    return lines;
  }

  private static void outlook(Xml x, WorkforceModel model, ReportContent.Outlook o) {
    Projection p = o.projection();
    int years = p.length();
    x.open("section", "id", "outlook");
    x.leaf("h2", "Workforce outlook");
    List<FlowParameter> assumed = o.assumed();
    x.leaf("p", "Expected headcounts over " + years + (years == 1 ? " year" : " years")
        + " from " + o.start() + ", if the model's rates of leaving, moving and recruitment hold. "
        + assumed.size() + " of the " + p.parameters().size() + " flow parameters are assumed, "
        + "not measured (listed below): read the figures as a scenario, not a forecast.");
    List<Map.Entry<String, double[]>> lines = outlookLines(model, p);
    double max = 1;
    for (Map.Entry<String, double[]> l : lines) {
      for (double v : l.getValue()) {
        max = Math.max(max, v);
      }
    }
    double left = 70;
    double top = 16;
    double chart = 220;
    double plot = 460;
    double legend = 300;
    double width = left + plot + 20 + legend;
    double height = top + chart + 40;
    x.open("svg", "xmlns", "http://www.w3.org/2000/svg", "role", "img", "aria-labelledby",
        "outlook-title outlook-desc", "width", Xml.num(width), "height", Xml.num(height),
        "viewBox", "0 0 " + Xml.num(width) + " " + Xml.num(height));
    x.leaf("title", "Expected headcount by role, year 0 to " + years, "id", "outlook-title");
    StringBuilder desc = new StringBuilder();
    for (Map.Entry<String, double[]> l : lines) {
      double[] h = l.getValue();
      desc.append(l.getKey()).append(": ").append(whole(h[0])).append(" in year 0, ")
          .append(whole(h[years])).append(" in year ").append(years).append(". ");
    }
    x.leaf("desc", desc.toString().strip(), "id", "outlook-desc");
    x.empty("line", "x1", Xml.num(left), "x2", Xml.num(left + plot), "y1", Xml.num(top + chart),
        "y2", Xml.num(top + chart), "class", "baseline");
    x.empty("line", "x1", Xml.num(left), "x2", Xml.num(left), "y1", Xml.num(top), "y2",
        Xml.num(top + chart), "class", "baseline");
    x.leaf("text", whole(max), "x", Xml.num(left - 6), "y", Xml.num(top + 4), "text-anchor",
        "end", "class", "axis");
    x.leaf("text", "0", "x", Xml.num(left - 6), "y", Xml.num(top + chart + 4), "text-anchor",
        "end", "class", "axis");
    x.leaf("text", "year 0", "x", Xml.num(left), "y", Xml.num(top + chart + 18),
        "text-anchor", "start", "class", "axis");
    x.leaf("text", "year " + years, "x", Xml.num(left + plot), "y",
        Xml.num(top + chart + 18), "text-anchor", "end", "class", "axis");
    for (int i = 0; i < lines.size(); i++) {
      double[] h = lines.get(i).getValue();
      StringBuilder points = new StringBuilder();
      for (int t = 0; t <= years; t++) {
        double px = left + plot * t / years;
        double py = top + chart - chart * h[t] / max;
        points.append(t == 0 ? "" : " ").append(Xml.num(px)).append(',').append(Xml.num(py));
      }
      String colour = Palette.colour(i);
      x.empty("polyline", "points", points.toString(), "fill", "none", "stroke", colour,
          "stroke-width", "2.5", "class", "outlook-line");
      double ly = top + 14 + i * 22;
      x.empty("rect", "x", Xml.num(left + plot + 20), "y", Xml.num(ly - 10), "width", "14",
          "height", "4", "fill", colour);
      x.leaf("text", shorten(lines.get(i).getKey(), 34) + " (" + whole(h[years]) + ")", "x",
          Xml.num(left + plot + 40), "y", Xml.num(ly - 4), "class", "legend-label");
    }
    x.close();
    Optional<StaffCost> cost = p.staffCost();
    String currency = model.currency();
    x.open("table");
    x.leaf("caption", "Headcount, staff cost and training, year by year (costs in " + currency
        + ")");
    header(x, "Year", "Headcount", "Staff cost", "Training places", "Training cost");
    x.open("tbody");
    for (int t = 0; t <= years; t++) {
      x.open("tr").leaf("th", String.valueOf(t), "scope", "row")
          .leaf("td", whole(p.year(t).headcount()))
          .leaf("td", cost.isPresent() ? whole(cost.get().year(t).total()) : "not costed")
          .leaf("td", t == 0 ? "–" : whole(o.demand().year(t).places()))
          .leaf("td", t == 0 ? "–" : whole(o.demand().year(t).cost())).close();
    }
    x.close().close();
    if (cost.isPresent() && !cost.get().uncosted().isEmpty()) {
      x.leaf("p", "Staff cost is headcount times the first pay figure the model lists for each "
          + "role; roles without one are not in it: " + cost.get().uncosted().stream()
              .map(r -> model.role(r).title()).collect(java.util.stream.Collectors.joining(", "))
          + ".");
    }
    if (!assumed.isEmpty()) {
      x.open("details");
      x.leaf("summary", "The " + assumed.size() + " assumed flow parameters");
      x.open("ul");
      for (FlowParameter a : assumed) {
        x.leaf("li", a.describe() + " = " + new java.math.BigDecimal(Double.toString(a.value()))
            .stripTrailingZeros().toPlainString() + a.notes().map(n -> ": " + n).orElse(""));
      }
      x.close().close();
    }
    x.close();
  }

  /** A count or amount rounded to a whole number, with thousands separators. */
  static String whole(double v) {
    return String.format(java.util.Locale.ROOT, "%,.0f", v);
  }

  private static void sources(Xml x, WorkforceModel model) {
    x.open("section", "id", "sources");
    x.leaf("h2", "Sources");
    x.leaf("p", "Where the model's facts come from. Each role, route, course and employer in the "
        + "model file carries its own sources and says whether it is verified, uncertain or "
        + "assumed" + model.confidence().map(c -> "; the model as a whole is marked "
            + c.toString()).orElse("") + ".");
    x.open("ul");
    model.sources().forEach(s -> x.leaf("li", s));
    x.close();
    x.leaf("p", "Produced by sp-pathways.", "class", "footer");
    x.close();
  }

  /** Breaks a text into at most {@code lines} lines of at most {@code width} characters. */
  static List<String> wrap(String text, int width, int lines) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        out.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : " ").append(word);
    }
    out.add(line.toString());
    if (out.size() > lines) {
      List<String> cut = new ArrayList<>(out.subList(0, lines));
      cut.set(lines - 1, shorten(cut.get(lines - 1) + " " + out.get(lines), width));
      out = cut;
    }
    out.replaceAll(l -> shorten(l, width));
    return out;
  }

  static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private static final String STYLE = String.join("\n",
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;",
      "margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1a1a1a;line-height:1.45}",
      "h1{font-size:1.8rem;margin-bottom:.2rem}h2{margin-top:2.5rem;border-bottom:2px solid #0072B2}",
      ".lead{font-size:1.1rem}.counts{color:#444}",
      "table{border-collapse:collapse;margin:1rem 0;font-size:.92rem}",
      "caption{text-align:left;font-weight:600;padding:.3rem 0}",
      "th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}",
      "thead th{background:#f2f2f2}",
      "td.yes{background:#e6f2fa}td.no{background:#fbe9dd}",
      ".scroll{overflow-x:auto}svg.map{display:block;margin:0 auto;max-width:100%;height:auto}",
      ".wide{width:calc(100vw - 3rem);margin-left:calc(50% - 50vw + 1.5rem)}",
      ".legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem 1.2rem}",
      ".swatch{display:inline-block;width:1rem;height:1rem;border:1px solid #555;vertical-align:middle}",
      ".swatch.external{background:#fff}",
      ".route{fill:none;stroke:#333;stroke-width:1.3}",
      ".route.lateral{stroke-dasharray:6 4}.route.specialisation{stroke-dasharray:2 3}",
      ".route.entry{stroke:#9a9a9a}",
      ".node{stroke:#222;stroke-width:1}.node.external{stroke-dasharray:4 2}",
      ".node-label{font-size:11px}.row-label,.axis{font-size:12px;fill:#444}",
      ".row-rule{stroke:#e5e5e5}.baseline{stroke:#444}.row-label.more{fill:#999}",
      ".bar-label,.bar-value{font-size:12px}",
      ".cell.taught{fill:#0072B2}.cell.missing{fill:#E69F00}.cell.none{fill:#eeeeee}",
      ".mark{font-size:14px;font-weight:700;fill:#000}",
      ".footer{color:#666;font-size:.85rem}",
      "@media print{body{margin:0;max-width:none}nav{display:none}.scroll{overflow:visible}",
      ".wide{width:auto;margin-left:0}",
      "h2{page-break-before:always}details{display:block}}");
}
