import type { BoardDiff } from '@partnermap/shared/history';
import { CURRENCY_LABELS, INTEGRATION_LABELS, type Board } from '@partnermap/shared/model';

export type LineKind = 'added' | 'removed' | 'changed';

export interface ChangeLine {
  id: string;
  kind: LineKind;
  text: string;
}

export interface ChangeSection {
  title: string;
  lines: ChangeLine[];
}

/** Field names as a practitioner says them. */
const FIELD_WORDS: Record<string, string> = {
  name: 'name',
  sector: 'sector',
  description: 'description',
  contact: 'contact',
  values: 'what it values',
  position: 'place on the map',
  integration: 'degree of integration',
  kind: 'kind of partnership',
  formality: 'formality',
  direction: 'direction',
  level: 'level',
  integrationFromSource: "one side's own rating",
  integrationFromTarget: "the other side's own rating",
  trustFromSource: 'trust',
  trustFromTarget: 'trust',
  notes: 'notes',
  goalIds: 'goals served',
  memberIds: 'members',
  model: 'model',
  currency: 'currency',
};

export function fieldWords(fields: readonly string[]): string {
  return [...new Set(fields.map((f) => FIELD_WORDS[f] ?? f))].join(', ');
}

/** The changes between two moments, in words, grouped by what they are about. */
export function changeLines(from: Board, to: Board, diff: BoardDiff): ChangeSection[] {
  const agencyName = (id: string) => (to.agencies.find((a) => a.id === id) ?? from.agencies.find((a) => a.id === id))?.name || 'Unnamed agency';
  const relName = (id: string) => {
    const r = to.relationships.find((x) => x.id === id) ?? from.relationships.find((x) => x.id === id);
    return r ? `${agencyName(r.source)} – ${agencyName(r.target)}` : 'A relationship';
  };
  const exchangeName = (id: string) => {
    const e = to.exchanges.find((x) => x.id === id) ?? from.exchanges.find((x) => x.id === id);
    return e ? `${agencyName(e.from)} gives ${agencyName(e.to)} ${CURRENCY_LABELS[e.currency].toLowerCase()}` : 'An exchange';
  };
  const partnershipName = (id: string) =>
    (to.partnerships.find((p) => p.id === id) ?? from.partnerships.find((p) => p.id === id))?.name || 'Unnamed partnership';

  const simple = (changes: BoardDiff['agencies'], name: (id: string) => string): ChangeLine[] => [
    ...changes.added.map((id) => ({ id, kind: 'added' as const, text: name(id) })),
    ...changes.removed.map((id) => ({ id, kind: 'removed' as const, text: name(id) })),
    ...changes.changed.map((c) => ({ id: c.id, kind: 'changed' as const, text: `${name(c.id)}: ${fieldWords(c.fields)}` })),
  ];

  const relationships: ChangeLine[] = [
    ...simple({ ...diff.relationships, changed: [] }, relName),
    ...diff.relationships.changed.map((c) => {
      const { from: a, to: b } = c.integration;
      const moved = a === b ? '' : ` (degree moved ${b > a ? 'up' : 'down'} from ${INTEGRATION_LABELS[a]} to ${INTEGRATION_LABELS[b]})`;
      return { id: c.id, kind: 'changed' as const, text: `${relName(c.id)}: ${fieldWords(c.fields)}${moved}` };
    }),
  ];

  return [
    { title: 'Agencies', lines: simple(diff.agencies, agencyName) },
    { title: 'Relationships', lines: relationships },
    { title: 'Exchanges', lines: simple(diff.exchanges, exchangeName) },
    { title: 'Partnerships', lines: simple(diff.partnerships, partnershipName) },
  ];
}
