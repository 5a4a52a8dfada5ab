import { DIMMED_OPACITY, FONT_FAMILY, INK, INTEGRATION_STROKE, SECTOR_COLOURS } from '@partnermap/shared/render';
import type { Integration } from '@partnermap/shared/model';
import { NAME_PX, type OverviewScene, type Viewport } from './scene.ts';

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

/** Paints a scene on a 2D canvas of the pane's size, under the same pan and zoom as React Flow's. */
export function drawOverview(ctx: CanvasRenderingContext2D, scene: OverviewScene, viewport: Viewport, size: { width: number; height: number }, ratio: number): void {
  const { x, y, zoom } = viewport;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, size.width, size.height);
  // Lines are drawn in screen pixels (so thin lines stay crisp), agencies in board units.
  const toScreen = (p: { x: number; y: number }) => [p.x * zoom + x, p.y * zoom + y] as const;

  ctx.lineJoin = 'round';
  ctx.font = `600 ${NAME_PX}px ${FONT_FAMILY}`;
  ctx.textBaseline = 'bottom';
  for (const hull of scene.hulls) {
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

  ctx.lineCap = 'round';
  for (const line of scene.lines) {
    const { width, dash } = lineStyle(line.integration, zoom);
    ctx.globalAlpha = line.dimmed ? DIMMED_OPACITY * 0.6 : 0.6;
    ctx.strokeStyle = line.selected ? ACCENT : INK.edge;
    ctx.lineWidth = line.selected ? width + 1.5 : width;
    ctx.setLineDash(dash);
    ctx.beginPath();
    ctx.moveTo(...toScreen(line.from));
    ctx.lineTo(...toScreen(line.to));
    ctx.stroke();
  }
  ctx.setLineDash([]);

  ctx.font = `650 ${NAME_PX}px ${FONT_FAMILY}`;
  ctx.textBaseline = 'middle';
  for (const a of scene.agencies) {
    const [sx, sy] = toScreen(a.rect);
    const w = a.rect.width * zoom;
    const h = a.rect.height * zoom;
    const colour = SECTOR_COLOURS[a.sector];
    const radius = Math.min(6, h / 3);
    ctx.globalAlpha = a.dimmed ? DIMMED_OPACITY : 1;
    if (w < CARD_FROM_PX) {
      ctx.fillStyle = colour;
      ctx.beginPath();
      ctx.roundRect(sx, sy, w, h, radius);
      ctx.fill();
    } else {
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
  ctx.globalAlpha = 1;
}
