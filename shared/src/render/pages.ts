/** Page presets for the drawn map: sizes in points (1/72 inch), as printed. */
export const PAGE_IDS = ['a4-portrait', 'a4-landscape', 'a3-portrait', 'a3-landscape', 'slide-16x9'] as const;
export type PageId = (typeof PAGE_IDS)[number];

export interface PagePreset {
  id: PageId;
  label: string;
  /** Width and height in points. */
  width: number;
  height: number;
  /** Width and height in millimetres, stated on the SVG so other programs place it at its real size. */
  widthMm: number;
  heightMm: number;
  margin: number;
  titleSize: number;
  /** Landscape pages carry the key in a column on the right; portrait pages below the map. */
  keyBeside: boolean;
}

const MM = 72 / 25.4;

function preset(id: PageId, label: string, widthMm: number, heightMm: number, margin: number, titleSize: number): PagePreset {
  return {
    id,
    label,
    width: round2(widthMm * MM),
    height: round2(heightMm * MM),
    widthMm,
    heightMm,
    margin,
    titleSize,
    keyBeside: widthMm > heightMm,
  };
}

export const PAGES: Record<PageId, PagePreset> = {
  'a4-portrait': preset('a4-portrait', 'A4 portrait', 210, 297, 28, 16),
  'a4-landscape': preset('a4-landscape', 'A4 landscape', 297, 210, 28, 16),
  'a3-portrait': preset('a3-portrait', 'A3 portrait', 297, 420, 36, 20),
  'a3-landscape': preset('a3-landscape', 'A3 landscape', 420, 297, 36, 20),
  // 13.333 × 7.5 inches: the size PowerPoint and Keynote use for a widescreen slide.
  'slide-16x9': preset('slide-16x9', 'Slide 16:9', 338.667, 190.5, 24, 18),
};

export const DEFAULT_PAGE: PageId = 'a4-landscape';

export function isPageId(value: string): value is PageId {
  return (PAGE_IDS as readonly string[]).includes(value);
}

/**
 * The pixel size of a page rendered at `scale`: scale 1 is the page at 96 pixels per inch (the
 * CSS and SVG pixel), so scale 3 is 288 dpi, print resolution.
 */
export function pixelSize(page: PagePreset, scale: number): { width: number; height: number } {
  const width = Math.round((page.widthMm / 25.4) * 96 * scale);
  // The height follows the width at the page's proportions, rounded as resvg rounds it.
  return { width, height: Math.round((width * page.heightMm) / page.widthMm) };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
