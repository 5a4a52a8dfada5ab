import type { Edge, Node } from '@xyflow/react';
import {
  SECTOR_LABELS,
  agencyNames,
  exchangesBySide,
  type Agency,
  type Board,
  type Exchange,
  type Relationship,
} from '@partnermap/shared/model';
import type { Lit } from './filters.ts';
import { relationshipLabel } from './relationshipLabel.ts';

export interface AgencyNodeData extends Record<string, unknown> {
  agency: Agency;
  dimmed: boolean;
}
export type AgencyNode = Node<AgencyNodeData, 'agency'>;

export interface RelationshipEdgeData extends Record<string, unknown> {
  relationship: Relationship;
  /** Exchanges from the relationship's source to its target, and back. */
  forward: Exchange[];
  backward: Exchange[];
  dimmed: boolean;
}
export type RelationshipFlowEdge = Edge<RelationshipEdgeData, 'relationship'>;

/**
 * The nodes for this board, keeping what React Flow and the person own locally: selection,
 * measured size, and the position of a node being dragged (so a late echo of our own throttled
 * write, or a colleague's move, never yanks it from under the pointer). Unchanged nodes keep their
 * identity so React Flow does not re-render them.
 */
export function mergeNodes(prev: readonly AgencyNode[], board: Board, lit: Lit): AgencyNode[] {
  // Nearly always in step with the board's agencies: an index by id is made only when not.
  let byId: Map<string, AgencyNode> | undefined;
  return board.agencies.map((agency, i) => {
    const inStep = prev[i];
    const old = inStep?.id === agency.id ? inStep : (byId ??= new Map(prev.map((n) => [n.id, n]))).get(agency.id);
    const dimmed = !lit.agencies.has(agency.id);
    const position = old?.dragging ? old.position : agency.position;
    if (
      old &&
      old.data.dimmed === dimmed &&
      sameJson(old.data.agency, agency) &&
      old.position.x === position.x &&
      old.position.y === position.y
    ) {
      return old;
    }
    const ariaLabel = `Agency: ${agency.name || 'unnamed'}, ${SECTOR_LABELS[agency.sector]}`;
    return { ...old, id: agency.id, type: 'agency', position, ariaLabel, data: { agency, dimmed } };
  });
}

/** Relationships in the order their lines are drawn: selected ones last, over the others. */
export function inDrawOrder<T extends { id: string }>(relationships: readonly T[], selected: ReadonlySet<string>): T[] {
  return [...relationships.filter((r) => !selected.has(r.id)), ...relationships.filter((r) => selected.has(r.id))];
}

/** The board's relationships as edges, in draw order (inDrawOrder). */
export function toEdges(board: Board, selected: ReadonlySet<string>, lit: Lit): RelationshipFlowEdge[] {
  const nameOf = agencyNames(board);
  const sidesOf = exchangesBySide(board);
  return inDrawOrder(board.relationships, selected).map((relationship) => {
    const sides = sidesOf(relationship);
    return {
      id: relationship.id,
      type: 'relationship',
      source: relationship.source,
      target: relationship.target,
      selected: selected.has(relationship.id),
      ariaLabel: relationshipLabel(relationship, sides, nameOf),
      data: {
        relationship,
        ...sides,
        dimmed: !lit.relationships.has(relationship.id),
      },
    };
  });
}

/** One-way: something flows, but only from one side (DOMAIN.md calls it a warning sign). */
export function isOneWay(data: Pick<RelationshipEdgeData, 'forward' | 'backward'>): boolean {
  return (data.forward.length === 0) !== (data.backward.length === 0);
}

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
