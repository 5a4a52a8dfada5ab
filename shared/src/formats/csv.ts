import Papa from 'papaparse';
import type { Board } from '../model/board.ts';
import { CURRENCY_LABELS } from '../model/currency.ts';
import {
  DIRECTION_LABELS,
  FORMALITY_LABELS,
  INTEGRATION_LABELS,
  LEVEL_LABELS,
  PARTNERSHIP_KIND_LABELS,
  TRUST_LABELS,
} from '../model/relationship.ts';
import { SECTOR_LABELS } from '../model/sector.ts';
import { currencyList, ownRating } from './vocabulary.ts';

/** Column headers a spreadsheet user reads; the importer matches them case-insensitively. */
export const AGENCY_COLUMNS = {
  name: 'Name',
  sector: 'Sector',
  description: 'Description',
  contact: 'Contact',
  values: 'Values',
  partnerships: 'Partnerships',
} as const;

export const RELATIONSHIP_COLUMNS = {
  from: 'From',
  to: 'To',
  integration: 'Degree of integration',
  kind: 'Kind of partnership',
  formality: 'Formality',
  direction: 'Direction',
  level: 'Level',
  integrationFromSource: "From's rating of integration",
  integrationFromTarget: "To's rating of integration",
  trustFromSource: "From's trust in To",
  trustFromTarget: "To's trust in From",
  notes: 'Notes',
  goals: 'Goals',
} as const;

export const EXCHANGE_COLUMNS = {
  from: 'From',
  to: 'To',
  currency: 'Currency',
  description: 'What',
} as const;

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
  const partnershipsOf = new Map<string, string[]>();
  for (const p of board.partnerships) {
    for (const m of p.memberIds) partnershipsOf.set(m, [...(partnershipsOf.get(m) ?? []), p.name]);
  }
  const rows = board.agencies.map((a) => ({
    [AGENCY_COLUMNS.name]: a.name,
    [AGENCY_COLUMNS.sector]: SECTOR_LABELS[a.sector],
    [AGENCY_COLUMNS.description]: a.description,
    [AGENCY_COLUMNS.contact]: a.contact,
    [AGENCY_COLUMNS.values]: currencyList(a.values),
    [AGENCY_COLUMNS.partnerships]: (partnershipsOf.get(a.id) ?? []).join('; '),
  }));
  return toCsv(Object.values(AGENCY_COLUMNS), rows);
}

export function relationshipsCsv(board: Board): string {
  const name = agencyNames(board);
  const outcomeOf = new Map(board.goals.map((g) => [g.id, g.outcome]));
  const rows = board.relationships.map((r) => ({
    [RELATIONSHIP_COLUMNS.from]: name(r.source),
    [RELATIONSHIP_COLUMNS.to]: name(r.target),
    [RELATIONSHIP_COLUMNS.integration]: INTEGRATION_LABELS[r.integration],
    [RELATIONSHIP_COLUMNS.kind]: PARTNERSHIP_KIND_LABELS[r.kind],
    [RELATIONSHIP_COLUMNS.formality]: FORMALITY_LABELS[r.formality],
    [RELATIONSHIP_COLUMNS.direction]: DIRECTION_LABELS[r.direction],
    [RELATIONSHIP_COLUMNS.level]: LEVEL_LABELS[r.level],
    [RELATIONSHIP_COLUMNS.integrationFromSource]: ownRating(r.integrationFromSource),
    [RELATIONSHIP_COLUMNS.integrationFromTarget]: ownRating(r.integrationFromTarget),
    [RELATIONSHIP_COLUMNS.trustFromSource]: TRUST_LABELS[r.trustFromSource],
    [RELATIONSHIP_COLUMNS.trustFromTarget]: TRUST_LABELS[r.trustFromTarget],
    [RELATIONSHIP_COLUMNS.notes]: r.notes,
    [RELATIONSHIP_COLUMNS.goals]: r.goalIds.map((g) => outcomeOf.get(g) ?? '').join('; '),
  }));
  return toCsv(Object.values(RELATIONSHIP_COLUMNS), rows);
}

export function exchangesCsv(board: Board): string {
  const name = agencyNames(board);
  const rows = board.exchanges.map((e) => ({
    [EXCHANGE_COLUMNS.from]: name(e.from),
    [EXCHANGE_COLUMNS.to]: name(e.to),
    [EXCHANGE_COLUMNS.currency]: CURRENCY_LABELS[e.currency],
    [EXCHANGE_COLUMNS.description]: e.description,
  }));
  return toCsv(Object.values(EXCHANGE_COLUMNS), rows);
}

/** All three files of a CSV export, by file name. */
export function boardToCsv(board: Board): BoardCsv {
  return {
    'agencies.csv': agenciesCsv(board),
    'relationships.csv': relationshipsCsv(board),
    'exchanges.csv': exchangesCsv(board),
  };
}

function agencyNames(board: Board): (id: string) => string {
  const nameOf = new Map(board.agencies.map((a) => [a.id, a.name]));
  return (id) => nameOf.get(id) ?? '';
}

function toCsv(fields: string[], rows: Record<string, string>[]): string {
  // escapeFormulae: a name such as "=HYPERLINK(...)" must stay text when opened in a spreadsheet.
  return BOM + Papa.unparse({ fields, data: rows }, { escapeFormulae: true, newline: '\r\n' });
}
