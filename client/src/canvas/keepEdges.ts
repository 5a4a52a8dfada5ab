import type { Agency, Board } from '@partnermap/shared/model';
import type { Lit } from './filters.ts';
import { inDrawOrder, toEdges, type RelationshipFlowEdge } from './toFlow.ts';

interface Inputs {
  relationships: Board['relationships'];
  exchanges: Board['exchanges'];
  names: ReadonlyMap<string, string>;
  selected: ReadonlySet<string>;
  lit: Lit;
}

/**
 * The edges of a board, made again only when what they show changed (relationships, exchanges,
 * agency names, selection, filter), and then keeping each unchanged edge's object, so that React
 * Flow re-renders only the edges that differ. A drag or a colleague's move of an agency changes
 * none of these: the edges follow the node by themselves. A click or a filter changes only which
 * edges are selected or dimmed: the others are kept as they are, without making each one's
 * exchanges and screen-reader label again (on a 5,000-relationship board, most of 40 ms a click).
 */
export function edgeKeeper(): (board: Board, selected: ReadonlySet<string>, lit: Lit) => RelationshipFlowEdge[] {
  let last: (Inputs & { edges: RelationshipFlowEdge[] }) | undefined;
  return (board, selected, lit) => {
    const names = last && sameNames(last.names, board.agencies) ? last.names : namesOf(board.agencies);
    const sameContent = last && last.relationships === board.relationships && last.exchanges === board.exchanges && last.names === names;
    if (sameContent && last!.selected === selected && last!.lit === lit) return last!.edges;
    const edges = sameContent ? reselected(last!.edges, board, selected, lit) : keepSameEdges(last?.edges ?? [], toEdges(board, selected, lit));
    last = { relationships: board.relationships, exchanges: board.exchanges, names, selected, lit, edges };
    return edges;
  };
}

/** The edges again under another selection or filter, in draw order. */
function reselected(prev: readonly RelationshipFlowEdge[], board: Board, selected: ReadonlySet<string>, lit: Lit): RelationshipFlowEdge[] {
  const byId = new Map(prev.map((e) => [e.id, e]));
  const edgeOf = (id: string): RelationshipFlowEdge => {
    const edge = byId.get(id)!;
    const isSelected = selected.has(id);
    const dimmed = !lit.relationships.has(id);
    if (edge.selected === isSelected && edge.data?.dimmed === dimmed) return edge;
    return { ...edge, selected: isSelected, data: { ...edge.data!, dimmed } };
  };
  return inDrawOrder(board.relationships, selected).map((r) => edgeOf(r.id));
}

function namesOf(agencies: readonly Agency[]): Map<string, string> {
  return new Map(agencies.map((a) => [a.id, a.name]));
}

function sameNames(names: ReadonlyMap<string, string>, agencies: readonly Agency[]): boolean {
  return names.size === agencies.length && agencies.every((a) => names.get(a.id) === a.name);
}

/** Each fresh edge, or the earlier object for it when nothing React Flow or the edge draws differs. */
export function keepSameEdges(prev: readonly RelationshipFlowEdge[], fresh: RelationshipFlowEdge[]): RelationshipFlowEdge[] {
  const byId = new Map(prev.map((e) => [e.id, e]));
  return fresh.map((edge) => {
    const old = byId.get(edge.id);
    return old && sameEdge(old, edge) ? old : edge;
  });
}

function sameEdge(a: RelationshipFlowEdge, b: RelationshipFlowEdge): boolean {
  if (a.source !== b.source || a.target !== b.target || a.selected !== b.selected || a.ariaLabel !== b.ariaLabel) return false;
  if (!a.data || !b.data) return a.data === b.data;
  return (
    a.data.relationship === b.data.relationship &&
    a.data.dimmed === b.data.dimmed &&
    sameItems(a.data.forward, b.data.forward) &&
    sameItems(a.data.backward, b.data.backward)
  );
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
