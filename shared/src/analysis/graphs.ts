import type Graph from 'graphology';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import type { Exchange } from '../model/exchange.ts';
import { pairKey, type Relationship } from '../model/relationship.ts';

/**
 * The relationships a measure counts: both agencies among `agencyIds`, not an agency with
 * itself, and one per pair of agencies (the first, as readBoard keeps the lowest id). readBoard
 * already holds to this; a board from elsewhere may not, and a figure must not count twice.
 */
export function countedRelationships(agencyIds: ReadonlySet<string>, relationships: readonly Relationship[]): Relationship[] {
  const seen = new Set<string>();
  return relationships.filter((r) => {
    const key = pairKey(r.source, r.target);
    if (r.source === r.target || !agencyIds.has(r.source) || !agencyIds.has(r.target) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The exchanges a measure counts: between two different agencies among `agencyIds`. */
export function countedExchanges(agencyIds: ReadonlySet<string>, exchanges: readonly Exchange[]): Exchange[] {
  return exchanges.filter((e) => e.from !== e.to && agencyIds.has(e.from) && agencyIds.has(e.to));
}

/** Agencies as nodes, each relationship an undirected edge (relationships already counted). */
export function relationshipGraph(agencyIds: Iterable<string>, relationships: readonly Relationship[]): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const id of agencyIds) graph.mergeNode(id);
  for (const r of relationships) graph.mergeEdge(r.source, r.target);
  return graph;
}

/**
 * An arc from → to wherever at least one exchange flows that way; the nodes are `agencyIds`
 * when given, else the agencies the arcs join.
 */
export function exchangeGraph(exchanges: readonly Pick<Exchange, 'from' | 'to'>[], agencyIds: Iterable<string> = []): DirectedGraph {
  const graph = new DirectedGraph();
  for (const id of agencyIds) graph.mergeNode(id);
  for (const e of exchanges) graph.mergeEdge(e.from, e.to);
  return graph;
}

/** Normalised betweenness, ignoring any edge weight: a relationship is one step, whatever its degree. */
export function normalisedBetweenness(graph: Graph): Record<string, number> {
  // graphology-metrics throws on a graph without nodes (an empty board).
  if (graph.order === 0) return {};
  return betweennessCentrality(graph, { normalized: true, getEdgeWeight: null });
}
