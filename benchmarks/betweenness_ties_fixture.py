#!/usr/bin/env python3
"""Writes NetworkX's betweenness by months on small graphs with ties, for the library's tests.

The library's default rule for betweenness by months (MonthsTies.EVERY_PATH) is NetworkX's:
every least-month path counts equally. CI has no Python, so this script is run by hand and its
output is committed: src/test/resources/networkx/betweenness-by-months.json, read by
org.sppathways.structure.NetworkxBetweennessTest.

Each case is a directed graph whose routes take 6, 12 or 18 months (never 0, where NetworkX's
answer depends on the order of its heap), so that least-month paths tie often, with
nx.betweenness_centrality(G, normalized=False, weight="months") and, for contrast, the same
with weight = months * n + 1 (the FEWEST_MOVES rule). Seeds are fixed: the file is the same on
every run with the same NetworkX.

Usage (from the repository root):
    python3 benchmarks/betweenness_ties_fixture.py [--out src/test/resources/networkx/betweenness-by-months.json]
"""
import argparse
import json
import random

import networkx as nx


def hand_made():
    """a -> b -> d and a -> c -> d take 12 months, as does a -> d directly."""
    g = nx.DiGraph()
    for u, v, m in [("a", "b", 6), ("b", "d", 6), ("a", "c", 6), ("c", "d", 6), ("a", "d", 12),
                    ("d", "e", 6)]:
        g.add_edge(u, v, months=m)
    return g


def random_graph(seed):
    rng = random.Random(seed)
    n = rng.randint(4, 12)
    density = rng.choice([0.2, 0.35, 0.5])
    g = nx.DiGraph()
    g.add_nodes_from("r%02d" % i for i in range(n))
    for i in range(n):
        for j in range(n):
            if i != j and rng.random() < density:
                g.add_edge("r%02d" % i, "r%02d" % j, months=rng.choice([6, 6, 12, 18]))
    return g


def layered(layers, width):
    """Every role of a layer leads to every role of the next after 6 or 12 months."""
    g = nx.DiGraph()
    for layer in range(layers - 1):
        for i in range(width):
            for j in range(width):
                g.add_edge("l%dr%d" % (layer, i), "l%dr%d" % (layer + 1, j),
                           months=6 if (i + j) % 2 == 0 else 12)
    return g


def case(name, g):
    n = g.number_of_nodes()
    for _, _, d in g.edges(data=True):
        d["moves"] = d["months"] * n + 1
    every = nx.betweenness_centrality(g, normalized=False, weight="months")
    fewest = nx.betweenness_centrality(g, normalized=False, weight="moves")
    return {
        "name": name,
        "roles": sorted(g.nodes()),
        "routes": sorted([u, v, d["months"]] for u, v, d in g.edges(data=True)),
        "everyPath": {k: every[k] for k in sorted(every)},
        "fewestMoves": {k: fewest[k] for k in sorted(fewest)},
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="src/test/resources/networkx/betweenness-by-months.json")
    args = parser.parse_args()
    cases = [case("hand-made", hand_made()), case("layered 5 x 3", layered(5, 3))]
    cases += [case("random %d" % seed, random_graph(seed)) for seed in range(1, 41)]
    doc = {"networkx": nx.__version__, "cases": cases}
    with open(args.out, "w", encoding="utf-8") as f:
        # one case per line, so a regenerated file diffs case by case
        f.write('{"networkx": %s, "cases": [\n' % json.dumps(doc["networkx"]))
        f.write(",\n".join(json.dumps(c) for c in cases))
        f.write("\n]}\n")
    differ = sum(1 for c in cases if c["everyPath"] != c["fewestMoves"])
    print("%d cases written to %s; the two rules differ on %d" % (len(cases), args.out, differ))


if __name__ == "__main__":
    main()
