import { describe, expect, it } from 'vitest';
import { createExchange } from '@partnermap/shared/model';
import { sidesShown } from './currencyShown.ts';

const give = (id: string, from: string, to: string, currency: 'money' | 'referrals') =>
  createExchange(id, { relationshipId: 'r', from, to, currency, description: '' });

describe('the exchanges the map shows for one currency', () => {
  const sides = { forward: [give('1', 'a', 'b', 'money'), give('2', 'a', 'b', 'referrals')], backward: [give('3', 'b', 'a', 'money')] };

  it('shows every exchange when no currency is chosen', () => {
    expect(sidesShown(sides, null)).toBe(sides);
  });

  it('keeps only the chosen currency, each way', () => {
    expect(sidesShown(sides, 'referrals')).toEqual({ forward: [sides.forward[1]], backward: [] });
    expect(sidesShown(sides, 'money')).toEqual({ forward: [sides.forward[0]], backward: sides.backward });
  });
});
