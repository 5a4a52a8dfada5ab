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
    ['text that is not JSON', '{"format": "partnermap", ', /not a JSON file/, ''],
    ['JSON that is not an export', '{"nodes": []}', /not a Partnermap export/, 'format'],
  ])('refuses %s, saying why', (_label, text, message, where) => {
    expect(problemsOf(() => parseBoardJson(text))).toContainEqual({ where, message: expect.stringMatching(message) });
  });

  it('refuses a file from a newer version', () => {
    const text = exported((f) => (f.schemaVersion = CURRENT_SCHEMA_VERSION + 1));
    expect(problemsOf(() => parseBoardJson(text))).toContainEqual({ where: 'schemaVersion', message: expect.stringMatching(/newer version/) });
  });

  // Each case breaks the file and says where the problem is, in the words a person reads.
  it.each<[string, (f: ExportFile) => string, RegExp]>([
    [
      'a bad sector',
      (f) => {
        agency(f, 'City Council Housing').sector = 'helth';
        return `Agency ${row(f.board.agencies, 'City Council Housing')} (City Council Housing), field "Sector"`;
      },
      /^"helth" is not a sector; expected one of Health: acute \(NHS\), .*Social care, .*Other$/,
    ],
    [
      'a missing name',
      (f) => {
        const n = row(f.board.agencies, 'Adult Social Care');
        delete agency(f, 'Adult Social Care').name;
        return `Agency ${n}, field "Name"`;
      },
      /^is missing; expected text$/,
    ],
    [
      'an integration off the scale',
      (f) => {
        const r = relationship(f, 'Riverside Hospital Trust', 'Adult Social Care');
        r.integration = 5;
        return `Relationship ${f.board.relationships.indexOf(r) + 1} (Riverside Hospital Trust – Adult Social Care), field "Degree of integration"`;
      },
      /^"5" is not a degree of integration; expected one of Communication, Co-ordination, Collaboration, Integration$/,
    ],
    [
      'an unknown currency in a list',
      (f) => {
        agency(f, 'Adult Social Care').values = ['money', 'gold'];
        return `Agency ${row(f.board.agencies, 'Adult Social Care')} (Adult Social Care), field "Values", entry 2`;
      },
      /^"gold" is not a currency; expected one of .*Referrals/,
    ],
    [
      'a name too long',
      (f) => {
        const n = row(f.board.agencies, 'Adult Social Care');
        agency(f, 'Adult Social Care').name = 'x'.repeat(201);
        return `Agency ${n} (${'x'.repeat(39)}…), field "Name"`;
      },
      /^is too long: at most 200 characters$/,
    ],
    [
      'a relationship to an unknown agency',
      (f) => {
        const r = relationship(f, 'Riverside Hospital Trust', 'Adult Social Care');
        r.target = 'ghost';
        return `Relationship ${f.board.relationships.indexOf(r) + 1} (Riverside Hospital Trust – ?), field "To"`;
      },
      /no agency with id "ghost"/,
    ],
    [
      'an exchange off its relationship',
      (f) => {
        f.board.exchanges[0].relationshipId = 'ghost';
        const { from, to } = f.board.exchanges[0];
        return `Exchange 1 (${nameOf(f, from)} gives ${nameOf(f, to)}), field "Relationship"`;
      },
      /no relationship/,
    ],
    [
      'a member that is not on the board',
      (f) => {
        f.board.partnerships[0].memberIds.push('ghost');
        return 'Partnership 1 (Discharge <Home First> partnership), field "Members", entry 4';
      },
      /no agency/,
    ],
    [
      'a duplicate id',
      (f) => {
        f.board.agencies[1].id = f.board.agencies[0].id;
        return `Agency 2 (${shortName(f.board.agencies[1].name)}), field "Id"`;
      },
      /used twice/,
    ],
  ])('refuses %s, naming the row, the field by its label and the allowed values by theirs', (_label, breakIt, message) => {
    const file = JSON.parse(boardToJson(sampleBoard())) as ExportFile;
    const where = breakIt(file);
    expect(problemsOf(() => parseBoardJson(JSON.stringify(file)))).toContainEqual({ where, message: expect.stringMatching(message) });
  });

  it('names the row, the field and the allowed values in the error message itself, for a person reading it', () => {
    expect(() => parseBoardJson(exported((f) => (agency(f as ExportFile, 'City Council Housing').sector = 'helth')))).toThrow(
      /Agency \d \(City Council Housing\), field "Sector": "helth" is not a sector; expected one of Health: acute/,
    );
  });

  it('never shows a field path or a schema id in its words', () => {
    const problems = problemsOf(() =>
      parseBoardJson(
        exported((f) => {
          f.board.agencies[0].sector = 'nhs-acutte';
          f.board.relationships[0].kind = 'friendly';
          f.board.relationships[1].trustFromSource = 7;
        }),
      ),
    );
    expect(problems).toHaveLength(3);
    for (const p of problems) expect(`${p.where} ${p.message}`).not.toMatch(/\[\d\]|nhs-acute"|Invalid|trustFromSource/);
    expect(problems.map((p) => p.where)).toContainEqual(expect.stringMatching(/^Relationship 2 \(.+ – .+\), field "From's trust in To"$/));
  });
});

interface ExportFile {
  board: { agencies: any[]; relationships: any[]; exchanges: any[]; partnerships: any[] };
  [key: string]: any;
}

function agency(f: ExportFile, name: string): any {
  return f.board.agencies.find((a) => a.name === name);
}

/** The row of the agency with this name, counted from 1 as the message counts. */
function row(agencies: any[], name: string): number {
  return agencies.findIndex((a) => a.name === name) + 1;
}

function nameOf(f: ExportFile, id: string): string {
  return shortName(f.board.agencies.find((a) => a.id === id).name);
}

/** A name as a message shows it: on one line, cut at 40 characters. */
function shortName(name: string): string {
  const line = name.replace(/\s+/g, ' ');
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}

function relationship(f: ExportFile, one: string, other: string): any {
  const [a, b] = [agency(f, one).id, agency(f, other).id];
  const r = f.board.relationships.find((x) => (x.source === a && x.target === b) || (x.source === b && x.target === a));
  // The message names the ends in the file's order.
  if (r.source !== a) [r.source, r.target] = [r.target, r.source];
  return r;
}
