import { DEFAULT_PAGE, isPageId, PAGES, pixelSize, type MapView, type PageId } from '@partnermap/shared/render';
import { CURRENCY_LABELS, INTEGRATION_LABELS, SECTOR_LABELS } from '@partnermap/shared/model';
import type { Filters, Lit } from '../canvas/filters.ts';

/** The page presets in the order the menu offers them, each with what it is for. */
export const PAGE_CHOICES: readonly { id: PageId; label: string; use: string }[] = [
  { id: 'a4-landscape', label: PAGES['a4-landscape'].label, use: 'a report or board papers' },
  { id: 'a4-portrait', label: PAGES['a4-portrait'].label, use: 'a page within a document' },
  { id: 'a3-landscape', label: PAGES['a3-landscape'].label, use: 'a large board, printed or on screen' },
  { id: 'a3-portrait', label: PAGES['a3-portrait'].label, use: 'a poster' },
  { id: 'slide-16x9', label: PAGES['slide-16x9'].label, use: 'a presentation' },
];

const PAGE_KEY = 'partnermap.exportPage';

/** The page last chosen on this device, else the default; storage may be missing or refuse. */
export function rememberedPage(storage: Pick<Storage, 'getItem'> | undefined): PageId {
  try {
    const saved = storage?.getItem(PAGE_KEY);
    return saved && isPageId(saved) ? saved : DEFAULT_PAGE;
  } catch {
    return DEFAULT_PAGE;
  }
}

export function rememberPage(storage: Pick<Storage, 'setItem'> | undefined, page: PageId): void {
  try {
    storage?.setItem(PAGE_KEY, page);
  } catch {
    // A private window may refuse storage: the choice then lasts until the page closes.
  }
}

/** 288 dpi for print, as the server's map.png?scale=3. */
export const PRINT_SCALE = 3;
/** Pixels Safari will put on one canvas; an A3 page at 288 dpi is slightly over. */
const MAX_CANVAS_PIXELS = 16_777_216;

/** The PNG's size in pixels: the page at print resolution, or as close as a canvas allows. */
export function pngSize(page: PageId, scale = PRINT_SCALE): { width: number; height: number } {
  const preset = PAGES[page];
  let size = pixelSize(preset, scale);
  for (let s = scale; size.width * size.height > MAX_CANVAS_PIXELS; s -= 0.1) size = pixelSize(preset, s);
  return size;
}

/** What the drawn map stresses, following the filter on screen: the rest is faded, as there. */
export interface ExportView {
  view: MapView;
  /** Plain words for the menu: what the image will show. */
  summary: string;
}

export function exportView(filters: Filters, lit: Lit): ExportView {
  const chosen = [
    ...filters.sectors.map((s) => SECTOR_LABELS[s]),
    ...filters.degrees.map((d) => INTEGRATION_LABELS[d]),
    ...filters.currencies.map((c) => CURRENCY_LABELS[c]),
  ];
  if (chosen.length === 0) return { view: {}, summary: 'The whole board' };
  return { view: { lit }, summary: `The whole board, faded outside the filter (${chosen.join(', ')})` };
}

export const WHOLE_BOARD: ExportView = { view: {}, summary: 'The whole board' };
