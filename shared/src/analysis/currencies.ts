import { CURRENCIES, type Currency } from '../model/currency.ts';
import type { Exchange } from '../model/exchange.ts';
import { normalisedBetweenness, exchangeGraph } from './graphs.ts';

/** One agency's part in carrying a currency. */
export interface CurrencyCarrier {
  id: string;
  /** Fraction of this currency's exchanges the agency gives or receives. */
  share: number;
  /**
   * Normalised betweenness in the directed graph of this currency's arcs (its nodes: the
   * agencies that give or receive it): "all information passes through the GP practice".
   */
  betweenness: number;
}

export interface CurrencyFlows {
  currency: Currency;
  exchanges: number;
  /** Largest share first. */
  agencies: CurrencyCarrier[];
}

/** Per currency that flows at all, in the board's order of currencies: which agencies carry it. */
export function currencyFlows(exchanges: readonly Exchange[]): CurrencyFlows[] {
  return CURRENCIES.flatMap((currency) => {
    const own = exchanges.filter((e) => e.currency === currency);
    if (own.length === 0) return [];
    const ends = new Map<string, number>();
    for (const e of own) {
      for (const id of [e.from, e.to]) ends.set(id, (ends.get(id) ?? 0) + 1);
    }
    const betweenness = normalisedBetweenness(exchangeGraph(own));
    const agencies = [...ends].map(([id, count]) => ({ id, share: count / own.length, betweenness: betweenness[id] ?? 0 }));
    agencies.sort((a, b) => b.share - a.share || b.betweenness - a.betweenness || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return [{ currency, exchanges: own.length, agencies }];
  });
}
