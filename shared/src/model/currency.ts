import { z } from 'zod';

/** What flows along a relationship, one direction each (DOMAIN.md: exchanges and common currencies). */
export const CURRENCIES = [
  'money',
  'staff-time',
  'beds-placements',
  'information',
  'referrals',
  'training',
  'employment',
  'premises',
  'expertise',
  'equipment',
  'legitimacy',
  'other',
] as const;

export const CurrencySchema = z.enum(CURRENCIES);
export type Currency = z.infer<typeof CurrencySchema>;

export const CURRENCY_LABELS: Record<Currency, string> = {
  money: 'Money / budget',
  'staff-time': 'Staff time',
  'beds-placements': 'Beds / placements',
  information: 'Information and data',
  referrals: 'Referrals',
  training: 'Training',
  employment: 'Employment',
  premises: 'Premises',
  expertise: 'Expertise',
  equipment: 'Equipment',
  legitimacy: 'Political support / legitimacy',
  other: 'Other',
};
