import { describe, expect, it } from 'vitest';
import { addAgency } from './agencies.ts';
import { createBoardDoc } from './boardDoc.ts';
import { addExchange, removeExchange, updateExchange } from './exchanges.ts';
import { readBoard } from './readBoard.ts';
import { connectAgencies, removeRelationship, updateRelationship } from './relationships.ts';

function threeAgencies() {
  const doc = createBoardDoc();
  const a = addAgency(doc, { name: 'Acute trust', sector: 'nhs-acute' });
  const b = addAgency(doc, { name: 'Social care', sector: 'social-care' });
  const c = addAgency(doc, { name: 'Housing association', sector: 'housing' });
  return { doc, a, b, c };
}

describe('connectAgencies', () => {
  it('connects two agencies at communication by default', () => {
    const { doc, a, b } = threeAgencies();
    const id = connectAgencies(doc, a, b);
    const rel = readBoard(doc).board.relationships[0];
    expect(rel).toMatchObject({ id, source: a, target: b, integration: 1, kind: 'cooperative' });
  });

  it('refuses to connect an agency to itself', () => {
    const { doc, a } = threeAgencies();
    expect(() => connectAgencies(doc, a, a)).toThrow(/itself/);
    expect(readBoard(doc).board.relationships).toEqual([]);
  });

  it('refuses an agency that is not on the board', () => {
    const { doc, a } = threeAgencies();
    expect(() => connectAgencies(doc, a, 'missing')).toThrow(/No agency with id missing/);
  });

  it.each([
    ['the same direction', false],
    ['the reverse direction', true],
  ])('returns the existing relationship when the pair is connected again in %s', (_label, reverse) => {
    const { doc, a, b } = threeAgencies();
    const first = connectAgencies(doc, a, b, { integration: 3 });
    const again = reverse ? connectAgencies(doc, b, a, { integration: 1 }) : connectAgencies(doc, a, b);
    expect(again).toBe(first);
    const { relationships } = readBoard(doc).board;
    expect(relationships).toHaveLength(1);
    expect(relationships[0]?.integration).toBe(3);
  });

  it('updates a relationship and removes it with its exchanges', () => {
    const { doc, a, b } = threeAgencies();
    const rel = connectAgencies(doc, a, b);
    updateRelationship(doc, rel, { integration: 4, formality: 'formal', trustFromTarget: 'high' });
    expect(readBoard(doc).board.relationships[0]).toMatchObject({
      integration: 4,
      formality: 'formal',
      trustFromTarget: 'high',
    });
    addExchange(doc, { relationshipId: rel, from: a, to: b, currency: 'information', description: '' });
    removeRelationship(doc, rel);
    const { board, problems } = readBoard(doc);
    expect(board.relationships).toEqual([]);
    expect(board.exchanges).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('addExchange endpoints', () => {
  it.each([
    ['from source to target', 'a', 'b', true],
    ['from target to source', 'b', 'a', true],
    ['from an agency to itself', 'a', 'a', false],
    ['from an agency outside the relationship', 'c', 'b', false],
    ['to an agency outside the relationship', 'a', 'c', false],
  ] as const)('%s: accepted = %s', (_label, from, to, accepted) => {
    const ids = threeAgencies();
    const rel = connectAgencies(ids.doc, ids.a, ids.b);
    const add = () =>
      addExchange(ids.doc, { relationshipId: rel, from: ids[from], to: ids[to], currency: 'staff-time', description: '' });
    if (accepted) {
      const id = add();
      expect(readBoard(ids.doc).board.exchanges.map((e) => e.id)).toEqual([id]);
    } else {
      expect(add).toThrow(/between the two agencies of its relationship/);
      expect(readBoard(ids.doc).board.exchanges).toEqual([]);
    }
  });

  it('refuses an exchange along a relationship that does not exist', () => {
    const { doc, a, b } = threeAgencies();
    expect(() =>
      addExchange(doc, { relationshipId: 'nope', from: a, to: b, currency: 'money', description: '' }),
    ).toThrow(/No relationship with id nope/);
  });

  it('updates the currency and description of an exchange, then removes it', () => {
    const { doc, a, b } = threeAgencies();
    const rel = connectAgencies(doc, a, b);
    const ex = addExchange(doc, { relationshipId: rel, from: a, to: b, currency: 'money', description: '' });
    updateExchange(doc, ex, { currency: 'employment', description: 'apprenticeships' });
    expect(readBoard(doc).board.exchanges[0]).toMatchObject({ currency: 'employment', description: 'apprenticeships' });
    removeExchange(doc, ex);
    expect(readBoard(doc).board.exchanges).toEqual([]);
  });
});
