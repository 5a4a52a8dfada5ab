import { CURRENCY_LABELS, type Currency } from '../model/currency.ts';
import { PARTNERSHIP_MODEL_LABELS } from '../model/partnership.ts';
import {
  type Integration,
  DIRECTION_LABELS,
  FORMALITY_LABELS,
  INTEGRATION_LABELS,
  LEVEL_LABELS,
  PARTNERSHIP_KIND_LABELS,
  TRUST_LABELS,
} from '../model/relationship.ts';
import { SECTOR_LABELS } from '../model/sector.ts';

/**
 * The board's closed vocabularies, as a spreadsheet or another tool may spell them: by id
 * ("social-care"), by label ("Social care") or, for integration, by number ("3"), in any case.
 */
export interface Vocabulary<T extends string | number> {
  /** What one value is, for messages: "a sector". */
  noun: string;
  labels: Record<T, string>;
  /** Record keys are strings at run time; a numeric vocabulary turns them back into numbers. */
  numeric?: boolean;
}

export const VOCABULARIES = {
  sector: { noun: 'a sector', labels: SECTOR_LABELS },
  currency: { noun: 'a currency', labels: CURRENCY_LABELS },
  integration: { noun: 'a degree of integration', labels: INTEGRATION_LABELS, numeric: true },
  kind: { noun: 'a kind of partnership', labels: PARTNERSHIP_KIND_LABELS },
  formality: { noun: 'a formality', labels: FORMALITY_LABELS },
  direction: { noun: 'a direction', labels: DIRECTION_LABELS },
  level: { noun: 'a level', labels: LEVEL_LABELS },
  trust: { noun: 'a trust level', labels: TRUST_LABELS },
  partnershipModel: { noun: 'a partnership model', labels: PARTNERSHIP_MODEL_LABELS },
} as const;

/** Lower case, punctuation as single spaces: "Health: acute (NHS)" and "health acute nhs" match. */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The value whose id or label matches `text`, or undefined. */
export function matchTerm<T extends string | number>(vocabulary: Vocabulary<T>, text: string): T | undefined {
  const wanted = normalise(text);
  if (!wanted) return undefined;
  for (const [id, label] of Object.entries(vocabulary.labels) as [string, string][]) {
    if (normalise(id) === wanted || normalise(label) === wanted) {
      return (vocabulary.numeric ? Number(id) : id) as T;
    }
  }
  return undefined;
}

export function termLabels<T extends string | number>(vocabulary: Vocabulary<T>): string {
  return Object.values<string>(vocabulary.labels).join(', ');
}

export function notATerm<T extends string | number>(vocabulary: Vocabulary<T>, text: string): string {
  return `${JSON.stringify(text)} is not ${vocabulary.noun}; expected one of ${termLabels(vocabulary)}`;
}

/** Currencies as one cell or attribute: "Referrals; Staff time". */
export function currencyList(values: readonly Currency[]): string {
  return values.map((c) => CURRENCY_LABELS[c]).join('; ');
}

/** A side's own rating of integration as a cell: blank until that side has rated it. */
export function ownRating(integration: Integration | null): string {
  return integration === null ? '' : INTEGRATION_LABELS[integration];
}
