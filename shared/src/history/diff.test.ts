import { describe, expect, it } from 'vitest';
import { createAgency, createBoardMeta, createExchange, createPartnership, createRelationship, type Board } from '../model/index.ts';
import { diffBoards, isEmptyDiff } from './diff.ts';
import { compareMeasures } from './measures.ts';

/** Last year's review: a ward, social work and housing; ward–social work co-ordinating, ward–housing communicating. */
const before: Board = {
  meta: createBoardMeta({ title: 'Discharge' }),
  goals: [],
  agencies: [
    createAgency('ward', { name: 'Ward 7', sector: 'nhs-acute' }),
    createAgency('social', { name: 'Social work team', sector: 'social-care' }),
    createAgency('housing', { name: 'Housing options', sector: 'housing' }),
  ],
  relationships: [
    createRelationship('r-ws', 'ward', 'social', { integration: 2 }),
    createRelationship('r-wh', 'ward', 'housing', { integration: 1 }),
  ],
  exchanges: [createExchange('x-1', { relationshipId: 'r-ws', from: 'ward', to: 'social', currency: 'information', description: 'discharge dates' })],
  partnerships: [createPartnership('p-hub', ['ward', 'social'], { name: 'Discharge hub' })],
};

/**
 * This year: housing left (with its relationship), a carers centre joined, the ward was renamed
 * and moved, ward–social work moved up to collaboration and became formal, the hub took the
 * carers centre in, and social work now sends staff time back.
 */
const after: Board = {
  ...before,
  agencies: [
    createAgency('ward', { name: 'Ward 7 (frailty)', sector: 'nhs-acute', position: { x: 40, y: 0 } }),
    createAgency('social', { name: 'Social work team', sector: 'social-care' }),
    createAgency('carers', { name: 'Carers centre', sector: 'voluntary-community' }),
  ],
  relationships: [
    createRelationship('r-ws', 'ward', 'social', { integration: 3, formality: 'formal' }),
    createRelationship('r-wc', 'ward', 'carers', { integration: 1 }),
  ],
  exchanges: [
    before.exchanges[0]!,
    createExchange('x-2', { relationshipId: 'r-ws', from: 'social', to: 'ward', currency: 'staff-time', description: '' }),
  ],
  partnerships: [createPartnership('p-hub', ['ward', 'social', 'carers'], { name: 'Discharge hub' })],
};

describe('diffBoards', () => {
  it('lists what was added, removed and changed, field by field, with the degree moved', () => {
    expect(diffBoards(before, after)).toEqual({
      agencies: { added: ['carers'], removed: ['housing'], changed: [{ id: 'ward', fields: ['name', 'position'] }] },
      relationships: {
        added: ['r-wc'],
        removed: ['r-wh'],
        changed: [{ id: 'r-ws', fields: ['integration', 'formality'], integration: { from: 2, to: 3 } }],
      },
      exchanges: { added: ['x-2'], removed: [], changed: [] },
      partnerships: { added: [], removed: [], changed: [{ id: 'p-hub', fields: ['memberIds'] }] },
    });
  });

  it('reads the other way as the mirror image: the degree moves down', () => {
    const back = diffBoards(after, before);
    expect(back.agencies).toMatchObject({ added: ['housing'], removed: ['carers'] });
    expect(back.relationships.changed).toEqual([{ id: 'r-ws', fields: ['integration', 'formality'], integration: { from: 3, to: 2 } }]);
    expect(back.exchanges).toEqual({ added: [], removed: ['x-2'], changed: [] });
  });

  it('finds nothing between a board and itself', () => {
    expect(isEmptyDiff(diffBoards(before, before))).toBe(true);
    expect(isEmptyDiff(diffBoards(before, after))).toBe(false);
  });
});

describe('compareMeasures', () => {
  it('puts the measures side by side with their change', () => {
    const byMeasure = Object.fromEntries(compareMeasures(before, after).map((m) => [m.measure, m]));
    // Three agencies, two relationships, both years: density 2/3 both times.
    expect(byMeasure.density).toEqual({ measure: 'density', from: 2 / 3, to: 2 / 3, change: 0 });
    // Mean degree (2 + 1) / 2 = 1.5, then (3 + 1) / 2 = 2.
    expect(byMeasure.meanIntegration).toEqual({ measure: 'meanIntegration', from: 1.5, to: 2, change: 0.5 });
    // One gift, unreturned; then returned both ways.
    expect(byMeasure.exchangeReciprocity).toEqual({ measure: 'exchangeReciprocity', from: 0, to: 1, change: 1 });
  });
});
