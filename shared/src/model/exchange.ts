import { z } from 'zod';
import { CurrencySchema } from './currency.ts';

/** A currency flowing one way along a relationship: "`from` gives `to` <currency>: <description>". */
export const ExchangeSchema = z.object({
  id: z.string().min(1),
  relationshipId: z.string().min(1),
  from: z.string().min(1),
  to: z.string().min(1),
  currency: CurrencySchema,
  description: z.string().max(2000),
});
export type Exchange = z.infer<typeof ExchangeSchema>;
export type ExchangeFields = Omit<Exchange, 'id'>;

export function createExchange(id: string, fields: ExchangeFields): Exchange {
  return ExchangeSchema.parse({ id, ...fields });
}
