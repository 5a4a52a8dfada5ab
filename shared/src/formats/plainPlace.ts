import type { z } from 'zod';
import { AGENCY_COLUMNS, RELATIONSHIP_COLUMNS, EXCHANGE_COLUMNS } from './columns.ts';
import { isObject, type ImportProblem } from './importError.ts';
import { notATerm, termLabels, VOCABULARIES, type Vocabulary } from './vocabulary.ts';

/**
 * Where a problem sits in a JSON export, in the words a person reads on screen: "Agency 2
 * (Riverside GP), field "Sector"" rather than `agencies[1].sector`, as the CSV errors already say.
 */

type List = 'agencies' | 'relationships' | 'exchanges' | 'partnerships' | 'goals';

const ROW_NOUN: Record<List, string> = {
  agencies: 'Agency',
  relationships: 'Relationship',
  exchanges: 'Exchange',
  partnerships: 'Partnership',
  goals: 'Goal',
};

function titlesOf(columns: Record<string, { title: string; field?: string }>): Record<string, string> {
  return Object.fromEntries(Object.values(columns).flatMap((c) => (c.field ? [[c.field, c.title]] : [])));
}

/** Each field's label, from the export columns where one exists, so a file and a spreadsheet agree. */
const FIELD_LABELS: Record<List | 'meta', Record<string, string>> = {
  agencies: { ...titlesOf(AGENCY_COLUMNS), id: 'Id', position: 'Position on the map' },
  relationships: { ...titlesOf(RELATIONSHIP_COLUMNS), id: 'Id', goalIds: 'Goals' },
  exchanges: {
    id: 'Id',
    relationshipId: 'Relationship',
    from: EXCHANGE_COLUMNS.from.title,
    to: EXCHANGE_COLUMNS.to.title,
    currency: EXCHANGE_COLUMNS.currency.title,
    description: EXCHANGE_COLUMNS.description.title,
  },
  partnerships: { id: 'Id', name: 'Name', model: 'Model', description: 'Description', memberIds: 'Members', goalIds: 'Goals' },
  goals: { id: 'Id', outcome: 'Outcome' },
  meta: { title: 'Title', definition: 'Definition of partnership', reviewAnswers: 'Review answers', schemaVersion: 'Schema version' },
};

/** The closed vocabulary a field's values come from, to name the allowed values by their labels. */
const FIELD_VOCABULARY: Partial<Record<List, Record<string, Vocabulary<string | number>>>> = {
  agencies: { sector: VOCABULARIES.sector, values: VOCABULARIES.currency },
  relationships: {
    integration: VOCABULARIES.integration,
    integrationFromSource: VOCABULARIES.integration,
    integrationFromTarget: VOCABULARIES.integration,
    kind: VOCABULARIES.kind,
    formality: VOCABULARIES.formality,
    direction: VOCABULARIES.direction,
    level: VOCABULARIES.level,
    trustFromSource: VOCABULARIES.trust,
    trustFromTarget: VOCABULARIES.trust,
  },
  exchanges: { currency: VOCABULARIES.currency },
  partnerships: { model: VOCABULARIES.partnershipModel },
};

const isList = (key: PropertyKey | undefined): key is List => typeof key === 'string' && key in ROW_NOUN;

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** One line, cut short: a name may hold line breaks and be long. */
function short(text: string): string {
  const value = text.replace(/\s+/g, ' ');
  return value.length > 40 ? `${value.slice(0, 39)}…` : value;
}

function rowsOf(board: unknown, list: List): unknown[] {
  const rows = isObject(board) ? board[list] : undefined;
  return Array.isArray(rows) ? rows : [];
}

/** Agency names by id in a file not yet validated: whatever is there and a string counts. */
function nameOf(board: unknown): (id: unknown) => string {
  const names = new Map<unknown, string>();
  for (const a of rowsOf(board, 'agencies')) if (isObject(a)) names.set(a.id, text(a.name));
  return (id) => names.get(id) || '?';
}

/** "Agency 2 (Riverside GP)": the row counted from 1, with what tells it apart. */
function rowName(board: unknown, list: List, index: number): string {
  const row = rowsOf(board, list)[index];
  const noun = `${ROW_NOUN[list]} ${index + 1}`;
  if (!isObject(row)) return noun;
  const name = (id: unknown) => short(nameOf(board)(id));
  const which =
    list === 'agencies' || list === 'partnerships'
      ? short(text(row.name))
      : list === 'goals'
        ? short(text(row.outcome))
        : list === 'relationships'
          ? `${name(row.source)} – ${name(row.target)}`
          : `${name(row.from)} gives ${name(row.to)}`;
  return which ? `${noun} (${which})` : noun;
}

/** Where `path` (a zod issue's, relative to the board) points, in plain words. */
export function plainPlace(board: unknown, path: readonly PropertyKey[]): string {
  const [list, index, field, item] = path;
  if (list === 'meta') {
    const label = typeof index === 'string' ? FIELD_LABELS.meta[index] ?? index : undefined;
    return label ? `Board details, field "${label}"` : 'Board details';
  }
  if (!isList(list)) return path.length ? path.map(String).join('.') : 'The board';
  if (typeof index !== 'number') return `${list[0]!.toUpperCase()}${list.slice(1)}`;
  const row = rowName(board, list, index);
  if (typeof field !== 'string') return row;
  const label = `field "${FIELD_LABELS[list][field] ?? field}"`;
  return typeof item === 'number' ? `${row}, ${label}, entry ${item + 1}` : `${row}, ${label}`;
}

function valueAt(board: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = board;
  for (const key of path) {
    if (Array.isArray(at) && typeof key === 'number') at = at[key];
    else if (isObject(at) && typeof key === 'string') at = at[key];
    else return undefined;
  }
  return at;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no (true or false)',
  array: 'a list',
  object: 'a group of fields',
  record: 'a group of fields',
};

function kindOf(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  return TYPE_WORDS[typeof value] ?? typeof value;
}

/** A zod issue's message in plain words, naming a vocabulary's allowed values by their labels. */
function plainMessage(board: unknown, issue: z.ZodError['issues'][number]): string {
  const [list, , field] = issue.path;
  const vocabulary = isList(list) && typeof field === 'string' ? FIELD_VOCABULARY[list]?.[field] : undefined;
  const value = valueAt(board, issue.path);
  if (vocabulary && (issue.code === 'invalid_value' || issue.code === 'invalid_union' || issue.code === 'invalid_type')) {
    if (value === undefined) return `is missing; expected one of ${termLabels(vocabulary)}`;
    return notATerm(vocabulary, typeof value === 'string' ? value : JSON.stringify(value));
  }
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `is missing; expected ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
      return `expected ${TYPE_WORDS[issue.expected] ?? issue.expected}, found ${kindOf(value)}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `is too long: at most ${String(issue.maximum)} characters`
        : `is too large: at most ${String(issue.maximum)}`;
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1 ? 'is empty' : `is too small: at least ${String(issue.minimum)}`;
    default:
      return issue.message;
  }
}

/** Every schema failure of a board read from a JSON export, in plain words. */
export function plainSchemaProblems(board: unknown, error: z.ZodError): ImportProblem[] {
  return error.issues.map((issue) => ({ where: plainPlace(board, issue.path), message: plainMessage(board, issue) }));
}
