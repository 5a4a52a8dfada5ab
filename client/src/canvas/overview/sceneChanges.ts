import { textWidth } from '@partnermap/shared/render/primitives';
import { DirtyCells } from './dirtyCells.ts';
import { NAME_PX, type OverviewAgency, type OverviewHull, type OverviewLine, type OverviewScene, type Viewport } from './scene.ts';

/**
 * Where each thing in the overview paints, on the screen, and what changed between two scenes
 * drawn under the same view. Margins cover the widest stroke (a selected line of full
 * integration, a selection ring), anti-aliasing, and a cell edge rounded to a whole pixel.
 */
export const LINE_MARGIN = 6;
export const AGENCY_MARGIN = 7;
export const HULL_MARGIN = 4;

type Box = [x0: number, y0: number, x1: number, y1: number];

// Footprints are asked for every shape and line on each repaint: they are written into a box
// given, not a new array each time.
export function lineEnds(l: OverviewLine, { x, y, zoom }: Viewport, out: Box = [0, 0, 0, 0]): Box {
  out[0] = l.from.x * zoom + x;
  out[1] = l.from.y * zoom + y;
  out[2] = l.to.x * zoom + x;
  out[3] = l.to.y * zoom + y;
  return out;
}

export function agencyBox(a: OverviewAgency, { x, y, zoom }: Viewport, out: Box = [0, 0, 0, 0]): Box {
  out[0] = a.rect.x * zoom + x;
  out[1] = a.rect.y * zoom + y;
  out[2] = out[0] + a.rect.width * zoom;
  out[3] = out[1] + a.rect.height * zoom;
  return out;
}

/** The outline (its bounds hold its points) and the name above its top left corner (drawn 4 right and 3 up from it). */
export function hullBox(h: OverviewHull, { x, y, zoom }: Viewport): Box {
  const sx0 = h.bounds.x * zoom + x;
  const sy0 = h.bounds.y * zoom + y;
  const nameRight = sx0 + 4 + textWidth(h.name, NAME_PX, true) * 1.2 + 4;
  return [sx0, sy0 - 3 - NAME_PX * 1.5, Math.max(sx0 + h.bounds.width * zoom, nameRight), sy0 + h.bounds.height * zoom];
}

const box: Box = [0, 0, 0, 0];

/** Whether a shape paints in a marked cell, and so is drawn again there. */
export function agencyTouches(cells: DirtyCells, a: OverviewAgency, view: Viewport): boolean {
  const b = agencyBox(a, view, box);
  return cells.touchesBox(b[0], b[1], b[2], b[3], AGENCY_MARGIN);
}

export function lineTouches(cells: DirtyCells, l: OverviewLine, view: Viewport): boolean {
  const b = lineEnds(l, view, box);
  return cells.touchesSegment(b[0], b[1], b[2], b[3], LINE_MARGIN);
}

export function hullTouches(cells: DirtyCells, h: OverviewHull, view: Viewport): boolean {
  return cells.touchesBox(...hullBox(h, view), HULL_MARGIN);
}

const sameAgency = (a: OverviewAgency, b: OverviewAgency) =>
  a.sector === b.sector && a.dimmed === b.dimmed && a.selected === b.selected && a.name === b.name && a.rect.x === b.rect.x && a.rect.y === b.rect.y && a.rect.width === b.rect.width && a.rect.height === b.rect.height;

const sameLine = (a: OverviewLine, b: OverviewLine) =>
  a.integration === b.integration && a.dimmed === b.dimmed && a.selected === b.selected && a.from.x === b.from.x && a.from.y === b.from.y && a.to.x === b.to.x && a.to.y === b.to.y;

const sameHull = (a: OverviewHull, b: OverviewHull) =>
  a.name === b.name && a.selected === b.selected && a.points.length === b.points.length && a.points.every((p, i) => p.x === b.points[i]!.x && p.y === b.points[i]!.y);

/** Beyond this share of the canvas, painting it all again is as cheap and simpler. */
const MOST = 0.5;

/**
 * The cells to paint again to turn a canvas showing `before` into one showing `after`, both under
 * the same view, or undefined when that is most of the canvas or the order of the agencies or
 * outlines changed (one drawn over another must stay over it).
 */
export function changedCells(before: OverviewScene, after: OverviewScene, view: Viewport, size: { width: number; height: number }): DirtyCells | undefined {
  const cells = new DirtyCells(size.width, size.height);
  const changed = new Set<string>();
  diff(before.agencies, after.agencies, sameAgency, (a) => {
    changed.add(a.id);
    cells.markBox(...agencyBox(a, view), AGENCY_MARGIN);
  });
  diff(before.lines, after.lines, sameLine, (l) => cells.markSegment(...lineEnds(l, view), LINE_MARGIN));
  diff(before.hulls, after.hulls, sameHull, (h) => {
    changed.add(h.id);
    cells.markBox(...hullBox(h, view), HULL_MARGIN);
  });
  // Outlines are drawn largest first and may overlap, as agencies may: the unchanged ones keep their order.
  if (!sameOrder(before.agencies, after.agencies, changed) || !sameOrder(before.hulls, after.hulls, changed)) return undefined;
  return cells.share > MOST ? undefined : cells;
}

/** Whether the things in both lists that did not change come in the same order. */
function sameOrder(before: readonly { id: string }[], after: readonly { id: string }[], changed: ReadonlySet<string>): boolean {
  let j = 0;
  for (const x of before) {
    if (changed.has(x.id)) continue;
    while (j < after.length && changed.has(after[j]!.id)) j++;
    if (j >= after.length || after[j]!.id !== x.id) return false;
    j++;
  }
  while (j < after.length && changed.has(after[j]!.id)) j++;
  return j === after.length;
}

/**
 * Calls `changed` with the old and the new form of everything added, removed or altered. Scenes
 * built with the same `SceneParts` hold an unchanged thing as the same object at the same place,
 * so the walk compares in step until the two lists part, and only then matches the rest by id.
 */
function diff<T extends { id: string }>(before: readonly T[], after: readonly T[], same: (a: T, b: T) => boolean, changed: (x: T) => void): void {
  let i = 0;
  for (; i < before.length && i < after.length && before[i]!.id === after[i]!.id; i++) {
    const was = before[i]!;
    const x = after[i]!;
    if (was === x || same(was, x)) continue;
    changed(was);
    changed(x);
  }
  if (i === before.length && i === after.length) return;
  const old = new Map<string, T>();
  for (let j = i; j < before.length; j++) old.set(before[j]!.id, before[j]!);
  for (let j = i; j < after.length; j++) {
    const x = after[j]!;
    const was = old.get(x.id);
    old.delete(x.id);
    if (was && (was === x || same(was, x))) continue;
    if (was) changed(was);
    changed(x);
  }
  for (const was of old.values()) changed(was);
}
