import Papa from 'papaparse';
import { CURRENT_SCHEMA_VERSION } from '../doc/migrations.ts';
import { newId } from '../doc/boardDoc.ts';
import { AgencySchema, type Agency } from '../model/agency.ts';
import { createBoardMeta, type Board } from '../model/board.ts';
import type { Currency } from '../model/currency.ts';
import { RelationshipSchema, pairKey, type Relationship } from '../model/relationship.ts';
import { AGENCY_COLUMNS, RELATIONSHIP_COLUMNS, type Columns } from './columns.ts';
import { refuseIfProblems, type ImportProblem } from './importError.ts';
import { integrityProblems } from './integrity.ts';
import { gridPositions } from './layout.ts';
import { VOCABULARIES, matchTerm, normalise, notATerm, type Vocabulary } from './vocabulary.ts';

export interface CsvFiles {
  /** The list of agencies a team already keeps: one row each, with at least a "Name" column. */
  agencies: string;
  /** Optional: one row per relationship, naming its agencies in "From" and "To". */
  relationships?: string;
}

/** A column of ours, which a file's header names by its title. */
type Titled = { title: string };

/** A parsed file: its rows, and a reader of one cell by our column. */
interface Table {
  file: string;
  rows: { line: number; cell: (column: Titled) => string; where: (column: Titled) => string }[];
}

/**
 * Builds a new board from CSV files, all or nothing. Columns are matched by name in any case
 * and order; enum cells accept an id or a label ("social-care" or "Social care", 3 or
 * "Collaboration"); relationships name their agencies. Problems name file, row and column.
 */
export function boardFromCsv(files: CsvFiles, title = 'Imported board'): Board {
  const problems: ImportProblem[] = [];
  const agencies = readAgencies(parseTable('agencies file', files.agencies, [AGENCY_COLUMNS.name], problems), problems);
  const relationships = files.relationships
    ? readRelationships(
        parseTable('relationships file', files.relationships, [RELATIONSHIP_COLUMNS.from, RELATIONSHIP_COLUMNS.to], problems),
        agencies,
        problems,
      )
    : [];
  refuseIfProblems(problems);
  const board: Board = {
    meta: createBoardMeta({ title, schemaVersion: CURRENT_SCHEMA_VERSION }),
    goals: [],
    agencies,
    relationships,
    exchanges: [],
    partnerships: [],
  };
  refuseIfProblems(integrityProblems(board));
  return board;
}

function parseTable(file: string, text: string, required: Titled[], problems: ImportProblem[]): Table {
  const body = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(body, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
  });
  for (const e of parsed.errors) {
    // A short row is a spreadsheet leaving trailing cells out: read them as empty. A file of one
    // column has no delimiter to detect.
    if (e.code === 'TooFewFields' || e.code === 'UndetectableDelimiter') continue;
    if (e.type === 'Quotes') {
      // papaparse's row numbers are unreliable for quote errors; the character offset is not.
      const line = body.slice(0, e.index).split('\n').length;
      problems.push({ where: `${file}, line ${line}`, message: 'a quoted cell is never closed (a " is missing)' });
    } else {
      problems.push({ where: e.row === undefined ? file : `${file}, row ${e.row + 2}`, message: e.message });
    }
  }
  const headers = parsed.meta.fields ?? [];
  const headerFor = (column: Titled) => headers.find((h) => normalise(h) === normalise(column.title));
  const missing = required.filter((c) => !headerFor(c));
  if (missing.length) {
    const found = headers.length ? headers.map((h) => `"${h}"`).join(', ') : 'none';
    problems.push({ where: file, message: `no ${missing.map((c) => `"${c.title}"`).join(' or ')} column (columns found: ${found})` });
  }
  return {
    file,
    rows: parsed.data.map((row, i) => {
      // Spreadsheet numbering: the header is row 1.
      const line = i + 2;
      return {
        line,
        cell: (column) => unescapeFormula((row[headerFor(column) ?? ''] ?? '').trim()),
        where: (column) => `${file}, row ${line}, column "${headerFor(column) ?? column.title}"`,
      };
    }),
  };
}

/** Undoes the quote our export puts before a cell that a spreadsheet would take for a formula. */
function unescapeFormula(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function readAgencies(table: Table, problems: ImportProblem[]): Agency[] {
  const positions = gridPositions(table.rows.length);
  const lineOfName = new Map<string, number>();
  const agencies: Agency[] = [];
  table.rows.forEach((row, i) => {
    const name = row.cell(AGENCY_COLUMNS.name);
    const key = normalise(name);
    if (!name) problems.push({ where: row.where(AGENCY_COLUMNS.name), message: 'is empty; every agency needs a name' });
    else if (lineOfName.has(key)) {
      problems.push({ where: row.where(AGENCY_COLUMNS.name), message: `"${name}" is already on row ${lineOfName.get(key)}` });
    } else lineOfName.set(key, row.line);
    const values = splitList(row.cell(AGENCY_COLUMNS.values))
      .map((v) => term(VOCABULARIES.currency, v, undefined, row.where(AGENCY_COLUMNS.values), problems))
      .filter((v): v is Currency => v !== undefined);
    const candidate = {
      id: newId(),
      name,
      sector: term(VOCABULARIES.sector, row.cell(AGENCY_COLUMNS.sector), 'other', row.where(AGENCY_COLUMNS.sector), problems),
      description: row.cell(AGENCY_COLUMNS.description),
      contact: row.cell(AGENCY_COLUMNS.contact),
      values: [...new Set(values)],
      position: positions[i],
    };
    const parsed = AgencySchema.safeParse(candidate);
    if (parsed.success) agencies.push(parsed.data);
    else problems.push(...fieldProblems(parsed.error.issues, AGENCY_COLUMNS, row.where));
  });
  return agencies;
}

function readRelationships(table: Table, agencies: Agency[], problems: ImportProblem[]): Relationship[] {
  const idOfName = new Map(agencies.map((a) => [normalise(a.name), a.id]));
  const lineOfPair = new Map<string, number>();
  const C = RELATIONSHIP_COLUMNS;
  const relationships: Relationship[] = [];
  for (const row of table.rows) {
    const ends = [C.from, C.to].map((column) => {
      const name = row.cell(column);
      const id = idOfName.get(normalise(name));
      if (!name) problems.push({ where: row.where(column), message: 'is empty; name one of the agencies' });
      else if (!id) problems.push({ where: row.where(column), message: `no agency named "${name}" in the agencies file` });
      return id;
    });
    const [source, target] = ends;
    if (source && target && source === target) {
      problems.push({ where: `${table.file}, row ${row.line}`, message: 'an agency cannot have a relationship with itself' });
    } else if (source && target) {
      const pair = pairKey(source, target);
      const earlier = lineOfPair.get(pair);
      if (earlier) problems.push({ where: `${table.file}, row ${row.line}`, message: `these two agencies are already connected on row ${earlier}` });
      lineOfPair.set(pair, earlier ?? row.line);
    }
    const field = <T extends string | number>(vocabulary: Vocabulary<T>, column: Titled, fallback: T) =>
      term(vocabulary, row.cell(column), fallback, row.where(column), problems);
    const parsed = RelationshipSchema.safeParse({
      id: newId(),
      source,
      target,
      integration: field(VOCABULARIES.integration, C.integration, 1),
      kind: field(VOCABULARIES.kind, C.kind, 'cooperative'),
      formality: field(VOCABULARIES.formality, C.formality, 'informal'),
      direction: field(VOCABULARIES.direction, C.direction, 'horizontal'),
      level: field(VOCABULARIES.level, C.level, 'operational'),
      integrationFromSource: term(VOCABULARIES.integration, row.cell(C.integration_source), null, row.where(C.integration_source), problems),
      integrationFromTarget: term(VOCABULARIES.integration, row.cell(C.integration_target), null, row.where(C.integration_target), problems),
      trustFromSource: field(VOCABULARIES.trust, C.trust_source, 'unknown'),
      trustFromTarget: field(VOCABULARIES.trust, C.trust_target, 'unknown'),
      notes: row.cell(C.notes),
      goalIds: [],
    });
    if (parsed.success) relationships.push(parsed.data);
    else if (source && target) problems.push(...fieldProblems(parsed.error.issues, C, row.where));
  }
  return relationships;
}

/** A cell read against a vocabulary: blank gives the fallback; an unknown term is a problem. */
function term<T extends string | number, F extends T | undefined | null>(
  vocabulary: Vocabulary<T>,
  text: string,
  fallback: F,
  where: string,
  problems: ImportProblem[],
): T | F {
  if (!text) return fallback;
  const match = matchTerm(vocabulary, text);
  if (match === undefined) problems.push({ where, message: notATerm(vocabulary, text) });
  return match ?? fallback;
}

function splitList(cell: string): string[] {
  return cell.split(/[;,\n]/).map((s) => s.trim()).filter(Boolean);
}

/**
 * Schema failures (a name too long) as cell problems. Fields already reported as unknown terms
 * fall back to defaults, so what is left here is only length and shape.
 */
function fieldProblems<T>(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  columns: Columns<T>,
  where: (column: Titled) => string,
): ImportProblem[] {
  return issues.map((issue) => {
    const key = String(issue.path[0] ?? '');
    return { where: where(Object.values(columns).find((c) => c.field === key) ?? { title: key }), message: issue.message };
  });
}
