import type { Connection, EdgeChange, NodeChange } from '@xyflow/react';
import {
  batch,
  connectAgencies,
  moveAgency,
  removeAgency,
  removeRelationship,
  type BoardDoc,
} from '@partnermap/shared/doc';
import { type Position } from '@partnermap/shared/model';

/** What a React Flow change means for the board. Selection and measuring stay local and map to nothing. */
export type BoardOp =
  | { op: 'move'; id: string; position: Position; final: boolean }
  | { op: 'removeAgency'; id: string }
  | { op: 'removeRelationship'; id: string }
  | { op: 'connect'; source: string; target: string };

export function nodeChangesToOps(changes: readonly NodeChange[]): BoardOp[] {
  const ops: BoardOp[] = [];
  for (const change of changes) {
    if (change.type === 'position' && change.position) {
      // React Flow reports `dragging: false` for the drop and for keyboard moves: both are final.
      ops.push({ op: 'move', id: change.id, position: change.position, final: change.dragging !== true });
    } else if (change.type === 'remove') {
      ops.push({ op: 'removeAgency', id: change.id });
    }
  }
  return ops;
}

export function edgeChangesToOps(changes: readonly EdgeChange[]): BoardOp[] {
  return changes.flatMap((c): BoardOp[] => (c.type === 'remove' ? [{ op: 'removeRelationship', id: c.id }] : []));
}

export function connectionToOps(connection: Connection): BoardOp[] {
  const { source, target } = connection;
  if (!source || !target || source === target) return [];
  return [{ op: 'connect', source, target }];
}

/**
 * Runs the ops against the doc and returns the relationships that connecting made or found.
 * An op on something a colleague removed a moment ago is skipped: the board has already moved
 * on, and nothing should be thrown at the person dragging.
 */
export function applyOps(doc: BoardDoc, ops: readonly BoardOp[]): string[] {
  const connected: string[] = [];
  // Most changes (selection, measuring) map to no op: no edit, no update.
  if (ops.length === 0) return connected;
  // One edit for all: dragging or deleting a selection of ten agencies is one update, not ten.
  batch(doc, () => {
    for (const o of ops) {
      try {
        if (o.op === 'move') moveAgency(doc, o.id, o.position);
        else if (o.op === 'removeAgency') removeAgency(doc, o.id);
        else if (o.op === 'removeRelationship') removeRelationship(doc, o.id);
        else connected.push(connectAgencies(doc, o.source, o.target));
      } catch (error) {
        console.warn('Skipped a change to something no longer on the board', o, error);
      }
    }
  });
  return connected;
}
