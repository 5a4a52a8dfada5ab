import { SECTORS, type Currency, type Integration, type Sector } from '../../../shared/src/index.ts';

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

export const SECTOR_ORDER: readonly Sector[] = SECTORS;

/** Black or white, whichever reads better on the given background (WCAG relative luminance). */
export function textOn(hex: string): '#000000' | '#ffffff' {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  // Contrast with black is (l + 0.05) / 0.05, with white 1.05 / (l + 0.05); they cross near 0.179.
  return l > 0.179 ? '#000000' : '#ffffff';
}

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
