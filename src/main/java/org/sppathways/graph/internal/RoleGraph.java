package org.sppathways.graph.internal;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.sppathways.model.ProgressionRoute;
import org.sppathways.model.Role;
import org.sppathways.model.WorkforceModel;

/**
 * A model's roles and routes as compressed int arrays, built once per model and shared by the
 * path searches and the structure analytics.
 *
 * <p>Vertices are the roles numbered in id order (so comparing vertex numbers compares role ids,
 * the library's tie-break order); {@link #modelIndex} and {@link #vertex} translate to and from
 * the model's dense role indices. Edges are the routes, grouped by source vertex
 * ({@code outStart[v] .. outStart[v+1]-1}) and, within a source, by ascending target vertex;
 * {@link #inEdge} lists the same edge numbers grouped by target, sources ascending.
 *
 * <p>Building takes O(n log n + m log m) for n roles and m routes, once per model: {@link #of}
 * keeps each model's graph in a cache with weak keys compared by identity, so every finder and
 * analysis built on one model shares one graph, and the graph goes when its model does (it holds
 * no reference to the model). Instances are immutable after construction and thread-safe; the
 * arrays are exposed for speed and must not be changed.
 */
public final class RoleGraph {
  /** The graph of each live model; weak keys compare by identity. */
  private static final LoadingCache<WorkforceModel, RoleGraph> GRAPHS = CacheBuilder.newBuilder()
      .weakKeys().build(CacheLoader.from(RoleGraph::new));
  /** How many graphs have been built, for the test that models share theirs. */
  private static final AtomicInteger BUILDS = new AtomicInteger();

  /** Number of vertices (roles). */
  public final int n;
  /** Number of edges (routes). */
  public final int m;
  /** Out-edges of vertex v are {@code outStart[v] .. outStart[v+1]-1}. */
  public final int[] outStart;
  /** Source vertex of each edge. */
  public final int[] tail;
  /** Target vertex of each edge. */
  public final int[] head;
  /** The model route index of each edge. */
  public final int[] route;
  /** The months of each edge's route. */
  public final int[] months;
  /** The {@link org.sppathways.model.RouteKind} ordinal of each edge's route. */
  public final int[] kind;
  /** In-edges of vertex v are {@code inEdge[inStart[v] .. inStart[v+1]-1]}. */
  public final int[] inStart;
  /** Edge numbers grouped by target vertex. */
  public final int[] inEdge;
  /** The model role index of each vertex. */
  public final int[] modelIndex;
  /** The vertex of each model role index. */
  public final int[] vertex;
  /** The edge of each model route index. */
  public final int[] edgeOfRoute;

  private RoleGraph(WorkforceModel model) {
    BUILDS.incrementAndGet();
    List<Role> roles = model.roles();
    List<ProgressionRoute> routes = model.routes();
    n = roles.size();
    m = routes.size();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparing(i -> roles.get(i).id()));
    modelIndex = new int[n];
    vertex = new int[n];
    for (int v = 0; v < n; v++) {
      modelIndex[v] = order[v];
      vertex[order[v]] = v;
    }
    int[] from = new int[m];
    int[] to = new int[m];
    for (int r = 0; r < m; r++) {
      ProgressionRoute route = routes.get(r);
      from[r] = vertex[model.roleIndex(route.from())];
      to[r] = vertex[model.roleIndex(route.to())];
    }
    Integer[] edgeOrder = new Integer[m];
    for (int r = 0; r < m; r++) {
      edgeOrder[r] = r;
    }
    Arrays.sort(edgeOrder, (a, b) -> from[a] != from[b] ? Integer.compare(from[a], from[b])
        : Integer.compare(to[a], to[b]));
    outStart = new int[n + 1];
    tail = new int[m];
    head = new int[m];
    route = new int[m];
    months = new int[m];
    kind = new int[m];
    edgeOfRoute = new int[m];
    for (int e = 0; e < m; e++) {
      int r = edgeOrder[e];
      tail[e] = from[r];
      head[e] = to[r];
      route[e] = r;
      months[e] = routes.get(r).months();
      kind[e] = routes.get(r).kind().ordinal();
      edgeOfRoute[r] = e;
      outStart[from[r] + 1]++;
    }
    for (int v = 0; v < n; v++) {
      outStart[v + 1] += outStart[v];
    }
    inStart = new int[n + 1];
    for (int e = 0; e < m; e++) {
      inStart[head[e] + 1]++;
    }
    for (int v = 0; v < n; v++) {
      inStart[v + 1] += inStart[v];
    }
    inEdge = new int[m];
    int[] fill = Arrays.copyOf(inStart, n);
    // edges are in ascending (tail, head) order, so each in-list comes out with tails ascending
    for (int e = 0; e < m; e++) {
      inEdge[fill[head[e]]++] = e;
    }
  }

  /**
   * The graph of a model: the one already built for this model instance, else a new one.
   * O(n log n + m log m) the first time, O(1) after. Thread-safe.
   */
  public static RoleGraph of(WorkforceModel model) {
    return GRAPHS.getUnchecked(model);
  }

  /** How many graphs have been built since the class was loaded (one per model instance). */
  static int builds() {
    return BUILDS.get();
  }

  /** The edge from one vertex to another, or -1. O(log d) for out-degree d. */
  public int edge(int from, int to) {
    int lo = outStart[from];
    int hi = outStart[from + 1] - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (head[mid] < to) {
        lo = mid + 1;
      } else if (head[mid] > to) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}
