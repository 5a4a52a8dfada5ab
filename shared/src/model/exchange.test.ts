import { describe, expect, it } from 'vitest';
import { createExchange, exchangesBySide, type Exchange } from './exchange.ts';

const exchange = (id: string, from: string, to: string): Exchange =>
  createExchange(id, { relationshipId: 'r', from, to, currency: 'money', description: '' });

describe('exchangesBySide', () => {
  const board = {
    exchanges: [exchange('1', 'a', 'b'), exchange('2', 'b', 'a'), exchange('3', 'a', 'c'), exchange('4', 'a', 'b')],
  };
  const ids = (list: Exchange[]) => list.map((e) => e.id);

  it("splits a relationship's exchanges into what its source gives and what comes back, in board order", () => {
    const { forward, backward } = exchangesBySide(board)({ source: 'a', target: 'b' });
    expect([ids(forward), ids(backward)]).toEqual([['1', '4'], ['2']]);
  });

  it('follows the way the relationship was drawn, whichever agency is its source', () => {
    const { forward, backward } = exchangesBySide(board)({ source: 'b', target: 'a' });
    expect([ids(forward), ids(backward)]).toEqual([['2'], ['1', '4']]);
  });

  it('gives empty sides to a relationship nothing flows along', () => {
    expect(exchangesBySide(board)({ source: 'b', target: 'c' })).toEqual({ forward: [], backward: [] });
  });
});
