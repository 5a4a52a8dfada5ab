import { type Currency, type Integration, type Sector } from '@partnermap/shared/model';

/**
 * Sector colours from the Okabe-Ito and Paul Tol sets, chosen to stay apart for the common
 * colour-vision deficiencies. Colour is never the only cue: nodes and the legend also print the
 * sector's name.
 */
export const SECTOR_COLOURS: Record<Sector, string> = {
  'nhs-acute': '#0072B2',
  'nhs-primary-care': '#56B4E9',
  'nhs-mental-health': '#332288',
  'nhs-community': '#88CCEE',
  'social-care': '#AA4499',
  housing: '#E69F00',
  'local-government': '#999933',
  'voluntary-community': '#009E73',
  'police-justice': '#882255',
  education: '#F0E442',
  'private-independent': '#D55E00',
  'people-carers': '#CC6677',
  other: '#BBBBBB',
};

/** Short names for badges on nodes and edges, where the full label would not fit. */
export const CURRENCY_SHORT: Record<Currency, string> = {
  money: 'Money',
  'staff-time': 'Staff time',
  'beds-placements': 'Beds',
  information: 'Information',
  referrals: 'Referrals',
  training: 'Training',
  employment: 'Jobs',
  premises: 'Premises',
  expertise: 'Expertise',
  equipment: 'Equipment',
  legitimacy: 'Support',
  other: 'Other',
};

/** Line style per degree of integration: thin and dotted for communication, thick and solid for integration. */
export const INTEGRATION_STROKE: Record<Integration, { width: number; dash: string | undefined }> = {
  1: { width: 1.5, dash: '1.5 5' },
  2: { width: 2.5, dash: '7 6' },
  3: { width: 3.5, dash: '16 5' },
  4: { width: 5.5, dash: undefined },
};
