import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, MIGRATIONS } from '../doc/migrations.ts';
import { readBoard } from '../doc/readBoard.ts';
import { createBoardDocFrom } from '../doc/writeBoard.ts';
import { DEFAULT_DEFINITION } from '../model/board.ts';
import { sampleBoard } from './fixtures/sampleBoard.ts';
import { problemsOf } from './fixtures/problemsOf.ts';
import { boardToJson, parseBoardJson } from './json.ts';

function exported(edit: (file: Record<string, any>) => void, board = sampleBoard()): string {
  const file = JSON.parse(boardToJson(board));
  edit(file);
  return JSON.stringify(file);
}

describe('JSON export and import', () => {
  it('export then import into a new board gives an equal board', () => {
    const board = sampleBoard();
    const imported = createBoardDocFrom(parseBoardJson(boardToJson(board)));
    const reading = readBoard(imported);
    expect(reading.problems).toEqual([]);
    expect(reading.board).toEqual(board);
  });

  it('takes an export saved by an editor that adds a byte order mark', () => {
    const board = sampleBoard();
    expect(parseBoardJson(`\uFEFF${boardToJson(board)}`)).toEqual(board);
  });

  it('writes a versioned envelope', () => {
    const file = JSON.parse(boardToJson(sampleBoard(), new Date('2025-03-01T10:00:00Z')));
    expect(file).toMatchObject({
      format: 'partnermap',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      exportedAt: '2025-03-01T10:00:00.000Z',
    });
    expect(Object.keys(file.board).sort()).toEqual(
      ['agencies', 'exchanges', 'goals', 'meta', 'partnerships', 'relationships'],
    );
  });

  it('has a plain-board step for every schema version, so every older file can be brought up to date', () => {
    expect(MIGRATIONS.map((m) => [m.to, typeof m.migrateBoard])).toEqual(
      Array.from({ length: CURRENT_SCHEMA_VERSION }, (_v, i) => [i + 1, 'function']),
    );
  });

  it('migration 1: a file from before versioning gets a title, the definition and empty answers', () => {
    const original = sampleBoard();
    const text = exported((file) => {
      delete file.schemaVersion;
      file.board.meta = {};
    }, original);
    const board = parseBoardJson(text);
    expect(board.meta).toEqual({
      title: 'Untitled board',
      definition: DEFAULT_DEFINITION,
      reviewAnswers: {},
      schemaVersion: CURRENT_SCHEMA_VERSION,
    });
    expect(board.agencies).toEqual(original.agencies);
  });

  it("migration 2: a schema 1 file's plain review answers become open answers; relationships get unrated sides", () => {
    const original = sampleBoard();
    const text = exported((file) => {
      file.schemaVersion = 1;
      file.board.meta.reviewAnswers = { goal: 'Fewer delayed discharges' };
      for (const rel of file.board.relationships) {
        delete rel.integrationFromSource;
        delete rel.integrationFromTarget;
      }
    }, original);
    const board = parseBoardJson(text);
    expect(board.meta.reviewAnswers).toEqual({ goal: { answer: 'Fewer delayed discharges', changedBy: '', status: 'open' } });
    expect(board.relationships.map((r) => [r.integrationFromSource, r.integrationFromTarget])).toEqual(
      original.relationships.map(() => [null, null]),
    );
    expect(board.relationships.map((r) => r.integration)).toEqual(original.relationships.map((r) => r.integration));
  });

  it.each([
    ['text that is not JSON', () => '{"format": "partnermap", ', /not a JSON file/, ''],
    ['JSON that is not an export', () => '{"nodes": []}', /not a Partnermap export/, 'format'],
    ['a file from a newer version', () => exported((f) => (f.schemaVersion = CURRENT_SCHEMA_VERSION + 1)), /newer version/, 'schemaVersion'],
    ['a bad sector', () => exported((f) => (f.board.agencies[3].sector = 'helth')), /Invalid option/, 'agencies[3].sector'],
    ['a missing name', () => exported((f) => delete f.board.agencies[1].name), /expected string/, 'agencies[1].name'],
    ['an integration off the scale', () => exported((f) => (f.board.relationships[0].integration = 5)), /./, 'relationships[0].integration'],
    ['a relationship to an unknown agency', () => exported((f) => (f.board.relationships[1].target = 'ghost')), /no agency with id "ghost"/, 'relationships[1].target'],
    ['an exchange off its relationship', () => exported((f) => (f.board.exchanges[0].relationshipId = 'ghost')), /no relationship/, 'exchanges[0].relationshipId'],
    ['a member that is not on the board', () => exported((f) => f.board.partnerships[0].memberIds.push('ghost')), /no agency/, 'partnerships[0].memberIds[3]'],
    ['a duplicate id', () => exported((f) => (f.board.agencies[1].id = f.board.agencies[0].id)), /used twice/, 'agencies[1].id'],
  ])('refuses %s, naming the field at fault', (_label, text, message, where) => {
    const problems = problemsOf(() => parseBoardJson(text()));
    expect(problems).toContainEqual({ where, message: expect.stringMatching(message) });
  });

  it('names the field in the error message itself, for a person reading it', () => {
    expect(() => parseBoardJson(exported((f) => (f.board.agencies[3].sector = 'helth')))).toThrow(
      /agencies\[3\]\.sector: Invalid option/,
    );
  });
});
