import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CURRENCY_LABELS } from '../model/currency.ts';
import { INTEGRATION_LABELS } from '../model/relationship.ts';
import { SECTOR_LABELS } from '../model/sector.ts';
import { AWKWARD_NAME, sampleBoard } from './fixtures/sampleBoard.ts';
import { boardToCsv } from './csv.ts';
import { boardFromCsv } from './csvImport.ts';
import { problemsOf } from './fixtures/problemsOf.ts';

function rows(csv: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('CSV export', () => {
  const board = sampleBoard();
  const files = boardToCsv(board);
  const nameOf = new Map(board.agencies.map((a) => [a.id, a.name]));

  it('lists every agency with its sector and values as a person reads them', () => {
    expect(rows(files['agencies.csv'])).toEqual(
      board.agencies.map((a) =>
        expect.objectContaining({
          Name: a.name,
          Sector: SECTOR_LABELS[a.sector],
          Description: a.description,
          Values: a.values.map((v) => CURRENCY_LABELS[v]).join('; '),
        }),
      ),
    );
    expect(rows(files['agencies.csv']).map((r) => r.Name)).toContain(AWKWARD_NAME);
  });

  it('lists every relationship by agency names, with its degree of integration and notes', () => {
    expect(rows(files['relationships.csv'])).toEqual(
      board.relationships.map((r) =>
        expect.objectContaining({
          From: nameOf.get(r.source),
          To: nameOf.get(r.target),
          'Degree of integration': INTEGRATION_LABELS[r.integration],
          Notes: r.notes,
        }),
      ),
    );
  });

  it("gives each side's own rating of integration, blank where a side has not rated it", () => {
    expect(rows(files['relationships.csv']).map((r) => [r["From's rating of integration"], r["To's rating of integration"]])).toEqual(
      board.relationships.map((r) => [
        r.integrationFromSource === null ? '' : INTEGRATION_LABELS[r.integrationFromSource],
        r.integrationFromTarget === null ? '' : INTEGRATION_LABELS[r.integrationFromTarget],
      ]),
    );
    expect(board.relationships.some((r) => r.integrationFromSource !== null)).toBe(true);
  });

  it('lists every exchange as from, to, currency and what', () => {
    expect(rows(files['exchanges.csv'])).toEqual(
      board.exchanges.map((e) => ({
        From: nameOf.get(e.from),
        To: nameOf.get(e.to),
        Currency: CURRENCY_LABELS[e.currency],
        What: e.description,
      })),
    );
  });

  it('imports its own agencies and relationships back', () => {
    const imported = boardFromCsv({ agencies: files['agencies.csv'], relationships: files['relationships.csv'] });
    const strip = (b: typeof board) => {
      const name = new Map(b.agencies.map((a) => [a.id, a.name]));
      return {
        agencies: b.agencies.map(({ name, sector, description, contact, values }) => ({ name, sector, description, contact, values })),
        relationships: b.relationships.map(({ id: _i, source, target, goalIds: _g, ...rest }) => ({
          from: name.get(source),
          to: name.get(target),
          ...rest,
        })),
      };
    };
    expect(strip(imported)).toEqual(strip(board));
  });

  it('imports a file exported before the column table, with its titles as they were', () => {
    const imported = boardFromCsv({
      agencies: [
        '\uFEFFName,Sector,Description,Contact,Values,Partnerships',
        'Riverside Hospital,Health: acute (NHS),Acute wards,Discharge lead,Beds / placements; Staff time,Home First',
        'Adult Social Care,Social care,,,Money / budget,Home First',
      ].join('\r\n'),
      relationships: [
        "From,To,Degree of integration,Kind of partnership,Formality,Direction,Level,From's rating of integration," +
          "To's rating of integration,From's trust in To,To's trust in From,Notes,Goals",
        'Riverside Hospital,Adult Social Care,Collaboration,Coordinating,Formal,Vertical,Strategic,Co-ordination,' +
          'Integration,Moderate,High,Daily board round,People go home sooner',
      ].join('\r\n'),
    });
    const [hospital, asc] = imported.agencies.map((a) => a.id);
    expect(imported.agencies.map(({ name, sector, description, contact, values }) => ({ name, sector, description, contact, values }))).toEqual([
      { name: 'Riverside Hospital', sector: 'nhs-acute', description: 'Acute wards', contact: 'Discharge lead', values: ['beds-placements', 'staff-time'] },
      { name: 'Adult Social Care', sector: 'social-care', description: '', contact: '', values: ['money'] },
    ]);
    expect(imported.relationships).toEqual([
      expect.objectContaining({
        source: hospital,
        target: asc,
        integration: 3,
        kind: 'coordinating',
        formality: 'formal',
        direction: 'vertical',
        level: 'strategic',
        integrationFromSource: 2,
        integrationFromTarget: 4,
        trustFromSource: 'moderate',
        trustFromTarget: 'high',
        notes: 'Daily board round',
      }),
    ]);
  });

  it('keeps a name that looks like a formula as text, and gets it back on import', () => {
    const withFormula = { ...board, agencies: board.agencies.map((a, i) => (i === 0 ? { ...a, name: '=HYPERLINK("x")' } : a)) };
    const csv = boardToCsv(withFormula)['agencies.csv'];
    expect(rows(csv)[0]?.Name).toBe('\'=HYPERLINK("x")');
    expect(boardFromCsv({ agencies: csv }).agencies[0]?.name).toBe('=HYPERLINK("x")');
  });
});

describe('CSV import', () => {
  const teamList = [
    'SECTOR,name,Notes we keep,values',
    'social-care,Adult Social Care,,Money / budget; information',
    'Health: acute (NHS),Riverside Hospital,big one,',
    ',Food bank,,',
  ].join('\n');

  it('reads a team’s own list: columns in any case and order, ids or labels, extra columns ignored', () => {
    const board = boardFromCsv({
      agencies: teamList,
      relationships: 'from,TO,degree of integration,Kind of partnership,formality\r\n' +
        'adult social care,Riverside Hospital,3,coordinating,Formal\r\n' +
        'Food bank,Adult Social Care,Communication,,\r\n',
    });
    expect(board.agencies.map((a) => [a.name, a.sector, a.values])).toEqual([
      ['Adult Social Care', 'social-care', ['money', 'information']],
      ['Riverside Hospital', 'nhs-acute', []],
      ['Food bank', 'other', []],
    ]);
    const [asc, hospital, foodBank] = board.agencies.map((a) => a.id);
    expect(board.relationships.map((r) => [r.source, r.target, r.integration, r.kind, r.formality])).toEqual([
      [asc, hospital, 3, 'coordinating', 'formal'],
      [foodBank, asc, 1, 'cooperative', 'informal'],
    ]);
  });

  it('lays imported agencies out so that none overlap', () => {
    const positions = boardFromCsv({ agencies: teamList }).agencies.map((a) => `${a.position.x},${a.position.y}`);
    expect(new Set(positions).size).toBe(positions.length);
  });

  it.each([
    [
      'an unknown sector',
      { agencies: 'Name,Sector\nA,Housing\nB,Helth' },
      'agencies file, row 3, column "Sector"',
      /^"Helth" is not a sector; expected one of Health: acute \(NHS\), /,
    ],
    ['no Name column', { agencies: 'Agency title,Sector\nA,Housing' }, 'agencies file', /no "Name" column \(columns found: "Agency title", "Sector"\)/],
    ['an empty name', { agencies: 'Name,Sector\nA,Housing\n,Housing' }, 'agencies file, row 3, column "Name"', /is empty/],
    ['a name used twice', { agencies: 'Name\nA\na' }, 'agencies file, row 3, column "Name"', /"a" is already on row 2/],
    ['an unknown currency', { agencies: 'Name,Values\nA,Beds; Gold' }, 'agencies file, row 2, column "Values"', /"Beds" is not a currency/],
    ['an unclosed quote', { agencies: 'Name,Sector\nA,Housing\n"B, unfinished,Housing\nC,Housing' }, 'agencies file, line 3', /never closed/],
    [
      'a relationship to an agency not in the list',
      { agencies: 'Name\nA\nB', relationships: 'From,To\nA,B\nA,C' },
      'relationships file, row 3, column "To"',
      /no agency named "C" in the agencies file/,
    ],
    ['a relationship to itself', { agencies: 'Name\nA', relationships: 'From,To\nA,a' }, 'relationships file, row 2', /itself/],
    ['the same pair twice', { agencies: 'Name\nA\nB', relationships: 'From,To\nA,B\nB,A' }, 'relationships file, row 3', /already connected on row 2/],
    ['an integration off the scale', { agencies: 'Name\nA\nB', relationships: 'From,To,Degree of integration\nA,B,5' }, 'relationships file, row 2, column "Degree of integration"', /"5" is not a degree of integration/],
    ['a name too long', { agencies: `Name\n${'x'.repeat(201)}` }, 'agencies file, row 2, column "Name"', /200/],
  ])('refuses %s, naming file, row and column', (_label, files, where, message) => {
    expect(problemsOf(() => boardFromCsv(files))).toContainEqual({ where, message: expect.stringMatching(message) });
  });

  it('reports every problem at once, so the file can be fixed in one go', () => {
    const problems = problemsOf(() => boardFromCsv({ agencies: 'Name,Sector\nA,Helth\n,Housing\nC,Policing' }));
    expect(problems.map((p) => p.where)).toEqual([
      'agencies file, row 2, column "Sector"',
      'agencies file, row 3, column "Name"',
      'agencies file, row 4, column "Sector"',
    ]);
  });
});
