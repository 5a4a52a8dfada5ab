import { grow, overlaps, type Point, type Rect } from '../render/geometry.ts';

/** Room left around a new agency, so that it never touches one already there. */
const GAP = 24;

/**
 * Where a new agency of `size` goes: centred on `centre` if that is free, else the nearest free
 * place on a spiral of rings around it, clear of every `taken` box by a gap. Returns the top-left
 * corner, as agencies' positions are. Rings go far enough to find room on any real board.
 */
export function freeSpot(centre: Point, size: { width: number; height: number }, taken: readonly Rect[]): Point {
  const at = (c: Point): Rect => ({ x: c.x - size.width / 2, y: c.y - size.height / 2, ...size });
  const free = (r: Rect) => !taken.some((t) => overlaps(grow(t, GAP), r));
  const stepX = (size.width + GAP) / 2;
  const stepY = (size.height + GAP) / 2;
  for (let ring = 0; ring <= 60; ring++) {
    // The cells of this ring, nearest the centre first.
    const cells: Point[] = [];
    for (let i = -ring; i <= ring; i++) {
      for (let j = -ring; j <= ring; j++) {
        if (Math.max(Math.abs(i), Math.abs(j)) === ring) cells.push({ x: centre.x + i * stepX, y: centre.y + j * stepY });
      }
    }
    cells.sort((a, b) => Math.hypot(a.x - centre.x, a.y - centre.y) - Math.hypot(b.x - centre.x, b.y - centre.y));
    const found = cells.map(at).find(free);
    if (found) return { x: Math.round(found.x), y: Math.round(found.y) };
  }
  const fallback = at(centre);
  return { x: Math.round(fallback.x), y: Math.round(fallback.y) };
}
