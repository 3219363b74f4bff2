"""Reads a GraphML or GEXF file with a real reader and compares it with the values UprGraph holds in memory.

usage: /usr/bin/python3 read_graph.py MODE FILE EXPECTED.json
MODE: networkx-graphml | igraph-graphml | networkx-gexf
EXPECTED.json: {"nodes": {id: {attr: value}}, "edges": {id: {"source": id, "target": id, attr: value}}}
Every node and edge must be there with exactly the expected attributes and typed values (networkx); igraph gives
ints as floats, missing values as None/nan and missing booleans as False, so those compare loosely.
A float the reader must return as a float is written {"$float": 1} in EXPECTED.json. Prints a summary; exits 1 on any mismatch.
"""
import json
import math
import sys


def networkx_graph(mode, path):
    import networkx as nx
    graph = nx.read_graphml(path) if mode == "networkx-graphml" else nx.read_gexf(path)
    nodes = {}
    for node, data in graph.nodes(data=True):
        data = dict(data)
        viz = data.pop("viz", None)
        if viz is not None:
            color = viz.get("color", {})
            data["viz_color"] = [color.get("r"), color.get("g"), color.get("b")]
            data["viz_size"] = viz.get("size")
        nodes[node] = data
    edges = {}
    triples = graph.edges(keys=True, data=True) if graph.is_multigraph() else ((u, v, None, d) for u, v, d in graph.edges(data=True))
    for source, target, key, data in triples:
        data = dict(data)
        edge_id = data.pop("id", key)
        data["source"], data["target"] = source, target
        edges[edge_id] = data
    return nodes, edges, nx.__version__, type(graph).__name__


def igraph_graph(path):
    import igraph
    graph = igraph.Graph.Read_GraphML(path)
    ids = graph.vs["id"]
    nodes = {}
    for vertex in graph.vs:
        data = {k: v for k, v in vertex.attributes().items() if not missing(v)}
        nodes[data.pop("id")] = data
    edges = {}
    for edge in graph.es:
        data = {k: v for k, v in edge.attributes().items() if not missing(v)}
        data["source"], data["target"] = ids[edge.source], ids[edge.target]
        edges[data.pop("id")] = data
    return nodes, edges, igraph.__version__, "igraph.Graph(directed=%s)" % graph.is_directed()


def missing(value):
    return value is None or value == "" or (isinstance(value, float) and math.isnan(value))


def same(actual, expected, loose):
    if loose:
        if isinstance(expected, bool):
            return actual in (True, False, 0.0, 1.0) and bool(actual) == expected
        if isinstance(expected, (int, float)):
            return isinstance(actual, (int, float)) and not isinstance(actual, bool) and float(actual) == float(expected)
        return actual == expected
    return type(actual) is type(expected) and actual == expected


def compare(kind, actual, expected, loose, errors):
    checked = 0
    for item_id, want in expected.items():
        got = actual.get(item_id)
        if got is None:
            errors.append(f"{kind} {item_id!r} is missing")
            continue
        for name in sorted(set(want) | set(got)):
            if name not in want:
                if loose and got[name] is False:
                    continue  # igraph cannot hold a missing boolean: it reads it as False
                errors.append(f"{kind} {item_id!r}: unexpected {name}={got[name]!r}")
            elif name not in got:
                errors.append(f"{kind} {item_id!r}: {name} is missing (expected {want[name]!r})")
            elif not same(got[name], want[name], loose):
                errors.append(f"{kind} {item_id!r}: {name}={got[name]!r} ({type(got[name]).__name__}), expected {want[name]!r}")
            else:
                checked += 1
    for item_id in actual:
        if item_id not in expected:
            errors.append(f"{kind} {item_id!r} is not in the graph")
    return checked


def main():
    mode, path, expected_path = sys.argv[1:4]
    with open(expected_path, encoding="utf-8") as f:
        expected = json.load(f, object_hook=lambda o: float(o["$float"]) if set(o) == {"$float"} else o)
    if mode == "igraph-graphml":
        nodes, edges, version, shape = igraph_graph(path)
    else:
        nodes, edges, version, shape = networkx_graph(mode, path)
    loose = mode == "igraph-graphml"
    errors = []
    checked = compare("node", nodes, expected["nodes"], loose, errors)
    checked += compare("edge", edges, expected["edges"], loose, errors)
    print(f"{mode} {version} {shape}: {len(nodes)} nodes, {len(edges)} edges, {checked} values match")
    if len(nodes) != len(expected["nodes"]) or len(edges) != len(expected["edges"]):
        errors.append(f"read {len(nodes)} nodes and {len(edges)} edges, expected {len(expected['nodes'])} and {len(expected['edges'])}")
    for error in errors[:30]:
        print(error)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
