import { describe, expect, it } from 'vitest';
import { analyseBoard } from './analyseBoard.ts';
import { boardOf } from './fixtures/boards.ts';

/**
 * All information passes through the GP practice: two agencies send it to the practice, which
 * passes it on to two others. Social care pays the practice; the practice values information
 * only, and social care values nothing it receives.
 */
const bottleneck = boardOf({
  agencies: ['gp', 'a', 'b', 'sc', 'd'],
  relationships: [['a', 'gp'], ['b', 'gp'], ['gp', 'sc'], ['gp', 'd']],
  exchanges: [
    ['a', 'gp', 'information'],
    ['b', 'gp', 'information'],
    ['gp', 'sc', 'information'],
    ['gp', 'd', 'information'],
    ['sc', 'gp', 'money'],
  ],
  values: { gp: ['information'], d: ['information', 'money'] },
});

describe('flows and currencies, worked out by hand', () => {
  it('a relationship is two-way, one-way or without exchanges', () => {
    const board = boardOf({
      agencies: ['a', 'b', 'c', 'd'],
      relationships: [['a', 'b'], ['b', 'c'], ['c', 'd']],
      exchanges: [['a', 'b', 'money'], ['b', 'a', 'staff-time'], ['c', 'b', 'referrals'], ['c', 'b', 'training']],
    });
    expect(analyseBoard(board).relationships).toEqual([
      { id: 'a-b', flow: 'two-way', disagreement: false },
      { id: 'b-c', flow: 'one-way', disagreement: false },
      { id: 'c-d', flow: 'none', disagreement: false },
    ]);
  });

  it('reciprocity is the share of arcs returned: 5 arcs, of which gp→sc and sc→gp return each other', () => {
    expect(analyseBoard(bottleneck).network.exchangeReciprocity).toBeCloseTo(2 / 5, 12);
  });

  it.each([
    ['no exchanges at all', [], 0],
    ['one exchange', [['a', 'b', 'money']], 0],
    ['two exchanges the same way count as one arc', [['a', 'b', 'money'], ['a', 'b', 'training']], 0],
    ['each gives the other', [['a', 'b', 'money'], ['b', 'a', 'premises']], 1],
  ] as const)('reciprocity with %s', (_label, exchanges, expected) => {
    const board = boardOf({ agencies: ['a', 'b'], relationships: [['a', 'b']], exchanges: exchanges.map((e) => [...e]) });
    expect(analyseBoard(board).network.exchangeReciprocity).toBe(expected);
  });

  it('counts the exchanges each agency gives and receives', () => {
    const gp = analyseBoard(bottleneck).agencies.find((a) => a.id === 'gp');
    expect(gp).toMatchObject({ exchangesGiven: 2, exchangesReceived: 3 });
  });

  it('lists exchanges the receiving agency does not value', () => {
    expect(analyseBoard(bottleneck).unvalued).toEqual(['gp>sc:information', 'sc>gp:money']);
  });

  it("a bottleneck currency: the GP practice carries every information exchange and stands between its senders and receivers", () => {
    const information = analyseBoard(bottleneck).currencies.find((c) => c.currency === 'information');
    // In the 5-agency information graph the practice is on all 4 paths from {a, b} to {sc, d}: 4/(4·3).
    expect(information?.exchanges).toBe(4);
    expect(information?.agencies[0]).toEqual({ id: 'gp', share: 1, betweenness: 1 / 3 });
    expect(information?.agencies.slice(1).map((a) => [a.id, a.share, a.betweenness])).toEqual([
      ['a', 0.25, 0],
      ['b', 0.25, 0],
      ['d', 0.25, 0],
      ['sc', 0.25, 0],
    ]);
  });

  it('lists only currencies that flow, in the order of the currency list', () => {
    const currencies = analyseBoard(bottleneck).currencies;
    expect(currencies.map((c) => [c.currency, c.exchanges])).toEqual([['money', 1], ['information', 4]]);
    expect(currencies[0]?.agencies).toEqual([
      { id: 'gp', share: 1, betweenness: 0 },
      { id: 'sc', share: 1, betweenness: 0 },
    ]);
  });
});
