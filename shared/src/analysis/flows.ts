import type { Agency } from '../model/agency.ts';
import type { Exchange, ExchangeSides } from '../model/exchange.ts';
import { exchangeGraph } from './graphs.ts';

/** Whether exchanges flow both ways along a relationship, one way only, or not at all. */
export const FLOWS = ['two-way', 'one-way', 'none'] as const;
export type Flow = (typeof FLOWS)[number];

export const FLOW_LABELS: Record<Flow, string> = {
  'two-way': 'Two-way',
  'one-way': 'One-way',
  none: 'No exchanges',
};

export const FLOW_MEANINGS: Record<Flow, string> = {
  'two-way': 'each agency gives the other something',
  'one-way': 'only one agency gives anything: a warning sign, since trust grows through exchange both ways',
  none: 'nothing is recorded as flowing between them yet',
};

/** The flow of one relationship, from the exchanges between its two agencies (`exchangesBySide`). */
export function flowOf({ forward, backward }: ExchangeSides): Flow {
  return forward.length && backward.length ? 'two-way' : forward.length || backward.length ? 'one-way' : 'none';
}

/**
 * Share of arcs (from → to wherever at least one exchange flows that way) whose reverse arc
 * exists, as networkx's `overall_reciprocity`; 0 with no arcs.
 */
export function exchangeReciprocity(exchanges: readonly Exchange[]): number {
  const graph = exchangeGraph(exchanges);
  if (graph.size === 0) return 0;
  const reciprocated = graph.filterEdges((_edge, _attributes, from, to) => graph.hasDirectedEdge(to, from)).length;
  return reciprocated / graph.size;
}

/**
 * Exchanges the receiving agency does not list among what it values (the beds offered to a
 * partner without beds), in board order.
 */
export function unvaluedExchanges(agencies: readonly Agency[], exchanges: readonly Exchange[]): Exchange[] {
  const valuesOf = new Map(agencies.map((a) => [a.id, new Set(a.values)]));
  return exchanges.filter((e) => {
    const values = valuesOf.get(e.to);
    return values !== undefined && !values.has(e.currency);
  });
}

/** How many exchanges each agency gives and receives. */
export function exchangeCounts(exchanges: readonly Exchange[]): Map<string, { given: number; received: number }> {
  const counts = new Map<string, { given: number; received: number }>();
  const of = (id: string) => counts.get(id) ?? counts.set(id, { given: 0, received: 0 }).get(id)!;
  for (const e of exchanges) {
    of(e.from).given += 1;
    of(e.to).received += 1;
  }
  return counts;
}
