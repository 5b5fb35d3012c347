package org.sppathways.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.WorkforceModel;

/**
 * A layered drawing of the career graph: one row per seniority (most senior at the top), external
 * professions in a row of their own at the bottom, roles without seniority just above them.
 * Within a row, roles are ordered to reduce crossings by a few barycentre sweeps (Sugiyama,
 * Tagawa and Toda 1981), ties by id; a row of more than {@value #PER_LINE} roles wraps onto
 * further lines. Coordinates are in drawing units.
 *
 * <p>Complexity: O(s · (R log R + E)) for s sweeps, R roles and E routes. Immutable.
 *
 * @param nodes the roles with their positions, in model order
 * @param edges the routes, in model order
 * @param width the drawing width
 * @param height the drawing height
 * @param rows the row labels from top to bottom with their y coordinate
 */
public record CareerMap(List<Node> nodes, List<Edge> edges, double width, double height,
    List<Row> rows) {

  /** Validates and copies the components. */
  public CareerMap {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
    rows = List.copyOf(rows);
  }

  /**
   * A role placed on the map.
   *
   * @param role the role
   * @param title its title
   * @param x centre x
   * @param y centre y
   * @param colourKey the organisation type that colours it (its first offering type), or
   *     {@code ""} for none
   * @param external whether it is an external profession
   */
  public record Node(RoleId role, String title, double x, double y, String colourKey,
      boolean external) {
    /** Validates the components. */
    public Node {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(colourKey, "colourKey");
    }
  }

  /**
   * A route drawn between two nodes.
   *
   * @param from the source role
   * @param to the target role
   * @param kind the route kind (styles the line)
   * @param months the route's months
   */
  public record Edge(RoleId from, RoleId to, RouteKind kind, int months) {
    /** Validates the components. */
    public Edge {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(kind, "kind");
    }
  }

  /**
   * A labelled row.
   *
   * @param label the label, e.g. {@code Seniority 5}
   * @param y the row's y coordinate
   */
  public record Row(String label, double y) {
    /** Validates the components. */
    public Row {
      Objects.requireNonNull(label, "label");
    }
  }

  static final double NODE_WIDTH = 160;
  static final double NODE_HEIGHT = 38;
  static final double GAP_X = 24;
  static final double ROW_HEIGHT = 110;
  static final double MARGIN_LEFT = 120;
  static final double MARGIN = 30;
  /** The most boxes on one line; a wider seniority band wraps onto further lines. */
  static final int PER_LINE = 6;

  /** Lays out a model's roles and routes. */
  public static CareerMap of(WorkforceModel model) {
    // Row key: seniority (higher first), then "no seniority", then external.
    TreeMap<Integer, List<Role>> rows = new TreeMap<>(Comparator.reverseOrder());
    for (Role role : model.roles()) {
      int key = role.external() ? -2 : role.seniority().isPresent() ? role.seniority().getAsInt() : -1;
      rows.computeIfAbsent(key, k -> new ArrayList<>()).add(role);
    }
    List<List<Role>> layers = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    rows.forEach((key, roles) -> {
      roles.sort(Comparator.comparing(r -> r.id()));
      layers.add(roles);
      labels.add(key == -2 ? "External" : key == -1 ? "No seniority" : "Seniority " + key);
    });
    Map<RoleId, Double> position = new HashMap<>();
    for (List<Role> layer : layers) {
      for (int i = 0; i < layer.size(); i++) {
        position.put(layer.get(i).id(), (double) i);
      }
    }
    Map<RoleId, List<RoleId>> neighbours = new HashMap<>();
    for (ProgressionRoute route : model.routes()) {
      neighbours.computeIfAbsent(route.from(), k -> new ArrayList<>()).add(route.to());
      neighbours.computeIfAbsent(route.to(), k -> new ArrayList<>()).add(route.from());
    }
    for (int sweep = 0; sweep < 6; sweep++) {
      for (List<Role> layer : layers) {
        Map<RoleId, Double> barycentre = new HashMap<>();
        for (Role role : layer) {
          List<RoleId> near = neighbours.getOrDefault(role.id(), List.of());
          barycentre.put(role.id(), near.isEmpty() ? position.get(role.id())
              : near.stream().mapToDouble(position::get).average().orElse(0));
        }
        layer.sort(Comparator.comparingDouble((Role r) -> barycentre.get(r.id()))
            .thenComparing(Role::id));
        for (int i = 0; i < layer.size(); i++) {
          position.put(layer.get(i).id(), (double) i);
        }
      }
    }
    int widest = Math.min(PER_LINE, layers.stream().mapToInt(List::size).max().orElse(1));
    double width = MARGIN_LEFT + widest * (NODE_WIDTH + GAP_X) + MARGIN;
    Map<RoleId, Node> placed = new HashMap<>();
    List<Row> rowList = new ArrayList<>();
    double y = MARGIN + ROW_HEIGHT / 2;
    for (int l = 0; l < layers.size(); l++) {
      List<Role> layer = layers.get(l);
      for (int start = 0; start < layer.size(); start += PER_LINE) {
        List<Role> line = layer.subList(start, Math.min(layer.size(), start + PER_LINE));
        rowList.add(new Row(start == 0 ? labels.get(l) : "", y));
        double offset = (widest - line.size()) * (NODE_WIDTH + GAP_X) / 2;
        for (int i = 0; i < line.size(); i++) {
          Role role = line.get(i);
          double x = MARGIN_LEFT + offset + i * (NODE_WIDTH + GAP_X) + NODE_WIDTH / 2;
          placed.put(role.id(), new Node(role.id(), role.title(), x, y,
              role.offeredBy().isEmpty() ? "" : role.offeredBy().get(0).value(), role.external()));
        }
        y += start + PER_LINE < layer.size() ? ROW_HEIGHT * 0.6 : ROW_HEIGHT;
      }
    }
    double height = y - ROW_HEIGHT / 2 + MARGIN;
    List<Node> nodes = new ArrayList<>();
    model.roles().forEach(r -> nodes.add(placed.get(r.id())));
    List<Edge> edges = new ArrayList<>();
    model.routes().forEach(r -> edges.add(new Edge(r.from(), r.to(), r.kind(), r.months())));
    return new CareerMap(nodes, edges, width, height, rowList);
  }
}
