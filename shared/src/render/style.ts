import type { Currency } from '../model/currency.ts';
import type { Integration } from '../model/relationship.ts';
import type { Sector } from '../model/sector.ts';

/**
 * Sector colours, the same as the screen's (client/src/canvas/palette.ts): after Okabe-Ito and Paul
 * Tol, chosen to stay apart for the common colour-vision deficiencies, and darkened until each
 * stands out at 3:1 against white and the canvas (WCAG 1.4.11); text set on one is white or
 * dark, whichever reads at 4.5:1 (client/src/common/contrast.ts tests both). Cards also print the
 * sector's name, so colour is never the only cue.
 */
export const SECTOR_COLOURS: Record<Sector, string> = {
  'nhs-acute': '#0072B2',
  'nhs-primary-care': '#4690D8',
  'nhs-mental-health': '#332288',
  'nhs-community': '#00798C',
  'social-care': '#AA4499',
  housing: '#B35F00',
  'local-government': '#6E7A12',
  'voluntary-community': '#009E73',
  'police-justice': '#882255',
  education: '#A38A00',
  'private-independent': '#C8461B',
  'people-carers': '#C0506E',
  other: '#6B6B6B',
};

/** Short currency names for labels, as on the screen's badges. */
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

/**
 * Line style per degree of integration, as on the screen (thin and dotted for communication,
 * thick and solid for integration), in screen pixels; the page scales them with the map.
 */
export const INTEGRATION_STROKE: Record<Integration, { width: number; dash: readonly number[] }> = {
  // Round dots close together, darker and denser than the canvas's grid of faint dots.
  1: { width: 2.5, dash: [0.1, 4.5] },
  2: { width: 2.5, dash: [7, 6] },
  3: { width: 3.5, dash: [16, 5] },
  4: { width: 5.5, dash: [] },
};

/** DejaVu first: text is measured with its widths, the widest of the list, so fallbacks still fit. */
export const FONT_FAMILY = 'DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif';

/** No text on a page is smaller than this, in points at the page's printed size. */
export const MIN_TEXT_PT = 7;

export const INK = {
  text: '#172033',
  muted: '#4a5568',
  faint: '#6b7486',
  rule: '#dde2ea',
  edge: '#3b4658',
  cardBorder: '#b9c2cf',
  hull: '#6b7789',
  hullFill: '#eef1f6',
  labelFill: '#ffffff',
  labelBorder: '#c3cbd6',
  oneWayFill: '#fff4e0',
  oneWayBorder: '#d9912c',
  oneWayText: '#7a4100',
  disagree: '#b3261e',
} as const;

/** How much of a dimmed element (outside the chosen filter or focus) still shows. */
export const DIMMED_OPACITY = 0.25;
