/** Pure geometry and matching behind moving around the map by keyboard (useCanvasKeyboard), and behind keeping what is in use clear of the map's panels. */

import { overlaps, type Point, type Rect } from '@partnermap/shared/render/primitives';

export type Direction = 'up' | 'down' | 'left' | 'right';

export const ARROW_DIRECTIONS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/**
 * The candidate nearest to `from` in a direction, or undefined when none lies that way. Only
 * candidates ahead count (further along the direction, and more along it than half as far
 * across); among them, one straight ahead
 * beats one off to the side: the score is the distance along the direction plus twice the distance
 * across it, so Right from an agency goes to its neighbour on the same row before a closer one
 * far above.
 */
export function nearestInDirection<T extends { centre: Point }>(from: Point, candidates: readonly T[], direction: Direction): T | undefined {
  let best: T | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const dx = c.centre.x - from.x;
    const dy = c.centre.y - from.y;
    const along = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const across = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
    // Ahead, and within about 63° of straight ahead: an agency almost level is not "below".
    if (along <= 0 || across > 2 * along) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/** The candidate nearest to a point, whatever the direction (where focus goes after a deletion). */
export function nearestTo<T extends { centre: Point }>(from: Point, candidates: readonly T[]): T | undefined {
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = Math.hypot(c.centre.x - from.x, c.centre.y - from.y);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** Reading order on the map: top to bottom, then left to right (the first agency Tab reaches). */
export function readingOrder<T extends { centre: Point }>(items: readonly T[]): T[] {
  return [...items].sort(byReading);
}

/** The first in reading order, in one pass: what holds the map's Tab stop, worked out on every render. */
export function firstInReadingOrder<T extends { centre: Point }>(items: readonly T[]): T | undefined {
  let first: T | undefined;
  for (const item of items) if (!first || byReading(item, first) < 0) first = item;
  return first;
}

function byReading(a: { centre: Point }, b: { centre: Point }): number {
  return a.centre.y - b.centre.y || a.centre.x - b.centre.x;
}

/**
 * Type-ahead: the next item after `currentId` (wrapping round) whose name starts with what was
 * typed, else one whose name contains it; case and accents are ignored.
 */
export function matchByName<T extends { id: string; name: string }>(items: readonly T[], typed: string, currentId?: string): T | undefined {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
  const wanted = fold(typed);
  if (!wanted) return undefined;
  const start = items.findIndex((i) => i.id === currentId) + 1;
  const rotated = [...items.slice(start), ...items.slice(0, start)];
  return rotated.find((i) => fold(i.name).startsWith(wanted)) ?? rotated.find((i) => fold(i.name).includes(wanted));
}

/**
 * An agency's relationships in the order R walks them: clockwise round the agency from twelve
 * o'clock, by where the other agency sits.
 */
export function clockwise<T extends { other: Point }>(centre: Point, items: readonly T[]): T[] {
  const angle = (p: Point) => {
    const a = Math.atan2(p.x - centre.x, -(p.y - centre.y));
    return a < 0 ? a + 2 * Math.PI : a;
  };
  return [...items].sort((a, b) => angle(a.other) - angle(b.other));
}

/**
 * Whether a rectangle is fully inside `bounds` (with a margin) and clear of every obstacle: the
 * panels laid over the map (toolbar, legend, zoom buttons, filters). Focus must never sit hidden.
 */
export function isInView(rect: Rect, bounds: Rect, obstacles: readonly Rect[], margin = 8): boolean {
  const inside =
    rect.x >= bounds.x + margin &&
    rect.y >= bounds.y + margin &&
    rect.x + rect.width <= bounds.x + bounds.width - margin &&
    rect.y + rect.height <= bounds.y + bounds.height - margin;
  return inside && !obstacles.some((o) => overlaps(rect, o));
}

/**
 * A short move of the view (in screen pixels) that puts `rect` in view and clear of the obstacles,
 * as `isInView` judges it: the shortest that works of moving it into the bounds, and from there
 * past one side of an obstacle that covers it. Undefined when it is in view already. Where none of
 * those works (it would need to clear two panels at once, say), it goes to the middle of the bounds.
 */
export function shiftIntoView(rect: Rect, bounds: Rect, obstacles: readonly Rect[], margin = 8): { dx: number; dy: number } | undefined {
  if (isInView(rect, bounds, obstacles, margin)) return undefined;
  const into = (start: number, size: number, low: number, room: number) =>
    start < low + margin ? low + margin - start : start + size > low + room - margin ? low + room - margin - (start + size) : 0;
  const base = { dx: into(rect.x, rect.width, bounds.x, bounds.width), dy: into(rect.y, rect.height, bounds.y, bounds.height) };
  const moved = (s: { dx: number; dy: number }) => ({ ...rect, x: rect.x + s.dx, y: rect.y + s.dy });
  const candidates = [base];
  for (const o of obstacles) {
    const r = moved(base);
    if (!overlaps(r, o)) continue;
    candidates.push(
      { dx: base.dx, dy: base.dy + o.y - margin - (r.y + r.height) },
      { dx: base.dx, dy: base.dy + o.y + o.height + margin - r.y },
      { dx: base.dx + o.x - margin - (r.x + r.width), dy: base.dy },
      { dx: base.dx + o.x + o.width + margin - r.x, dy: base.dy },
    );
  }
  const clear = candidates.filter((c) => isInView(moved(c), bounds, obstacles, margin));
  const best = clear.sort((a, b) => Math.hypot(a.dx, a.dy) - Math.hypot(b.dx, b.dy))[0];
  return best ?? { dx: bounds.x + bounds.width / 2 - (rect.x + rect.width / 2), dy: bounds.y + bounds.height / 2 - (rect.y + rect.height / 2) };
}
