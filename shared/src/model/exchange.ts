import { z } from 'zod';
import { CurrencySchema } from './currency.ts';
import { pairKey, type Relationship } from './relationship.ts';

/** A currency flowing one way along a relationship: "`from` gives `to` <currency>: <description>". */
export const ExchangeSchema = z.object({
  id: z.string().min(1),
  relationshipId: z.string().min(1),
  from: z.string().min(1),
  to: z.string().min(1),
  currency: CurrencySchema,
  // May be left out of the doc while it is empty (LEFT_OUT_WHEN_DEFAULT).
  description: z.string().max(2000).default(''),
});
export type Exchange = z.infer<typeof ExchangeSchema>;
export type ExchangeFields = Omit<Exchange, 'id'>;

export function createExchange(id: string, fields: ExchangeFields): Exchange {
  return ExchangeSchema.parse({ id, ...fields });
}

/** The exchanges along one relationship, by the way they flow. */
export interface ExchangeSides {
  /** What the relationship's source gives its target. */
  forward: Exchange[];
  /** What comes back from the target. */
  backward: Exchange[];
}

/**
 * The exchanges of each relationship split by direction, indexed once for the whole board. An
 * exchange belongs to the relationship between its two agencies, whichever way it flows.
 */
export function exchangesBySide(
  board: { exchanges: readonly Exchange[] },
): (relationship: Pick<Relationship, 'source' | 'target'>) => ExchangeSides {
  const byPair = new Map<string, Exchange[]>();
  for (const e of board.exchanges) {
    const key = pairKey(e.from, e.to);
    const along = byPair.get(key);
    if (along) along.push(e);
    else byPair.set(key, [e]);
  }
  return ({ source, target }) => {
    const along = byPair.get(pairKey(source, target)) ?? [];
    return { forward: along.filter((e) => e.from === source), backward: along.filter((e) => e.from === target) };
  };
}
