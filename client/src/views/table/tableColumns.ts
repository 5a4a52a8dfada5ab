import { AGENCY_COLUMNS, RELATIONSHIP_COLUMNS, type BoardIndex } from '@partnermap/shared/formats';
import {
  CURRENCIES,
  CURRENCY_LABELS,
  DIRECTIONS,
  DIRECTION_LABELS,
  FORMALITIES,
  FORMALITY_LABELS,
  INTEGRATION_DEGREES,
  INTEGRATION_LABELS,
  LEVELS,
  LEVEL_LABELS,
  PARTNERSHIP_KINDS,
  PARTNERSHIP_KIND_LABELS,
  SECTORS,
  SECTOR_LABELS,
  TRUST_LABELS,
  TRUST_LEVELS,
  type Agency,
  type AgencyFields,
  type Board,
  type Integration,
  type Relationship,
  type RelationshipFields,
} from '@partnermap/shared/model';

export interface Choice {
  /** The value as the editor holds it (a select's value is a string). */
  value: string;
  label: string;
}

/** How a cell is edited: free text, one of a list, or several of a list. */
export type Editor =
  | { kind: 'text'; maxLength: number; multiline?: boolean }
  | { kind: 'choice'; choices: Choice[] }
  | { kind: 'many'; choices: Choice[] };

/** One column of the table: what it shows, how it sorts, and (if editable) how it is read and written. */
export interface TableColumn<T, F> {
  id: string;
  title: string;
  text(item: T, index: BoardIndex): string;
  /** Ordered scales sort by their order, not alphabetically: Communication before Integration. */
  sortKey(item: T, index: BoardIndex): string | number;
  edit?: {
    editor: Editor;
    read(item: T): string | string[];
    write(value: string | string[]): Partial<F>;
  };
}

export type AgencyColumn = TableColumn<Agency, AgencyFields>;
export type RelationshipColumn = TableColumn<Relationship, RelationshipFields>;

function choicesOf<T extends string | number>(values: readonly T[], labels: Record<T, string>): Choice[] {
  return values.map((v) => ({ value: String(v), label: labels[v] }));
}

const text = (v: string | string[]) => (Array.isArray(v) ? v.join(' ') : v);
const list = (v: string | string[]) => (Array.isArray(v) ? v : v ? [v] : []);
const orderIn = (choices: Choice[], value: string) => choices.findIndex((c) => c.value === value);

/** A free-text field, titled as the export column is. */
function textColumn<T extends Record<K, string>, F, K extends keyof F & keyof T & string>(
  id: string,
  title: string,
  field: K,
  maxLength: number,
  multiline = false,
): TableColumn<T, F> {
  return {
    id,
    title,
    text: (item) => item[field],
    sortKey: (item) => item[field],
    edit: {
      editor: { kind: 'text', maxLength, multiline },
      read: (item) => item[field],
      write: (value) => ({ [field]: text(value) }) as Partial<F>,
    },
  };
}

/** One choice of a closed vocabulary, sorted in the vocabulary's order. */
function choiceColumn<T, F>(
  id: string,
  title: string,
  choices: Choice[],
  read: (item: T) => string,
  write: (value: string) => Partial<F>,
): TableColumn<T, F> {
  const label = (value: string) => choices.find((c) => c.value === value)?.label ?? '';
  return {
    id,
    title,
    text: (item) => label(read(item)),
    sortKey: (item) => orderIn(choices, read(item)),
    edit: { editor: { kind: 'choice', choices }, read, write: (v) => write(text(v)) },
  };
}

const SECTOR_CHOICES = choicesOf(SECTORS, SECTOR_LABELS);
const CURRENCY_CHOICES = choicesOf(CURRENCIES, CURRENCY_LABELS);
const INTEGRATION_CHOICES = choicesOf(INTEGRATION_DEGREES, INTEGRATION_LABELS);
/** A side's own rating may be blank: that side has not rated it yet. */
const OWN_RATING_CHOICES = [{ value: '', label: 'Not rated' }, ...INTEGRATION_CHOICES];
const TRUST_CHOICES = choicesOf(TRUST_LEVELS, TRUST_LABELS);

const ownRating = (value: string): Integration | null => (value ? (Number(value) as Integration) : null);

export const AGENCY_TABLE: AgencyColumn[] = [
  textColumn('name', AGENCY_COLUMNS.name.title, 'name', 200),
  choiceColumn('sector', AGENCY_COLUMNS.sector.title, SECTOR_CHOICES, (a) => a.sector, (v) => ({ sector: v as Agency['sector'] })),
  textColumn('description', AGENCY_COLUMNS.description.title, 'description', 5000, true),
  textColumn('contact', AGENCY_COLUMNS.contact.title, 'contact', 500),
  {
    id: 'values',
    title: AGENCY_COLUMNS.values.title,
    text: (a) => AGENCY_COLUMNS.values.text(a),
    sortKey: (a) => a.values.length,
    edit: {
      editor: { kind: 'many', choices: CURRENCY_CHOICES },
      read: (a) => a.values,
      write: (v) => ({ values: list(v) as Agency['values'] }),
    },
  },
  {
    id: 'partnerships',
    title: AGENCY_COLUMNS.partnerships.title,
    text: (a, index) => AGENCY_COLUMNS.partnerships.text(a, index),
    sortKey: (a, index) => AGENCY_COLUMNS.partnerships.text(a, index),
  },
];

/** The relationship table's columns; goals are editable only when the board has some. */
export function relationshipTable(board: Pick<Board, 'goals'>): RelationshipColumn[] {
  const C = RELATIONSHIP_COLUMNS;
  const goalChoices = board.goals.map((g) => ({ value: g.id, label: g.outcome || 'Untitled goal' }));
  return [
    { id: 'from', title: C.from.title, text: (r, i) => i.agencyName(r.source), sortKey: (r, i) => i.agencyName(r.source) },
    { id: 'to', title: C.to.title, text: (r, i) => i.agencyName(r.target), sortKey: (r, i) => i.agencyName(r.target) },
    choiceColumn('integration', C.integration.title, INTEGRATION_CHOICES, (r) => String(r.integration), (v) => ({
      integration: Number(v) as Integration,
    })),
    choiceColumn('kind', C.kind.title, choicesOf(PARTNERSHIP_KINDS, PARTNERSHIP_KIND_LABELS), (r) => r.kind, (v) => ({
      kind: v as Relationship['kind'],
    })),
    choiceColumn('formality', C.formality.title, choicesOf(FORMALITIES, FORMALITY_LABELS), (r) => r.formality, (v) => ({
      formality: v as Relationship['formality'],
    })),
    choiceColumn('direction', C.direction.title, choicesOf(DIRECTIONS, DIRECTION_LABELS), (r) => r.direction, (v) => ({
      direction: v as Relationship['direction'],
    })),
    choiceColumn('level', C.level.title, choicesOf(LEVELS, LEVEL_LABELS), (r) => r.level, (v) => ({ level: v as Relationship['level'] })),
    choiceColumn('integrationFromSource', C.integration_source.title, OWN_RATING_CHOICES, (r) => String(r.integrationFromSource ?? ''), (v) => ({
      integrationFromSource: ownRating(v),
    })),
    choiceColumn('integrationFromTarget', C.integration_target.title, OWN_RATING_CHOICES, (r) => String(r.integrationFromTarget ?? ''), (v) => ({
      integrationFromTarget: ownRating(v),
    })),
    choiceColumn('trustFromSource', C.trust_source.title, TRUST_CHOICES, (r) => r.trustFromSource, (v) => ({
      trustFromSource: v as Relationship['trustFromSource'],
    })),
    choiceColumn('trustFromTarget', C.trust_target.title, TRUST_CHOICES, (r) => r.trustFromTarget, (v) => ({
      trustFromTarget: v as Relationship['trustFromTarget'],
    })),
    {
      id: 'exchanges',
      title: C.exchanges.title,
      text: (r, i) => C.exchanges.text(r, i),
      sortKey: (r, i) => i.exchangesOf(r.id).length,
    },
    {
      id: 'goals',
      title: C.goals.title,
      text: (r, i) => C.goals.text(r, i),
      sortKey: (r) => r.goalIds.length,
      ...(goalChoices.length > 0 && {
        edit: {
          editor: { kind: 'many', choices: goalChoices } as const,
          read: (r: Relationship) => r.goalIds,
          write: (v: string | string[]) => ({ goalIds: list(v) }),
        },
      }),
    },
    textColumn('notes', C.notes.title, 'notes', 10000, true),
  ];
}
