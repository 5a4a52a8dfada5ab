import { describe, expect, it } from 'vitest';
import { addAgency, connectAgencies, createBoardDoc, readBoard } from '@partnermap/shared/doc';
import { lossWords } from './lossWords.ts';

function board() {
  const doc = createBoardDoc({ title: 'Discharge' });
  const gp = addAgency(doc, { name: 'Riverside Surgery' });
  const asc = addAgency(doc, { name: 'Adult Social Care' });
  const rel = connectAgencies(doc, gp, asc);
  return { board: readBoard(doc).board, gp, asc, rel };
}

describe('words for lost work', () => {
  it('names who replaced an agency name, what it reads now, and gives the lost text', () => {
    const { board: b, gp } = board();
    const words = lossWords({ kind: 'text', root: 'agencies', id: gp, field: 'name', lost: 'Riverside GP', now: 'Riverside Surgery', by: 7 }, b, 'Ben Okafor');
    expect(words).toEqual({
      headline:
        'Ben Okafor changed the name of an agency at the same time as you, and their text was kept; it now reads “Riverside Surgery”. Your text is below to copy.',
      lost: 'Riverside GP',
    });
  });

  it("names the relationship whose notes were replaced, and says 'a colleague' when nobody knows who", () => {
    const { board: b, rel } = board();
    const words = lossWords({ kind: 'text', root: 'relationships', id: rel, field: 'notes', lost: 'Monthly', now: '', by: 7 }, b, undefined);
    expect(words.headline).toBe(
      'A colleague changed the notes of the relationship between Riverside Surgery and Adult Social Care at the same time as you, and their text was kept. Your text is below to copy.',
    );
  });

  it('says which agency was removed when an offline relationship is dropped, with the relationship to copy', () => {
    const { board: b, gp } = board();
    const words = lossWords(
      {
        kind: 'dropped',
        root: 'relationships',
        id: 'r',
        missing: ['gone'],
        lost: { source: gp, target: 'gone', sourceName: 'Riverside Surgery', targetName: 'Abbey Housing', integration: 3, kind: 'cooperative', notes: 'Joint panel' },
      },
      b,
      undefined,
    );
    expect(words).toEqual({
      headline:
        'The relationship you added between Riverside Surgery and Abbey Housing is no longer on the board: Abbey Housing was removed by a colleague while you were apart.',
      lost: 'Riverside Surgery and Abbey Housing: collaboration, cooperative. Notes: Joint panel',
    });
  });

  it('describes a dropped exchange in the words of the map', () => {
    const { board: b } = board();
    const words = lossWords(
      { kind: 'dropped', root: 'exchanges', id: 'e', missing: ['gone'], lost: { from: 'c', to: 'gone', fromName: 'Council', toName: 'Abbey Housing', currency: 'money', description: 'Grant' } },
      b,
      'Ben Okafor',
    );
    expect(words.lost).toBe('Council gives Abbey Housing money / budget: Grant');
    expect(words.headline).toContain('Abbey Housing was removed by Ben Okafor');
  });
});
