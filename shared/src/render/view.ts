import type { Board } from '../model/board.ts';
import { CURRENCY_LABELS, type Currency } from '../model/currency.ts';

/**
 * What part of the board the drawn map stresses, as on screen: a filter's or a focus's lit
 * agencies and relationships (the rest are dimmed), or one currency's exchanges only.
 */
export interface MapView {
  lit?: { agencies: ReadonlySet<string>; relationships: ReadonlySet<string> };
  /** An agency: it and its partners stay lit. */
  focus?: string;
  /** Only exchanges of this currency are labelled. */
  currency?: Currency;
}

export interface ResolvedView {
  agencyLit: (id: string) => boolean;
  relationshipLit: (id: string) => boolean;
  currency: Currency | undefined;
  /** Plain words for the page header, empty when the whole board is shown as is. */
  description: string[];
}

export function resolveView(board: Board, view: MapView = {}): ResolvedView {
  const description: string[] = [];
  let agencies = view.lit?.agencies;
  let relationships = view.lit?.relationships;
  if (view.lit) description.push('filtered: what is outside the filter is faded');
  if (view.focus) {
    const focus = view.focus;
    const around = board.relationships.filter((r) => r.source === focus || r.target === focus);
    const name = board.agencies.find((a) => a.id === focus)?.name || 'Unnamed agency';
    agencies = new Set([focus, ...around.flatMap((r) => [r.source, r.target])].filter((id) => !agencies || agencies.has(id)));
    relationships = new Set(around.map((r) => r.id).filter((id) => !relationships || relationships.has(id)));
    description.push(`focused on ${name} and its partners`);
  }
  if (view.currency) description.push(`exchanges of ${CURRENCY_LABELS[view.currency].toLowerCase()} only`);
  return {
    agencyLit: (id) => !agencies || agencies.has(id),
    relationshipLit: (id) => !relationships || relationships.has(id),
    currency: view.currency,
    description,
  };
}
