import { countConnectedComponents } from 'graphology-components';
import { undirectedDensity } from 'graphology-metrics/graph/density';
import type { Exchange } from '../model/exchange.ts';
import type { Relationship } from '../model/relationship.ts';
import { exchangeReciprocity } from './flows.ts';
import { normalisedBetweenness, countedExchanges, countedRelationships, relationshipGraph } from './graphs.ts';

/** The figures for a whole network of agencies: the board, or the members of one partnership. */
export interface NetworkFigures {
  agencies: number;
  relationships: number;
  density: number;
  components: number;
  isolates: string[];
  degreeCentralization: number;
  betweennessCentralization: number;
  exchangeReciprocity: number;
  /** Mean agreed degree of integration (1 to 4); null with no relationships. */
  meanIntegration: number | null;
}

export interface Network {
  figures: NetworkFigures;
  /** Per agency: how many agencies it has a relationship with. */
  degree: Map<string, number>;
  /** Per agency: normalised betweenness (networkx `betweenness_centrality(normalized=True)`). */
  betweenness: Map<string, number>;
}

/**
 * The network among `agencyIds`: relationships and exchanges reaching outside it are left out,
 * so a partnership's figures are those among its members.
 */
export function networkOf(
  agencyIds: readonly string[],
  relationships: readonly Relationship[],
  exchanges: readonly Exchange[],
): Network {
  const ids = new Set(agencyIds);
  const counted = countedRelationships(ids, relationships);
  const graph = relationshipGraph(ids, counted);
  const degree = new Map(graph.mapNodes((node) => [node, graph.degree(node)] as const));
  const betweenness = new Map(Object.entries(normalisedBetweenness(graph)));
  const n = graph.order;
  return {
    degree,
    betweenness,
    figures: {
      agencies: n,
      relationships: graph.size,
      // 2m / (n(n−1)), 0 when n < 2 (graphology would divide by zero).
      density: n < 2 ? 0 : undirectedDensity(graph),
      components: countConnectedComponents(graph),
      isolates: graph.filterNodes((node) => graph.degree(node) === 0),
      degreeCentralization: centralization([...degree.values()], (n - 1) * (n - 2)),
      betweennessCentralization: centralization([...betweenness.values()], n - 1),
      exchangeReciprocity: exchangeReciprocity(countedExchanges(ids, exchanges)),
      meanIntegration: counted.length ? counted.reduce((sum, r) => sum + r.integration, 0) / counted.length : null,
    },
  };
}

/** Freeman centralization: Σ(max − value) / `scale`; 0 with fewer than three agencies. */
function centralization(values: number[], scale: number): number {
  if (values.length < 3) return 0;
  const max = Math.max(...values);
  return values.reduce((sum, v) => sum + (max - v), 0) / scale;
}
