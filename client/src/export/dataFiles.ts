import type { Board } from '../../../shared/src/index.ts';
import { boardToCsv, boardToGexf, boardToGraphml, boardToJson } from '../../../shared/src/formats/index.ts';

/** One file the Export menu offers under "Data", made in the browser so it works offline too. */
export interface DataFile {
  id: string;
  label: string;
  /** Who the file is for, in the menu's small print. */
  hint: string;
  suffix: string;
  type: string;
  write: (board: Board) => string;
}

export const DATA_FILES: readonly DataFile[] = [
  {
    id: 'json',
    label: 'Whole board (JSON)',
    hint: 'To keep, or to start a new board from',
    suffix: '.json',
    type: 'application/json',
    write: (b) => boardToJson(b),
  },
  {
    id: 'agencies-csv',
    label: 'Agencies (CSV)',
    hint: 'For a spreadsheet',
    suffix: ' - agencies.csv',
    type: 'text/csv',
    write: (b) => boardToCsv(b)['agencies.csv'],
  },
  {
    id: 'relationships-csv',
    label: 'Relationships (CSV)',
    hint: 'For a spreadsheet',
    suffix: ' - relationships.csv',
    type: 'text/csv',
    write: (b) => boardToCsv(b)['relationships.csv'],
  },
  {
    id: 'exchanges-csv',
    label: 'Exchanges (CSV)',
    hint: 'For a spreadsheet',
    suffix: ' - exchanges.csv',
    type: 'text/csv',
    write: (b) => boardToCsv(b)['exchanges.csv'],
  },
  {
    id: 'gexf',
    label: 'Network for Gephi (GEXF)',
    hint: 'Opens in Gephi',
    suffix: '.gexf',
    type: 'application/gexf+xml',
    write: boardToGexf,
  },
  {
    id: 'graphml',
    label: 'Network for yEd (GraphML)',
    hint: 'Opens in yEd and most network tools',
    suffix: '.graphml',
    type: 'application/graphml+xml',
    write: boardToGraphml,
  },
];

/**
 * A file name from the board title that every operating system accepts: characters that are not
 * allowed in file names are dropped, and an empty title becomes "Partnermap board".
 */
export function fileBase(title: string): string {
  const cleaned = title
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 100)
    .trim();
  return cleaned || 'Partnermap board';
}

/** Hands a file to the browser's downloads, as a link to a Blob. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later, not at once: some browsers read the Blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
