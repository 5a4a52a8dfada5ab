export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function centre(r: Rect): Point {
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}

export function grow(r: Rect, by: number): Rect {
  return { x: r.x - by, y: r.y - by, width: r.width + 2 * by, height: r.height + 2 * by };
}

/** Whether two boxes share any area (touching edges do not count). */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function inside(inner: Rect, outer: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/** The box around every box given (none: an empty box at the origin). */
export function boundsOfRects(rects: readonly Rect[]): Rect {
  if (rects.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of rects) {
    left = Math.min(left, r.x);
    top = Math.min(top, r.y);
    right = Math.max(right, r.x + r.width);
    bottom = Math.max(bottom, r.y + r.height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** Where the line from the box's centre towards `towards` leaves the box. */
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

/**
 * Liang-Barsky clipping: the part of the segment from (ax, ay) to (bx, by) inside the box, as the
 * fractions of the way along it where that part starts and ends, written to `out`; false when no
 * part is inside. Numbers in and out, nothing made: the overview asks it of thousands of lines on
 * every repaint.
 */
export function clipFractions(ax: number, ay: number, bx: number, by: number, r: Rect, out: [t0: number, t1: number]): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = bx - ax;
  const dy = by - ay;
  for (let side = 0; side < 4; side++) {
    const p = side === 0 ? -dx : side === 1 ? dx : side === 2 ? -dy : dy;
    const q = side === 0 ? ax - r.x : side === 1 ? r.x + r.width - ax : side === 2 ? ay - r.y : r.y + r.height - ay;
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  out[0] = t0;
  out[1] = t1;
  return true;
}

const fractions: [number, number] = [0, 1];

/** The part of the segment from `a` to `b` inside the box, or undefined when none is. */
export function clipSegment(a: Point, b: Point, r: Rect): [Point, Point] | undefined {
  if (!clipFractions(a.x, a.y, b.x, b.y, r, fractions)) return undefined;
  return [lerp(a, b, fractions[0]), lerp(a, b, fractions[1])];
}

/** Whether the segment from `a` to `b` passes through the box. */
export function segmentHits(a: Point, b: Point, r: Rect): boolean {
  return clipSegment(a, b, r) !== undefined;
}

/** The convex hull of the points, anticlockwise (Andrew's monotone chain). */
export function convexHull(points: readonly Point[]): Point[] {
  const sorted = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  if (sorted.length < 3) return sorted;
  const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
  const half = (list: Point[]) => {
    const out: Point[] = [];
    for (const p of list) {
      while (out.length >= 2 && cross(out[out.length - 2]!, out[out.length - 1]!, p) <= 0) out.pop();
      out.push(p);
    }
    out.pop();
    return out;
  };
  return [...half(sorted), ...half([...sorted].reverse())];
}

/** A number short enough for SVG, exact to a hundredth of a point. */
export function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/**
 * Whether a box and a convex polygon share any area (the separating axis test: they are apart
 * exactly when some side of either shape has them on opposite sides).
 */
export function touchesConvex(r: Rect, polygon: readonly Point[]): boolean {
  if (polygon.length === 0) return false;
  const corners = [
    { x: r.x, y: r.y },
    { x: r.x + r.width, y: r.y },
    { x: r.x + r.width, y: r.y + r.height },
    { x: r.x, y: r.y + r.height },
  ];
  const axes: Point[] = [{ x: 1, y: 0 }, { x: 0, y: 1 }];
  polygon.forEach((p, i) => {
    const q = polygon[(i + 1) % polygon.length]!;
    axes.push({ x: q.y - p.y, y: p.x - q.x });
  });
  return axes.every((axis) => {
    const project = (ps: readonly Point[]) => ps.map((p) => p.x * axis.x + p.y * axis.y);
    const a = project(corners);
    const b = project(polygon);
    return Math.min(...a) < Math.max(...b) && Math.min(...b) < Math.max(...a);
  });
}
