import { describe, expect, it } from 'vitest';
import { createAgency, createExchange, createRelationship, type Board } from '@partnermap/shared/model';
import { isOneWay, mergeNodes, toEdges, type AgencyNode } from './toFlow.ts';

function boardWith(agencies: Board['agencies'], extra: Partial<Board> = {}): Board {
  return {
    meta: { title: 'T', definition: '', reviewAnswers: {}, schemaVersion: 1 },
    goals: [],
    agencies,
    relationships: [],
    exchanges: [],
    partnerships: [],
    ...extra,
  };
}

const allLit = (b: Board) => ({
  agencies: new Set(b.agencies.map((a) => a.id)),
  relationships: new Set(b.relationships.map((r) => r.id)),
});

describe('mergeNodes', () => {
  const a = createAgency('a', { name: 'A', position: { x: 0, y: 0 } });
  const board = boardWith([a]);
  const [first] = mergeNodes([], board, allLit(board)) as [AgencyNode];

  it('keeps the same node object when nothing changed', () => {
    expect(mergeNodes([first], board, allLit(board))[0]).toBe(first);
  });

  it('keeps local selection and measured size when the agency changes', () => {
    const local: AgencyNode = { ...first, selected: true, measured: { width: 200, height: 80 } };
    const renamed = boardWith([{ ...a, name: 'A2' }]);
    const [next] = mergeNodes([local], renamed, allLit(renamed));
    expect(next).toMatchObject({ selected: true, measured: { width: 200, height: 80 } });
    expect(next?.data.agency.name).toBe('A2');
  });

  it('takes a colleague move, but not while this person drags the node', () => {
    const moved = boardWith([{ ...a, position: { x: 50, y: 60 } }]);
    expect(mergeNodes([first], moved, allLit(moved))[0]?.position).toEqual({ x: 50, y: 60 });
    const dragging: AgencyNode = { ...first, dragging: true, position: { x: 5, y: 5 } };
    expect(mergeNodes([dragging], moved, allLit(moved))[0]?.position).toEqual({ x: 5, y: 5 });
  });

  it('drops nodes whose agency is gone and dims what the filters leave out', () => {
    const two = boardWith([a, createAgency('b')]);
    const nodes = mergeNodes([first], two, { agencies: new Set(['b']), relationships: new Set() });
    expect(nodes.map((n) => [n.id, n.data.dimmed])).toEqual([['a', true], ['b', false]]);
    expect(mergeNodes(nodes, board, allLit(board)).map((n) => n.id)).toEqual(['a']);
  });

  it('keeps each node its own local state when an agency before it goes or the order changes', () => {
    const b = createAgency('b', { position: { x: 300, y: 0 } });
    const c = createAgency('c', { position: { x: 600, y: 0 } });
    const three = boardWith([a, b, c]);
    const nodes = mergeNodes([], three, allLit(three)).map((n) => (n.id === 'c' ? { ...n, selected: true } : n));
    const withoutA = boardWith([b, c]);
    const after = mergeNodes(nodes, withoutA, allLit(withoutA));
    expect(after.map((n) => [n.id, !!n.selected])).toEqual([['b', false], ['c', true]]);
    expect(after[0]).toBe(nodes[1]);
    const reordered = boardWith([c, a, b]);
    expect(mergeNodes(nodes, reordered, allLit(reordered)).map((n) => [n.id, !!n.selected])).toEqual([['c', true], ['a', false], ['b', false]]);
  });
});

describe('toEdges', () => {
  it('splits exchanges by direction and marks one-way relationships', () => {
    const board = boardWith([createAgency('a'), createAgency('b')], {
      relationships: [createRelationship('r', 'a', 'b')],
      exchanges: [
        createExchange('x', { relationshipId: 'r', from: 'b', to: 'a', currency: 'money', description: '' }),
      ],
    });
    const [edge] = toEdges(board, new Set(['r']), allLit(board));
    expect(edge?.selected).toBe(true);
    expect(edge?.data?.forward).toEqual([]);
    expect(edge?.data?.backward.map((x) => x.currency)).toEqual(['money']);
    expect(isOneWay(edge!.data!)).toBe(true);
  });

  it('puts the selected relationship last, so its line is drawn over the others', () => {
    const board = boardWith([createAgency('a'), createAgency('b'), createAgency('c')], {
      relationships: [createRelationship('r1', 'a', 'b'), createRelationship('r2', 'b', 'c'), createRelationship('r3', 'a', 'c')],
    });
    expect(toEdges(board, new Set(['r1']), allLit(board)).map((e) => e.id)).toEqual(['r2', 'r3', 'r1']);
    expect(toEdges(board, new Set(), allLit(board)).map((e) => e.id)).toEqual(['r1', 'r2', 'r3']);
  });

  it.each([
    [0, 0, false],
    [1, 0, true],
    [0, 2, true],
    [1, 1, false],
  ])('%i forward and %i backward exchanges: one-way is %s', (f, b, oneWay) => {
    const x = createExchange('x', { relationshipId: 'r', from: 'a', to: 'b', currency: 'money', description: '' });
    expect(isOneWay({ forward: Array(f).fill(x), backward: Array(b).fill(x) })).toBe(oneWay);
  });
});
