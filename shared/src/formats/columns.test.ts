import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { boardToCsv } from './csv.ts';
import { sampleBoard } from './fixtures/sampleBoard.ts';
import { parseXml } from './fixtures/xml.ts';
import { boardToGexf } from './gexf.ts';
import { boardToGraphml } from './graphml.ts';

/** The columns CSV has and the network formats hold otherwise: a node's label, an edge's ends. */
const ONLY_IN_CSV = ['Name', 'From', 'To'];

describe('one column table for CSV, GEXF and GraphML', () => {
  const board = sampleBoard();
  const csv = boardToCsv(board);
  const headers = (file: string) => Papa.parse<string[]>(file.replace(/^\uFEFF/, '')).data[0] ?? [];
  const gexf = parseXml(boardToGexf(board), ['attributes', 'attribute']).gexf;
  const gexfTitles = (kind: string): string[] =>
    gexf.graph.attributes.find((a: { class: string }) => a.class === kind).attribute.map((a: { title: string }) => a.title);
  const graphmlKeys: { for: string; 'attr.name'?: string }[] = parseXml(boardToGraphml(board), ['key']).graphml.key;
  /** yEd's graphics keys have no name: they are drawing, not data. */
  const graphmlNames = (kind: string) => graphmlKeys.flatMap((k) => (k.for === kind && k['attr.name'] ? [k['attr.name']] : []));

  it.each([
    ['agencies.csv', 'node'],
    ['relationships.csv', 'edge'],
  ] as const)('names every column of %s in Gephi and yEd as the spreadsheet does', (file, kind) => {
    const shared = headers(csv[file]).filter((h) => !ONLY_IN_CSV.includes(h));
    expect(shared.length).toBeGreaterThan(3);
    expect(gexfTitles(kind)).toEqual(expect.arrayContaining(shared));
    expect(graphmlNames(kind)).toEqual(expect.arrayContaining(shared));
    expect(gexfTitles(kind)).toEqual(graphmlNames(kind).filter((n) => n !== 'Name'));
  });
});
