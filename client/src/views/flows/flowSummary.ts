import type { BoardAnalysis } from '@partnermap/shared/analysis';
import { CURRENCY_LABELS, agencyNames, exchangesBySide, type Board, type Currency } from '@partnermap/shared/model';

export interface OneWay {
  relationshipId: string;
  /** "Riverside Hospital gives Adult Social Care referrals; nothing comes back." */
  text: string;
}

export interface UnvaluedLine {
  exchangeId: string;
  relationshipId: string;
  text: string;
}

export interface CarrierLine {
  id: string;
  name: string;
  share: number;
  betweenness: number;
}

export interface CurrencyLine {
  currency: Currency;
  exchanges: number;
  carriers: CarrierLine[];
  /** In plain words, who the currency passes through: "All information and data passes through the GP practice." */
  sentence: string;
}

export interface FlowSummary {
  oneWay: OneWay[];
  without: { relationshipId: string; text: string }[];
  unvalued: UnvaluedLine[];
  currencies: CurrencyLine[];
}

/** Everything the flows view lists, in plain words, from the board and its analysis. */
export function flowSummary(board: Board, analysis: Pick<BoardAnalysis, 'relationships' | 'unvalued' | 'currencies'>): FlowSummary {
  const nameOf = agencyNames(board);
  const sidesOf = exchangesBySide(board);
  const relById = new Map(board.relationships.map((r) => [r.id, r]));
  const oneWay: OneWay[] = [];
  const without: FlowSummary['without'] = [];
  for (const { id, flow } of analysis.relationships) {
    const r = relById.get(id);
    if (!r) continue;
    if (flow === 'none') without.push({ relationshipId: id, text: `${nameOf(r.source)} and ${nameOf(r.target)}` });
    if (flow !== 'one-way') continue;
    const { forward, backward } = sidesOf(r);
    const given = forward.length ? forward : backward;
    const [from, to] = forward.length ? [r.source, r.target] : [r.target, r.source];
    oneWay.push({ relationshipId: id, text: `${nameOf(from)} gives ${nameOf(to)} ${currencyList(given.map((e) => e.currency))}; nothing comes back.` });
  }
  const exById = new Map(board.exchanges.map((e) => [e.id, e]));
  const unvalued = analysis.unvalued.flatMap((exchangeId) => {
    const e = exById.get(exchangeId);
    if (!e) return [];
    const what = lower(e.currency) + (e.description ? ` (${e.description})` : '');
    const text = `${nameOf(e.from)} gives ${nameOf(e.to)} ${what}, which ${nameOf(e.to)} does not list among what it values.`;
    return [{ exchangeId, relationshipId: e.relationshipId, text }];
  });
  const currencies = analysis.currencies.map((c) => {
    const carriers = c.agencies.map((a) => ({ ...a, name: nameOf(a.id) }));
    return { currency: c.currency, exchanges: c.exchanges, carriers, sentence: passesThrough(c.currency, carriers) };
  });
  return { oneWay, without, unvalued, currencies };
}

/**
 * Who a currency passes through: the agency standing most between others in its flows
 * (betweenness), said "all" when that agency also takes part in every exchange of it.
 */
export function passesThrough(currency: Currency, carriers: readonly CarrierLine[]): string {
  const hub = [...carriers].sort((a, b) => b.betweenness - a.betweenness)[0];
  const what = CURRENCY_LABELS[currency];
  if (!hub || hub.betweenness === 0) return `${what}: each exchange goes straight from giver to receiver; no agency passes it on.`;
  if (hub.share > 0.999) return `All ${lower(currency)} passes through ${hub.name}.`;
  if (hub.share >= 0.5) return `Most ${lower(currency)} passes through ${hub.name}.`;
  return `Some ${lower(currency)} passes through ${hub.name}.`;
}

function lower(c: Currency): string {
  return CURRENCY_LABELS[c].toLowerCase();
}

function currencyList(currencies: readonly Currency[]): string {
  const names = [...new Set(currencies)].map(lower);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
}
