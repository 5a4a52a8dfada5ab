import type { Partnership } from '../model/partnership.ts';
import { convexHull, grow, segmentHits, type Point, type Rect } from './geometry.ts';

export interface Hull {
  partnership: Partnership;
  points: Point[];
  /** The hull's bounding box, where its name is placed. */
  bounds: Rect;
}

/** Padding of a hull around its members, and the extra for each smaller group sharing a member: on a page, in points. */
export interface HullPads {
  base: number;
  nest: number;
}
const PAGE_PADS: HullPads = { base: 7, nest: 6 };
/** The screen's, in board pixels: room for a card's focus ring and the outline's dashes. */
export const SCREEN_PADS: HullPads = { base: 18, nest: 14 };

/**
 * A padded convex hull around each partnership's member cards only. An agency can sit in several
 * partnerships, so each hull is padded further for every smaller partnership it shares a member
 * with: nested or overlapping groups stay apart instead of drawing on top of each other.
 */
export function partnershipHulls(
  partnerships: readonly Partnership[],
  rectOf: (agencyId: string) => Rect | undefined,
  pads: HullPads = PAGE_PADS,
): Hull[] {
  const bySize = [...partnerships].sort((a, b) => a.memberIds.length - b.memberIds.length || (a.id < b.id ? -1 : 1));
  const hulls: Hull[] = [];
  bySize.forEach((p, i) => {
    const members = new Set(p.memberIds);
    const depth = bySize.slice(0, i).filter((q) => q.memberIds.some((m) => members.has(m))).length;
    const rects = p.memberIds.map(rectOf).filter((r): r is Rect => r !== undefined);
    if (rects.length === 0) return;
    const corners = rects
      .map((r) => grow(r, pads.base + pads.nest * depth))
      .flatMap((r) => [
        { x: r.x, y: r.y },
        { x: r.x + r.width, y: r.y },
        { x: r.x + r.width, y: r.y + r.height },
        { x: r.x, y: r.y + r.height },
      ]);
    const points = convexHull(corners);
    const xs = points.map((q) => q.x);
    const ys = points.map((q) => q.y);
    const x = Math.min(...xs);
    const y = Math.min(...ys);
    hulls.push({ partnership: p, points, bounds: { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y } });
  });
  // Largest first, so smaller hulls are drawn over larger ones.
  return hulls.reverse();
}

/**
 * Where a partnership's name of this size goes: just outside its hull's box, above or below, at
 * the left, middle or right; the first place clear of everything in `taken` and of every line in
 * `lines` (so no relationship runs through it). Undefined when none is clear.
 */
export function placeHullName(
  bounds: Rect,
  size: { width: number; height: number },
  clear: (r: Rect) => boolean,
  lines: readonly { from: Point; to: Point }[] = [],
): Rect | undefined {
  const { width, height } = size;
  const b = bounds;
  const xs = [b.x + 8, b.x + (b.width - width) / 2, b.x + b.width - width - 8];
  const spots = [...xs.map((x) => ({ x, y: b.y - height - 2 })), ...xs.map((x) => ({ x, y: b.y + b.height + 2 }))];
  return spots
    .map((p) => ({ ...p, width, height }))
    .find((r) => clear(r) && !lines.some((l) => segmentHits(l.from, l.to, r)));
}
