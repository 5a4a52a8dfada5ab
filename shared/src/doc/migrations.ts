import * as Y from 'yjs';
import { DEFAULT_DEFINITION, DEFAULT_TITLE } from '../model/board.ts';
import { MIGRATION_ORIGIN } from './origins.ts';

/**
 * Ordered migrations of the document layout. Each moves a doc from `to - 1` to `to`; a schema
 * change adds one here with a test in migrations.test.ts.
 */
export interface Migration {
  to: number;
  description: string;
  migrate(doc: Y.Doc): void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    to: 1,
    description: 'Boards from before schema versioning get a title and the working definition of partnership',
    migrate(doc) {
      const meta = doc.getMap('meta');
      if (typeof meta.get('title') !== 'string') meta.set('title', DEFAULT_TITLE);
      if (typeof meta.get('definition') !== 'string') meta.set('definition', DEFAULT_DEFINITION);
    },
  },
  {
    to: 2,
    description:
      "Review answers become {answer, changedBy, status}; relationships get each side's own rating of integration (not yet rated)",
    migrate(doc) {
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
  },
];

export const CURRENT_SCHEMA_VERSION = MIGRATIONS.length;

export function schemaVersionOf(doc: Y.Doc): number {
  const v = doc.getMap('meta').get('schemaVersion');
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
}

/**
 * Brings a doc up to the current schema version in one transaction. Returns the versions it
 * passed through. A doc from a newer version of Partnermap is left alone and reported.
 */
export function migrateDoc(doc: Y.Doc): { from: number; to: number } {
  const from = schemaVersionOf(doc);
  if (from > CURRENT_SCHEMA_VERSION) {
    throw new Error(
      `This board was saved by a newer version of Partnermap (schema ${from}; this one knows up to ${CURRENT_SCHEMA_VERSION})`,
    );
  }
  if (from === CURRENT_SCHEMA_VERSION) return { from, to: from };
  doc.transact(() => {
    for (const m of MIGRATIONS) {
      if (m.to > from) m.migrate(doc);
    }
    doc.getMap('meta').set('schemaVersion', CURRENT_SCHEMA_VERSION);
  }, MIGRATION_ORIGIN);
  return { from, to: CURRENT_SCHEMA_VERSION };
}
