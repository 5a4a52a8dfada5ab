import { describe, expect, it } from 'vitest';
import { analyseBoard } from './analyseBoard.ts';
import { at, boardOf } from './fixtures/boards.ts';

const star = boardOf({
  agencies: ['hub', 'a', 'b', 'c', 'd'],
  relationships: [['hub', 'a', at(1)], ['hub', 'b', at(2)], ['c', 'hub', at(3)], ['hub', 'd', at(4)]],
});
const path = boardOf({ agencies: ['a', 'b', 'c', 'd'], relationships: [['a', 'b'], ['b', 'c'], ['c', 'd']] });
const withIsolate = boardOf({ agencies: ['a', 'b', 'c', 'd'], relationships: [['a', 'b', at(2)], ['b', 'c', at(3)]] });

describe('network measures of the board, worked out by hand', () => {
  it.each([
    [
      'an empty board',
      boardOf({ agencies: [] }),
      { agencies: 0, relationships: 0, density: 0, components: 0, isolates: [], degreeCentralization: 0, betweennessCentralization: 0, meanIntegration: null },
    ],
    [
      'a board of one agency',
      boardOf({ agencies: ['a'] }),
      { agencies: 1, relationships: 0, density: 0, components: 1, isolates: ['a'], degreeCentralization: 0, betweennessCentralization: 0, meanIntegration: null },
    ],
    [
      // 2·4/(5·4); Σ(4 − deg) = 12 over 4·3; the hub has betweenness 1, Σ(1 − b) = 4 over 4.
      'a star of four around a hub',
      star,
      { agencies: 5, relationships: 4, density: 0.4, components: 1, isolates: [], degreeCentralization: 1, betweennessCentralization: 1, meanIntegration: 2.5 },
    ],
    [
      // 2·3/(4·3); degrees 1,2,2,1: Σ = 2 over 3·2; b and c have 2/3: Σ(2/3 − b) = 4/3 over 3.
      'a path of four',
      path,
      { agencies: 4, relationships: 3, density: 0.5, components: 1, isolates: [], degreeCentralization: 1 / 3, betweennessCentralization: 4 / 9, meanIntegration: 1 },
    ],
    [
      // a–b–c and d alone: 2·2/(4·3); degrees 1,2,1,0: Σ = 1+0+1+2 over 3·2; b has 1/3: Σ = 1 over 3.
      'a path of three and an isolated agency',
      withIsolate,
      { agencies: 4, relationships: 2, density: 1 / 3, components: 2, isolates: ['d'], degreeCentralization: 2 / 3, betweennessCentralization: 1 / 3, meanIntegration: 2.5 },
    ],
  ])('%s', (_label, board, expected) => {
    const { network } = analyseBoard(board);
    for (const [key, value] of Object.entries(expected)) {
      if (typeof value === 'number') expect(network[key as keyof typeof network], key).toBeCloseTo(value, 12);
      else expect(network[key as keyof typeof network], key).toEqual(value);
    }
  });

  it.each([
    ['the hub of a star', star, { hub: [4, 1], a: [1, 0], c: [1, 0] }],
    ['the middle of a path', path, { a: [1, 0], b: [2, 2 / 3], c: [2, 2 / 3], d: [1, 0] }],
    ['an isolated agency', withIsolate, { b: [2, 1 / 3], d: [0, 0] }],
  ] as const)('per agency degree and betweenness: %s', (_label, board, expected) => {
    const byId = new Map(analyseBoard(board).agencies.map((a) => [a.id, a]));
    for (const [id, [degree, betweenness]] of Object.entries(expected)) {
      expect(byId.get(id)?.degree, id).toBe(degree);
      expect(byId.get(id)?.betweenness, id).toBeCloseTo(betweenness, 12);
    }
  });

  it('counts two relationships between the same pair once, and none of an agency with itself or with an agency not on the board', () => {
    const board = boardOf({
      agencies: ['a', 'b', 'c'],
      relationships: [['a', 'b', at(4)], ['b', 'a', at(1)], ['a', 'a'], ['c', 'ghost']],
    });
    const analysis = analyseBoard(board);
    expect(analysis.network).toMatchObject({ relationships: 1, density: 1 / 3, components: 2, isolates: ['c'], meanIntegration: 4 });
    expect(analysis.relationships.map((r) => r.id)).toEqual(['a-b']);
    expect(analysis.agencies.map((a) => a.degree)).toEqual([1, 1, 0]);
  });

  it('a complete network is as dense as it can be and centred on nobody', () => {
    const board = boardOf({ agencies: ['a', 'b', 'c'], relationships: [['a', 'b'], ['b', 'c'], ['a', 'c']] });
    expect(analyseBoard(board).network).toMatchObject({ density: 1, degreeCentralization: 0, betweennessCentralization: 0 });
  });
});
