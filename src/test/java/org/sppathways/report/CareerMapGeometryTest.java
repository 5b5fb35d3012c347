package org.sppathways.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sppathways.model.Role;
import org.sppathways.model.WorkforceModel;
import org.sppathways.reference.ReferenceModels;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The career map of the bundled model read as a picture: from the SVG's own geometry (the boxes'
 * rectangles and the routes' path data, curves flattened into short segments) it counts the
 * crossings a reader has to untangle, and fails if they grow beyond the figures measured when the
 * layout was made.
 *
 * <p>Two measures: <em>edge crossings</em>, pairs of routes without a shared role whose drawn lines
 * cross, and <em>edges over boxes</em>, pairs of a route and a box other than its two ends where
 * the line passes through the box. Before the layered layout with routes through the gaps, the map
 * of the bundled model had 148 edge crossings and 54 routes over boxes; now 42 and 0.
 */
class CareerMapGeometryTest {
  /** Measured on the bundled model with this layout; the map must not get worse. */
  static final int MAX_EDGE_CROSSINGS = 42;
  static final int MAX_EDGES_OVER_BOXES = 0;

  private static final WorkforceModel MODEL = ReferenceModels.socialPrescribing();
  private static Picture picture;

  record Box(String role, double x, double y, double width, double height, String fill) {
    boolean containsInside(double px, double py, double inset) {
      return px > x + inset && px < x + width - inset && py > y + inset && py < y + height - inset;
    }
  }

  record Route(String from, String to, List<double[]> points) {}

  record Picture(List<Box> boxes, List<Route> routes, Document doc) {}

  @BeforeAll
  static void draw() throws Exception {
    picture = read(MODEL);
  }

  static Picture read(WorkforceModel model) throws Exception {
    StringWriter out = new StringWriter();
    HtmlReport.write(Reports.of(model), out);
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(
        new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
    XPath xp = XPathFactory.newInstance().newXPath();
    NodeList roles = (NodeList) xp.evaluate("//*[local-name()='g' and @class='role']", doc,
        XPathConstants.NODESET);
    List<Box> boxes = new ArrayList<>();
    for (int i = 0; i < roles.getLength(); i++) {
      Element g = (Element) roles.item(i);
      Element rect = (Element) xp.evaluate("./*[local-name()='rect']", g, XPathConstants.NODE);
      boxes.add(new Box(g.getAttribute("data-role"), d(rect, "x"), d(rect, "y"),
          d(rect, "width"), d(rect, "height"), rect.getAttribute("fill")));
    }
    NodeList paths = (NodeList) xp.evaluate(
        "//*[local-name()='g' and @class='routes']/*[local-name()='path']", doc,
        XPathConstants.NODESET);
    List<Route> routes = new ArrayList<>();
    for (int i = 0; i < paths.getLength(); i++) {
      List<double[]> points = flatten(((Element) paths.item(i)).getAttribute("d"));
      routes.add(new Route(boxAt(boxes, points.get(0)), boxAt(boxes,
          points.get(points.size() - 1)), points));
    }
    return new Picture(boxes, routes, doc);
  }

  private static double d(Element e, String attribute) {
    return Double.parseDouble(e.getAttribute(attribute));
  }

  /** The role whose box (grown by 2 units) holds a route's end. */
  private static String boxAt(List<Box> boxes, double[] p) {
    return boxes.stream().filter(b -> p[0] >= b.x() - 2 && p[0] <= b.x() + b.width() + 2
        && p[1] >= b.y() - 2 && p[1] <= b.y() + b.height() + 2).map(Box::role).findFirst()
        .orElseThrow(() -> new AssertionError("a route ends away from every box at "
            + p[0] + "," + p[1]));
  }

  /** Absolute M, L, Q and C commands as a polyline, each curve cut into 32 segments. */
  static List<double[]> flatten(String d) {
    String[] t = d.trim().replace(",", " ").split("\\s+");
    List<double[]> out = new ArrayList<>();
    double[] at = null;
    int i = 0;
    char command = 'M';
    while (i < t.length) {
      if (Character.isLetter(t[i].charAt(0))) {
        command = t[i++].charAt(0);
      }
      switch (command) {
        case 'M', 'L' -> {
          at = new double[] {Double.parseDouble(t[i]), Double.parseDouble(t[i + 1])};
          out.add(at);
          i += 2;
        }
        case 'Q' -> {
          double[] c = {Double.parseDouble(t[i]), Double.parseDouble(t[i + 1])};
          double[] e = {Double.parseDouble(t[i + 2]), Double.parseDouble(t[i + 3])};
          for (int k = 1; k <= 32; k++) {
            double s = k / 32.0;
            double u = 1 - s;
            out.add(new double[] {u * u * at[0] + 2 * u * s * c[0] + s * s * e[0],
                u * u * at[1] + 2 * u * s * c[1] + s * s * e[1]});
          }
          at = e;
          i += 4;
        }
        case 'C' -> {
          double[] c1 = {Double.parseDouble(t[i]), Double.parseDouble(t[i + 1])};
          double[] c2 = {Double.parseDouble(t[i + 2]), Double.parseDouble(t[i + 3])};
          double[] e = {Double.parseDouble(t[i + 4]), Double.parseDouble(t[i + 5])};
          for (int k = 1; k <= 32; k++) {
            double s = k / 32.0;
            double u = 1 - s;
            out.add(new double[] {
                u * u * u * at[0] + 3 * u * u * s * c1[0] + 3 * u * s * s * c2[0] + s * s * s * e[0],
                u * u * u * at[1] + 3 * u * u * s * c1[1] + 3 * u * s * s * c2[1] + s * s * s * e[1]});
          }
          at = e;
          i += 6;
        }
        default -> throw new AssertionError("unexpected path command " + command + " in " + d);
      }
    }
    return out;
  }

  private static boolean segmentsCross(double[] a, double[] b, double[] c, double[] e) {
    double d1 = cross(c, e, a);
    double d2 = cross(c, e, b);
    double d3 = cross(a, b, c);
    double d4 = cross(a, b, e);
    return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
  }

  private static double cross(double[] o, double[] p, double[] q) {
    return (p[0] - o[0]) * (q[1] - o[1]) - (p[1] - o[1]) * (q[0] - o[0]);
  }

  static boolean linesCross(List<double[]> a, List<double[]> b) {
    for (int i = 0; i + 1 < a.size(); i++) {
      for (int j = 0; j + 1 < b.size(); j++) {
        if (segmentsCross(a.get(i), a.get(i + 1), b.get(j), b.get(j + 1))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the line enters the box's inside (1 unit in from its border). */
  static boolean passesThrough(List<double[]> line, Box box) {
    for (int i = 0; i + 1 < line.size(); i++) {
      double[] p = line.get(i);
      double[] q = line.get(i + 1);
      for (int k = 0; k <= 8; k++) {
        double s = k / 8.0;
        if (box.containsInside(p[0] + s * (q[0] - p[0]), p[1] + s * (q[1] - p[1]), 1)) {
          return true;
        }
      }
    }
    return false;
  }

  static int edgeCrossings(Picture p) {
    int n = 0;
    for (int i = 0; i < p.routes().size(); i++) {
      for (int j = i + 1; j < p.routes().size(); j++) {
        Route a = p.routes().get(i);
        Route b = p.routes().get(j);
        boolean shareARole = a.from().equals(b.from()) || a.from().equals(b.to())
            || a.to().equals(b.from()) || a.to().equals(b.to());
        if (!shareARole && linesCross(a.points(), b.points())) {
          n++;
        }
      }
    }
    return n;
  }

  static int edgesOverBoxes(Picture p) {
    int n = 0;
    for (Route r : p.routes()) {
      for (Box b : p.boxes()) {
        if (!b.role().equals(r.from()) && !b.role().equals(r.to())
            && passesThrough(r.points(), b)) {
          n++;
        }
      }
    }
    return n;
  }

  @Test
  void everyRouteRunsFromItsSourceBoxToItsTargetBox() {
    Map<String, Integer> expected = new HashMap<>();
    MODEL.routes().forEach(r -> expected.merge(r.from().value() + ">" + r.to().value(), 1,
        Integer::sum));
    Map<String, Integer> drawn = new HashMap<>();
    picture.routes().forEach(r -> drawn.merge(r.from() + ">" + r.to(), 1, Integer::sum));

    assertThat(drawn).isEqualTo(expected);
  }

  @Test
  void edgeCrossingsDoNotGrow() {
    int crossings = edgeCrossings(picture);
    System.out.println("career map of the bundled model: " + crossings + " edge crossings");

    assertThat(crossings).isLessThanOrEqualTo(MAX_EDGE_CROSSINGS);
  }

  @Test
  void routesOverBoxesDoNotGrow() {
    int over = edgesOverBoxes(picture);
    System.out.println("career map of the bundled model: " + over + " routes over boxes");

    assertThat(over).isLessThanOrEqualTo(MAX_EDGES_OVER_BOXES);
  }

  @Test
  void boxesDoNotOverlap() {
    List<Box> boxes = picture.boxes();
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        Box a = boxes.get(i);
        Box b = boxes.get(j);
        boolean apart = a.x() + a.width() <= b.x() || b.x() + b.width() <= a.x()
            || a.y() + a.height() <= b.y() || b.y() + b.height() <= a.y();
        assertThat(apart).as(a.role() + " and " + b.role()).isTrue();
      }
    }
  }

  /**
   * Colour means the role's family, as the legend says: every workforce box has its family's
   * legend colour, and different families different colours. Today boxes are coloured by the
   * first employer listed for the role, so a link worker and a care coordinator (both listed
   * first for primary care networks) share a colour while the legend has no word for families.
   */
  @Test
  void boxesAreColouredByFamilyAsTheLegendSays() throws Exception {
    XPath xp = XPathFactory.newInstance().newXPath();
    Map<String, String> legend = new HashMap<>();
    NodeList items = (NodeList) xp.evaluate("//ul[@class='legend']/li[@data-family]",
        picture.doc(), XPathConstants.NODESET);
    for (int i = 0; i < items.getLength(); i++) {
      Element li = (Element) items.item(i);
      Element swatch = (Element) xp.evaluate("./span", li, XPathConstants.NODE);
      legend.put(li.getAttribute("data-family"),
          swatch.getAttribute("style").replace("background:", ""));
      assertThat(li.getTextContent().strip())
          .isEqualTo(HtmlReport.familyName(li.getAttribute("data-family")));
    }
    Map<String, Box> byRole = new HashMap<>();
    picture.boxes().forEach(b -> byRole.put(b.role(), b));

    assertThat(legend.keySet()).containsExactlyInAnyOrder("social-prescribing", "supervision",
        "care-coordination", "health-coaching", "community-health-and-wellbeing");
    assertThat(new java.util.HashSet<>(legend.values())).hasSize(legend.size());
    for (Role role : MODEL.roles()) {
      String fill = byRole.get(role.id().value()).fill();
      if (role.external()) {
        assertThat(fill).as(role.id().value()).isEqualTo("#FFFFFF");
      } else {
        assertThat(fill).as(role.id().value()).isEqualTo(legend.get(role.family().orElseThrow()));
      }
    }
    assertThat(byRole.get("link-worker").fill()).isNotEqualTo(byRole.get("care-coordinator").fill());
  }

  /** With more families than colours can keep apart, no box is coloured and the prose says so. */
  @Test
  void tooManyFamiliesLeavesTheBoxesNeutral() throws Exception {
    var b = WorkforceModel.builder().name("many families").scale(MODEL.scale())
        .addCompetencies(MODEL.competencies()).addOrganisationTypes(MODEL.organisationTypes())
        .addRoutes(MODEL.routes()).addCourses(MODEL.courses());
    int i = 0;
    for (Role role : MODEL.roles()) {
      b.addRole(Role.builder().from(role).family("family-" + i++).build());
    }
    WorkforceModel many = b.build();
    Picture p = read(many);
    XPath xp = XPathFactory.newInstance().newXPath();

    assertThat(p.boxes().stream().filter(x -> !x.fill().equals("#FFFFFF")).map(Box::fill)
        .distinct()).containsExactly(HtmlReport.NEUTRAL);
    assertThat(xp.evaluate("//section[@id='map']/p[1]", p.doc()))
        .contains("Boxes are not coloured: the model has 20 role families");
    assertThat(((NodeList) xp.evaluate("//ul[@class='legend']/li[@data-family]", p.doc(),
        XPathConstants.NODESET)).getLength()).isZero();
  }

  /** Height means seniority: a more senior role is drawn higher, outside professions lowest. */
  @Test
  void moreSeniorRolesAreDrawnHigher() {
    Map<String, Box> byRole = new HashMap<>();
    picture.boxes().forEach(b -> byRole.put(b.role(), b));
    for (Role a : MODEL.roles()) {
      for (Role b : MODEL.roles()) {
        Box boxA = byRole.get(a.id().value());
        Box boxB = byRole.get(b.id().value());
        if (!a.external() && b.external()) {
          assertThat(boxA.y()).as(a.id() + " above " + b.id()).isLessThan(boxB.y());
        } else if (!a.external() && !b.external() && a.seniority().isPresent()
            && b.seniority().isPresent() && a.seniority().getAsInt() > b.seniority().getAsInt()) {
          assertThat(boxA.y()).as(a.id() + " above " + b.id()).isLessThan(boxB.y());
        }
      }
    }
  }
}
