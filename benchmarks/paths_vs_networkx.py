#!/usr/bin/env python3
"""Side-by-side: k shortest simple paths by months on the O*NET related-occupations graph.

Runs the Java half (org.sppathways.benchmarks.PathsComparison: the library and JGraphT's
YenKShortestPath), which exports the graph and the queries, then runs NetworkX's
shortest_simple_paths (weight = months) on the same graph and queries in this process, checks
that every query's path months agree, and prints median ms/query and the ratios.

Usage (from the repository root, after building the library and the benchmarks):
    mvn -B -ntp -q install -DskipTests && mvn -B -ntp -q -f benchmarks/pom.xml package
    python3 benchmarks/paths_vs_networkx.py [--queries 100] [--k 10] [--data ../shared/data]
"""
import argparse
import itertools
import os
import statistics
import subprocess
import sys
import time

import networkx as nx


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--k", type=int, default=10)
    parser.add_argument("--data", default=os.path.join(here, "..", "..", "shared", "data"))
    parser.add_argument("--out", default=os.path.join(here, "target", "paths-comparison"))
    parser.add_argument("--jar", default=os.path.join(here, "target", "benchmarks.jar"))
    parser.add_argument("--graph", default="onet",
                        help="onet (real, default) or a generated regional, national or esco-scale graph")
    args = parser.parse_args()

    subprocess.run(["java", "-Dsppathways.data=" + os.path.abspath(args.data),
                    "-Dsppathways.graph=" + args.graph, "-cp", args.jar,
                    "org.sppathways.benchmarks.PathsComparison", args.out, str(args.queries),
                    str(args.k)], check=True)

    graph = nx.DiGraph()
    with open(os.path.join(args.out, "edges.tsv"), encoding="utf-8") as f:
        for line in f:
            a, b, months = line.rstrip("\n").split("\t")
            graph.add_edge(a, b, months=int(months))
    with open(os.path.join(args.out, "queries.tsv"), encoding="utf-8") as f:
        queries = [tuple(line.rstrip("\n").split("\t")) for line in f]
    with open(os.path.join(args.out, "library.tsv"), encoding="utf-8") as f:
        library = [line.rstrip("\n") for line in f]

    def months(path):
        return sum(graph[a][b]["months"] for a, b in zip(path, path[1:]))

    times, agree = [], 0
    for i, (s, t) in enumerate(queries):
        start = time.perf_counter()
        paths = list(itertools.islice(nx.shortest_simple_paths(graph, s, t, weight="months"),
                                      args.k))
        times.append((time.perf_counter() - start) * 1000)
        costs = ",".join(str(months(p)) for p in paths)
        agree += costs == library[i]

    java = {}
    with open(os.path.join(args.out, "java-timings.tsv"), encoding="utf-8") as f:
        for line in f:
            name, n, median, mean = line.rstrip("\n").split("\t")
            java[name] = (float(median), float(mean))
    nx_median, nx_mean = statistics.median(times), statistics.mean(times)
    print(f"NetworkX {nx.__version__} shortest_simple_paths: median {nx_median:8.3f} ms/query,"
          f" mean {nx_mean:8.3f}")
    print(f"path months agree with NetworkX on {agree} of {len(queries)} queries")
    print()
    print(f"{'engine':32} {'median ms/query':>16} {'vs NetworkX':>12}")
    rows = [("NetworkX shortest_simple_paths", nx_median),
            ("JGraphT YenKShortestPath", java["jgrapht"][0]),
            ("sp-pathways CareerPathFinder", java["library"][0])]
    for name, median in rows:
        print(f"{name:32} {median:16.3f} {nx_median / median:11.1f}x")
    # The library's reach returns every reachable role with its best path (fewest moves, then
    # months), so NetworkX is timed twice: the bare set (descendants) and the like-for-like
    # answer, a shortest path to every reachable role (single_source_shortest_path).
    reach_agree, ours, theirs, theirs_paths = 0, [], [], []
    with open(os.path.join(args.out, "reach.tsv"), encoding="utf-8") as f:
        for line in f:
            source, median, roles = line.rstrip("\n").split("\t")
            expected = set(roles.split(",")) if roles else set()
            runs, path_runs = [], []
            for _ in range(3):
                start = time.perf_counter()
                found = nx.descendants(graph, source) if source in graph else set()
                runs.append((time.perf_counter() - start) * 1000)
                start = time.perf_counter()
                paths = nx.single_source_shortest_path(graph, source) if source in graph else {}
                path_runs.append((time.perf_counter() - start) * 1000)
            ours.append(float(median))
            theirs.append(statistics.median(runs))
            theirs_paths.append(statistics.median(path_runs))
            reach_agree += found == expected and set(paths) - {source} == expected
    print()
    print(f"reachability (every role reachable from each source): reachable sets agree on "
          f"{reach_agree} of {len(ours)} sources")
    print(f"{'engine':32} {'median ms/query':>16} {'vs descendants':>15} {'vs paths':>9}")
    base, base_paths = statistics.median(theirs), statistics.median(theirs_paths)
    print(f"{'NetworkX descendants (set only)':32} {base:16.3f} {1:14.1f}x {base_paths / base:8.1f}x")
    print(f"{'NetworkX single_source_shortest_path':32} {base_paths:16.3f} "
          f"{base / base_paths:14.1f}x {1:8.1f}x")
    print(f"{'sp-pathways reach (with paths)':32} {statistics.median(ours):16.3f} "
          f"{base / statistics.median(ours):14.1f}x {base_paths / statistics.median(ours):8.1f}x")
    if agree != len(queries) or reach_agree != len(ours):
        sys.exit("answers disagree")


if __name__ == "__main__":
    main()
