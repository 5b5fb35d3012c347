package org.sppathways.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Role;
import org.sppathways.model.RoleId;
import org.sppathways.model.RouteKind;
import org.sppathways.model.WorkforceModel;

/**
 * A layered drawing of the career graph in which height means seniority and routes run between
 * the boxes, not over them.
 *
 * <p>Rows: one per seniority, most senior at the top, then roles without a seniority, then the
 * outside professions people enter from at the bottom; a row of more than {@value #PER_LINE}
 * roles wraps onto further lines, each a layer of its own, roles with routes to higher rows on
 * its upper lines and roles with routes to lower rows on its lower lines. The rows are given by
 * the model, so the layered (Sugiyama, Tagawa and Toda 1981) drawing keeps them and does the rest
 * of the method:
 * <ol>
 *   <li>a route that spans more than one layer gets a dummy point in every layer between, so it is
 *       drawn through the gaps between the boxes of those layers (Gansner et al. 1993);
 *   <li>within each layer the boxes and dummy points are ordered by barycentre sweeps, down and
 *       up, each followed by adjacent transpositions, keeping the order with the fewest crossings
 *       between adjacent layers (counted exactly as inversions, Barth, Jünger and Mutzel 2002) plus
 *       the boxes that same-row routes jump over;
 *   <li>x coordinates pull every box and dummy point towards the mean of its neighbours in the
 *       layers above and below (and, at {@value #COMPACTNESS} of that weight, towards the middle
 *       of the drawing, which keeps it narrow), keeping the order and the spacing: each pass solves
 *       that least-squares problem exactly by pool-adjacent-violators;
 *   <li>routes leave and enter a box at points spread along its top or bottom edge, in the order
 *       of where they go, so they do not cross at the box.
 * </ol>
 * Ties are broken by role id and route order, so the same model always gives the same drawing.
 * Coordinates are in drawing units (SVG user units), y growing downwards.
 *
 * <p>Why not a layout library: the rows are fixed by seniority and routes within a row are common
 * (lateral moves), which Eclipse ELK's layered algorithm does not keep (its interactive layering
 * moves the target of a same-layer edge to the next layer) and which would cost an embedder seven
 * more jars (5.5 MB: ELK core, layered, common and graph, EMF ecore, common and xmi); JGraphT's
 * two-layer barycentre layout puts every vertex without a neighbour first in its layer, which
 * undoes a sweep. What is left of the method for fixed layers is this class.
 *
 * <p>Colour is left to the writer; the map gives each role's family (a property of the role
 * itself) and {@link #families()} lists the families of the workforce's roles, in model order.
 *
 * <p>Complexity: O(s · (N log N + S log S)) for s = {@value #SWEEPS} sweeps over N boxes and
 * dummy points and S route segments between adjacent layers; transpositions add
 * O(s · N · d²) for a mean degree d and run only while N ≤ {@value #TRANSPOSE_LIMIT}. Dummy points
 * are made only while there would be at most {@value #MAX_DUMMIES}; beyond that (a model of
 * hundreds of roles and thousands of routes, which no map makes readable) long routes are drawn
 * straight from box to box. Immutable and thread-safe.
 *
 * <pre>{@code
 * CareerMap map = CareerMap.of(ReferenceModels.socialPrescribing());
 * map.edges().get(0).points(); // where the first route is drawn, from its source box to its target
 * }</pre>
 *
 * @param nodes the roles with their positions, in model order
 * @param edges the routes with the points they are drawn through, in model order
 * @param width the drawing width
 * @param height the drawing height
 * @param rows the row labels from top to bottom with their y coordinate ({@code ""} for a
 *     continuation line of a wrapped row)
 * @param families the distinct families of the model's workforce (not external) roles, in model
 *     order; roles without a family are not listed
 *
 * @since 0.1.0
 */
public record CareerMap(List<Node> nodes, List<Edge> edges, double width, double height,
    List<Row> rows, List<String> families) {

  /** Validates and copies the components. */
  public CareerMap {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
    rows = List.copyOf(rows);
    families = List.copyOf(families);
  }

  /**
   * A role placed on the map.
   *
   * @param role the role
   * @param title its title
   * @param x centre x
   * @param y centre y
   * @param family the role's family, {@code ""} when the model gives none
   * @param external whether it is an external profession
   */
  public record Node(RoleId role, String title, double x, double y, String family,
      boolean external) {
    /** Validates the components. */
    public Node {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(family, "family");
    }
  }

  /**
   * A point of the drawing.
   *
   * @param x x coordinate
   * @param y y coordinate
   */
  public record Point(double x, double y) {}

  /**
   * A route and where it is drawn.
   *
   * <p>{@code points} runs from a point on the source box's edge to a point on the target box's
   * edge. Between two consecutive points with the same x the line is straight (it passes through a
   * row between two boxes); between two with the same y it is an arc above them (a move within
   * one row, from box top to box top); otherwise it is a curve that leaves and arrives vertically,
   * in the open space between two rows.
   *
   * @param from the source role
   * @param to the target role
   * @param kind the route kind (styles the line)
   * @param months the route's months
   * @param points where the line runs ({@link #of} gives at least two)
   */
  public record Edge(RoleId from, RoleId to, RouteKind kind, int months, List<Point> points) {
    /** Validates and copies the components. */
    public Edge {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(kind, "kind");
      points = List.copyOf(points);
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
  /** Space between two boxes of a layer. */
  static final double GAP_X = 16;
  /** Space between a box and a route passing it, and between two passing routes. */
  static final double GAP_ROUTE = 8;
  static final double ROW_HEIGHT = 110;
  /** Distance between the lines of a wrapped row. */
  static final double LINE_HEIGHT = 84;
  static final double MARGIN_LEFT = 120;
  static final double MARGIN = 30;
  /** The most boxes on one line; a wider seniority band wraps onto further lines. */
  static final int PER_LINE = 5;
  static final int SWEEPS = 24;
  static final int MAX_DUMMIES = 20_000;
  static final int TRANSPOSE_LIMIT = 3_000;
  /** How strongly every item is also pulled towards the middle, keeping the drawing narrow. */
  static final double COMPACTNESS = 0.3;
  /** Passes of the coordinate assignment. */
  private static final int PLACEMENT_PASSES = 12;

  /** Lays out a model's roles and routes. */
  public static CareerMap of(WorkforceModel model) {
    Objects.requireNonNull(model, "model");
    return new Layout(model).build();
  }

  /** The mutable working state of one layout; confined to {@link #of}. */
  private static final class Layout {
    private final WorkforceModel model;
    private final int roles;
    /** Layers from top to bottom: items (role indices, then dummies from {@code roles} on). */
    private final List<int[]> layers = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final List<Boolean> firstLines = new ArrayList<>();
    private int[] layerOf;
    private double[] pos;
    private double[] x;
    /** Per route: its chain of items from source to target. */
    private final List<int[]> chains = new ArrayList<>();
    /** Neighbours of each item in the layer above and below. */
    private List<List<Integer>> up;
    private List<List<Integer>> down;
    /** Same-layer routes (pairs of role items). */
    private final List<int[]> inLayer = new ArrayList<>();
    /** Per role: the same-layer routes that touch it. */
    private final List<List<int[]>> inLayerOf = new ArrayList<>();

    Layout(WorkforceModel model) {
      this.model = model;
      this.roles = model.roles().size();
    }

    CareerMap build() {
      layer();
      chain();
      order();
      place();
      return draw();
    }

    /** Bands by seniority, ordered once by barycentre, then wrapped into lines. */
    private void layer() {
      TreeMap<Integer, List<Integer>> bands = new TreeMap<>(Comparator.reverseOrder());
      for (int r = 0; r < roles; r++) {
        Role role = model.roles().get(r);
        int key = role.external() ? -2 : role.seniority().isPresent()
            ? role.seniority().getAsInt() : -1;
        bands.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
      }
      List<List<Integer>> bandList = new ArrayList<>();
      List<String> bandLabels = new ArrayList<>();
      bands.forEach((key, members) -> {
        members.sort(Comparator.comparing(r -> model.roles().get(r).id()));
        bandList.add(members);
        bandLabels.add(key == -2 ? "External" : key == -1 ? "No seniority" : "Seniority " + key);
      });
      preorder(bandList);
      int[] bandOf = new int[roles];
      for (int b = 0; b < bandList.size(); b++) {
        for (int r : bandList.get(b)) {
          bandOf[r] = b;
        }
      }
      // upward pull: routes to higher bands (drawn above) minus routes to lower bands
      int[] pull = new int[roles];
      for (ProgressionRoute route : model.routes()) {
        int a = model.roleIndex(route.from());
        int c = model.roleIndex(route.to());
        pull[a] += Integer.signum(bandOf[a] - bandOf[c]);
        pull[c] += Integer.signum(bandOf[c] - bandOf[a]);
      }
      for (int b = 0; b < bandList.size(); b++) {
        List<Integer> band = bandList.get(b);
        int lines = (band.size() + PER_LINE - 1) / PER_LINE;
        // roles linked upwards on the upper lines, downwards on the lower, so that fewer routes
        // pass through a line of their own band; within a line the band's order is kept
        List<Integer> byPull = new ArrayList<>(band);
        byPull.sort(Comparator.comparingInt((Integer r) -> -pull[r])
            .thenComparingInt(band::indexOf));
        int[] lineOf = new int[roles];
        for (int k = 0, line = 0, filled = 0; k < byPull.size(); k++) {
          int size = band.size() / lines + (line < band.size() % lines ? 1 : 0);
          lineOf[byPull.get(k)] = line;
          if (++filled == size) {
            line++;
            filled = 0;
          }
        }
        for (int line = 0; line < lines; line++) {
          List<Integer> members = new ArrayList<>();
          for (int r : band) {
            if (lineOf[r] == line) {
              members.add(r);
            }
          }
          layers.add(members.stream().mapToInt(Integer::intValue).toArray());
          labels.add(line == 0 ? bandLabels.get(b) : "");
          firstLines.add(line == 0);
        }
      }
    }

    /**
     * Orders each whole band by the barycentre of all its roles' neighbours, so that wrapping it
     * into lines keeps related roles near each other.
     */
    private void preorder(List<List<Integer>> bands) {
      double[] p = new double[roles];
      List<List<Integer>> near = new ArrayList<>();
      for (int r = 0; r < roles; r++) {
        near.add(new ArrayList<>());
      }
      for (ProgressionRoute route : model.routes()) {
        int a = model.roleIndex(route.from());
        int b = model.roleIndex(route.to());
        near.get(a).add(b);
        near.get(b).add(a);
      }
      for (List<Integer> band : bands) {
        for (int i = 0; i < band.size(); i++) {
          p[band.get(i)] = (double) i / Math.max(1, band.size() - 1);
        }
      }
      for (int sweep = 0; sweep < 6; sweep++) {
        for (List<Integer> band : bands) {
          double[] key = new double[roles];
          for (int r : band) {
            key[r] = near.get(r).isEmpty() ? p[r]
                : near.get(r).stream().mapToDouble(n -> p[n]).average().orElse(p[r]);
          }
          band.sort(Comparator.comparingDouble((Integer r) -> key[r])
              .thenComparing(r -> model.roles().get(r).id()));
          for (int i = 0; i < band.size(); i++) {
            p[band.get(i)] = (double) i / Math.max(1, band.size() - 1);
          }
        }
      }
    }

    /** Gives every route its chain of items, with a dummy in each layer it passes. */
    private void chain() {
      int[] roleLayer = new int[roles];
      for (int l = 0; l < layers.size(); l++) {
        for (int r : layers.get(l)) {
          roleLayer[r] = l;
        }
      }
      long spans = 0;
      for (ProgressionRoute route : model.routes()) {
        spans += Math.max(0, Math.abs(roleLayer[model.roleIndex(route.from())]
            - roleLayer[model.roleIndex(route.to())]) - 1);
      }
      boolean dummies = spans <= MAX_DUMMIES;
      int items = roles + (dummies ? (int) spans : 0);
      layerOf = new int[items];
      System.arraycopy(roleLayer, 0, layerOf, 0, roles);
      up = new ArrayList<>();
      down = new ArrayList<>();
      for (int i = 0; i < items; i++) {
        up.add(new ArrayList<>());
        down.add(new ArrayList<>());
      }
      List<List<Integer>> extra = new ArrayList<>();
      for (int l = 0; l < layers.size(); l++) {
        extra.add(new ArrayList<>());
      }
      for (int r = 0; r < roles; r++) {
        inLayerOf.add(new ArrayList<>());
      }
      int next = roles;
      for (ProgressionRoute route : model.routes()) {
        int a = model.roleIndex(route.from());
        int b = model.roleIndex(route.to());
        int la = roleLayer[a];
        int lb = roleLayer[b];
        if (la == lb) {
          int[] pair = {a, b};
          chains.add(pair);
          inLayer.add(pair);
          inLayerOf.get(a).add(pair);
          if (b != a) {
            inLayerOf.get(b).add(pair);
          }
          continue;
        }
        int step = Integer.signum(lb - la);
        List<Integer> chain = new ArrayList<>(List.of(a));
        if (dummies) {
          for (int l = la + step; l != lb; l += step) {
            layerOf[next] = l;
            extra.get(l).add(next);
            chain.add(next++);
          }
        }
        chain.add(b);
        for (int i = 0; i + 1 < chain.size(); i++) {
          link(chain.get(i), chain.get(i + 1));
        }
        chains.add(chain.stream().mapToInt(Integer::intValue).toArray());
      }
      for (int l = 0; l < layers.size(); l++) {
        // dummies start beside the boxes; the sweeps move them
        int[] merged = Arrays.copyOf(layers.get(l), layers.get(l).length + extra.get(l).size());
        for (int i = 0; i < extra.get(l).size(); i++) {
          merged[layers.get(l).length + i] = extra.get(l).get(i);
        }
        layers.set(l, merged);
      }
      pos = new double[items];
      numberPositions();
    }

    private void link(int a, int b) {
      if (layerOf[a] < layerOf[b]) {
        down.get(a).add(b);
        up.get(b).add(a);
      } else {
        up.get(a).add(b);
        down.get(b).add(a);
      }
    }

    private void numberPositions() {
      for (int[] layer : layers) {
        for (int i = 0; i < layer.length; i++) {
          pos[layer[i]] = i;
        }
      }
    }

    /** Barycentre sweeps with transpositions, keeping the best order seen. */
    private void order() {
      boolean transpose = pos.length <= TRANSPOSE_LIMIT;
      List<int[]> best = copy(layers);
      long bestCost = cost();
      for (int sweep = 0; sweep < SWEEPS; sweep++) {
        boolean downwards = sweep % 2 == 0;
        for (int k = 1; k < layers.size(); k++) {
          int l = downwards ? k : layers.size() - 1 - k;
          sortByBarycentre(l, downwards ? up : down);
        }
        if (transpose) {
          transpose();
        }
        long c = cost();
        if (c < bestCost) {
          bestCost = c;
          best = copy(layers);
        }
      }
      for (int l = 0; l < layers.size(); l++) {
        layers.set(l, best.get(l));
      }
      numberPositions();
    }

    private static List<int[]> copy(List<int[]> layers) {
      List<int[]> out = new ArrayList<>();
      layers.forEach(l -> out.add(l.clone()));
      return out;
    }

    private void sortByBarycentre(int l, List<List<Integer>> neighbours) {
      int[] layer = layers.get(l);
      double[] key = new double[layer.length];
      Integer[] index = new Integer[layer.length];
      for (int i = 0; i < layer.length; i++) {
        List<Integer> near = neighbours.get(layer[i]);
        key[i] = near.isEmpty() ? i : near.stream().mapToDouble(n -> pos[n]).average().orElse(i);
        index[i] = i;
      }
      Arrays.sort(index, Comparator.comparingDouble((Integer i) -> key[i])
          .thenComparingInt(i -> i));
      int[] sorted = new int[layer.length];
      for (int i = 0; i < layer.length; i++) {
        sorted[i] = layer[index[i]];
        pos[sorted[i]] = i;
      }
      layers.set(l, sorted);
    }

    /** Crossings between adjacent layers plus the boxes same-row routes jump over. */
    private long cost() {
      long c = 0;
      for (int l = 0; l + 1 < layers.size(); l++) {
        c += crossings(l);
      }
      for (int[] e : inLayer) {
        c += Math.max(0, (long) Math.abs(pos[e[0]] - pos[e[1]]) - 1);
      }
      return c;
    }

    /** Crossings between layer l and l + 1, as inversions (O(S log S)). */
    private long crossings(int l) {
      List<long[]> segments = new ArrayList<>();
      for (int item : layers.get(l)) {
        for (int n : down.get(item)) {
          segments.add(new long[] {(long) pos[item], (long) pos[n]});
        }
      }
      segments.sort(Comparator.<long[]>comparingLong(s -> s[0]).thenComparingLong(s -> s[1]));
      int size = layers.get(l + 1).length;
      long[] tree = new long[size + 1];
      long inversions = 0;
      long seen = 0;
      for (long[] s : segments) {
        int b = (int) s[1];
        long atMost = 0;
        for (int i = b + 1; i > 0; i -= i & -i) {
          atMost += tree[i];
        }
        inversions += seen - atMost;
        for (int i = b + 1; i <= size; i += i & -i) {
          tree[i]++;
        }
        seen++;
      }
      return inversions;
    }

    /** Swaps neighbours in a layer while that lowers the crossings around them. */
    private void transpose() {
      boolean improved = true;
      for (int round = 0; improved && round < 8; round++) {
        improved = false;
        for (int l = 0; l < layers.size(); l++) {
          int[] layer = layers.get(l);
          for (int i = 0; i + 1 < layer.length; i++) {
            int u = layer[i];
            int v = layer[i + 1];
            long before = pairCrossings(u, v) + inLayerSpan(u, v);
            layer[i] = v;
            layer[i + 1] = u;
            pos[v] = i;
            pos[u] = i + 1;
            long after = pairCrossings(v, u) + inLayerSpan(u, v);
            if (after < before) {
              improved = true;
            } else {
              layer[i] = u;
              layer[i + 1] = v;
              pos[u] = i;
              pos[v] = i + 1;
            }
          }
        }
      }
    }

    /** Crossings between the routes of u and of v when u stands left of v. */
    private long pairCrossings(int u, int v) {
      long c = 0;
      for (List<List<Integer>> side : List.of(up, down)) {
        for (int a : side.get(u)) {
          for (int b : side.get(v)) {
            if (pos[a] > pos[b]) {
              c++;
            }
          }
        }
      }
      return c;
    }

    /** The boxes jumped over by the same-row routes of u and v (a route of both counts twice). */
    private long inLayerSpan(int u, int v) {
      long c = 0;
      for (int item : new int[] {u, v}) {
        if (item < roles) {
          for (int[] e : inLayerOf.get(item)) {
            c += Math.max(0, (long) Math.abs(pos[e[0]] - pos[e[1]]) - 1);
          }
        }
      }
      return c;
    }

    private double half(int item) {
      return item < roles ? NODE_WIDTH / 2 : 0;
    }

    private double separation(int a, int b) {
      double gap = a < roles && b < roles ? GAP_X : GAP_ROUTE;
      return half(a) + half(b) + gap;
    }

    /** x coordinates: each pass pulls items towards their neighbours, keeping order and spacing. */
    private void place() {
      x = new double[pos.length];
      for (int[] layer : layers) {
        double at = 0;
        for (int i = 0; i < layer.length; i++) {
          at += i == 0 ? half(layer[i]) : separation(layer[i - 1], layer[i]);
          x[layer[i]] = at;
        }
      }
      for (int pass = 0; pass < PLACEMENT_PASSES; pass++) {
        boolean downwards = pass % 2 == 0;
        double centre = Arrays.stream(x).average().orElse(0);
        for (int k = 0; k < layers.size(); k++) {
          int l = downwards ? k : layers.size() - 1 - k;
          int[] layer = layers.get(l);
          double[] target = new double[layer.length];
          double[] weight = new double[layer.length];
          for (int i = 0; i < layer.length; i++) {
            int item = layer[i];
            List<Integer> near = new ArrayList<>(up.get(item));
            near.addAll(down.get(item));
            target[i] = near.isEmpty() ? x[item]
                : (1 - COMPACTNESS) * near.stream().mapToDouble(n -> x[n]).average().orElse(x[item])
                    + COMPACTNESS * centre;
            // an item with no neighbours stays nearly where it is
            weight[i] = near.isEmpty() ? 0.01 : 1;
          }
          double[] placed = Pava.fit(target, weight, gaps(layer));
          for (int i = 0; i < layer.length; i++) {
            x[layer[i]] = placed[i];
          }
        }
      }
      double min = Double.MAX_VALUE;
      for (int item = 0; item < x.length; item++) {
        min = Math.min(min, x[item] - half(item));
      }
      for (int item = 0; item < x.length; item++) {
        x[item] += MARGIN_LEFT - min;
      }
    }

    private double[] gaps(int[] layer) {
      double[] gaps = new double[Math.max(0, layer.length - 1)];
      for (int i = 0; i + 1 < layer.length; i++) {
        gaps[i] = separation(layer[i], layer[i + 1]);
      }
      return gaps;
    }

    private CareerMap draw() {
      double[] rowY = new double[layers.size()];
      List<Row> rowList = new ArrayList<>();
      double y = MARGIN + ROW_HEIGHT / 2;
      for (int l = 0; l < layers.size(); l++) {
        if (l > 0) {
          y += firstLines.get(l) ? ROW_HEIGHT : LINE_HEIGHT;
        }
        rowY[l] = y;
        rowList.add(new Row(labels.get(l), y));
      }
      double right = 0;
      for (int item = 0; item < x.length; item++) {
        right = Math.max(right, x[item] + half(item));
      }
      double width = right + MARGIN;
      double height = y + ROW_HEIGHT / 2;
      List<Node> nodes = new ArrayList<>();
      Set<String> families = new LinkedHashSet<>();
      for (int r = 0; r < roles; r++) {
        Role role = model.roles().get(r);
        nodes.add(new Node(role.id(), role.title(), x[r], rowY[layerOf[r]],
            role.family().orElse(""), role.external()));
        if (!role.external()) {
          role.family().ifPresent(families::add);
        }
      }
      Ports ports = new Ports();
      for (int e = 0; e < chains.size(); e++) {
        int[] chain = chains.get(e);
        int a = chain[0];
        int b = chain[chain.length - 1];
        if (layerOf[a] == layerOf[b]) {
          ports.add(a, true, e, x[b]);
          ports.add(b, true, e, x[a]);
        } else {
          boolean downwards = layerOf[b] > layerOf[a];
          ports.add(a, !downwards, e, x[chain[1]]);
          ports.add(b, downwards, e, x[chain[chain.length - 2]]);
        }
      }
      ports.spread();
      List<Edge> edges = new ArrayList<>();
      for (int e = 0; e < chains.size(); e++) {
        ProgressionRoute route = model.routes().get(e);
        int[] chain = chains.get(e);
        int a = chain[0];
        int b = chain[chain.length - 1];
        List<Point> points = new ArrayList<>();
        if (layerOf[a] == layerOf[b]) {
          points.add(new Point(ports.x(a, true, e), rowY[layerOf[a]] - NODE_HEIGHT / 2));
          points.add(new Point(ports.x(b, true, e), rowY[layerOf[b]] - NODE_HEIGHT / 2));
        } else {
          double dir = layerOf[b] > layerOf[a] ? 1 : -1;
          points.add(new Point(ports.x(a, dir < 0, e), rowY[layerOf[a]] + dir * NODE_HEIGHT / 2));
          for (int i = 1; i + 1 < chain.length; i++) {
            double cy = rowY[layerOf[chain[i]]];
            points.add(new Point(x[chain[i]], cy - dir * NODE_HEIGHT / 2));
            points.add(new Point(x[chain[i]], cy + dir * NODE_HEIGHT / 2));
          }
          points.add(new Point(ports.x(b, dir > 0, e), rowY[layerOf[b]] - dir * NODE_HEIGHT / 2));
        }
        edges.add(new Edge(route.from(), route.to(), route.kind(), route.months(), points));
      }
      return new CareerMap(nodes, edges, width, height, rowList, List.copyOf(families));
    }

    /** Where routes meet a box: spread along its top or bottom edge in the order they go. */
    private final class Ports {
      /** Per (role, side): entries of {route, other x}. */
      private final List<List<double[]>> top = new ArrayList<>();
      private final List<List<double[]>> bottom = new ArrayList<>();
      private final Map<Long, Double> at = new HashMap<>();

      Ports() {
        for (int r = 0; r < roles; r++) {
          top.add(new ArrayList<>());
          bottom.add(new ArrayList<>());
        }
      }

      void add(int role, boolean onTop, int route, double towards) {
        (onTop ? top : bottom).get(role).add(new double[] {route, towards});
      }

      void spread() {
        for (int r = 0; r < roles; r++) {
          for (boolean onTop : new boolean[] {true, false}) {
            List<double[]> list = (onTop ? top : bottom).get(r);
            list.sort(Comparator.<double[]>comparingDouble(p -> p[1])
                .thenComparingDouble(p -> p[0]));
            int n = list.size();
            double step = n <= 1 ? 0 : Math.min(14, (NODE_WIDTH - 24) / (n - 1));
            for (int i = 0; i < n; i++) {
              at.put(key(r, onTop, (int) list.get(i)[0]), x[r] + (i - (n - 1) / 2.0) * step);
            }
          }
        }
      }

      double x(int role, boolean onTop, int route) {
        return at.get(key(role, onTop, route));
      }

      private long key(int role, boolean onTop, int route) {
        return ((long) route << 32) | ((long) role << 1) | (onTop ? 1 : 0);
      }
    }
  }
}
