import type { Board } from '@partnermap/shared/model';
import { captureMap, EXPORTING_CLASS, ExportFailure } from './captureMap.ts';
import { composeSvg, cssFont, FONTS } from './composeSvg.ts';
import { layoutImage, type ImageLayout, type Measure } from './imageLayout.ts';
import { legendFor } from '../canvas/legend/legendContent.ts';
import type { MapFrame } from './mapFrame.ts';

/** Twice the CSS size, so a PNG prints sharply in a report. */
export const PNG_SCALE = 2;

export interface RenderedImage {
  svg: string;
  layout: ImageLayout;
}

function textMeasure(): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
  return (text, style) => {
    if (!ctx) return text.length * FONTS[style].size * 0.6;
    ctx.font = cssFont(style);
    return ctx.measureText(text).width + (FONTS[style].spacing ?? 0) * text.length;
  };
}

/** "25 November 2026 · 5 agencies, 4 relationships": the date a report reader needs, and what the map holds. */
export function dateLine(board: Board, now: Date): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const day = now.toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
  const parts = [count(board.agencies.length, 'agency', 'agencies'), count(board.relationships.length, 'relationship', 'relationships')];
  if (board.partnerships.length) parts.push(count(board.partnerships.length, 'partnership', 'partnerships'));
  return `${day} · ${parts.join(', ')}`;
}

/**
 * The whole map with title, date and legend as an SVG document. While the map is copied, the
 * flow carries EXPORTING_CLASS, which switches off selection highlights and transitions.
 */
export async function renderMapSvg(flowEl: HTMLElement, frame: MapFrame, board: Board, now = new Date()): Promise<RenderedImage> {
  const viewportEl = flowEl.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewportEl) throw new ExportFailure('The map is not on screen, so it cannot be drawn.');
  flowEl.classList.add(EXPORTING_CLASS);
  let mapSvg: string;
  try {
    mapSvg = await captureMap(viewportEl, frame);
  } finally {
    flowEl.classList.remove(EXPORTING_CLASS);
  }
  const measure = textMeasure();
  const title = board.meta.title.trim() || 'Untitled board';
  const layout = layoutImage(frame, title, dateLine(board, now), legendFor(board, 'image'), measure);
  return { svg: composeSvg(layout, mapSvg, title, measure), layout };
}

/** Draws the SVG on a canvas at `scale`, and refuses a picture whose map area came out blank. */
export async function rasterise({ svg, layout }: RenderedImage, scale: number): Promise<HTMLCanvasElement> {
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  try {
    await img.decode();
  } catch {
    throw new ExportFailure('The browser could not draw the map as a picture.');
  }
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(layout.width * scale);
  canvas.height = Math.round(layout.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new ExportFailure('This browser cannot make pictures (no canvas). Try another browser.');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  const { x, y, width, height } = layout.map;
  if (!hasContent(ctx.getImageData(x * scale, y * scale, width * scale, height * scale).data)) {
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
