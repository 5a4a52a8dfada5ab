import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { boardToCsv, boardToJson } from '@partnermap/shared/formats';
import { problemsOf as refused } from '@partnermap/shared/formats/fixtures/problemsOf.ts';
import { sampleBoard } from '@partnermap/shared/formats/fixtures/sampleBoard.ts';
import { boardFromFiles, kindOf, ownTitleOf, titleFrom, type ChosenFile } from './readFiles.ts';

const kumu = readFileSync(new URL('../../../shared/src/formats/fixtures/kumu-export.json', import.meta.url), 'utf8');
const csv = boardToCsv(sampleBoard());
const file = (name: string, text: string): ChosenFile => ({ name, text });

const problemsOf = (files: ChosenFile[]): string[] =>
  refused(() => boardFromFiles(files)).map((p) => `${p.where}: ${p.message}`);

describe('kindOf', () => {
  it.each([
    ['board.json', boardToJson(sampleBoard()), 'partnermap'],
    ['map.json', kumu, 'kumu'],
    ['agencies.csv', csv['agencies.csv'], 'agencies-csv'],
    ['links.csv', csv['relationships.csv'], 'relationships-csv'],
    ['flows.csv', csv['exchanges.csv'], 'exchanges-csv'],
    ['list.csv', 'name,SECTOR\nRiverside,Housing', 'agencies-csv'],
    ['cut.json', '{"format": "partnermap", "board": {', 'broken-json'],
    ['other.json', '{"nodes": []}', 'other-json'],
    ['agencies.xlsx', 'PK...', 'unsupported'],
  ] as const)('reads %s as %s', (name, text, kind) => {
    expect(kindOf(file(name, text))).toBe(kind);
  });
});

describe('boardFromFiles', () => {
  it('opens a Partnermap export as the same board', () => {
    const board = sampleBoard();
    expect(boardFromFiles([file('discharge.json', boardToJson(board))])).toEqual(board);
  });

  it('starts a board from agencies and relationships CSV, whichever order they come in', () => {
    const board = boardFromFiles([file('Northshire - relationships.csv', csv['relationships.csv']), file('Northshire - agencies.csv', csv['agencies.csv'])]);
    expect(board.meta.title).toBe('Northshire');
    expect(board.agencies).toHaveLength(4);
    expect(board.relationships).toHaveLength(3);
  });

  it('starts a board from a Kumu export', () => {
    expect(boardFromFiles([file('kumu.json', kumu)]).agencies.length).toBeGreaterThan(0);
  });

  it('names the file, row and column of every problem in a CSV', () => {
    const problems = problemsOf([file('agencies.csv', 'Name,Sector\nRiverside,Hospital-ish\n,Housing\n')]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^agencies file, row 2, column "Sector": /);
    expect(problems[1]).toMatch(/^agencies file, row 3, column "Name": is empty/);
  });

  it.each([
    [[file('flows.csv', csv['exchanges.csv'])], /exchanges cannot be read from CSV/],
    [[file('links.csv', csv['relationships.csv'])], /choose the agencies file too/],
    [[file('a.json', boardToJson(sampleBoard())), file('b.csv', csv['agencies.csv'])], /one JSON export on its own/],
    [[file('a.xlsx', 'PK')], /Save a spreadsheet as CSV/],
    [[file('a.json', '{"format": "partnermap", "schemaVersion": 1, "board": {"agencies": "none"}}')], /^Agencies: expected a list, found text$/m],
  ])('refuses a set of files it cannot use, saying why (%#)', (files, message) => {
    expect(problemsOf(files).join('\n')).toMatch(message);
  });
});

describe('titleFrom', () => {
  it.each([
    ['Northshire - agencies.csv', 'Northshire'],
    ['falls_prevention.json', 'falls prevention'],
    ['agencies.csv', 'Imported agencies'],
  ])('titles %s as %s', (name, title) => {
    expect(titleFrom(name, 'Imported agencies')).toBe(title);
  });
});

describe('ownTitleOf', () => {
  it("offers a Partnermap export's own title, never a file name", () => {
    const files = [file('export (3).json', boardToJson(sampleBoard()))];
    expect(ownTitleOf(files, boardFromFiles(files))).toBe(sampleBoard().meta.title);
  });

  it('offers nothing for CSV or Kumu files, which carry no title of their own', () => {
    const csvFiles = [file('Northshire - agencies.csv', csv['agencies.csv']!)];
    expect(ownTitleOf(csvFiles, boardFromFiles(csvFiles))).toBeUndefined();
    const kumuFiles = [file('map.json', kumu)];
    expect(ownTitleOf(kumuFiles, boardFromFiles(kumuFiles))).toBeUndefined();
  });
});
