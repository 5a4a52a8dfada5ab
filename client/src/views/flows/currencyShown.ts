import type { Currency, ExchangeSides } from '@partnermap/shared/model';

/** The exchanges of one relationship the map shows: all of them, or those of the one currency shown. */
export function sidesShown<T extends ExchangeSides>(sides: T, currency: Currency | null): ExchangeSides {
  if (!currency) return sides;
  return { forward: sides.forward.filter((e) => e.currency === currency), backward: sides.backward.filter((e) => e.currency === currency) };
}
