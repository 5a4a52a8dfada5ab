import Papa from 'papaparse';
import type { Board } from '@partnermap/shared/model';
import { boardFromCsv, boardFromKumu, ImportError, JSON_FORMAT, parseBoardJson } from '@partnermap/shared/formats';

/** A file the person chose, already read as text. */
export interface ChosenFile {
  name: string;
  text: string;
}

export type FileKind = 'partnermap' | 'kumu' | 'agencies-csv' | 'relationships-csv' | 'exchanges-csv' | 'other-json' | 'broken-json' | 'unsupported';

const lower = (s: string) => s.trim().toLowerCase();

/** What a file is, from its content: the extension only tells JSON from CSV. */
export function kindOf(file: ChosenFile): FileKind {
  const name = file.name.toLowerCase();
  const body = file.text.replace(/^\uFEFF/, '');
  if (name.endsWith('.json') || (!name.endsWith('.csv') && body.trimStart().startsWith('{'))) {
    let raw: unknown;
    try {
      raw = JSON.parse(body);
    } catch {
      return 'broken-json';
    }
    if (typeof raw !== 'object' || raw === null) return 'other-json';
    if ((raw as { format?: unknown }).format === JSON_FORMAT) return 'partnermap';
    return Array.isArray((raw as { elements?: unknown }).elements) ? 'kumu' : 'other-json';
  }
  if (!name.endsWith('.csv') && !name.endsWith('.txt')) return 'unsupported';
  const header = (Papa.parse<string[]>(body, { preview: 1 }).data[0] ?? []).map(lower);
  if (header.includes('from') && header.includes('to')) return header.includes('currency') ? 'exchanges-csv' : 'relationships-csv';
  return 'agencies-csv';
}

/** A board title from a file name: "Northshire - agencies.csv" gives "Northshire". */
export function titleFrom(fileName: string, fallback: string): string {
  const base = fileName
    .replace(/\.[^.]+$/, '')
    .replace(/[_]+/g, ' ')
    .replace(/[\s-]*\b(agencies|relationships|export)\s*$/i, '')
    .trim();
  return base || fallback;
}

const refuse = (where: string, message: string): never => {
  throw new ImportError([{ where, message }]);
};

/**
 * A new board from the chosen files, all or nothing: one Partnermap or Kumu JSON export, or an
 * agencies CSV with an optional relationships CSV. Throws an ImportError listing every problem.
 */
export function boardFromFiles(files: readonly ChosenFile[]): Board {
  if (files.length === 0) refuse('', 'choose a file first');
  const kinds = files.map((f) => ({ file: f, kind: kindOf(f) }));
  for (const { file, kind } of kinds) {
    if (kind === 'unsupported') refuse(file.name, 'Partnermap reads .json and .csv files. Save a spreadsheet as CSV first.');
    if (kind === 'broken-json') refuse(file.name, 'this file is not valid JSON; it may be damaged or cut short');
    if (kind === 'other-json') refuse(file.name, 'this JSON file is neither a Partnermap export nor a Kumu export');
    if (kind === 'exchanges-csv') {
      refuse(file.name, 'exchanges cannot be read from CSV; to move a whole board with its exchanges, use its JSON export');
    }
  }
  const json = kinds.filter((k) => k.kind === 'partnermap' || k.kind === 'kumu');
  if (json.length > 0) {
    if (files.length > 1) refuse('', 'choose one JSON export on its own; a board is started from one export at a time');
    const { file, kind } = json[0]!;
    return kind === 'partnermap' ? parseBoardJson(file.text) : boardFromKumu(file.text, titleFrom(file.name, 'Imported from Kumu'));
  }
  const agencies = kinds.filter((k) => k.kind === 'agencies-csv');
  const relationships = kinds.filter((k) => k.kind === 'relationships-csv');
  if (agencies.length !== 1) {
    refuse(
      '',
      agencies.length === 0
        ? 'choose the agencies file too: relationships name the agencies listed in it'
        : `choose one agencies file, not ${agencies.length} (${agencies.map((k) => k.file.name).join(', ')})`,
    );
  }
  if (relationships.length > 1) refuse('', 'choose at most one relationships file');
  const agencyFile = agencies[0]!.file;
  return boardFromCsv(
    { agencies: agencyFile.text, relationships: relationships[0]?.file.text },
    titleFrom(agencyFile.name, 'Imported agencies'),
  );
}

/**
 * The title a file carries itself, to offer for the new board: a Partnermap export's own title.
 * CSV and Kumu files hold none (a file name such as "export (3).csv" is no title), so the person
 * gives one.
 */
export function ownTitleOf(files: readonly ChosenFile[], board: Board): string | undefined {
  const json = files.length === 1 && kindOf(files[0]!) === 'partnermap';
  return json && board.meta.title.trim() ? board.meta.title : undefined;
}
