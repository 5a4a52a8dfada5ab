import { describe, expect, it } from 'vitest';
import { createAgency, createExchange, createRelationship, type Board } from '@partnermap/shared/model';
import { litOnBoard, NO_FILTERS, sameLitOr, type Filters } from './filters.ts';

const board: Board = {
  meta: { title: 'T', definition: '', reviewAnswers: {}, schemaVersion: 1 },
  goals: [],
  agencies: [
    createAgency('gp', { sector: 'nhs-primary-care' }),
    createAgency('hous', { sector: 'housing', values: ['premises'] }),
    createAgency('sc', { sector: 'social-care' }),
    createAgency('lone', { sector: 'housing' }),
  ],
  relationships: [
    createRelationship('gp-sc', 'gp', 'sc', { integration: 3 }),
    createRelationship('sc-hous', 'sc', 'hous', { integration: 1 }),
  ],
  exchanges: [
    createExchange('x1', { relationshipId: 'gp-sc', from: 'gp', to: 'sc', currency: 'referrals', description: '' }),
  ],
  partnerships: [],
};

const cases: [string, Partial<Filters>, string[], string[]][] = [
  ['no filter lights everything', {}, ['gp', 'hous', 'lone', 'sc'], ['gp-sc', 'sc-hous']],
  ['a sector lights its agencies and the relationships among them', { sectors: ['housing'] }, ['hous', 'lone'], []],
  ['two sectors light the relationship between them', { sectors: ['social-care', 'housing'] }, ['hous', 'lone', 'sc'], ['sc-hous']],
  ['a degree lights its relationships and their agencies', { degrees: [3] }, ['gp', 'sc'], ['gp-sc']],
  ['a currency lights the relationships it flows along', { currencies: ['referrals'] }, ['gp', 'sc'], ['gp-sc']],
  ['a currency also lights agencies that value it', { currencies: ['premises'] }, ['hous'], []],
  ['filters combine: degree and sector', { degrees: [1], sectors: ['nhs-primary-care', 'social-care'] }, [], []],
];

describe('litOnBoard', () => {
  it.each(cases)('%s', (_name, f, agencies, relationships) => {
    const lit = litOnBoard(board, { ...NO_FILTERS, ...f });
    expect([...lit.agencies].sort()).toEqual(agencies);
    expect([...lit.relationships].sort()).toEqual(relationships);
  });
});

describe('sameLitOr', () => {
  it('keeps the earlier sets while the same ids are lit, and takes new ones when they differ', () => {
    const first = litOnBoard(board, NO_FILTERS);
    const moved = { ...board, agencies: board.agencies.map((a) => ({ ...a, position: { x: 9, y: 9 } })) };
    expect(sameLitOr(first, litOnBoard(moved, NO_FILTERS))).toBe(first);
    const filtered = litOnBoard(board, { ...NO_FILTERS, sectors: ['housing'] });
    expect(sameLitOr(first, filtered)).toBe(filtered);
  });
});
