import type { Agency } from '../model/agency.ts';
import type { Board } from '../model/board.ts';
import { CURRENCY_LABELS } from '../model/currency.ts';
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

/**
 * One attribute column of a network export: Gephi's Data Laboratory and yEd's property panel
 * show each as a column named `title`, so a map can be filtered and styled by it.
 */
export interface Column<T> {
  id: string;
  title: string;
  type: 'string' | 'integer' | 'boolean';
  value(item: T): string | number | boolean;
}

export function agencyColumns(board: Board): Column<Agency>[] {
  return [
    { id: 'sector', title: 'Sector', type: 'string', value: (a) => SECTOR_LABELS[a.sector] },
    { id: 'description', title: 'Description', type: 'string', value: (a) => a.description },
    { id: 'contact', title: 'Contact', type: 'string', value: (a) => a.contact },
    { id: 'values', title: 'Values', type: 'string', value: (a) => currencyList(a.values) },
    {
      id: 'partnerships',
      title: 'Partnerships',
      type: 'string',
      value: (a) => board.partnerships.filter((p) => p.memberIds.includes(a.id)).map((p) => p.name).join('; '),
    },
  ];
}

export function relationshipColumns(board: Board): Column<Relationship>[] {
  const nameOf = new Map(board.agencies.map((a) => [a.id, a.name]));
  const outcomeOf = new Map(board.goals.map((g) => [g.id, g.outcome]));
  return [
    { id: 'integration', title: 'Degree of integration', type: 'integer', value: (r) => r.integration },
    { id: 'integration_label', title: 'Integration', type: 'string', value: (r) => INTEGRATION_LABELS[r.integration] },
    { id: 'kind', title: 'Kind of partnership', type: 'string', value: (r) => PARTNERSHIP_KIND_LABELS[r.kind] },
    { id: 'formality', title: 'Formality', type: 'string', value: (r) => FORMALITY_LABELS[r.formality] },
    { id: 'direction', title: 'Direction', type: 'string', value: (r) => DIRECTION_LABELS[r.direction] },
    { id: 'level', title: 'Level', type: 'string', value: (r) => LEVEL_LABELS[r.level] },
    { id: 'integration_source', title: 'Source rates integration', type: 'string', value: (r) => ownRating(r.integrationFromSource) },
    { id: 'integration_target', title: 'Target rates integration', type: 'string', value: (r) => ownRating(r.integrationFromTarget) },
    { id: 'trust_source', title: 'Source trusts target', type: 'string', value: (r) => TRUST_LABELS[r.trustFromSource] },
    { id: 'trust_target', title: 'Target trusts source', type: 'string', value: (r) => TRUST_LABELS[r.trustFromTarget] },
    { id: 'disagreement', title: 'Sides disagree', type: 'boolean', value: (r) => sidesDisagree(r) },
    {
      id: 'exchanges',
      title: 'Exchanges',
      type: 'string',
      value: (r) =>
        board.exchanges
          .filter((e) => e.relationshipId === r.id)
          .map((e) => {
            const what = e.description ? ` (${e.description})` : '';
            return `${nameOf.get(e.from) ?? ''} gives ${nameOf.get(e.to) ?? ''}: ${CURRENCY_LABELS[e.currency]}${what}`;
          })
          .join('; '),
    },
    { id: 'goals', title: 'Goals', type: 'string', value: (r) => r.goalIds.map((g) => outcomeOf.get(g) ?? '').join('; ') },
    { id: 'notes', title: 'Notes', type: 'string', value: (r) => r.notes },
  ];
}
