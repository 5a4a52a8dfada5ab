import type { Connection, EdgeChange, NodeChange } from '@xyflow/react';
import { describe, expect, it, vi } from 'vitest';
import {
  addAgency,
  addExchange,
  connectAgencies,
  createBoardDoc,
  observeBoard,
  readBoard,
} from '@partnermap/shared/doc';
import { applyOps, connectionToOps, edgeChangesToOps, nodeChangesToOps, type BoardOp } from './flowChanges.ts';

const nodeCases: [string, NodeChange[], BoardOp[]][] = [
  [
    'a drag in progress is a move that is not final',
    [{ type: 'position', id: 'a', position: { x: 10, y: 20 }, dragging: true }],
    [{ op: 'move', id: 'a', position: { x: 10, y: 20 }, final: false }],
  ],
  [
    'the drop is a final move',
    [{ type: 'position', id: 'a', position: { x: 11, y: 21 }, dragging: false }],
    [{ op: 'move', id: 'a', position: { x: 11, y: 21 }, final: true }],
  ],
  [
    'a keyboard move (no dragging flag) is final',
    [{ type: 'position', id: 'a', position: { x: 5, y: 5 } }],
    [{ op: 'move', id: 'a', position: { x: 5, y: 5 }, final: true }],
  ],
  ['a position change without a position writes nothing', [{ type: 'position', id: 'a', dragging: false }], []],
  ['selection stays local', [{ type: 'select', id: 'a', selected: true }], []],
  [
    'measuring stays local',
    [{ type: 'dimensions', id: 'a', dimensions: { width: 100, height: 40 }, resizing: false }],
    [],
  ],
  ['removing a node removes the agency', [{ type: 'remove', id: 'a' }], [{ op: 'removeAgency', id: 'a' }]],
  [
    'several changes keep their order',
    [
      { type: 'select', id: 'a', selected: true },
      { type: 'position', id: 'a', position: { x: 1, y: 2 }, dragging: true },
      { type: 'position', id: 'b', position: { x: 3, y: 4 }, dragging: true },
      { type: 'remove', id: 'c' },
    ],
    [
      { op: 'move', id: 'a', position: { x: 1, y: 2 }, final: false },
      { op: 'move', id: 'b', position: { x: 3, y: 4 }, final: false },
      { op: 'removeAgency', id: 'c' },
    ],
  ],
];

const edgeCases: [string, EdgeChange[], BoardOp[]][] = [
  ['removing an edge removes the relationship', [{ type: 'remove', id: 'r' }], [{ op: 'removeRelationship', id: 'r' }]],
  ['selecting an edge stays local', [{ type: 'select', id: 'r', selected: true }], []],
];

const connectionCases: [string, Connection, BoardOp[]][] = [
  [
    'a drag from one agency to another connects them',
    { source: 'a', target: 'b', sourceHandle: null, targetHandle: null },
    [{ op: 'connect', source: 'a', target: 'b' }],
  ],
  ['a drag back onto the same agency does nothing', { source: 'a', target: 'a', sourceHandle: null, targetHandle: null }, []],
  ['a drag dropped nowhere does nothing', { source: 'a', target: '', sourceHandle: null, targetHandle: null }, []],
];

describe('React Flow changes to board operations', () => {
  it.each(nodeCases)('node changes: %s', (_name, changes, ops) => {
    expect(nodeChangesToOps(changes)).toEqual(ops);
  });
  it.each(edgeCases)('edge changes: %s', (_name, changes, ops) => {
    expect(edgeChangesToOps(changes)).toEqual(ops);
  });
  it.each(connectionCases)('connections: %s', (_name, connection, ops) => {
    expect(connectionToOps(connection)).toEqual(ops);
  });
});

describe('applying operations to the board', () => {
  it('applies a whole selection as one edit: one update for peers and one re-read', () => {
    const doc = createBoardDoc({ title: 'Discharge' });
    const ids = ['Hospital', 'Council', 'Housing'].map((name) => addAgency(doc, { name }));
    let updates = 0;
    observeBoard(doc, () => updates++);
    applyOps(doc, ids.map((id, i) => ({ op: 'move', id, position: { x: i * 100, y: 50 }, final: true })));
    expect(updates).toBe(1);
    applyOps(doc, ids.map((id) => ({ op: 'removeAgency', id })));
    expect(updates).toBe(2);
    expect(readBoard(doc).board.agencies).toEqual([]);
  });

  it('moves, connects at communication, and removes with what hangs off', () => {
    const doc = createBoardDoc({ title: 'Discharge' });
    const a = addAgency(doc, { name: 'Hospital' });
    const b = addAgency(doc, { name: 'Council' });
    const connected = applyOps(doc, [
      { op: 'move', id: a, position: { x: 40.4, y: 80.6 }, final: true },
      { op: 'connect', source: a, target: b },
    ]);
    let { board } = readBoard(doc);
    expect(connected).toEqual([board.relationships[0]?.id]);
    expect(board.agencies.find((x) => x.id === a)?.position).toEqual({ x: 40, y: 81 });
    expect(board.relationships).toHaveLength(1);
    expect(board.relationships[0]?.integration).toBe(1);

    const rel = board.relationships[0]!.id;
    addExchange(doc, { relationshipId: rel, from: a, to: b, currency: 'information', description: '' });
    applyOps(doc, [{ op: 'removeAgency', id: a }]);
    ({ board } = readBoard(doc));
    expect(board.agencies.map((x) => x.name)).toEqual(['Council']);
    expect(board.relationships).toEqual([]);
    expect(board.exchanges).toEqual([]);
  });

  it('skips an op on an agency a colleague already removed, and still runs the rest', () => {
    const doc = createBoardDoc();
    const a = addAgency(doc, { name: 'A' });
    const b = addAgency(doc, { name: 'B' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    applyOps(doc, [
      { op: 'move', id: 'gone', position: { x: 1, y: 1 }, final: true },
      { op: 'connect', source: a, target: 'gone' },
      { op: 'connect', source: a, target: b },
    ]);
    expect(readBoard(doc).board.relationships).toHaveLength(1);
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('connecting two agencies twice keeps one relationship', () => {
    const doc = createBoardDoc();
    const a = addAgency(doc);
    const b = addAgency(doc);
    connectAgencies(doc, a, b);
    applyOps(doc, [{ op: 'connect', source: b, target: a }]);
    expect(readBoard(doc).board.relationships).toHaveLength(1);
  });
});
