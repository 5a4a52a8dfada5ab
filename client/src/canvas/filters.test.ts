import { describe, expect, it } from 'vitest';
import { createAgency, createExchange, createRelationship, type Board } from '@partnermap/shared/model';
import { litKeeper, litOnBoard, NO_FILTERS, sameLitOr, type Filters } from './filters.ts';

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

describe('litKeeper', () => {
  const lit = (b: Board, f: Filters) => litOnBoard(b, f);
  const plain = (l: ReturnType<typeof lit>) => ({ agencies: [...l.agencies].sort(), relationships: [...l.relationships].sort() });

  it('answers as litOnBoard after any sequence of edits, and a move costs no new sets', () => {
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const filterChoices: Filters[] = [NO_FILTERS, { ...NO_FILTERS, sectors: ['housing', 'social-care'] }, { ...NO_FILTERS, degrees: [3] }, { ...NO_FILTERS, currencies: ['referrals', 'premises'] }];
    const sectors = ['housing', 'social-care', 'nhs-primary-care'] as const;
    const keep = litKeeper();
    let current = board;
    let filters = NO_FILTERS;
    for (let step = 0; step < 300; step++) {
      const agencies = current.agencies;
      const i = next(agencies.length);
      const before = keep(current, filters);
      const edit = next(7);
      if (edit === 0) {
        current = { ...current, agencies: agencies.map((a, j) => (j === i ? { ...a, position: { x: next(500), y: next(500) } } : a)) };
        expect(keep(current, filters)).toBe(before);
      } else if (edit === 1) {
        current = { ...current, agencies: agencies.map((a, j) => (j === i ? { ...a, sector: sectors[next(sectors.length)]! } : a)) };
      } else if (edit === 2) {
        current = { ...current, agencies: agencies.map((a, j) => (j === i ? { ...a, values: next(2) ? ['premises'] : [] } : a)) };
      } else if (edit === 3) {
        current = { ...current, relationships: current.relationships.map((r) => ({ ...r, integration: (1 + next(4)) as 1 | 2 | 3 | 4 })) };
      } else if (edit === 4) {
        current = { ...current, exchanges: current.exchanges.map((x) => ({ ...x, currency: next(2) ? 'referrals' : 'premises' })) };
      } else if (edit === 5) {
        filters = filterChoices[next(filterChoices.length)]!;
      } else {
        current = { ...current, agencies: agencies.map((a, j) => (j === i ? { ...a, name: `Renamed ${step}` } : a)) };
        expect(keep(current, filters)).toBe(before);
      }
      expect(plain(keep(current, filters))).toEqual(plain(lit(current, filters)));
    }
  });
});
