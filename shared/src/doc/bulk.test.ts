import { describe, expect, it } from 'vitest';
import { addAgency, removeAgency } from './agencies.ts';
import { createBoardDoc, setReadOnly, ReadOnlyBoardError } from './boardDoc.ts';
import { updateAgencies, updateRelationships } from './bulk.ts';
import { readBoard } from './readBoard.ts';
import { connectAgencies } from './relationships.ts';
import { createBoardUndo } from './undo.ts';

function boardOfFour() {
  const doc = createBoardDoc();
  const ids = ['A', 'B', 'C', 'D'].map((name) => addAgency(doc, { name, sector: 'housing', contact: `${name} lead` }));
  return { doc, ids };
}

describe('bulk edits', () => {
  it('sets one field on every chosen agency and leaves the others and other fields alone', () => {
    const { doc, ids } = boardOfFour();
    expect(updateAgencies(doc, [ids[0]!, ids[2]!], { sector: 'police-justice' })).toEqual([ids[0], ids[2]]);
    const board = readBoard(doc).board;
    const byName = Object.fromEntries(board.agencies.map((a) => [a.name, a]));
    expect([byName.A?.sector, byName.B?.sector, byName.C?.sector, byName.D?.sector]).toEqual([
      'police-justice',
      'housing',
      'police-justice',
      'housing',
    ]);
    expect(byName.C?.contact).toBe('C lead');
  });

  it('is one undo step, however many rows it changed', () => {
    const { doc, ids } = boardOfFour();
    const undo = createBoardUndo(doc);
    updateAgencies(doc, ids, { description: 'Front door' });
    expect(readBoard(doc).board.agencies.every((a) => a.description === 'Front door')).toBe(true);
    undo.undo();
    expect(readBoard(doc).board.agencies.every((a) => a.description === '')).toBe(true);
    expect(undo.canUndo()).toBe(false);
  });

  it('skips rows a colleague removed meanwhile and says which were changed', () => {
    const { doc, ids } = boardOfFour();
    removeAgency(doc, ids[1]!);
    expect(updateAgencies(doc, ids, { values: ['money'] })).toEqual([ids[0], ids[2], ids[3]]);
  });

  it('refuses a value outside the vocabulary before writing anything', () => {
    const { doc, ids } = boardOfFour();
    expect(() => updateAgencies(doc, ids, { sector: 'hospital' as never })).toThrow();
    expect(readBoard(doc).board.agencies.every((a) => a.sector === 'housing')).toBe(true);
  });

  it('sets a relationship field across many, writing only that field', () => {
    const { doc, ids } = boardOfFour();
    const r1 = connectAgencies(doc, ids[0]!, ids[1]!, { integration: 1, notes: 'keep' });
    const r2 = connectAgencies(doc, ids[1]!, ids[2]!, { integration: 2, integrationFromSource: 4 });
    const r3 = connectAgencies(doc, ids[2]!, ids[3]!, { integration: 2 });
    updateRelationships(doc, [r1, r2], { integration: 3 });
    const rels = new Map(readBoard(doc).board.relationships.map((r) => [r.id, r]));
    expect([rels.get(r1)?.integration, rels.get(r2)?.integration, rels.get(r3)?.integration]).toEqual([3, 3, 2]);
    expect(rels.get(r1)?.notes).toBe('keep');
    expect(rels.get(r2)?.integrationFromSource).toBe(4);
  });

  it('changes nothing on a view-only board', () => {
    const { doc, ids } = boardOfFour();
    setReadOnly(doc, true);
    expect(() => updateAgencies(doc, ids, { sector: 'other' })).toThrow(ReadOnlyBoardError);
  });
});
