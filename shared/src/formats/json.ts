import { BoardSchema, DEFAULT_DEFINITION, DEFAULT_TITLE, type Board } from '../model/board.ts';
import { CURRENT_SCHEMA_VERSION } from '../doc/migrations.ts';
import { ImportError, isObject, parseJsonFile, refuseIfProblems, zodProblems } from './importError.ts';
import { integrityProblems } from './integrity.ts';

export const JSON_FORMAT = 'partnermap';

/** What a .json export holds: the board with the schema version it was written at. */
export interface BoardJson {
  format: typeof JSON_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  board: Board;
}

type RawBoard = Record<string, unknown>;

/**
 * Ordered migrations of an exported board, one for each doc migration (shared/src/doc/
 * migrations.ts): each moves a plain board from `to - 1` to `to`, so an old file imports.
 */
export interface JsonMigration {
  to: number;
  description: string;
  migrate(board: RawBoard): void;
}

export const JSON_MIGRATIONS: readonly JsonMigration[] = [
  {
    to: 1,
    description: 'Boards from before schema versioning get a title, the working definition and empty review answers',
    migrate(board) {
      const meta = isObject(board.meta) ? board.meta : {};
      if (typeof meta.title !== 'string') meta.title = DEFAULT_TITLE;
      if (typeof meta.definition !== 'string') meta.definition = DEFAULT_DEFINITION;
      if (!isObject(meta.reviewAnswers)) meta.reviewAnswers = {};
      board.meta = meta;
    },
  },
  {
    to: 2,
    description: "Review answers become {answer, changedBy, status}; relationships get each side's own rating of integration",
    migrate(board) {
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
];

export function boardToJson(board: Board, exportedAt: Date = new Date()): string {
  const envelope: BoardJson = {
    format: JSON_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exportedAt: exportedAt.toISOString(),
    board: { ...board, meta: { ...board.meta, schemaVersion: CURRENT_SCHEMA_VERSION } },
  };
  return JSON.stringify(envelope, null, 2);
}

/**
 * Reads a .json export into a validated board at the current schema version, migrating older
 * files. Throws an ImportError naming each field at fault (`agencies[3].sector: ...`).
 */
export function parseBoardJson(text: string): Board {
  const raw = parseJsonFile(text);
  if (!isObject(raw) || raw.format !== JSON_FORMAT) {
    throw new ImportError([{ where: 'format', message: `this is not a Partnermap export (expected "format": "${JSON_FORMAT}")` }]);
  }
  const version = raw.schemaVersion ?? 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new ImportError([{ where: 'schemaVersion', message: 'expected a whole number' }]);
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    throw new ImportError([
      {
        where: 'schemaVersion',
        message: `this file was saved by a newer version of Partnermap (schema ${version}; this one knows up to ${CURRENT_SCHEMA_VERSION})`,
      },
    ]);
  }
  if (!isObject(raw.board)) throw new ImportError([{ where: 'board', message: 'expected the board as an object' }]);

  // Freshly parsed and held by no one else, so the migrations may change it in place.
  const board: RawBoard = raw.board;
  for (const m of JSON_MIGRATIONS) {
    if (m.to > version) m.migrate(board);
  }
  if (isObject(board.meta)) board.meta.schemaVersion = CURRENT_SCHEMA_VERSION;
  const parsed = BoardSchema.safeParse(board);
  if (!parsed.success) throw new ImportError(zodProblems(parsed.error));
  refuseIfProblems(integrityProblems(parsed.data));
  return parsed.data;
}
