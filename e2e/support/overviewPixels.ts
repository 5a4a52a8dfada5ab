import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';

/**
 * What the overview's canvas shows on the screen. The canvas is painted in a worker, so the page
 * cannot read it back: these take a screenshot with everything but the canvas hidden (panels,
 * cursors, the pane's dots), so the pixels are the canvas's alone over the page's background.
 */
const CANVAS_ONLY = 'body * { visibility: hidden !important; } [data-testid="map-overview"] { visibility: visible !important; }';
const NOTHING = 'body * { visibility: hidden !important; }';

export interface Pixels {
  width: number;
  height: number;
  /** Red, green, blue and alpha of each pixel, row by row. */
  data: Uint8Array;
  /** The colour at a pixel, as #rrggbb (lower case). */
  colourAt(x: number, y: number): string;
}

function decode(png: Buffer): Pixels {
  const image = PNG.sync.read(png);
  return {
    width: image.width,
    height: image.height,
    data: image.data,
    colourAt(x, y) {
      const i = (Math.floor(y) * image.width + Math.floor(x)) * 4;
      return `#${[0, 1, 2].map((k) => image.data[i + k]!.toString(16).padStart(2, '0')).join('')}`;
    },
  };
}

type Clip = { x: number; y: number; width: number; height: number };

/** The canvas's pixels in a part of the window (CSS pixels; `device` for one per device pixel). */
export async function overviewPixels(page: Page, clip?: Clip, scale: 'css' | 'device' = 'css'): Promise<Pixels> {
  return decode(await page.screenshot({ clip, scale, style: CANVAS_ONLY, animations: 'disabled', caret: 'hide' }));
}

/** The colour the overview shows at a point of the window, as #rrggbb (lower case). */
export async function overviewColourAt(page: Page, at: { x: number; y: number }): Promise<string> {
  return (await overviewPixels(page, { x: Math.floor(at.x), y: Math.floor(at.y), width: 1, height: 1 })).colourAt(0, 0);
}

/** Whether the overview paints anything at each point of the window: compares it with the page with nothing shown. */
export async function overviewPaintedAt(page: Page): Promise<(x: number, y: number) => boolean> {
  const shown = await overviewPixels(page);
  const bare = decode(await page.screenshot({ scale: 'css', style: NOTHING, animations: 'disabled', caret: 'hide' }));
  return (x, y) => shown.colourAt(x, y) !== bare.colourAt(x, y);
}
