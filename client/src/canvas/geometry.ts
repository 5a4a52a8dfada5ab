export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Point {
  x: number;
  y: number;
}

export interface Viewport extends Point {
  zoom: number;
}

/**
 * The board point at the middle of a view, with its zoom: what a colleague follows, so that a
 * projector and a laptop show the same place whatever their sizes.
 */
export function viewCentre(viewport: Viewport, size: { width: number; height: number }): Viewport {
  const { x, y, zoom } = viewport;
  return { x: (size.width / 2 - x) / zoom, y: (size.height / 2 - y) / zoom, zoom };
}

/**
 * A node's box on the board, once React Flow has measured it. Agencies are never nested, so the
 * node's position is its absolute one.
 */
export function nodeRect(node: { position: Point; measured?: { width?: number; height?: number } } | undefined): Rect | undefined {
  const width = node?.measured?.width;
  const height = node?.measured?.height;
  return node && width && height ? { ...node.position, width, height } : undefined;
}

/** Where a relationship's line starts and ends: on the two agencies' borders, facing each other. */
export function edgeEnds(source: Rect, target: Rect): { from: Point; to: Point } {
  return { from: borderPoint(source, centre(target)), to: borderPoint(target, centre(source)) };
}

export function centre(r: Rect): Point {
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}

/** Where the line from the rectangle's centre towards `towards` leaves the rectangle. */
export function borderPoint(r: Rect, towards: Point): Point {
  const c = centre(r);
  const dx = towards.x - c.x;
  const dy = towards.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const scale = Math.min(
    dx === 0 ? Infinity : r.width / 2 / Math.abs(dx),
    dy === 0 ? Infinity : r.height / 2 / Math.abs(dy),
  );
  return { x: c.x + dx * scale, y: c.y + dy * scale };
}

export function lerp(a: Point, b: Point, t: number): Point {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}

/** The smallest rectangle around all the given ones, grown by `pad` on every side. */
export function around(rects: readonly Rect[], pad: number): Rect | undefined {
  if (rects.length === 0) return undefined;
  const x1 = Math.min(...rects.map((r) => r.x)) - pad;
  const y1 = Math.min(...rects.map((r) => r.y)) - pad;
  const x2 = Math.max(...rects.map((r) => r.x + r.width)) + pad;
  const y2 = Math.max(...rects.map((r) => r.y + r.height)) + pad;
  return { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
}
