import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { BoardSchema, DEFAULT_DEFINITION } from '../model/board.ts';
import { ROOTS, createBoardDoc, encodeBoard, openBoardDoc, type BoardDoc } from './boardDoc.ts';
import { yDocOf } from './brand.ts';
import {
  CURRENT_SCHEMA_VERSION,
  MIGRATIONS,
  migrateDoc,
  migratePlainBoard,
  schemaVersionOf,
  type PlainBoard,
} from './migrations.ts';
import { readBoard } from './readBoard.ts';

type Fields = Record<string, unknown>;

const agency = (id: string, name: string) => ({
  id,
  name,
  sector: 'other',
  description: '',
  contact: '',
  values: [],
  position: { x: 0, y: 0 },
});
/** A relationship as schema 0 and 1 wrote it: no side's own rating of integration yet. */
const oldRelationship = {
  id: 'r',
  source: 'a',
  target: 'b',
  integration: 3,
  kind: 'cooperative',
  formality: 'formal',
  direction: 'horizontal',
  level: 'operational',
  trustFromSource: 'high',
  trustFromTarget: 'low',
  notes: '',
  goalIds: [],
};
const content = {
  goals: [],
  agencies: [agency('a', 'Ward'), agency('b', 'Reablement')],
  relationships: [oldRelationship],
  exchanges: [],
  partnerships: [],
};

/**
 * A board as each older version saved it, holding what the next steps change. A new schema
 * version adds the board its predecessor wrote.
 */
const OLD_BOARDS: Record<number, PlainBoard> = {
  0: { meta: {}, ...content },
  1: {
    meta: { title: 'Discharge', definition: 'Our words', schemaVersion: 1, reviewAnswers: { goal: 'Fewer delays' } },
    ...content,
  },
  2: {
    meta: {
      title: 'Discharge',
      definition: 'Our words',
      schemaVersion: 2,
      reviewAnswers: { goal: { answer: 'Fewer delays', changedBy: 'Ann', status: 'open' } },
    },
    ...content,
    relationships: [{ ...oldRelationship, integrationFromSource: null, integrationFromTarget: 4 }],
  },
};

/** Writes a plain board into a doc field by field, as an older Partnermap did, unvalidated. */
function docOf(board: PlainBoard): BoardDoc {
  const doc = openBoardDoc();
  const { reviewAnswers, ...meta } = board.meta as Fields;
  for (const [key, value] of Object.entries(meta)) yDocOf(doc).getMap('meta').set(key, value);
  for (const [question, answer] of Object.entries((reviewAnswers ?? {}) as Fields)) {
    yDocOf(doc).getMap('review').set(question, typeof answer === 'string' ? answer : entityMap(answer as Fields));
  }
  for (const name of ROOTS) {
    for (const { id, ...fields } of board[name] as Fields[]) yDocOf(doc).getMap(name).set(String(id), entityMap(fields));
  }
  return doc;
}

function entityMap(fields: Fields): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) map.set(key, value);
  return map;
}

/** Everything a doc holds, as a plain board: what an export of it would carry, unvalidated. */
function plainOf(doc: BoardDoc): PlainBoard {
  const roots = ROOTS.map((name) => {
    const entities = Array.from(yDocOf(doc).getMap<Y.Map<unknown>>(name).entries(), ([id, map]) => ({ id, ...map.toJSON() }));
    return [name, entities.sort((x, y) => (x.id < y.id ? -1 : 1))];
  });
  return { meta: { ...yDocOf(doc).getMap('meta').toJSON(), reviewAnswers: yDocOf(doc).getMap('review').toJSON() }, ...Object.fromEntries(roots) };
}

describe('migrations', () => {
  it('are numbered 1, 2, 3... in order, so each takes a doc one version up', () => {
    expect(MIGRATIONS.map((m) => m.to)).toEqual(MIGRATIONS.map((_m, i) => i + 1));
    expect(CURRENT_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('each step changes both a live doc and a plain board from an export file', () => {
    for (const m of MIGRATIONS) expect([typeof m.migrateDoc, typeof m.migrateBoard]).toEqual(['function', 'function']);
  });

  it.each(Array.from({ length: CURRENT_SCHEMA_VERSION }, (_v, version) => version))(
    'a board saved at schema %i ends the same whether its doc is migrated then exported, or exported then migrated',
    (version) => {
      const old = OLD_BOARDS[version];
      if (!old) throw new Error(`no board saved at schema ${version}: add one to OLD_BOARDS`);
      const doc = docOf(old);
      const exportedThenMigrated = plainOf(doc);
      migratePlainBoard(exportedThenMigrated, version);

      expect(migrateDoc(doc)).toEqual({ from: version, to: CURRENT_SCHEMA_VERSION });
      const migratedThenExported = plainOf(doc);
      expect(migratedThenExported).toEqual(exportedThenMigrated);
      expect(migratedThenExported).not.toEqual(old);
      expect(BoardSchema.safeParse(migratedThenExported).error).toBeUndefined();
    },
  );

  it('migration 1: an unversioned board gets a title, the working definition and the current version', () => {
    const doc = openBoardDoc();
    yDocOf(doc).getMap('agencies'); // a board from before versioning: content but no meta
    expect(schemaVersionOf(doc)).toBe(0);
    expect(migrateDoc(doc)).toEqual({ from: 0, to: CURRENT_SCHEMA_VERSION });
    const meta = yDocOf(doc).getMap('meta');
    expect(meta.get('title')).toBe('Untitled board');
    expect(meta.get('definition')).toBe(DEFAULT_DEFINITION);
    expect(meta.get('schemaVersion')).toBe(CURRENT_SCHEMA_VERSION);
    expect(readBoard(doc).problems).toEqual([]);
  });

  it('migration 1 keeps a title and definition the board already had', () => {
    const doc = openBoardDoc();
    yDocOf(doc).getMap('meta').set('title', 'Hospital discharge');
    yDocOf(doc).getMap('meta').set('definition', 'Our own words');
    migrateDoc(doc);
    expect(readBoard(doc).board.meta).toMatchObject({ title: 'Hospital discharge', definition: 'Our own words' });
  });

  it('migration 2: plain-string review answers become open answers nobody is named for; relationships get unrated sides', () => {
    const doc = openBoardDoc();
    yDocOf(doc).getMap('meta').set('schemaVersion', 1);
    yDocOf(doc).getMap('review').set('goal', 'Fewer delayed discharges');
    for (const [id, name] of [['a', 'Ward'], ['b', 'Reablement']] as const) {
      const agency = new Y.Map<unknown>();
      for (const [k, v] of Object.entries({ name, sector: 'other', description: '', contact: '', values: [], position: { x: 0, y: 0 } })) agency.set(k, v);
      yDocOf(doc).getMap('agencies').set(id, agency);
    }
    const rel = new Y.Map<unknown>();
    const fields = { source: 'a', target: 'b', integration: 3, kind: 'cooperative', formality: 'formal', direction: 'horizontal', level: 'operational', trustFromSource: 'high', trustFromTarget: 'low', notes: '', goalIds: [] };
    for (const [k, v] of Object.entries(fields)) rel.set(k, v);
    yDocOf(doc).getMap('relationships').set('r', rel);

    expect(migrateDoc(doc)).toEqual({ from: 1, to: CURRENT_SCHEMA_VERSION });
    const review = yDocOf(doc).getMap<Y.Map<unknown>>('review').get('goal');
    expect(review).toBeInstanceOf(Y.Map);
    expect(review?.toJSON()).toEqual({ answer: 'Fewer delayed discharges', changedBy: '', status: 'open' });
    expect(yDocOf(doc).getMap<Y.Map<unknown>>('relationships').get('r')?.toJSON()).toMatchObject({
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
    yDocOf(doc).getMap('review').set('axes', 'Collaboration, and that is right');
    const { board, problems } = readBoard(doc);
    expect(problems).toEqual([]);
    expect(board.meta.reviewAnswers.axes).toEqual({ answer: 'Collaboration, and that is right', changedBy: '', status: 'open' });
  });

  it('leaves a current board alone', () => {
    const doc = createBoardDoc({ title: 'Current' });
    const before = encodeBoard(doc);
    expect(migrateDoc(doc)).toEqual({ from: CURRENT_SCHEMA_VERSION, to: CURRENT_SCHEMA_VERSION });
    expect(encodeBoard(doc)).toEqual(before);
  });

  it('refuses a board saved by a newer version with a clear error', () => {
    const doc = openBoardDoc();
    yDocOf(doc).getMap('meta').set('schemaVersion', CURRENT_SCHEMA_VERSION + 1);
    expect(() => migrateDoc(doc)).toThrow(/newer version of Partnermap/);
    expect(schemaVersionOf(doc)).toBe(CURRENT_SCHEMA_VERSION + 1);
  });
});
