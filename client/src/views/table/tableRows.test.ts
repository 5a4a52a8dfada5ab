import { describe, expect, it } from 'vitest';
import { addAgency, connectAgencies, createBoardDoc, readBoard, updateAgencies, updateRelationships } from '@partnermap/shared/doc';
import { indexBoard } from '@partnermap/shared/formats';
import { AGENCY_TABLE, relationshipTable } from './tableColumns.ts';
import { cellAfterKey, filterRows, nextSort, NO_FILTERS, sortRows, stillThere } from './tableRows.ts';

function sample() {
  const doc = createBoardDoc();
  const gp = addAgency(doc, { name: 'Riverside GP', sector: 'nhs-primary-care', values: ['referrals'] });
  const asc = addAgency(doc, { name: 'adult social care', sector: 'social-care', contact: 'Sam Duty' });
  const hosp = addAgency(doc, { name: 'Hospital trust', sector: 'nhs-acute', values: ['beds-placements', 'money'] });
  const housing = addAgency(doc, { name: 'Abbey Housing', sector: 'housing' });
  connectAgencies(doc, gp, asc, { integration: 3, kind: 'cooperative' });
  connectAgencies(doc, hosp, asc, { integration: 1 });
  connectAgencies(doc, housing, hosp, { integration: 4, notes: 'pooled budget' });
  const board = readBoard(doc).board;
  return { doc, board, index: indexBoard(board), ids: { gp, asc, hosp, housing } };
}

const names = (rows: { name: string }[]) => rows.map((r) => r.name);

describe('table sorting', () => {
  it('sorts names alphabetically whatever their case, both ways', () => {
    const { board, index } = sample();
    const asc = sortRows(board.agencies, AGENCY_TABLE, { columnId: 'name', direction: 'ascending' }, index);
    expect(names(asc)).toEqual(['Abbey Housing', 'adult social care', 'Hospital trust', 'Riverside GP']);
    const desc = sortRows(board.agencies, AGENCY_TABLE, { columnId: 'name', direction: 'descending' }, index);
    expect(names(desc)).toEqual(['Riverside GP', 'Hospital trust', 'adult social care', 'Abbey Housing']);
  });

  it("sorts the degree of integration along Poxton's scale, not by its words", () => {
    const { board, index } = sample();
    const columns = relationshipTable(board);
    const rows = sortRows(board.relationships, columns, { columnId: 'integration', direction: 'ascending' }, index);
    expect(rows.map((r) => r.integration)).toEqual([1, 3, 4]);
  });

  it('sorts sectors in the order the legend lists them', () => {
    const { board, index } = sample();
    const rows = sortRows(board.agencies, AGENCY_TABLE, { columnId: 'sector', direction: 'ascending' }, index);
    expect(rows.map((a) => a.sector)).toEqual(['nhs-acute', 'nhs-primary-care', 'social-care', 'housing']);
  });

  it('cycles a header between ascending and descending', () => {
    expect(nextSort(undefined, 'name')).toEqual({ columnId: 'name', direction: 'ascending' });
    expect(nextSort({ columnId: 'name', direction: 'ascending' }, 'name')).toEqual({ columnId: 'name', direction: 'descending' });
    expect(nextSort({ columnId: 'name', direction: 'descending' }, 'name')).toEqual({ columnId: 'name', direction: 'ascending' });
    expect(nextSort({ columnId: 'name', direction: 'descending' }, 'sector')).toEqual({ columnId: 'sector', direction: 'ascending' });
  });
});

describe('table filtering', () => {
  it('keeps rows holding every word, in any column and case', () => {
    const { board, index } = sample();
    expect(names(filterRows(board.agencies, AGENCY_TABLE, { ...NO_FILTERS, text: 'sam' }, index))).toEqual(['adult social care']);
    expect(names(filterRows(board.agencies, AGENCY_TABLE, { ...NO_FILTERS, text: 'health nhs' }, index)).sort()).toEqual([
      'Hospital trust',
      'Riverside GP',
    ]);
    expect(filterRows(board.agencies, AGENCY_TABLE, { ...NO_FILTERS, text: 'nothing like it' }, index)).toEqual([]);
  });

  it('filters by a chosen sector, and by a value among a list of values', () => {
    const { board, index } = sample();
    expect(names(filterRows(board.agencies, AGENCY_TABLE, { text: '', values: { sector: 'housing' } }, index))).toEqual(['Abbey Housing']);
    expect(names(filterRows(board.agencies, AGENCY_TABLE, { text: '', values: { values: 'money' } }, index))).toEqual(['Hospital trust']);
  });

  it('filters relationships by degree of integration and by an agency at either end', () => {
    const { board, index } = sample();
    const columns = relationshipTable(board);
    expect(filterRows(board.relationships, columns, { text: '', values: { integration: '3' } }, index)).toHaveLength(1);
    expect(filterRows(board.relationships, columns, { text: 'hospital', values: {} }, index)).toHaveLength(2);
    expect(filterRows(board.relationships, columns, { text: 'hospital', values: { integration: '4' } }, index)).toHaveLength(1);
  });
});

describe('editing from the table', () => {
  it('writes what a cell editor holds as the patch the doc API takes', () => {
    const { doc, board, ids } = sample();
    const sector = AGENCY_TABLE.find((c) => c.id === 'sector')!.edit!;
    const values = AGENCY_TABLE.find((c) => c.id === 'values')!.edit!;
    expect(sector.write('police-justice')).toEqual({ sector: 'police-justice' });
    updateAgencies(doc, [ids.gp, ids.housing], { ...sector.write('police-justice'), ...values.write(['staff-time']) });
    const after = readBoard(doc).board.agencies.filter((a) => a.sector === 'police-justice');
    expect(names(after).sort()).toEqual(['Abbey Housing', 'Riverside GP']);
    expect(after.every((a) => a.values.join() === 'staff-time')).toBe(true);
    expect(board.agencies).toHaveLength(4);
  });

  it("writes a side's blank rating as not rated, and a degree as a number", () => {
    const { doc, board } = sample();
    const columns = relationshipTable(board);
    const own = columns.find((c) => c.id === 'integrationFromSource')!.edit!;
    const degree = columns.find((c) => c.id === 'integration')!.edit!;
    const rels = board.relationships.map((r) => r.id);
    updateRelationships(doc, rels, { ...own.write('2'), ...degree.write('4') });
    expect(readBoard(doc).board.relationships.every((r) => r.integrationFromSource === 2 && r.integration === 4)).toBe(true);
    updateRelationships(doc, rels, own.write(''));
    expect(readBoard(doc).board.relationships.every((r) => r.integrationFromSource === null)).toBe(true);
  });

  it('offers goals to edit only when the board has goals', () => {
    const { board } = sample();
    expect(relationshipTable(board).find((c) => c.id === 'goals')?.edit).toBeUndefined();
    expect(relationshipTable({ goals: [{ id: 'g', outcome: 'Home by lunchtime' }] }).find((c) => c.id === 'goals')?.edit?.editor).toEqual({
      kind: 'many',
      choices: [{ value: 'g', label: 'Home by lunchtime' }],
    });
  });

  it('forgets selected rows a colleague removed', () => {
    expect([...stillThere(new Set(['a', 'b', 'c']), [{ id: 'c' }, { id: 'a' }])]).toEqual(['a', 'c']);
  });
});

describe('moving between cells with the keyboard', () => {
  const size = { rows: 10, cols: 4, page: 5 };
  it.each([
    ['ArrowDown', false, { row: 3, col: 1 }],
    ['ArrowUp', false, { row: 1, col: 1 }],
    ['ArrowRight', false, { row: 2, col: 2 }],
    ['ArrowLeft', false, { row: 2, col: 0 }],
    ['Home', false, { row: 2, col: 0 }],
    ['End', false, { row: 2, col: 3 }],
    ['Home', true, { row: 0, col: 0 }],
    ['End', true, { row: 9, col: 3 }],
    ['PageDown', false, { row: 7, col: 1 }],
    ['PageUp', false, { row: 0, col: 1 }],
  ])('%s (ctrl %s) from row 2, column 1', (key, ctrl, to) => {
    expect(cellAfterKey({ row: 2, col: 1 }, key, size, ctrl)).toEqual(to);
  });

  it('stops at the edges and ignores other keys', () => {
    expect(cellAfterKey({ row: 9, col: 3 }, 'ArrowDown', size)).toEqual({ row: 9, col: 3 });
    expect(cellAfterKey({ row: 0, col: 0 }, 'ArrowLeft', size)).toEqual({ row: 0, col: 0 });
    expect(cellAfterKey({ row: 0, col: 0 }, 'a', size)).toBeUndefined();
  });
});
