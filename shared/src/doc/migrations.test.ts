import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DEFINITION } from '../model/board.ts';
import { createBoardDoc } from './boardDoc.ts';
import { CURRENT_SCHEMA_VERSION, MIGRATIONS, migrateDoc, schemaVersionOf } from './migrations.ts';
import { readBoard } from './readBoard.ts';

describe('migrations', () => {
  it('are numbered 1, 2, 3... in order, so each takes a doc one version up', () => {
    expect(MIGRATIONS.map((m) => m.to)).toEqual(MIGRATIONS.map((_m, i) => i + 1));
    expect(CURRENT_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('migration 1: an unversioned board gets a title, the working definition and the current version', () => {
    const doc = new Y.Doc();
    doc.getMap('agencies'); // a board from before versioning: content but no meta
    expect(schemaVersionOf(doc)).toBe(0);
    expect(migrateDoc(doc)).toEqual({ from: 0, to: CURRENT_SCHEMA_VERSION });
    const meta = doc.getMap('meta');
    expect(meta.get('title')).toBe('Untitled board');
    expect(meta.get('definition')).toBe(DEFAULT_DEFINITION);
    expect(meta.get('schemaVersion')).toBe(CURRENT_SCHEMA_VERSION);
    expect(readBoard(doc).problems).toEqual([]);
  });

  it('migration 1 keeps a title and definition the board already had', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('title', 'Hospital discharge');
    doc.getMap('meta').set('definition', 'Our own words');
    migrateDoc(doc);
    expect(readBoard(doc).board.meta).toMatchObject({ title: 'Hospital discharge', definition: 'Our own words' });
  });

  it('migration 2: plain-string review answers become open answers nobody is named for; relationships get unrated sides', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('schemaVersion', 1);
    doc.getMap('review').set('goal', 'Fewer delayed discharges');
    for (const [id, name] of [['a', 'Ward'], ['b', 'Reablement']] as const) {
      const agency = new Y.Map<unknown>();
      for (const [k, v] of Object.entries({ name, sector: 'other', description: '', contact: '', values: [], position: { x: 0, y: 0 } })) agency.set(k, v);
      doc.getMap('agencies').set(id, agency);
    }
    const rel = new Y.Map<unknown>();
    const fields = { source: 'a', target: 'b', integration: 3, kind: 'cooperative', formality: 'formal', direction: 'horizontal', level: 'operational', trustFromSource: 'high', trustFromTarget: 'low', notes: '', goalIds: [] };
    for (const [k, v] of Object.entries(fields)) rel.set(k, v);
    doc.getMap('relationships').set('r', rel);

    expect(migrateDoc(doc)).toEqual({ from: 1, to: CURRENT_SCHEMA_VERSION });
    const review = doc.getMap<Y.Map<unknown>>('review').get('goal');
    expect(review).toBeInstanceOf(Y.Map);
    expect(review?.toJSON()).toEqual({ answer: 'Fewer delayed discharges', changedBy: '', status: 'open' });
    expect(doc.getMap<Y.Map<unknown>>('relationships').get('r')?.toJSON()).toMatchObject({
      integrationFromSource: null,
      integrationFromTarget: null,
      trustFromSource: 'high',
    });
    const { board, problems } = readBoard(doc);
    expect(problems).toEqual([]);
    expect(board.meta.reviewAnswers).toEqual({ goal: { answer: 'Fewer delayed discharges', changedBy: '', status: 'open' } });
    expect(board.relationships[0]).toMatchObject({ integration: 3, integrationFromSource: null, integrationFromTarget: null });
  });

  it('a plain-string answer written by a peer on an older version still reads, as an open answer', () => {
    const doc = createBoardDoc();
    doc.getMap('review').set('axes', 'Collaboration, and that is right');
    const { board, problems } = readBoard(doc);
    expect(problems).toEqual([]);
    expect(board.meta.reviewAnswers.axes).toEqual({ answer: 'Collaboration, and that is right', changedBy: '', status: 'open' });
  });

  it('leaves a current board alone', () => {
    const doc = createBoardDoc({ title: 'Current' });
    const before = Y.encodeStateAsUpdate(doc);
    expect(migrateDoc(doc)).toEqual({ from: CURRENT_SCHEMA_VERSION, to: CURRENT_SCHEMA_VERSION });
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('refuses a board saved by a newer version with a clear error', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('schemaVersion', CURRENT_SCHEMA_VERSION + 1);
    expect(() => migrateDoc(doc)).toThrow(/newer version of Partnermap/);
    expect(schemaVersionOf(doc)).toBe(CURRENT_SCHEMA_VERSION + 1);
  });
});
