import { DIMMED_OPACITY, FONT_FAMILY, INK, INTEGRATION_STROKE, SECTOR_COLOURS } from '@partnermap/shared/render/primitives';
import type { Integration } from '@partnermap/shared/model';
import type { DirtyCells } from './dirtyCells.ts';
import { NAME_PX, type OverviewScene, type Viewport } from './scene.ts';
import { agencyTouches, hullTouches, lineEnds, lineTouches } from './sceneChanges.ts';

/** The selection's colour on the map (styles.css `--accent`). */
const ACCENT = '#0a58ca';
/** Below this width on screen an agency is a solid tile in its sector's colour; above, a small card. */
const CARD_FROM_PX = 44;

/**
 * Line widths and dashes on the screen, in pixels: the full map's degree styles (the legend's),
 * thinned for a view from afar but kept in the same order, dotted to solid and thin to thick.
 */
function lineStyle(integration: Integration, zoom: number): { width: number; dash: number[] } {
  const { width, dash } = INTEGRATION_STROKE[integration];
  const scale = Math.min(1, Math.max(0.45, zoom * 1.6));
  return { width: Math.max(1, width * scale), dash: dash.map((d) => Math.max(d * scale, d === 0.1 ? 0.1 : 1.5)) };
}

/**
 * Dots and dashes cost the browser one small shape each (a long dotted line is hundreds): beyond
 * this many in view a redraw takes most of a second. Past it, as seen from far out, lines are
 * drawn solid and tell their degree by thickness and darkness alone.
 */
const DASH_BUDGET = 12_000;
/** Solid lines from far out: thin and light for communication to thick and dark for integration. */
const FAR_LINE: Record<Integration, { width: number; alpha: number }> = {
  1: { width: 0.6, alpha: 0.45 },
  2: { width: 0.9, alpha: 0.55 },
  3: { width: 1.4, alpha: 0.7 },
  4: { width: 2.4, alpha: 0.8 },
};

/** The map's background (styles.css `--canvas`), for mixing see-through colours as solid ones. */
const CANVAS = '#f4f6f9';

/** A colour laid over the background at some opacity, as one solid colour: solid lines are cheaper to draw. */
export function over(colour: string, alpha: number, background = CANVAS): string {
  const channel = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  const mixed = [0, 1, 2].map((i) => Math.round(channel(colour, i) * alpha + channel(background, i) * (1 - alpha)));
  return `#${mixed.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

const DEGREES: readonly Integration[] = [1, 2, 3, 4];

function dashCount(lines: OverviewScene['lines'], zoom: number): number {
  // Board units per dot or dash for each degree at this zoom (0 for a solid line), worked out once.
  const period = [0, ...DEGREES.map((d) => dashPeriod(d, zoom))];
  let n = 0;
  for (const l of lines) {
    const p = period[l.integration]!;
    if (p) n += Math.hypot(l.to.x - l.from.x, l.to.y - l.from.y) / p;
  }
  return n;
}

function dashPeriod(integration: Integration, zoom: number): number {
  const { dash } = lineStyle(integration, zoom);
  return dash.length ? (dash[0]! + dash[1]!) / zoom : 0;
}

/** Whether the lines are drawn solid, as from far out: whatever changes this changes every line. */
export function drawsFar(scene: OverviewScene, zoom: number): boolean {
  return dashCount(scene.lines, zoom) > DASH_BUDGET;
}

/** The page's canvas or a worker's: the overview paints on either. */
export type OverviewContext = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

const RANKS = ['dimmed', 'lit', 'selected'] as const;
const TILE_COLOURS = [...new Set(Object.values(SECTOR_COLOURS))];
const scratch: [number, number, number, number] = [0, 0, 0, 0];
const rankOf = (x: { dimmed: boolean; selected: boolean }) => (x.selected ? 'selected' : x.dimmed ? 'dimmed' : 'lit');

/**
 * Paints a scene on a 2D canvas of the pane's size, under the same pan and zoom as React Flow's
 * (lines solid if `far`: `drawsFar`): all of it, or only the `dirty` cells, where everything
 * touching them is drawn again in order.
 */
export function drawOverview(
  ctx: OverviewContext,
  scene: OverviewScene,
  { viewport, size, ratio, far }: { viewport: Viewport; size: { width: number; height: number }; ratio: number; far: boolean },
  dirty?: DirtyCells,
): void {
  const { x, y, zoom } = viewport;
  ctx.save();
  const rects = dirty?.rects(ratio);
  if (rects) {
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.beginPath();
    for (const r of rects) ctx.rect(r.x, r.y, r.width, r.height);
    ctx.clip();
    for (const r of rects) ctx.clearRect(r.x, r.y, r.width, r.height);
  }
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  if (!dirty) ctx.clearRect(0, 0, size.width, size.height);
  const hulls = dirty ? scene.hulls.filter((h) => hullTouches(dirty, h, viewport)) : scene.hulls;
  const lines = dirty ? scene.lines.filter((l) => lineTouches(dirty, l, viewport)) : scene.lines;
  const agencies = dirty ? scene.agencies.filter((a) => agencyTouches(dirty, a, viewport)) : scene.agencies;
  // Lines are drawn in screen pixels (so thin lines stay crisp), agencies in board units.
  const toScreen = (p: { x: number; y: number }) => [p.x * zoom + x, p.y * zoom + y] as const;

  ctx.lineJoin = 'round';
  ctx.font = `600 ${NAME_PX}px ${FONT_FAMILY}`;
  ctx.textBaseline = 'bottom';
  for (const hull of hulls) {
    ctx.globalAlpha = 1;
    ctx.beginPath();
    hull.points.forEach((p, i) => (i ? ctx.lineTo(...toScreen(p)) : ctx.moveTo(...toScreen(p))));
    ctx.closePath();
    ctx.fillStyle = INK.hullFill;
    ctx.fill();
    ctx.strokeStyle = hull.selected ? ACCENT : INK.hull;
    ctx.lineWidth = hull.selected ? 2 : 1.25;
    ctx.setLineDash(hull.selected ? [] : [6, 4]);
    ctx.stroke();
    const [nx, ny] = toScreen(hull.bounds);
    ctx.fillStyle = INK.text;
    ctx.fillText(hull.name, nx + 4, ny - 3);
  }
  ctx.setLineDash([]);

  // One path per look (dimmed, lit or selected; degree): a few strokes, not one per relationship.
  // Round caps make the dots of a dotted line; from far out, plain ends are cheaper.
  ctx.lineCap = far ? 'butt' : 'round';
  for (const rank of RANKS) {
    const paths = new Map<Integration, Path2D>();
    for (const line of lines) {
      if (rankOf(line) !== rank) continue;
      const path = paths.get(line.integration) ?? new Path2D();
      paths.set(line.integration, path);
      const ends = lineEnds(line, viewport, scratch);
      path.moveTo(ends[0], ends[1]);
      path.lineTo(ends[2], ends[3]);
    }
    // In a fixed order, whichever lines are being drawn: where two degrees cross, the same one is on top.
    for (const integration of DEGREES) {
      const path = paths.get(integration);
      if (!path) continue;
      const near = lineStyle(integration, zoom);
      const { width, dash, alpha } = far ? { ...FAR_LINE[integration], dash: [] } : { ...near, alpha: 0.6 };
      ctx.globalAlpha = 1;
      ctx.strokeStyle = rank === 'selected' ? ACCENT : over(INK.edge, rank === 'dimmed' ? DIMMED_OPACITY * alpha : alpha);
      ctx.lineWidth = rank === 'selected' ? width + 1.5 : width;
      ctx.setLineDash(dash);
      ctx.stroke(path);
    }
  }
  ctx.setLineDash([]);

  // Small shapes, one fill per sector and look; cards (few, close in) one by one.
  for (const rank of RANKS) {
    const tiles = new Map<string, Path2D>();
    for (const a of agencies) {
      if (rankOf(a) !== rank || a.rect.width * zoom >= CARD_FROM_PX) continue;
      const [sx, sy] = toScreen(a.rect);
      const colour = SECTOR_COLOURS[a.sector];
      const path = tiles.get(colour) ?? new Path2D();
      tiles.set(colour, path);
      path.roundRect(sx, sy, a.rect.width * zoom, a.rect.height * zoom, Math.min(6, (a.rect.height * zoom) / 3));
    }
    ctx.globalAlpha = rank === 'dimmed' ? DIMMED_OPACITY : 1;
    for (const colour of TILE_COLOURS) {
      const path = tiles.get(colour);
      if (!path) continue;
      ctx.fillStyle = colour;
      ctx.fill(path);
    }
  }

  ctx.font = `650 ${NAME_PX}px ${FONT_FAMILY}`;
  ctx.textBaseline = 'middle';
  for (const a of agencies) {
    const [sx, sy] = toScreen(a.rect);
    const w = a.rect.width * zoom;
    const h = a.rect.height * zoom;
    const colour = SECTOR_COLOURS[a.sector];
    const radius = Math.min(6, h / 3);
    ctx.globalAlpha = a.dimmed ? DIMMED_OPACITY : 1;
    if (w >= CARD_FROM_PX) {
      // A small card: white, sector band on the left and a sector-coloured edge, as the full card.
      ctx.fillStyle = '#ffffff';
      ctx.strokeStyle = colour;
      ctx.lineWidth = 1.25;
      ctx.beginPath();
      ctx.roundRect(sx, sy, w, h, radius);
      ctx.fill();
      ctx.stroke();
      ctx.fillStyle = colour;
      ctx.beginPath();
      ctx.roundRect(sx, sy, Math.max(3, 7 * zoom), h, [radius, 0, 0, radius]);
      ctx.fill();
      if (a.name) {
        ctx.fillStyle = INK.text;
        ctx.fillText(a.name, sx + Math.max(3, 7 * zoom) + 6, sy + h / 2, w - 14);
      }
    }
    if (a.selected) {
      ctx.globalAlpha = 1;
      ctx.strokeStyle = ACCENT;
      ctx.lineWidth = 2.5;
      ctx.beginPath();
      ctx.roundRect(sx - 3, sy - 3, w + 6, h + 6, radius + 3);
      ctx.stroke();
    }
  }
  ctx.restore();
}
