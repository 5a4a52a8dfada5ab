import { describe, expect, it } from 'vitest';
import { diffBoards } from '@partnermap/shared/history';
import { createAgency, createBoardMeta, createRelationship, type Board } from '@partnermap/shared/model';
import { CARD, compareScene } from './compareScene.ts';

const board = (agencies: Board['agencies'], relationships: Board['relationships']): Board => ({
  meta: createBoardMeta(), goals: [], exchanges: [], partnerships: [], agencies, relationships,
});

describe('compareScene', () => {
  const ward = createAgency('ward', { name: 'Ward 7', position: { x: 0, y: 0 } });
  const housing = createAgency('housing', { name: 'Housing options', position: { x: 300, y: 0 } });
  const carers = createAgency('carers', { name: 'Carers centre', position: { x: 0, y: 200 } });
  const before = board([ward, housing], [createRelationship('r1', 'ward', 'housing', { integration: 3 })]);
  const after = board([ward, carers], [createRelationship('r2', 'ward', 'carers', { integration: 2 })]);

  it('draws what was removed where it was, beside what is there now', () => {
    const scene = compareScene(before, after, diffBoards(before, after));
    expect(scene.agencies.map((a) => [a.id, a.status, a.x, a.y])).toEqual([
      ['ward', 'same', 0, 0],
      ['carers', 'added', 0, 200],
      ['housing', 'removed', 300, 0],
    ]);
    expect(scene.relationships.map((r) => [r.id, r.status, r.to])).toEqual([
      ['r2', 'added', { x: CARD.width / 2, y: 200 + CARD.height / 2 }],
      ['r1', 'removed', { x: 300 + CARD.width / 2, y: CARD.height / 2 }],
    ]);
    expect(scene.scale).toBe(1);
    expect(scene.box).toEqual({ x: -40, y: -40, width: 300 + CARD.width + 80, height: 200 + CARD.height + 80 });
  });

  it('tells a degree moved up or down the continuum', () => {
    const later = board([ward, housing], [createRelationship('r1', 'ward', 'housing', { integration: 4 })]);
    expect(compareScene(before, later, diffBoards(before, later)).relationships[0]).toMatchObject({ status: 'changed', moved: 'up', integration: 4 });
    expect(compareScene(later, before, diffBoards(later, before)).relationships[0]).toMatchObject({ moved: 'down', integration: 3 });
  });
});

describe('compareScene on a wide board', () => {
  it('draws cards and text larger, so the whole board fits and stays readable', () => {
    const wide = board([createAgency('a', { position: { x: 0, y: 0 } }), createAgency('b', { position: { x: 2600, y: 0 } })], []);
    const scene = compareScene(wide, wide, diffBoards(wide, wide));
    expect(scene.scale).toBe(1.6);
    expect(scene.card).toEqual({ width: CARD.width * 1.6, height: CARD.height * 1.6 });
  });
});
