import type { Board } from '../model/board.ts';
import { agenciesCsv, exchangesCsv, relationshipsCsv } from './csv.ts';
import { boardToGexf } from './gexf.ts';
import { boardToGraphml } from './graphml.ts';
import { boardToJson } from './json.ts';

/** A data file a board can be exported as: the same from the Export menu and from the server's API. */
export interface ExportFile {
  /** Appended to the board title to name the download. */
  suffix: string;
  type: string;
  write: (board: Board) => string;
}

export const EXPORT_FILES = {
  json: { suffix: '.json', type: 'application/json', write: (b) => boardToJson(b) },
  'agencies-csv': { suffix: ' - agencies.csv', type: 'text/csv', write: agenciesCsv },
  'relationships-csv': { suffix: ' - relationships.csv', type: 'text/csv', write: relationshipsCsv },
  'exchanges-csv': { suffix: ' - exchanges.csv', type: 'text/csv', write: exchangesCsv },
  gexf: { suffix: '.gexf', type: 'application/gexf+xml', write: boardToGexf },
  graphml: { suffix: '.graphml', type: 'application/graphml+xml', write: boardToGraphml },
} as const satisfies Record<string, ExportFile>;

export type ExportFileId = keyof typeof EXPORT_FILES;

/**
 * A file name from the board title that every operating system accepts: characters that are not
 * allowed in file names are dropped, and an empty title becomes "Partnermap board".
 */
export function fileBase(title: string): string {
  const cleaned = title
    // oxlint-disable-next-line no-control-regex -- control characters are what this drops from file names
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 100)
    .trim();
  return cleaned || 'Partnermap board';
}

export function exportFileName(title: string, id: ExportFileId): string {
  return fileBase(title) + EXPORT_FILES[id].suffix;
}
