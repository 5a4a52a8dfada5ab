import { BoardSchema, type Board } from '../model/board.ts';
import { CURRENT_SCHEMA_VERSION, migratePlainBoard, type PlainBoard } from '../doc/migrations.ts';
import { ImportError, isObject, parseJsonFile, refuseIfProblems } from './importError.ts';
import { integrityProblems } from './integrity.ts';
import { plainSchemaProblems } from './plainPlace.ts';

export const JSON_FORMAT = 'partnermap';

/** What a .json export holds: the board with the schema version it was written at. */
export interface BoardJson {
  format: typeof JSON_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  board: Board;
}

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
 * files. Throws an ImportError naming each field at fault in plain words ("Agency 4 (Riverside GP),
 * field "Sector": ...").
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
  const board: PlainBoard = raw.board;
  migratePlainBoard(board, version);
  const parsed = BoardSchema.safeParse(board);
  if (!parsed.success) throw new ImportError(plainSchemaProblems(board, parsed.error));
  refuseIfProblems(integrityProblems(parsed.data));
  return parsed.data;
}
