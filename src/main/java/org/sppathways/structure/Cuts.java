package org.sppathways.structure;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.EdmondsKarpMFImpl;
import org.jgrapht.alg.interfaces.MinimumSTCutAlgorithm;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.sppathways.graph.internal.RoleGraph;

/**
 * Minimum cuts between a set of source roles and a set of target roles, by JGraphT's
 * Edmonds–Karp maximum flow on a network with a super-source and a super-sink (not a hot path:
 * O(c · (n + m)) for a cut of size c, by unit augmenting paths).
 */
final class Cuts {
  private Cuts() {}

  /** Indices into {@code model.routes()} of a minimum route cut; empty when disconnected. */
  static List<Integer> routes(RoleGraph g, boolean[] mask, boolean[] sources, boolean[] targets) {
    int n = g.n;
    double infinity = g.m + n + 1.0;
    Graph<Integer, DefaultWeightedEdge> net =
        new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    int source = n;
    int sink = n + 1;
    net.addVertex(source);
    net.addVertex(sink);
    for (int v = 0; v < n; v++) {
      if (mask[v]) {
        net.addVertex(v);
      }
    }
    Map<DefaultWeightedEdge, Integer> route = new IdentityHashMap<>();
    for (int v = 0; v < n; v++) {
      if (!mask[v]) {
        continue;
      }
      if (sources[v]) {
        net.setEdgeWeight(net.addEdge(source, v), infinity);
      }
      if (targets[v]) {
        net.setEdgeWeight(net.addEdge(v, sink), infinity);
      }
      for (int e = g.outStart[v]; e < g.outStart[v + 1]; e++) {
        int w = g.head[e];
        if (mask[w]) {
          DefaultWeightedEdge edge = net.addEdge(v, w);
          net.setEdgeWeight(edge, 1.0);
          route.put(edge, g.route[e]);
        }
      }
    }
    MinimumSTCutAlgorithm<Integer, DefaultWeightedEdge> cut = new EdmondsKarpMFImpl<>(net);
    double size = cut.calculateMinCut(source, sink);
    if (size >= infinity) {
      throw new IllegalStateException("sources and targets overlap");
    }
    List<Integer> out = new ArrayList<>();
    for (DefaultWeightedEdge e : cut.getCutEdges()) {
      out.add(route.get(e));
    }
    return out;
  }

  /**
   * Role indices of a minimum role (vertex) cut made only of roles marked {@code cuttable};
   * empty when the sources and targets are disconnected already; absent when no set of cuttable
   * roles separates them (a path runs through uncuttable roles only).
   */
  static Optional<List<Integer>> roles(RoleGraph g, boolean[] mask, boolean[] sources,
      boolean[] targets, boolean[] cuttable) {
    int n = g.n;
    double infinity = n + 1.0;
    Graph<Integer, DefaultWeightedEdge> net =
        new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    int source = 2 * n;
    int sink = 2 * n + 1;
    net.addVertex(source);
    net.addVertex(sink);
    for (int v = 0; v < n; v++) {
      if (mask[v]) {
        net.addVertex(2 * v);
        net.addVertex(2 * v + 1);
      }
    }
    Map<DefaultWeightedEdge, Integer> role = new IdentityHashMap<>();
    for (int v = 0; v < n; v++) {
      if (!mask[v]) {
        continue;
      }
      DefaultWeightedEdge through = net.addEdge(2 * v, 2 * v + 1);
      net.setEdgeWeight(through, cuttable[v] ? 1.0 : infinity);
      role.put(through, v);
      if (sources[v]) {
        net.setEdgeWeight(net.addEdge(source, 2 * v), infinity);
      }
      if (targets[v]) {
        net.setEdgeWeight(net.addEdge(2 * v + 1, sink), infinity);
      }
      for (int e = g.outStart[v]; e < g.outStart[v + 1]; e++) {
        int w = g.head[e];
        if (mask[w]) {
          net.setEdgeWeight(net.addEdge(2 * v + 1, 2 * w), infinity);
        }
      }
    }
    MinimumSTCutAlgorithm<Integer, DefaultWeightedEdge> cut = new EdmondsKarpMFImpl<>(net);
    double size = cut.calculateMinCut(source, sink);
    if (size >= infinity) {
      return Optional.empty();
    }
    List<Integer> out = new ArrayList<>();
    for (DefaultWeightedEdge e : cut.getCutEdges()) {
      out.add(role.get(e));
    }
    return Optional.of(out);
  }
}
