import { undirectedSingleSourceLength } from 'graphology-shortest-path/unweighted';
import type { Board } from '../model/board.ts';
import { countedRelationships, relationshipGraph } from './graphs.ts';

/** Agencies and relationships to keep lit while the map is focused. */
export interface Reach {
  agencies: ReadonlySet<string>;
  relationships: ReadonlySet<string>;
}

function graphOf(board: Board) {
  const ids = new Set(board.agencies.map((a) => a.id));
  const relationships = countedRelationships(ids, board.relationships);
  return { graph: relationshipGraph(ids, relationships), relationships };
}

/**
 * An agency and every agency at most `steps` relationships away, with the relationships among
 * them that lie within that reach (both ends no further than `steps`, and not both at the very
 * edge, whose link would lead one step further). Empty when the agency is not on the board.
 */
export function neighbourhood(board: Board, agencyId: string, steps: number): Reach {
  const { graph, relationships } = graphOf(board);
  if (!graph.hasNode(agencyId)) return { agencies: new Set(), relationships: new Set() };
  const distance = undirectedSingleSourceLength(graph, agencyId);
  const within = (id: string) => distance[id] !== undefined && distance[id] <= steps;
  const agencies = new Set(Object.keys(distance).filter(within));
  const lit = relationships.filter(
    (r) => within(r.source) && within(r.target) && Math.min(distance[r.source]!, distance[r.target]!) < steps,
  );
  return { agencies, relationships: new Set(lit.map((r) => r.id)) };
}

/** Every shortest route between two agencies, as the agencies and relationships on any of them. */
export interface Routes extends Reach {
  /** Relationships along each shortest route; undefined when no route joins them. */
  steps: number | undefined;
  /** How many different shortest routes there are (0 without a route). */
  count: number;
}

/**
 * The shortest routes between two agencies through relationships, all of them: an agency lies on
 * one when its distance from each end adds up to the shortest, and a relationship when it is one
 * step along that sum. The routes are counted by their number along the way (Brandes' sigma).
 */
export function shortestRoutes(board: Board, fromId: string, toId: string): Routes {
  const none: Routes = { agencies: new Set(), relationships: new Set(), steps: undefined, count: 0 };
  const { graph, relationships } = graphOf(board);
  if (!graph.hasNode(fromId) || !graph.hasNode(toId)) return none;
  const fromStart = undirectedSingleSourceLength(graph, fromId);
  const total = fromStart[toId];
  if (total === undefined) return none;
  const fromEnd = undirectedSingleSourceLength(graph, toId);
  const onRoute = (id: string) => fromStart[id] !== undefined && fromStart[id] + (fromEnd[id] ?? Infinity) === total;
  const agencies = new Set(Object.keys(fromStart).filter(onRoute));
  const steps = relationships.filter((r) => {
    const along = (a: string, b: string) => onRoute(a) && onRoute(b) && fromStart[a]! + 1 === fromStart[b];
    return along(r.source, r.target) || along(r.target, r.source);
  });
  // Routes reaching each agency on the way, in order of distance from the start.
  const ways = new Map<string, number>([[fromId, 1]]);
  for (const id of [...agencies].sort((a, b) => fromStart[a]! - fromStart[b]!)) {
    if (id === fromId) continue;
    let sum = 0;
    for (const r of steps) {
      const other = r.source === id ? r.target : r.target === id ? r.source : undefined;
      if (other !== undefined && fromStart[other]! + 1 === fromStart[id]) sum += ways.get(other) ?? 0;
    }
    ways.set(id, sum);
  }
  return { agencies, relationships: new Set(steps.map((r) => r.id)), steps: total, count: ways.get(toId) ?? 0 };
}
