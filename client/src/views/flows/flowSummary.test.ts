import { describe, expect, it } from 'vitest';
import { analyseBoard } from '@partnermap/shared/analysis';
import { createAgency, createBoardMeta, createExchange, createRelationship, type Board } from '@partnermap/shared/model';
import { flowSummary, passesThrough } from './flowSummary.ts';

/** The GP practice between a hospital and a care home, information flowing along the path. */
function pathBoard(): Board {
  return {
    meta: createBoardMeta(),
    goals: [],
    agencies: [
      createAgency('hosp', { name: 'Riverside Hospital', values: ['information'] }),
      createAgency('gp', { name: 'the GP practice', values: ['information', 'referrals'] }),
      createAgency('home', { name: 'Oak Care Home', values: ['referrals'] }),
    ],
    relationships: [createRelationship('r1', 'hosp', 'gp'), createRelationship('r2', 'gp', 'home'), createRelationship('r3', 'hosp', 'home')],
    exchanges: [
      createExchange('e1', { relationshipId: 'r1', from: 'hosp', to: 'gp', currency: 'information', description: '' }),
      createExchange('e2', { relationshipId: 'r2', from: 'gp', to: 'home', currency: 'information', description: 'care plans' }),
      createExchange('e3', { relationshipId: 'r2', from: 'home', to: 'gp', currency: 'referrals', description: '' }),
    ],
    partnerships: [],
  };
}

describe('the flows summary', () => {
  const board = pathBoard();
  const summary = flowSummary(board, analyseBoard(board));

  it('lists one-way relationships with who gives what', () => {
    expect(summary.oneWay).toEqual([{ relationshipId: 'r1', text: 'Riverside Hospital gives the GP practice information and data; nothing comes back.' }]);
  });

  it('lists relationships without exchanges', () => {
    expect(summary.without).toEqual([{ relationshipId: 'r3', text: 'Riverside Hospital and Oak Care Home' }]);
  });

  it('names exchanges the receiver does not value', () => {
    expect(summary.unvalued).toEqual([
      {
        exchangeId: 'e2',
        relationshipId: 'r2',
        text: 'the GP practice gives Oak Care Home information and data (care plans), which Oak Care Home does not list among what it values.',
      },
    ]);
  });

  it('says which agency a currency passes through', () => {
    const information = summary.currencies.find((c) => c.currency === 'information');
    expect(information?.sentence).toBe('All information and data passes through the GP practice.');
    // Equal shares go by id, so every person sees the same order.
    expect(information?.carriers.map((c) => c.name)).toEqual(['the GP practice', 'Oak Care Home', 'Riverside Hospital']);
    expect(summary.currencies.find((c) => c.currency === 'referrals')?.sentence).toBe(
      'Referrals: each exchange goes straight from giver to receiver; no agency passes it on.',
    );
  });

  it('speaks of most or some when an agency stands between only part of the flows', () => {
    const carrier = (name: string, share: number, betweenness: number) => ({ id: name, name, share, betweenness });
    expect(passesThrough('money', [carrier('A', 0.6, 0.5), carrier('B', 0.6, 0)])).toBe('Most money / budget passes through A.');
    expect(passesThrough('money', [carrier('A', 0.2, 0.1)])).toBe('Some money / budget passes through A.');
  });
});
