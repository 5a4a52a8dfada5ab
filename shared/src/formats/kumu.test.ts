import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBoard } from '../doc/readBoard.ts';
import { createBoardDocFrom } from '../doc/writeBoard.ts';
import { problemsOf } from './fixtures/problemsOf.ts';
import { boardFromKumu, guessSector } from './kumu.ts';

const exportText = readFileSync(new URL('./fixtures/kumu-export.json', import.meta.url), 'utf8');

describe('Kumu import', () => {
  const board = boardFromKumu(exportText);
  const byName = new Map(board.agencies.map((a) => [a.name, a]));
  const nameOf = (id: string) => board.agencies.find((a) => a.id === id)?.name;

  it('imports every element of a Kumu export as an agency, into a board that reads back clean', () => {
    expect(board.agencies).toHaveLength(7);
    const reading = readBoard(createBoardDocFrom(board));
    expect(reading.problems).toEqual([]);
    expect(reading.board.agencies.map((a) => a.name).sort()).toEqual(board.agencies.map((a) => a.name).sort());
  });

  it.each([
    ['Northfield County Council Adult Social Care', 'social-care'],
    ["St Luke's Hospital (acute)", 'nhs-acute'],
    ['Greenways Housing Association', 'housing'],
    ['Age Concern Northfield', 'voluntary-community'],
    ["Carers' Forum", 'people-carers'],
    ['Lottery Community Fund', 'other'],
    ['Northfield Integrated Care Board', 'other'],
  ])('maps the element type of %s to the sector %s', (name, sector) => {
    expect(byName.get(name)?.sector).toBe(sector);
  });

  it('keeps description, tags and an unmatched element type in the description', () => {
    expect(byName.get('Northfield Integrated Care Board')?.description).toBe(
      'Commissions NHS services for the county\nKumu type: Health\nTags: commissioner, NHS',
    );
  });

  it('places elements where the Kumu map had them, and the rest on a grid below without overlap', () => {
    expect(byName.get('Northfield Integrated Care Board')?.position).toEqual({ x: -220, y: -140 });
    const positions = board.agencies.map((a) => `${a.position.x},${a.position.y}`);
    expect(new Set(positions).size).toBe(positions.length);
    for (const name of ['Greenways Housing Association', 'Lottery Community Fund']) {
      expect(byName.get(name)?.position.y).toBeGreaterThan(160);
    }
  });

  it('turns connections into relationships, one per pair, integration from the connection type', () => {
    const rels = board.relationships.map((r) => [nameOf(r.source), nameOf(r.target), r.integration]);
    expect(rels).toHaveLength(6);
    expect(rels).toContainEqual(['Northfield Integrated Care Board', 'Northfield County Council Adult Social Care', 4]);
    expect(rels).toContainEqual(['Greenways Housing Association', 'Northfield County Council Adult Social Care', 2]);
    const discharge = board.relationships.find((r) => nameOf(r.source) === "St Luke's Hospital (acute)");
    expect(discharge).toMatchObject({ integration: 3, notes: 'Social workers based on the wards' });
    const referral = board.relationships.find((r) => nameOf(r.source) === 'Age Concern Northfield' && nameOf(r.target) !== 'Lottery Community Fund');
    expect(referral?.notes).toBe('Kumu type: Referral\nWard staff refer to home from hospital');
  });

  it('reads a hand-written blueprint: fields at the top level, connections by label', () => {
    const blueprint = boardFromKumu(
      JSON.stringify({
        elements: [
          { label: 'Police', type: 'Police' },
          { label: 'Youth Offending Team', type: 'Local authority', description: 'Statutory partnership' },
        ],
        connections: [{ from: 'police', to: 'Youth Offending Team', type: 'coordinating' }],
      }),
    );
    expect(blueprint.agencies.map((a) => [a.name, a.sector])).toEqual([
      ['Police', 'police-justice'],
      ['Youth Offending Team', 'local-government'],
    ]);
    expect(blueprint.relationships).toEqual([expect.objectContaining({ kind: 'coordinating', integration: 1 })]);
  });

  it.each([
    ['text that is not JSON', 'elements: []', '', /not a JSON file/],
    ['no elements list', '{"nodes": []}', 'elements', /list of elements/],
    ['an element without a label', '{"elements": [{"label": "A"}, {"attributes": {"description": "x"}}]}', 'elements[1].label', /needs a label/],
    ['a connection to an unknown element', '{"elements": [{"label": "A"}, {"label": "B"}], "connections": [{"from": "A", "to": "B"}, {"from": "A", "to": "C"}]}', 'connections[1].to', /no element with id or label "C"/],
    ['an ambiguous label', '{"elements": [{"label": "A"}, {"label": "A"}, {"label": "B"}], "connections": [{"from": "A", "to": "B"}]}', 'connections[0].from', /more than one element/],
    ['a connection to itself', '{"elements": [{"label": "A"}], "connections": [{"from": "A", "to": "A"}]}', 'connections[0]', /itself/],
  ])('refuses %s, naming the element or connection', (_label, text, where, message) => {
    expect(problemsOf(() => boardFromKumu(text))).toContainEqual({ where, message: expect.stringMatching(message) });
  });
});

describe('guessSector', () => {
  it.each([
    [['Community mental health team'], 'nhs-mental-health'],
    [['GP surgery'], 'nhs-primary-care'],
    [['Local Authority'], 'local-government'],
    [['Probation service'], 'police-justice'],
    [['Funder', 'charity'], 'voluntary-community'],
    [['nhs-community'], 'nhs-community'],
    [['Health'], 'other'],
  ] as const)('%j -> %s', (terms, sector) => {
    expect(guessSector(terms)).toBe(sector);
  });
});
