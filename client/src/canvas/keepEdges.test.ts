import { describe, expect, it } from 'vitest';
import { createAgency, createExchange, createRelationship, type Board } from '@partnermap/shared/model';
import { NO_FILTERS, litOnBoard } from './filters.ts';
import { edgeKeeper } from './keepEdges.ts';

const board: Board = {
  meta: { title: 'T', definition: '', reviewAnswers: {}, schemaVersion: 1 },
  goals: [],
  agencies: [createAgency('gp', { name: 'GP' }), createAgency('sc', { name: 'Social care' }), createAgency('hous', { name: 'Housing' })],
  relationships: [createRelationship('gp-sc', 'gp', 'sc'), createRelationship('sc-hous', 'sc', 'hous')],
  exchanges: [],
  partnerships: [],
};
const none = new Set<string>();
const lit = litOnBoard(board, NO_FILTERS);

describe('edgeKeeper', () => {
  it('gives the same edges when only an agency moved', () => {
    const edgesOf = edgeKeeper();
    const first = edgesOf(board, none, lit);
    const moved = { ...board, agencies: board.agencies.map((a) => (a.id === 'gp' ? { ...a, position: { x: 40, y: 9 } } : a)) };
    expect(edgesOf(moved, none, lit)).toBe(first);
  });

  it('makes a new object only for the edge whose relationship, exchanges, names or selection changed', () => {
    const edgesOf = edgeKeeper();
    const [gpSc, scHous] = edgesOf(board, none, lit);
    const withExchange = {
      ...board,
      exchanges: [createExchange('x', { relationshipId: 'gp-sc', from: 'gp', to: 'sc', currency: 'referrals', description: '' })],
    };
    const afterExchange = edgesOf(withExchange, none, lit);
    expect(afterExchange[0]).not.toBe(gpSc);
    expect(afterExchange[0]?.data?.forward).toHaveLength(1);
    expect(afterExchange[1]).toBe(scHous);

    const renamed = { ...withExchange, agencies: withExchange.agencies.map((a) => (a.id === 'hous' ? { ...a, name: 'Homes' } : a)) };
    const afterRename = edgesOf(renamed, none, lit);
    expect(afterRename[0]).toBe(afterExchange[0]);
    expect(afterRename[1]?.ariaLabel).toContain('Homes');

    // A selected line is drawn last, over the others: look edges up by id.
    const afterSelect = edgesOf(renamed, new Set(['gp-sc']), lit);
    const edge = (id: string) => afterSelect.find((e) => e.id === id);
    expect(edge('gp-sc')?.selected).toBe(true);
    expect(edge('sc-hous')).toBe(afterRename[1]);
  });
});
