import { createAgency } from '../model/agency.ts';
import { createBoardMeta, type Board } from '../model/board.ts';
import type { Currency } from '../model/currency.ts';
import { createExchange } from '../model/exchange.ts';
import { createPartnership } from '../model/partnership.ts';
import { createRelationship, type Integration, type RelationshipFields } from '../model/relationship.ts';

/** A relationship as [source, target, fields]; its id is `source-target`. */
type RelSpec = [string, string, Partial<RelationshipFields>?];
/** An exchange as [from, to, currency]; its id is `from>to:currency`. */
type ExSpec = [string, string, Currency];

/**
 * Small boards for measures worked out by hand: agencies named by id, relationships and
 * exchanges given as tuples, so that a test reads like the drawing on the whiteboard.
 */
export function boardOf(spec: {
  agencies: string[];
  relationships?: RelSpec[];
  exchanges?: ExSpec[];
  values?: Record<string, Currency[]>;
  partnerships?: Record<string, string[]>;
}): Board {
  const relationships = (spec.relationships ?? []).map(([s, t, fields]) => createRelationship(`${s}-${t}`, s, t, fields));
  const relOf = (a: string, b: string) =>
    relationships.find((r) => (r.source === a && r.target === b) || (r.source === b && r.target === a))?.id ?? `${a}-${b}`;
  return {
    meta: createBoardMeta(),
    goals: [],
    agencies: spec.agencies.map((id) => createAgency(id, { name: `Agency ${id}`, values: spec.values?.[id] ?? [] })),
    relationships,
    exchanges: (spec.exchanges ?? []).map(([from, to, currency]) =>
      createExchange(`${from}>${to}:${currency}`, { relationshipId: relOf(from, to), from, to, currency, description: '' }),
    ),
    partnerships: Object.entries(spec.partnerships ?? {}).map(([id, members]) => createPartnership(id, members)),
  };
}

/** Shorthand for a relationship at a given agreed degree of integration. */
export function at(integration: Integration): Partial<RelationshipFields> {
  return { integration };
}
