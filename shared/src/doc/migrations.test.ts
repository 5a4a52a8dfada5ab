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
