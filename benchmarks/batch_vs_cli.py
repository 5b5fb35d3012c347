#!/usr/bin/env python3
"""Whole-process wall times: 923 `reach` queries on the O*NET model in one `batch` run, against
one `java -jar ... reach` call per source, and against NetworkX `descendants` over all sources.

Every role of the imported O*NET 29.2 related-occupations model is a source. The script
 1. imports the model with the library's own importer (unless --model is given),
 2. runs ONE `sp-pathways batch` over all sources ({"command": "reach", "from": SOURCE} a line),
 3. runs `sp-pathways reach --from SOURCE --format json` as a separate JVM for --sample sources
    (all of them with --sample 0; otherwise the total is EXTRAPOLATED: sample time x 923 / N,
    and labelled so),
 4. runs a separate Python process that builds a NetworkX DiGraph of the same routes and calls
    nx.descendants for every source,
and checks that every answer agrees: the batch line equals the separate call's output, and the
set of roles each reach lists equals NetworkX's descendants of the source.

Usage (from the repository root, after `mvn -B -ntp -q package -DskipTests`):
    python3 benchmarks/batch_vs_cli.py [--sample 20] [--data ../shared/data] [--model FILE]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time


def read_graph(model):
    """Roles and routes of a model file written by `sp-pathways import` (YAML, block style)."""
    roles, edges, section, source = [], [], None, None
    with open(model, encoding="utf-8") as f:
        for line in f:
            if line and not line[0].isspace() and line.rstrip().endswith(":"):
                section = line.strip()[:-1]
                continue
            if section == "roles" and line.startswith("  - id: "):
                roles.append(line[8:].strip().strip("'\""))
            elif section == "routes" and line.startswith("  - from: "):
                source = line[10:].strip().strip("'\"")
            elif section == "routes" and line.startswith("    to: ") and source is not None:
                edges.append((source, line[8:].strip().strip("'\"")))
                source = None
    return roles, edges


NETWORKX = r"""
import json, sys
import networkx as nx
edges, sources, out = sys.argv[1:4]
g = nx.DiGraph()
with open(sources, encoding="utf-8") as f:
    roles = [l.rstrip("\n") for l in f if l.strip()]
g.add_nodes_from(roles)
with open(edges, encoding="utf-8") as f:
    for l in f:
        a, b = l.rstrip("\n").split("\t")
        g.add_edge(a, b)
with open(out, "w", encoding="utf-8") as f:
    for s in roles:
        f.write(json.dumps(sorted(nx.descendants(g, s))) + "\n")
"""


def timed(cmd, **kwargs):
    start = time.perf_counter()
    result = subprocess.run(cmd, check=False, capture_output=True, text=True, **kwargs)
    return time.perf_counter() - start, result


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=20,
                        help="separate CLI calls to time (0: one per source, 923 JVMs)")
    parser.add_argument("--data", default=os.path.join(root, "..", "shared", "data"))
    parser.add_argument("--model", help="an imported O*NET model (default: import it)")
    parser.add_argument("--jar", default=os.path.join(root, "target", "sp-pathways-cli.jar"))
    parser.add_argument("--work", default=os.path.join(here, "target", "batch-vs-cli"))
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    java = ["java", "-jar", args.jar]

    model = args.model
    if model is None:
        model = os.path.join(args.work, "onet.yaml")
        subprocess.run(java + ["--quiet", "import", "onet", os.path.join(args.data, "onet-29.2"),
                               "--out", model], check=True, capture_output=True)
    roles, edges = read_graph(model)
    print(f"model: {model}: {len(roles)} roles, {len(edges)} routes")

    queries = os.path.join(args.work, "queries.jsonl")
    with open(queries, "w", encoding="utf-8") as f:
        for r in roles:
            f.write(json.dumps({"command": "reach", "from": r}) + "\n")
    answers = os.path.join(args.work, "answers.jsonl")
    batch_s, result = timed(java + ["batch", "--model", model, "--in", queries, "--out", answers])
    if result.returncode != 0:
        sys.exit(f"batch failed ({result.returncode}): {result.stderr[:2000]}")
    with open(answers, encoding="utf-8") as f:
        batch = [json.loads(l) for l in f]
    assert len(batch) == len(roles), "one answer a query"
    incomplete = sum(1 for a in batch if not a["complete"])

    sample = roles if args.sample <= 0 else roles[:: max(1, len(roles) // args.sample)][: args.sample]
    separate_s, same = 0.0, 0
    index = {r: i for i, r in enumerate(roles)}
    for r in sample:
        s, result = timed(java + ["reach", "--model", model, "--from", r, "--format", "json"])
        if result.returncode != 0:
            sys.exit(f"reach --from {r} failed: {result.stderr[:2000]}")
        separate_s += s
        same += json.loads(result.stdout) == batch[index[r]]

    edges_file = os.path.join(args.work, "edges.tsv")
    with open(edges_file, "w", encoding="utf-8") as f:
        f.writelines(f"{a}\t{b}\n" for a, b in edges)
    sources = os.path.join(args.work, "sources.txt")
    with open(sources, "w", encoding="utf-8") as f:
        f.writelines(r + "\n" for r in roles)
    nx_out = os.path.join(args.work, "networkx.jsonl")
    nx_s, result = timed([sys.executable, "-c", NETWORKX, edges_file, sources, nx_out])
    if result.returncode != 0:
        sys.exit(f"networkx failed: {result.stderr[:2000]}")
    with open(nx_out, encoding="utf-8") as f:
        descendants = [json.loads(l) for l in f]
    agree = sum(1 for a, d in zip(batch, descendants)
                if sorted(x["role"] for x in a["roles"] if x["role"] != a["from"]) == d)

    n = len(roles)
    per_call = separate_s / len(sample)
    separate_total = per_call * n
    label = "measured" if len(sample) == n else f"EXTRAPOLATED from {len(sample)} calls x {n}/{len(sample)}"
    print(f"batch answers equal to separate calls' output: {same} of {len(sample)} sampled")
    print(f"reach role sets equal to NetworkX descendants: {agree} of {n}"
          f" ({incomplete} searches stopped at the work limit)")
    print()
    print(f"{'run':48} {'wall s':>9} {'vs batch':>9}")
    print(f"{'one batch run, ' + str(n) + ' reach queries':48} {batch_s:9.1f} {1:9.1f}x")
    print(f"{str(n) + ' separate CLI calls (' + label + ')':48} {separate_total:9.1f}"
          f" {separate_total / batch_s:9.1f}x")
    print(f"{'  per separate call, mean of ' + str(len(sample)):48} {per_call:9.2f}")
    print(f"{'NetworkX descendants, one process, all sources':48} {nx_s:9.1f}"
          f" {nx_s / batch_s:9.1f}x")
    if same != len(sample) or agree != n:
        sys.exit("answers differ")


if __name__ == "__main__":
    main()
