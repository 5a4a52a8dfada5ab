import * as Y from 'yjs';
import { isObject } from '../formats/importError.ts';
import { DEFAULT_DEFINITION, DEFAULT_TITLE } from '../model/board.ts';
import { yDocOf, type BoardDoc } from './brand.ts';
import { MIGRATION_ORIGIN } from './origins.ts';

/** A board as a JSON export holds it, before it is validated: any field may be missing or wrong. */
export type PlainBoard = Record<string, unknown>;

/**
 * One step of the schema, from `to - 1` to `to`, made to a live board's doc and to a plain board
 * from an older JSON export alike, so that both end in the same board. A schema change adds one
 * entry here, with both parts, and migrations.test.ts checks they agree.
 */
export interface Migration {
  to: number;
  description: string;
  migrateDoc(doc: Y.Doc): void;
  /** Changes the board in place; it is validated only after every step has run. */
  migrateBoard(board: PlainBoard): void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    to: 1,
    description: 'Boards from before schema versioning get a title and the working definition of partnership',
    migrateDoc(doc) {
      const meta = doc.getMap('meta');
      if (typeof meta.get('title') !== 'string') meta.set('title', DEFAULT_TITLE);
      if (typeof meta.get('definition') !== 'string') meta.set('definition', DEFAULT_DEFINITION);
    },
    migrateBoard(board) {
      const meta = isObject(board.meta) ? board.meta : {};
      if (typeof meta.title !== 'string') meta.title = DEFAULT_TITLE;
      if (typeof meta.definition !== 'string') meta.definition = DEFAULT_DEFINITION;
      // A doc keeps review answers in a map of their own, present even when empty.
      if (!isObject(meta.reviewAnswers)) meta.reviewAnswers = {};
      board.meta = meta;
    },
  },
  {
    to: 2,
    description:
      "Review answers become {answer, changedBy, status}; relationships get each side's own rating of integration (not yet rated)",
    migrateDoc(doc) {
      const review = doc.getMap<unknown>('review');
      for (const [question, entry] of Array.from(review.entries())) {
        if (typeof entry !== 'string') continue;
        const answer = new Y.Map<unknown>();
        answer.set('answer', entry);
        answer.set('changedBy', '');
        answer.set('status', 'open');
        review.set(question, answer);
      }
      doc.getMap<Y.Map<unknown>>('relationships').forEach((rel) => {
        for (const side of ['integrationFromSource', 'integrationFromTarget']) {
          if (!rel.has(side)) rel.set(side, null);
        }
      });
    },
    migrateBoard(board) {
      const meta = isObject(board.meta) ? board.meta : {};
      const answers = isObject(meta.reviewAnswers) ? meta.reviewAnswers : {};
      for (const [question, answer] of Object.entries(answers)) {
        if (typeof answer === 'string') answers[question] = { answer, changedBy: '', status: 'open' };
      }
      if (Array.isArray(board.relationships)) {
        for (const rel of board.relationships) {
          if (!isObject(rel)) continue;
          rel.integrationFromSource ??= null;
          rel.integrationFromTarget ??= null;
        }
      }
    },
  },
  {
    to: 3,
    description:
      'New entities leave out the fields that hold their default (LEFT_OUT_WHEN_DEFAULT), which read as that default: boards from before hold them all and read the same, so nothing is rewritten. An older Partnermap left open reads the new entities as unreadable until reloaded; from this version on, a page finding a newer board says to reload',
    migrateDoc() {},
    migrateBoard() {},
  },
];

export const CURRENT_SCHEMA_VERSION = MIGRATIONS.length;

export function schemaVersionOf(doc: BoardDoc): number {
  const v = yDocOf(doc).getMap('meta').get('schemaVersion');
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
}

/**
 * Brings a plain board from a JSON export written at schema `from` up to the current version, in
 * place. The caller refuses a file from a newer version first.
 */
export function migratePlainBoard(board: PlainBoard, from: number): void {
  for (const m of MIGRATIONS) {
    if (m.to > from) m.migrateBoard(board);
  }
  if (isObject(board.meta)) board.meta.schemaVersion = CURRENT_SCHEMA_VERSION;
}

/**
 * Brings a doc up to the current schema version in one transaction. Returns the versions it
 * passed through. A doc from a newer version of Partnermap is left alone and reported.
 */
export function migrateDoc(board: BoardDoc): { from: number; to: number } {
  const doc = yDocOf(board);
  const from = schemaVersionOf(board);
  if (from > CURRENT_SCHEMA_VERSION) {
    throw new Error(
      `This board was saved by a newer version of Partnermap (schema ${from}; this one knows up to ${CURRENT_SCHEMA_VERSION})`,
    );
  }
  if (from === CURRENT_SCHEMA_VERSION) return { from, to: from };
  doc.transact(() => {
    for (const m of MIGRATIONS) {
      if (m.to > from) m.migrateDoc(doc);
    }
    doc.getMap('meta').set('schemaVersion', CURRENT_SCHEMA_VERSION);
  }, MIGRATION_ORIGIN);
  return { from, to: CURRENT_SCHEMA_VERSION };
}
