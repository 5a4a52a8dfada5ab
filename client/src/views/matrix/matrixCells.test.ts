import { describe, expect, it } from 'vitest';
import { createAgency, createBoardMeta, createRelationship, type Board } from '@partnermap/shared/model';
import { MATRIX_ROWS, cellKey, matrixCells } from './matrixCells.ts';

function board(relationships: Board['relationships']): Board {
  return {
    meta: createBoardMeta(),
    goals: [],
    agencies: [
      createAgency('gp', { name: 'Riverside GP' }),
      createAgency('asc', { name: 'Adult Social Care' }),
      createAgency('home', { name: 'Northshire Homes' }),
    ],
    relationships,
    exchanges: [],
    partnerships: [],
  };
}

describe('placing relationships in the integration matrix', () => {
  it('puts each relationship in the cell of its degree, direction and level', () => {
    const cells = matrixCells(
      board([
        createRelationship('r1', 'gp', 'asc', { integration: 3, direction: 'vertical', level: 'strategic' }),
        createRelationship('r2', 'asc', 'home'),
      ]),
    );
    expect(cells.get(cellKey('vertical', 'strategic', 3))).toEqual([
      { relationshipId: 'r1', label: 'Riverside GP and Adult Social Care', disagreement: false },
    ]);
    expect(cells.get(cellKey('horizontal', 'operational', 1))?.map((p) => p.relationshipId)).toEqual(['r2']);
    expect(cells.size).toBe(2);
  });

  it('stacks points sharing a cell in the same order for everyone, by name then id', () => {
    const rels = [
      createRelationship('r9', 'home', 'gp'),
      createRelationship('r2', 'asc', 'home'),
      createRelationship('r1', 'asc', 'home'),
    ];
    const order = (b: Board) => matrixCells(b).get(cellKey('horizontal', 'operational', 1))?.map((p) => p.relationshipId);
    expect(order(board(rels))).toEqual(['r1', 'r2', 'r9']);
    expect(order(board([...rels].reverse()))).toEqual(['r1', 'r2', 'r9']);
  });

  it('marks a relationship whose two sides rate it two steps apart', () => {
    const cells = matrixCells(board([createRelationship('r1', 'gp', 'asc', { integrationFromSource: 1, integrationFromTarget: 3 })]));
    expect(cells.get(cellKey('horizontal', 'operational', 1))?.[0]?.disagreement).toBe(true);
  });

  it('has six rows, vertical above horizontal and policy above operational', () => {
    expect(MATRIX_ROWS.map((r) => r.label)).toEqual([
      'Vertical · Policy',
      'Vertical · Strategic',
      'Vertical · Operational',
      'Horizontal · Policy',
      'Horizontal · Strategic',
      'Horizontal · Operational',
    ]);
  });
});
