import type { Board } from '@partnermap/shared/model';
import { layoutPage, pageSvg, type MapView, type PageId, type PageLayout } from '@partnermap/shared/render';

/** Thrown with words fit to show the person exporting. */
export class ExportFailure extends Error {}

/** The map drawn from the board's data, with the layout it was drawn from. */
export interface DrawnMap {
  svg: string;
  layout: PageLayout;
}

/** The same drawing as the server's map.svg, from the board this page holds (so it works offline). */
export function drawMap(board: Board, page: PageId, view: MapView, now = new Date()): DrawnMap {
  const layout = layoutPage(board, { page, date: now, view });
  return { svg: pageSvg(layout, board.meta.title), layout };
}

/**
 * The SVG with its size in pixels instead of millimetres, so the browser draws it at the canvas's
 * size rather than drawing it small and stretching the pixels.
 */
export function sizedSvg(svg: string, width: number, height: number): string {
  return svg.replace(/^<svg([^>]*?) width="[^"]*" height="[^"]*"/, `<svg$1 width="${width}" height="${height}"`);
}

/** The map's area on the page, in the picture's pixels. */
export function mapAreaInPixels(layout: PageLayout, width: number): { x: number; y: number; width: number; height: number } {
  const k = width / layout.page.width;
  const a = layout.mapArea;
  return { x: Math.floor(a.x * k), y: Math.floor(a.y * k), width: Math.ceil(a.width * k), height: Math.ceil(a.height * k) };
}

/**
 * Draws the SVG on a canvas through an <img> (a blob: URL, which the CSP's img-src allows), and
 * refuses a picture whose map area came out blank. The SVG names only installed fonts, so there
 * is nothing to fetch.
 */
export async function rasterise(map: DrawnMap, size: { width: number; height: number }): Promise<HTMLCanvasElement> {
  const url = URL.createObjectURL(new Blob([sizedSvg(map.svg, size.width, size.height)], { type: 'image/svg+xml' }));
  const img = new Image();
  img.src = url;
  try {
    await img.decode();
  } catch {
    throw new ExportFailure('The browser could not draw the map as a picture.');
  } finally {
    URL.revokeObjectURL(url);
  }
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new ExportFailure('This browser cannot make pictures (no canvas). Try another browser.');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  const area = mapAreaInPixels(map.layout, size.width);
  if (!hasContent(ctx.getImageData(area.x, area.y, area.width, area.height).data)) {
    throw new ExportFailure('The picture of the map came out empty. Try again; if it keeps happening, try another browser.');
  }
  return canvas;
}

/** Whether the pixels hold more than one colour: a blank or failed drawing is all one. */
export function hasContent(rgba: Uint8ClampedArray): boolean {
  const first = rgba.slice(0, 4).join();
  for (let i = 4; i < rgba.length; i += 4 * 7) {
    if (`${rgba[i]},${rgba[i + 1]},${rgba[i + 2]},${rgba[i + 3]}` !== first) return true;
  }
  return false;
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new ExportFailure('The picture was too large to save as PNG.'))), 'image/png'),
  );
}
