import { CURRENCY_LABELS, INTEGRATION_LABELS, type Exchange, type Relationship } from '@partnermap/shared/model';

/** "A and B" for two, "A, B and C" for more. */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "Riverside GP gives Adult Social Care referrals and staff time", or '' when nothing flows that way. */
function gives(exchanges: readonly Exchange[], nameOf: (id: string) => string): string {
  const first = exchanges[0];
  if (!first) return '';
  const currencies = [...new Set(exchanges.map((x) => CURRENCY_LABELS[x.currency].toLowerCase()))];
  return `${nameOf(first.from)} gives ${nameOf(first.to)} ${listInWords(currencies)}.`;
}

/**
 * What a screen reader hears for a relationship on the map: the two agencies, its degree of
 * integration, and what each side gives the other, with direction (the drawn labels say it with
 * arrows, which are not read).
 */
export function relationshipLabel(
  relationship: Relationship,
  sides: { forward: readonly Exchange[]; backward: readonly Exchange[] },
  nameOf: (id: string) => string,
): string {
  const head = `Relationship between ${nameOf(relationship.source)} and ${nameOf(relationship.target)}: ${INTEGRATION_LABELS[relationship.integration]}.`;
  const flows = [gives(sides.forward, nameOf), gives(sides.backward, nameOf)].filter(Boolean);
  if (flows.length === 0) return `${head} No exchanges recorded.`;
  const oneWay = flows.length === 1 ? ' One-way.' : '';
  return `${head} ${flows.join(' ')}${oneWay}`;
}
