import { describe, expect, it } from 'vitest';
import { createAgency, createExchange, createRelationship, type Board } from '@partnermap/shared/model';
import { NO_FILTERS, litOnBoard } from './filters.ts';
import { edgeKeeper } from './keepEdges.ts';
import { toEdges } from './toFlow.ts';

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

  it('after any run of clicks, filters, renames and new exchanges, gives what toEdges makes afresh, keeping every unchanged edge', () => {
    let seed = 3;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
    const agencies = Array.from({ length: 12 }, (_, i) => createAgency(`a${i}`, { name: `Agency ${i}` }));
    const relationships = Array.from({ length: 30 }, (_, i) => createRelationship(`r${i}`, agencies[i % 12]!.id, agencies[(i * 5 + 1) % 12]!.id));
    let current: Board = { ...board, agencies, relationships, exchanges: [] };
    let selected: ReadonlySet<string> = none;
    let shown = litOnBoard(current, NO_FILTERS);
    const edgesOf = edgeKeeper();
    let before = edgesOf(current, selected, shown);
    for (let step = 0; step < 300; step++) {
      const roll = next();
      if (roll < 0.35) selected = new Set(relationships.filter(() => next() < 0.1).map((r) => r.id));
      else if (roll < 0.65) shown = { agencies: shown.agencies, relationships: new Set(relationships.filter(() => next() < 0.7).map((r) => r.id)) };
      else if (roll < 0.8) {
        const r = pick(relationships);
        const forward = next() < 0.5;
        const exchange = createExchange(`x${step}`, { relationshipId: r.id, from: forward ? r.source : r.target, to: forward ? r.target : r.source, currency: pick(['referrals', 'money', 'staff-time'] as const), description: '' });
        current = { ...current, exchanges: [...current.exchanges, exchange] };
      } else if (roll < 0.9) {
        const renamed = pick(agencies).id;
        current = { ...current, agencies: current.agencies.map((a) => (a.id === renamed ? { ...a, name: `Renamed ${step}` } : a)) };
      } else {
        // Nothing that edges show: an agency moved.
        current = { ...current, agencies: current.agencies.map((a, i) => (i === 0 ? { ...a, position: { x: step, y: 0 } } : a)) };
      }
      const after = edgesOf(current, selected, shown);
      expect(after).toEqual(toEdges(current, selected, shown));
      const was = new Map(before.map((e) => [e.id, e]));
      for (const edge of after) {
        const old = was.get(edge.id)!;
        const same = old.selected === edge.selected && old.ariaLabel === edge.ariaLabel && old.data?.dimmed === edge.data?.dimmed && old.data?.forward.length === edge.data?.forward.length && old.data?.backward.length === edge.data?.backward.length;
        if (same) expect(edge, `${edge.id} at step ${step}`).toBe(old);
      }
      before = after;
    }
  });
});
