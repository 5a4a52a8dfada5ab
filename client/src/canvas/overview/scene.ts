import type { Integration, Partnership, Sector } from '@partnermap/shared/model';
import { SCREEN_PADS, centre, overlaps, partnershipHulls, textWidth, type Point, type Rect } from '@partnermap/shared/render/primitives';

/**
 * The map's overview: on a big board seen from afar, agencies are drawn as plain shapes and
 * relationships as plain lines on one canvas instead of thousands of cards, lines and labels.
 * Everything here is pure: the board as the map holds it, and the view, in; what to draw out.
 */

/** Boards with at most this many agencies always show the full map, exactly as before. */
export const OVERVIEW_MIN_AGENCIES = 300;
/** The overview starts when more agencies than this are in view... */
export const OVERVIEW_ENTER_IN_VIEW = 250;
/** ...and ends when fewer than this are (apart, so that a small pan at the edge does not flicker). */
export const OVERVIEW_LEAVE_IN_VIEW = 180;
/** From this zoom cards are readable: the full map, however many agencies are in view. */
export const DETAIL_ZOOM = 0.55;
/** The zoom the view moves to when an agency is opened from the overview. */
export const OPEN_ZOOM = 0.8;

/** An agency card's size on the screen before React Flow has measured it (a card is 200 wide). */
export const CARD_ESTIMATE = { width: 200, height: 76 } as const;

export type MapMode = 'overview' | 'detail';

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export interface OverviewAgencyInput {
  id: string;
  name: string;
  sector: Sector;
  position: Point;
  /** React Flow's measured size, when the card has been shown. */
  measured?: { width?: number; height?: number };
  dimmed: boolean;
  selected: boolean;
}

export interface OverviewLineInput {
  id: string;
  source: string;
  target: string;
  integration: Integration;
  dimmed: boolean;
  selected: boolean;
}

export interface OverviewAgency {
  id: string;
  sector: Sector;
  rect: Rect;
  dimmed: boolean;
  selected: boolean;
  /** The name, when it fits inside the shape at this zoom. */
  name?: string;
}

export interface OverviewLine {
  id: string;
  from: Point;
  to: Point;
  integration: Integration;
  dimmed: boolean;
  selected: boolean;
}

export interface OverviewHull {
  id: string;
  name: string;
  points: Point[];
  bounds: Rect;
  selected: boolean;
}

export interface OverviewScene {
  /** Partnerships' outlines, under everything else. */
  hulls: OverviewHull[];
  /** Lines first (drawn under the agencies), dimmed before lit, selected last. */
  lines: OverviewLine[];
  agencies: OverviewAgency[];
}

/** Screen size of the names drawn in the overview, in pixels. */
export const NAME_PX = 12;
/** Space kept around a name inside its shape, in screen pixels. */
const NAME_INSET = 8;

/** An agency's box on the board: measured when React Flow has shown it, else estimated. */
export function agencyRect(a: Pick<OverviewAgencyInput, 'position' | 'measured'>): Rect {
  // Written out, not spread from the position: every rect gets the same shape, which keeps the
  // per-shape loops over thousands of them fast.
  return {
    x: a.position.x,
    y: a.position.y,
    width: a.measured?.width || CARD_ESTIMATE.width,
    height: a.measured?.height || CARD_ESTIMATE.height,
  };
}

/** The part of the board in view, in board coordinates, for a pane of this size. */
export function viewBox(viewport: Viewport, size: { width: number; height: number }): Rect {
  return { x: -viewport.x / viewport.zoom, y: -viewport.y / viewport.zoom, width: size.width / viewport.zoom, height: size.height / viewport.zoom };
}

/** A box grown by a share of its size on every side. */
export function widen(r: Rect, share: number): Rect {
  return { x: r.x - r.width * share, y: r.y - r.height * share, width: r.width * (1 + 2 * share), height: r.height * (1 + 2 * share) };
}

/**
 * Overview or the full map. Small boards always get the full map; a big one gets the overview
 * while many agencies are in view and the cards would be too small to read. `inView` counts them
 * (it may stop once it reaches the number it is given) only when the zoom leaves the choice open:
 * it runs on every change of React Flow's store.
 */
export function nextMode(current: MapMode, boardAgencies: number, inView: (enough: number) => number, zoom: number): MapMode {
  if (boardAgencies <= OVERVIEW_MIN_AGENCIES || zoom >= DETAIL_ZOOM) return 'detail';
  if (current === 'overview') return inView(OVERVIEW_LEAVE_IN_VIEW) < OVERVIEW_LEAVE_IN_VIEW ? 'detail' : 'overview';
  return inView(OVERVIEW_ENTER_IN_VIEW + 1) > OVERVIEW_ENTER_IN_VIEW ? 'overview' : 'detail';
}

/** The agencies overlapping the view, counted up to `enough` at most. */
export function countInView(agencies: readonly Pick<OverviewAgencyInput, 'position' | 'measured'>[], view: Rect, enough = Infinity): number {
  let n = 0;
  for (const a of agencies) {
    if (n >= enough) break;
    if (overlaps(agencyRect(a), view)) n++;
  }
  return n;
}

/** Whether a segment might cross a box (its bounding box does): cheap culling, never a false "no". */
function segmentNear(from: Point, to: Point, box: Rect): boolean {
  const x = Math.min(from.x, to.x);
  const y = Math.min(from.y, to.y);
  const width = Math.abs(to.x - from.x) || 1;
  const height = Math.abs(to.y - from.y) || 1;
  return x < box.x + box.width && box.x < x + width && y < box.y + box.height && box.y < y + height;
}

function nameThatFits(name: string, rect: Rect, zoom: number): string | undefined {
  if (!name || rect.height * zoom < NAME_PX + NAME_INSET) return undefined;
  return textWidth(name, NAME_PX, true) <= rect.width * zoom - 2 * NAME_INSET ? name : undefined;
}

/**
 * What one canvas's last scenes were made of. A colleague's move changes one agency of
 * thousands: with the map's unchanged agencies and relationships passed as the same objects,
 * their rects, lines and shapes are reused as the same objects too, so that building a scene and
 * comparing it with the last cost little more than walking the board.
 */
export class SceneParts {
  private readonly rects = new WeakMap<OverviewAgencyInput, Rect>();
  private readonly lines = new WeakMap<OverviewLineInput, { from: Rect; to: Rect; line: OverviewLine }>();
  private readonly shapes = new WeakMap<OverviewAgencyInput, { zoom: number; shape: OverviewAgency }>();

  rect(a: OverviewAgencyInput): Rect {
    let rect = this.rects.get(a);
    if (!rect) this.rects.set(a, (rect = agencyRect(a)));
    return rect;
  }

  line(l: OverviewLineInput, s: Rect, t: Rect): OverviewLine {
    const kept = this.lines.get(l);
    if (kept && kept.from === s && kept.to === t) return kept.line;
    const line = { id: l.id, from: centre(s), to: centre(t), integration: l.integration, dimmed: l.dimmed, selected: l.selected };
    this.lines.set(l, { from: s, to: t, line });
    return line;
  }

  shape(a: OverviewAgencyInput, rect: Rect, zoom: number): OverviewAgency {
    const kept = this.shapes.get(a);
    if (kept && kept.zoom === zoom && kept.shape.rect === rect) return kept.shape;
    const shape = { id: a.id, sector: a.sector, rect, dimmed: a.dimmed, selected: a.selected, name: nameThatFits(a.name, rect, zoom) };
    this.shapes.set(a, { zoom, shape });
    return shape;
  }
}

/** Dimmed first, then lit, then selected: each group keeps the board's order (a stable sort, in one pass). */
function byRank<T extends { dimmed: boolean; selected: boolean }>(xs: T[]): T[] {
  const dimmed: T[] = [];
  const lit: T[] = [];
  const selected: T[] = [];
  for (const x of xs) (x.selected ? selected : x.dimmed ? dimmed : lit).push(x);
  return dimmed.concat(lit, selected);
}

/**
 * What the overview draws in a view: the agencies in it (names where they fit) and the
 * relationships that cross it, centre to centre (the agencies are drawn over their ends).
 * `only` limits the lines to some relationships: in the full map of a big board, the canvas
 * draws just the lines whose agencies React Flow is not showing, and no agencies. `parts`, kept
 * by one canvas from scene to scene, reuses what has not changed; the scene is the same without.
 */
export function overviewScene(
  agencies: readonly OverviewAgencyInput[],
  lines: readonly OverviewLineInput[],
  view: Rect,
  zoom: number,
  only?: { lines: ReadonlySet<string> },
  partnerships: { all: readonly Partnership[]; selectedId?: string } = { all: [] },
  parts: SceneParts = new SceneParts(),
): OverviewScene {
  const rects = new Map<string, Rect>();
  for (const a of agencies) rects.set(a.id, parts.rect(a));
  const drawnLines: OverviewLine[] = [];
  for (const l of lines) {
    if (only && !only.lines.has(l.id)) continue;
    const s = rects.get(l.source);
    const t = rects.get(l.target);
    if (!s || !t) continue;
    const line = parts.line(l, s, t);
    if (segmentNear(line.from, line.to, view)) drawnLines.push(line);
  }
  const drawn: OverviewAgency[] = [];
  const hulls: OverviewHull[] = [];
  if (!only) {
    for (const h of partnershipHulls(partnerships.all, (id) => rects.get(id), SCREEN_PADS)) {
      if (!overlaps(h.bounds, view)) continue;
      hulls.push({ id: h.partnership.id, name: h.partnership.name, points: h.points, bounds: h.bounds, selected: h.partnership.id === partnerships.selectedId });
    }
    for (const a of agencies) {
      const rect = rects.get(a.id)!;
      if (overlaps(rect, view)) drawn.push(parts.shape(a, rect, zoom));
    }
  }
  return { hulls, lines: byRank(drawnLines), agencies: byRank(drawn) };
}

/**
 * The agency under a board point: the one drawn on top, with a margin of `slop` board units so
 * that small shapes far out can still be hit.
 */
export function agencyAt(agencies: readonly Pick<OverviewAgency, 'id' | 'rect'>[], point: Point, slop = 0): string | undefined {
  let best: { id: string; d: number } | undefined;
  for (let i = agencies.length - 1; i >= 0; i--) {
    const { id, rect: r } = agencies[i]!;
    const dx = Math.max(r.x - point.x, 0, point.x - (r.x + r.width));
    const dy = Math.max(r.y - point.y, 0, point.y - (r.y + r.height));
    const d = Math.hypot(dx, dy);
    if (d === 0) return id;
    if (d <= slop && (!best || d < best.d)) best = { id, d };
  }
  return best?.id;
}

/** The agency the overview shows on top under a board point (as `agencyAt`), with its box. */
export function agencyShownAt(agencies: readonly OverviewAgencyInput[], point: Point, slop = 0): { id: string; rect: Rect } | undefined {
  const shown = byRank(agencies.map((a) => ({ id: a.id, rect: agencyRect(a), dimmed: a.dimmed, selected: a.selected })));
  const id = agencyAt(shown, point, slop);
  return id === undefined ? undefined : shown.find((a) => a.id === id);
}

/**
 * In the full map of a big board, the agencies React Flow shows: those near the view (a margin
 * around it, so that a short pan finds them already measured). The rest stay hidden, and the
 * lines to them are drawn by the canvas.
 */
export function shownNear(
  agencies: readonly (Pick<OverviewAgencyInput, 'id' | 'position' | 'measured'> & { selected?: boolean })[],
  view: Rect,
): Set<string> {
  const near = widen(view, 0.25);
  const shown = new Set<string>();
  for (const a of agencies) if (a.selected || overlaps(agencyRect(a), near)) shown.add(a.id);
  return shown;
}
