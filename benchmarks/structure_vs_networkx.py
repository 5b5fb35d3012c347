#!/usr/bin/env python3
"""Side-by-side: betweenness centrality and all-pairs distances on the O*NET related-occupations graph.

Runs the Java half (org.sppathways.benchmarks.StructureComparison: the library on one core and
on all cores, and JGraphT's BetweennessCentrality), which exports the graph (923 occupations,
18,460 routes, months per route) and the library's scores, then times NetworkX on the same graph
in this process:

  - nx.betweenness_centrality(G, normalized=False)                  (shortest paths by moves)
  - nx.betweenness_centrality(G, normalized=False, weight="months") (by months, every
        least-month path counting equally: the library's PathMetric.MONTHS with its default
        MonthsTies.EVERY_PATH; no O*NET route takes 0 months)
  - dict(nx.all_pairs_shortest_path_length(G))                       (the steps matrix)
  - dict(nx.all_pairs_dijkstra_path_length(G, weight="months"))      (the months matrix)

checks that the betweenness values agree with the library's (relative difference below 1e-9),
and prints median times and the ratios to NetworkX.

Usage (from the repository root, after building the library and the benchmarks):
    mvn -B -ntp -q install -DskipTests && mvn -B -ntp -q -f benchmarks/pom.xml package
    python3 benchmarks/structure_vs_networkx.py [--runs 3] [--java-runs 21] [--data ../shared/data]
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

import networkx as nx


def timed(runs, work):
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def read_scores(path):
    with open(path, encoding="utf-8") as f:
        return {role: float(v) for role, v in (line.rstrip("\n").split("\t") for line in f)}


def agree(ours, theirs):
    worst = 0.0
    for role, value in theirs.items():
        worst = max(worst, abs(ours[role] - value) / max(1.0, abs(value)))
    return worst


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="NetworkX runs per measure")
    parser.add_argument("--java-runs", type=int, default=21)
    parser.add_argument("--data", default=os.path.join(here, "..", "..", "shared", "data"))
    parser.add_argument("--out", default=os.path.join(here, "target", "structure-comparison"))
    parser.add_argument("--jar", default=os.path.join(here, "target", "benchmarks.jar"))
    parser.add_argument("--graph", default="onet",
                        help="onet (real, default) or a generated regional, national or esco-scale graph")
    args = parser.parse_args()

    subprocess.run(["java", "-Dsppathways.data=" + os.path.abspath(args.data),
                    "-Dsppathways.graph=" + args.graph, "-cp", args.jar,
                    "org.sppathways.benchmarks.StructureComparison", args.out,
                    str(args.java_runs)], check=True)

    graph = nx.DiGraph()
    with open(os.path.join(args.out, "edges.tsv"), encoding="utf-8") as f:
        for line in f:
            a, b, months = line.rstrip("\n").split("\t")
            graph.add_edge(a, b, months=int(months))
    n = graph.number_of_nodes()
    if any(data["months"] == 0 for _, _, data in graph.edges(data=True)):
        sys.exit("a route takes 0 months: NetworkX's ties then differ from MonthsTies.EVERY_PATH")
    print(f"NetworkX {nx.__version__}: {n} nodes, {graph.number_of_edges()} edges, "
          f"{args.runs} runs each")

    nx_steps, steps = timed(args.runs, lambda: nx.betweenness_centrality(graph, normalized=False))
    print(f"  betweenness steps   median {nx_steps:10.1f} ms")
    nx_months, months = timed(args.runs, lambda: nx.betweenness_centrality(
        graph, normalized=False, weight="months"))
    print(f"  betweenness months  median {nx_months:10.1f} ms")
    nx_msteps, _ = timed(args.runs, lambda: dict(nx.all_pairs_shortest_path_length(graph)))
    print(f"  matrix steps        median {nx_msteps:10.1f} ms")
    nx_mmonths, _ = timed(args.runs, lambda: dict(nx.all_pairs_dijkstra_path_length(
        graph, weight="months")))
    print(f"  matrix months       median {nx_mmonths:10.1f} ms")

    worst_steps = agree(read_scores(os.path.join(args.out, "library-steps.tsv")), steps)
    worst_months = agree(read_scores(os.path.join(args.out, "library-months.tsv")), months)
    worst_jgrapht = agree(read_scores(os.path.join(args.out, "jgrapht-steps.tsv")), steps)
    print(f"largest relative difference from NetworkX: library steps {worst_steps:.1e}, "
          f"library months {worst_months:.1e}, JGraphT steps {worst_jgrapht:.1e}")

    java = {}
    with open(os.path.join(args.out, "java-timings.tsv"), encoding="utf-8") as f:
        for line in f:
            name, runs, median, mean = line.rstrip("\n").split("\t")
            java[name] = float(median)
    baseline = {"betweenness steps": nx_steps, "betweenness months": nx_months,
                "matrix steps": nx_msteps, "matrix months": nx_mmonths}
    print()
    print(f"{'measure':42} {'median ms':>11} {'vs NetworkX':>12}")
    for measure, nx_ms in baseline.items():
        print(f"{'NetworkX ' + measure:42} {nx_ms:11.1f} {1.0:11.1f}x")
        for name, ms in java.items():
            if name.startswith(measure):
                print(f"{'sp-pathways ' + name:42} {ms:11.2f} {nx_ms / ms:11.1f}x")
        if measure == "betweenness steps":
            ms = java["JGraphT BetweennessCentrality"]
            print(f"{'JGraphT BetweennessCentrality':42} {ms:11.1f} {nx_ms / ms:11.1f}x")
    if max(worst_steps, worst_months, worst_jgrapht) > 1e-9:
        sys.exit("betweenness values disagree")


if __name__ == "__main__":
    main()
