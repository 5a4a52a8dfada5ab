import Papa from 'papaparse';
import type { Board } from '../model/board.ts';
import {
  AGENCY_COLUMNS,
  EXCHANGE_COLUMNS,
  RELATIONSHIP_COLUMNS,
  csvColumns,
  indexBoard,
  type BoardIndex,
  type Columns,
} from './columns.ts';

/** The three files of a CSV export, by file name. */
export interface BoardCsv {
  'agencies.csv': string;
  'relationships.csv': string;
  'exchanges.csv': string;
}

/**
 * A byte order mark, so that Excel reads the file as UTF-8 (£, accents) rather than guessing.
 * The importer drops it again.
 */
const BOM = '\uFEFF';

export function agenciesCsv(board: Board): string {
  return toCsv(AGENCY_COLUMNS, board.agencies, indexBoard(board));
}

export function relationshipsCsv(board: Board): string {
  return toCsv(RELATIONSHIP_COLUMNS, board.relationships, indexBoard(board));
}

export function exchangesCsv(board: Board): string {
  return toCsv(EXCHANGE_COLUMNS, board.exchanges, indexBoard(board));
}

/** All three files of a CSV export, by file name. */
export function boardToCsv(board: Board): BoardCsv {
  return {
    'agencies.csv': agenciesCsv(board),
    'relationships.csv': relationshipsCsv(board),
    'exchanges.csv': exchangesCsv(board),
  };
}

function toCsv<T>(table: Columns<T>, items: readonly T[], board: BoardIndex): string {
  const columns = csvColumns(table);
  const data = items.map((item) => columns.map((c) => c.text(item, board)));
  // escapeFormulae: a name such as "=HYPERLINK(...)" must stay text when opened in a spreadsheet.
  return BOM + Papa.unparse({ fields: columns.map((c) => c.title), data }, { escapeFormulae: true, newline: '\r\n' });
}
