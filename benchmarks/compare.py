#!/usr/bin/env python3
"""One command for every side-by-side comparison with NetworkX.

On the real O*NET related-occupations graph and on the generated ESCO-scale graph: k = 10
shortest simple paths by months and reachability (paths_vs_networkx.py), betweenness
centrality and all-pairs distances (structure_vs_networkx.py). Each part checks that the
answers agree and prints medians and ratios; this script stops with an error if any disagrees.

Usage (from the repository root, after building the library and the benchmarks):
    mvn -B -ntp -q install -DskipTests && mvn -B -ntp -q -f benchmarks/pom.xml package
    python3 benchmarks/compare.py [--data ../shared/data] [--quick]

--quick runs fewer queries and one NetworkX run per measure (NetworkX betweenness on the
ESCO-scale graph takes minutes).
"""
import argparse
import os
import subprocess
import sys


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=os.path.join(here, "..", "..", "shared", "data"))
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    plans = [
        ("onet", 100 if not args.quick else 30, 3 if not args.quick else 1),
        ("esco-scale", 20 if not args.quick else 5, 1),
    ]
    for graph, queries, runs in plans:
        print(f"===== {graph}: k-shortest paths and reachability =====", flush=True)
        run([sys.executable, os.path.join(here, "paths_vs_networkx.py"), "--data", args.data,
             "--graph", graph, "--queries", str(queries),
             "--out", os.path.join(here, "target", "paths-comparison-" + graph)])
        print(f"===== {graph}: betweenness and distances =====", flush=True)
        run([sys.executable, os.path.join(here, "structure_vs_networkx.py"), "--data", args.data,
             "--graph", graph, "--runs", str(runs), "--java-runs", "5",
             "--out", os.path.join(here, "target", "structure-comparison-" + graph)])


def run(command):
    result = subprocess.run(command)
    if result.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}")


if __name__ == "__main__":
    main()
