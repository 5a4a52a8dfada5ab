import { agencyNames, type Agency } from '../model/agency.ts';
import type { Board } from '../model/board.ts';
import { CURRENCY_LABELS } from '../model/currency.ts';
import type { Exchange } from '../model/exchange.ts';
import {
  DIRECTION_LABELS,
  FORMALITY_LABELS,
  INTEGRATION_LABELS,
  LEVEL_LABELS,
  PARTNERSHIP_KIND_LABELS,
  TRUST_LABELS,
  type Relationship,
} from '../model/relationship.ts';
import { SECTOR_LABELS } from '../model/sector.ts';
import { sidesDisagree } from '../model/sides.ts';
import { currencyList, ownRating } from './vocabulary.ts';

/** What a column looks up elsewhere on the board, indexed once per export rather than per row. */
export interface BoardIndex {
  /** Blank for an unnamed agency: a cell never shows a name nobody gave. */
  agencyName(id: string): string;
  partnershipsOf(agencyId: string): string[];
  goalOutcome(goalId: string): string;
  /** In board order. */
  exchangesOf(relationshipId: string): Exchange[];
}

export function indexBoard(board: Board): BoardIndex {
  const partnerships = groupBy(board.partnerships.flatMap((p) => p.memberIds.map((m) => [m, p.name] as const)));
  const exchanges = groupBy(board.exchanges.map((e) => [e.relationshipId, e] as const));
  const outcomes = new Map(board.goals.map((g) => [g.id, g.outcome]));
  return {
    agencyName: agencyNames(board, ''),
    partnershipsOf: (id) => partnerships.get(id) ?? [],
    goalOutcome: (id) => outcomes.get(id) ?? '',
    exchangesOf: (id) => exchanges.get(id) ?? [],
  };
}

function groupBy<V>(pairs: readonly (readonly [string, V])[]): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const [key, value] of pairs) {
    const group = groups.get(key);
    if (group) group.push(value);
    else groups.set(key, [value]);
  }
  return groups;
}

/**
 * One field of an entity as a column of the CSV, GEXF and GraphML exports, under one title: the
 * CSV header a spreadsheet user reads (the CSV importer finds the column by it, in any case), and
 * the name Gephi's Data Laboratory and yEd's property panel show. A table's key is the column's
 * attribute id in GEXF and GraphML files, kept as it was so tools keyed on it still find it.
 */
export interface Column<T> {
  title: string;
  /** The value as a person reads it: the CSV cell, and the network attribute unless `typed` is set. */
  text(item: T, board: BoardIndex): string;
  /** The value the network formats declare instead, so Gephi can size or filter by a number or yes/no. */
  typed?: { type: 'integer' | 'boolean'; value(item: T): number | boolean };
  /** The model field the CSV importer fills from this column, so a problem with it names the column. */
  field?: keyof T & string;
  /**
   * A column only CSV carries (the network formats hold it as a node's label or an edge's ends),
   * or only the network formats.
   */
  only?: 'csv' | 'network';
}

export type Columns<T> = Record<string, Column<T>>;

export const AGENCY_COLUMNS = {
  name: { title: 'Name', field: 'name', only: 'csv', text: (a) => a.name },
  sector: { title: 'Sector', field: 'sector', text: (a) => SECTOR_LABELS[a.sector] },
  description: { title: 'Description', field: 'description', text: (a) => a.description },
  contact: { title: 'Contact', field: 'contact', text: (a) => a.contact },
  values: { title: 'Values', field: 'values', text: (a) => currencyList(a.values) },
  partnerships: { title: 'Partnerships', text: (a, board) => board.partnershipsOf(a.id).join('; ') },
} satisfies Columns<Agency>;

export const RELATIONSHIP_COLUMNS = {
  from: { title: 'From', field: 'source', only: 'csv', text: (r, board) => board.agencyName(r.source) },
  to: { title: 'To', field: 'target', only: 'csv', text: (r, board) => board.agencyName(r.target) },
  integration: {
    title: 'Degree of integration',
    field: 'integration',
    text: (r) => INTEGRATION_LABELS[r.integration],
    typed: { type: 'integer', value: (r) => r.integration },
  },
  // The network formats' integration column holds the number; this is its label beside it.
  integration_label: { title: 'Integration', only: 'network', text: (r) => INTEGRATION_LABELS[r.integration] },
  kind: { title: 'Kind of partnership', field: 'kind', text: (r) => PARTNERSHIP_KIND_LABELS[r.kind] },
  formality: { title: 'Formality', field: 'formality', text: (r) => FORMALITY_LABELS[r.formality] },
  direction: { title: 'Direction', field: 'direction', text: (r) => DIRECTION_LABELS[r.direction] },
  level: { title: 'Level', field: 'level', text: (r) => LEVEL_LABELS[r.level] },
  integration_source: {
    title: "From's rating of integration",
    field: 'integrationFromSource',
    text: (r) => ownRating(r.integrationFromSource),
  },
  integration_target: {
    title: "To's rating of integration",
    field: 'integrationFromTarget',
    text: (r) => ownRating(r.integrationFromTarget),
  },
  trust_source: { title: "From's trust in To", field: 'trustFromSource', text: (r) => TRUST_LABELS[r.trustFromSource] },
  trust_target: { title: "To's trust in From", field: 'trustFromTarget', text: (r) => TRUST_LABELS[r.trustFromTarget] },
  disagreement: {
    title: 'Sides disagree',
    only: 'network',
    text: (r) => (sidesDisagree(r) ? 'Yes' : 'No'),
    typed: { type: 'boolean', value: (r) => sidesDisagree(r) },
  },
  exchanges: {
    title: 'Exchanges',
    only: 'network',
    text: (r, board) =>
      board
        .exchangesOf(r.id)
        .map((e) => {
          const what = e.description ? ` (${e.description})` : '';
          return `${board.agencyName(e.from)} gives ${board.agencyName(e.to)}: ${CURRENCY_LABELS[e.currency]}${what}`;
        })
        .join('; '),
  },
  notes: { title: 'Notes', field: 'notes', text: (r) => r.notes },
  goals: { title: 'Goals', text: (r, board) => r.goalIds.map((g) => board.goalOutcome(g)).join('; ') },
} satisfies Columns<Relationship>;

export const EXCHANGE_COLUMNS = {
  from: { title: 'From', text: (e, board) => board.agencyName(e.from) },
  to: { title: 'To', text: (e, board) => board.agencyName(e.to) },
  currency: { title: 'Currency', text: (e) => CURRENCY_LABELS[e.currency] },
  description: { title: 'What', text: (e) => e.description },
} satisfies Columns<Exchange>;

/** The columns of a CSV file, in table order. */
export function csvColumns<T>(table: Columns<T>): Column<T>[] {
  return Object.values(table).filter((c) => c.only !== 'network');
}

/** A column as GEXF and GraphML declare it: attribute id, type, and the value for one item. */
export interface NetworkColumn<T> {
  id: string;
  title: string;
  type: 'string' | 'integer' | 'boolean';
  value(item: T): string | number | boolean;
}

export function networkColumns<T>(table: Columns<T>, board: BoardIndex): NetworkColumn<T>[] {
  return Object.entries(table)
    .filter(([, c]) => c.only !== 'csv')
    .map(([id, c]) => ({
      id,
      title: c.title,
      type: c.typed?.type ?? 'string',
      value: (item: T) => (c.typed ? c.typed.value(item) : c.text(item, board)),
    }));
}
