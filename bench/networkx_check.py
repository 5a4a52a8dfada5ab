"""Recomputes Partnermap's analysis of a board with networkx and compares, figure by figure.

Reads {board, analysis} as JSON on stdin (from networkx-check.ts); exits 1 on any difference.
"""
import json
import sys

import networkx as nx

TOLERANCE = 1e-9


def undirected(agencies, relationships):
    g = nx.Graph()
    g.add_nodes_from(agencies)
    g.add_edges_from((r["source"], r["target"]) for r in relationships
                     if r["source"] in g and r["target"] in g and r["source"] != r["target"])
    return g


def centralization(values, scale):
    if len(values) < 3:
        return 0.0
    top = max(values)
    return sum(top - v for v in values) / scale


def network(agencies, relationships, exchanges):
    members = set(agencies)
    g = undirected(agencies, relationships)
    n = g.number_of_nodes()
    bc = nx.betweenness_centrality(g, normalized=True)
    arcs = nx.DiGraph()
    arcs.add_edges_from((e["from"], e["to"]) for e in exchanges if e["from"] in members and e["to"] in members)
    kept = [r for r in relationships if g.has_edge(r["source"], r["target"])]
    return {
        "agencies": n,
        "relationships": g.number_of_edges(),
        "density": nx.density(g) if n >= 2 else 0.0,
        "components": nx.number_connected_components(g),
        "isolates": sorted(nx.isolates(g)),
        "degreeCentralization": centralization([d for _, d in g.degree()], (n - 1) * (n - 2)),
        "betweennessCentralization": centralization(list(bc.values()), n - 1),
        "exchangeReciprocity": nx.overall_reciprocity(arcs) if arcs.number_of_edges() else 0.0,
        "meanIntegration": sum(r["integration"] for r in kept) / len(kept) if kept else None,
    }, g, bc


def main():
    data = json.load(sys.stdin)
    board, ours = data["board"], data["analysis"]
    agencies = [a["id"] for a in board["agencies"]]
    exchanges = board["exchanges"]
    figures, g, bc = network(agencies, board["relationships"], exchanges)
    problems = []
    compared = 0

    def same(where, theirs, mine):
        nonlocal compared
        compared += 1
        if isinstance(theirs, float) or isinstance(mine, float):
            ok = mine is not None and theirs is not None and abs(theirs - mine) <= TOLERANCE
        else:
            ok = theirs == mine
        if not ok:
            problems.append(f"{where}: networkx {theirs!r}, Partnermap {mine!r}")

    for key, value in figures.items():
        mine = ours["network"][key]
        same(f"network.{key}", value, sorted(mine) if key == "isolates" else mine)
    for a in ours["agencies"]:
        same(f"agency {a['id']} degree", g.degree(a["id"]), a["degree"])
        same(f"agency {a['id']} betweenness", bc[a["id"]], a["betweenness"])

    for c in ours["currencies"]:
        own = [e for e in exchanges if e["currency"] == c["currency"]]
        arcs = nx.DiGraph()
        arcs.add_edges_from((e["from"], e["to"]) for e in own)
        cbc = nx.betweenness_centrality(arcs, normalized=True)
        same(f"currency {c['currency']} exchanges", len(own), c["exchanges"])
        for a in c["agencies"]:
            share = sum(1 for e in own if a["id"] in (e["from"], e["to"])) / len(own)
            same(f"currency {c['currency']} {a['id']} share", share, a["share"])
            same(f"currency {c['currency']} {a['id']} betweenness", cbc[a["id"]], a["betweenness"])

    for p, mine in zip(board["partnerships"], ours["partnerships"]):
        members = [m for m in dict.fromkeys(p["memberIds"]) if m in g]
        theirs, _, _ = network(members, board["relationships"], exchanges)
        same(f"partnership {p['id']} members", theirs["agencies"], mine["members"])
        same(f"partnership {p['id']} density", theirs["density"], mine["density"])
        same(f"partnership {p['id']} meanIntegration", theirs["meanIntegration"], mine["meanIntegration"])

    print(f"{len(agencies)} agencies, {g.number_of_edges()} relationships, {len(exchanges)} exchanges: "
          f"{compared} figures compared with networkx {nx.__version__}, {len(problems)} differ")
    for line in problems:
        print("  " + line)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
