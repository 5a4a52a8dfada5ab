import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseBoardJson } from '@partnermap/shared/formats';
import { sampleBoard } from '@partnermap/shared/formats/fixtures/sampleBoard.ts';
import { fileBase } from '@partnermap/shared/formats';
import { DATA_FILES } from './dataFiles.ts';

describe('data files in the Export menu', () => {
  it('offers JSON, the three CSV files, GEXF and GraphML, each with its own file name', () => {
    expect(DATA_FILES.map((f) => f.id)).toEqual(['json', 'agencies-csv', 'relationships-csv', 'exchanges-csv', 'gexf', 'graphml']);
    const names = DATA_FILES.map((f) => `${fileBase('Discharge')}${f.suffix}`);
    expect(new Set(names).size).toBe(DATA_FILES.length);
  });

  it('writes a JSON file that opens as the same board', () => {
    const board = sampleBoard();
    const json = DATA_FILES.find((f) => f.id === 'json')!;
    expect(parseBoardJson(json.write(board))).toEqual(board);
  });

  it('writes each CSV file with the rows of its kind', () => {
    const board = sampleBoard();
    const rows = (id: string) => Papa.parse(DATA_FILES.find((f) => f.id === id)!.write(board), { header: true, skipEmptyLines: true }).data;
    expect(rows('agencies-csv')).toHaveLength(board.agencies.length);
    expect(rows('relationships-csv')).toHaveLength(board.relationships.length);
    expect(rows('exchanges-csv')).toHaveLength(board.exchanges.length);
  });
});

describe('fileBase', () => {
  it.each([
    ['Hospital discharge in Northshire', 'Hospital discharge in Northshire'],
    ['A/B: "home first"?', 'A B home first'],
    ['   ', 'Partnermap board'],
    ['..hidden', 'hidden'],
    ['Line\nbreak', 'Line break'],
  ])('turns %j into %j', (title, base) => {
    expect(fileBase(title)).toBe(base);
  });
});
