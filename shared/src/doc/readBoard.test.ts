import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addAgency } from './agencies.ts';
import { createBoardDoc } from './boardDoc.ts';
import { readBoard } from './readBoard.ts';
import { connectAgencies } from './relationships.ts';

/** Writes an entity with yjs directly, as an old or faulty peer could. */
function writeRaw(doc: Y.Doc, rootName: string, id: string, fields: Record<string, unknown>): void {
  const entity = new Y.Map<unknown>();
  for (const [k, v] of Object.entries(fields)) entity.set(k, v);
  doc.getMap(rootName).set(id, entity);
}

describe('readBoard', () => {
  it.each([
    ['agencies', 'bad-sector', { name: 'X', sector: 'helth', description: '', contact: '', values: [], position: { x: 0, y: 0 } }, /sector/],
    ['agencies', 'no-position', { name: 'X', sector: 'housing', description: '', contact: '', values: [] }, /position/],
    ['goals', 'number-outcome', { outcome: 42 }, /outcome/],
  ])('skips an entry of %s that fails its schema (%s) and reports it', (rootName, id, fields, field) => {
    const doc = createBoardDoc();
    const good = addAgency(doc, { name: 'Good' });
    writeRaw(doc, rootName, id, fields);
    const { board, problems } = readBoard(doc);
    expect(board.agencies.map((a) => a.id)).toEqual([good]);
    expect(board.goals).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ entity: rootName, id });
    expect(problems[0]?.message).toMatch(field);
  });

  it('leaves out a relationship with an integration degree off the scale', () => {
    const doc = createBoardDoc();
    const a = addAgency(doc);
    const b = addAgency(doc);
    const rel = connectAgencies(doc, a, b);
    doc.getMap<Y.Map<unknown>>('relationships').get(rel)?.set('integration', 7);
    const { board, problems } = readBoard(doc);
    expect(board.relationships).toEqual([]);
    expect(problems).toEqual([{ entity: 'relationships', id: rel, message: expect.stringMatching(/^integration: /) }]);
  });

  it('falls back to a default meta and reports it when the title is not text', () => {
    const doc = createBoardDoc({ title: 'Frailty pathway' });
    doc.getMap('meta').set('title', 12);
    const { board, problems } = readBoard(doc);
    expect(board.meta.title).toBe('Untitled board');
    expect(problems).toEqual([{ entity: 'meta', id: 'meta', message: expect.stringMatching(/^title: /) }]);
  });

  it('reads a relationship written without the sides (by a peer on an older version) as not yet rated', () => {
    const doc = createBoardDoc();
    const a = addAgency(doc);
    const b = addAgency(doc);
    writeRaw(doc, 'relationships', 'old', {
      source: a, target: b, integration: 2, kind: 'cooperative', formality: 'informal', direction: 'horizontal',
      level: 'operational', trustFromSource: 'unknown', trustFromTarget: 'high', notes: '', goalIds: [],
    });
    const { board, problems } = readBoard(doc);
    expect(problems).toEqual([]);
    expect(board.relationships[0]).toMatchObject({ id: 'old', integrationFromSource: null, integrationFromTarget: null, trustFromTarget: 'high' });
  });
});
