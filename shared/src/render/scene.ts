import type { Board } from '../model/board.ts';
import type { Relationship } from '../model/relationship.ts';
import { sidesDisagree } from '../model/sides.ts';
import { placeCards, type Card } from './cards.ts';
import { borderPoint, boundsOfRects, centre, inside, overlaps, grow, lerp, type Point, type Rect } from './geometry.ts';
import { partnershipHulls, placeHullName, type Hull } from './hulls.ts';
import type { KeySymbol } from './key.ts';
import { placeLabels, type FlowToLabel, type PlacedLabel } from './labels.ts';
import { INTEGRATION_STROKE, MIN_TEXT_PT } from './style.ts';
import { textWidth } from './textWidth.ts';
import type { ResolvedView } from './view.ts';

export interface DrawnEdge {
  relationship: Relationship;
  from: Point;
  to: Point;
  width: number;
  dash: number[];
  dimmed: boolean;
}

export interface PlacedName {
  text: string;
  rect: Rect;
  size: number;
  dimmed: boolean;
}

/** The map part of a page: everything drawn inside the map area, and the symbols it uses. */
export interface MapScene {
  cards: (Card & { dimmed: boolean })[];
  edges: DrawnEdge[];
  hulls: (Hull & { name: PlacedName | undefined; dimmed: boolean })[];
  /** Where two sides disagree: a mark at the middle of the line. */
  marks: { relationshipId: string; rect: Rect; dimmed: boolean }[];
  labels: (PlacedLabel & { dimmed: boolean })[];
  /** Flows, partnership names and agencies with no place on the map. */
  leftOff: { labels: number; names: number; agencies: number };
  symbols: KeySymbol[];
}

const MARK = 8;
const HULL_ROOM = 20;
const NEST_ROOM = 6;

/** Draws the board into `area`: cards, hulls, relationship lines, marks, then labels in the room left. */
export function layoutMap(board: Board, area: Rect, view: ResolvedView): MapScene {
  // Outlines and their names go around the outer cards: keep room for them inside the area.
  const room = board.partnerships.length ? HULL_ROOM + NEST_ROOM * Math.min(board.partnerships.length - 1, 3) : 2;
  const { cards, scale, offPage } = placeCards(board.agencies, grow(area, -room));
  const rectOf = new Map(cards.map((c) => [c.agency.id, c.rect]));
  const cardRects = cards.map((c) => c.rect);
  const labelSize = Math.max(MIN_TEXT_PT, (cards[0]?.nameSize ?? 9) - 1.5);

  const edges: DrawnEdge[] = [];
  for (const rel of board.relationships) {
    const s = rectOf.get(rel.source);
    const t = rectOf.get(rel.target);
    if (!s || !t || rel.source === rel.target) continue;
    const stroke = INTEGRATION_STROKE[rel.integration];
    edges.push({
      relationship: rel,
      from: borderPoint(s, centre(t)),
      to: borderPoint(t, centre(s)),
      width: stroke.width * scale,
      dash: stroke.dash.map((d) => d * scale),
      dimmed: !view.relationshipLit(rel.id),
    });
  }

  // A mark goes where the line is not under a card: at the middle, else nearby along it.
  const marks = edges
    .filter((e) => sidesDisagree(e.relationship))
    .map((e) => {
      const spots = [0.5, 0.4, 0.6, 0.3, 0.7].map((t) => {
        const at = lerp(e.from, e.to, t);
        return { x: at.x - MARK / 2, y: at.y - MARK / 2, width: MARK, height: MARK };
      });
      const rect = spots.find((r) => !cardRects.some((c) => overlaps(c, r))) ?? spots[0]!;
      return { relationshipId: e.relationship.id, rect, dimmed: e.dimmed };
    });

  const obstacles: Rect[] = [...cardRects, ...marks.map((m) => m.rect)];
  const hulls = partnershipHulls(board.partnerships, (id) => rectOf.get(id)).map((hull) => {
    const name = placeName(hull, labelSize, area, obstacles, edges);
    if (name) obstacles.push(name.rect);
    const dimmed = !hull.partnership.memberIds.some((id) => view.agencyLit(id));
    return { ...hull, name: name && { ...name, dimmed }, dimmed };
  });

  const flows = edges.flatMap((e) => flowsOf(e, board, view));
  const dimmedFlow = new Set(flows.filter((f) => f.dimmed).map((f) => f.id));
  const { placed, leftOff } = placeLabels(flows, labelSize, area, obstacles);
  const labels = placed.map((l) => ({ ...l, dimmed: dimmedFlow.has(l.id) }));
  const sceneCards = cards.map((c) => ({ ...c, dimmed: !view.agencyLit(c.agency.id) }));

  return {
    cards: sceneCards,
    edges,
    hulls,
    marks,
    labels,
    leftOff: { labels: leftOff.length, names: hulls.filter((h) => !h.name).length, agencies: offPage },
    symbols: symbolsUsed(sceneCards, edges, hulls.length > 0, marks.length > 0, labels),
  };
}

function flowsOf(edge: DrawnEdge, board: Board, view: ResolvedView): (FlowToLabel & { dimmed: boolean })[] {
  const rel = edge.relationship;
  const along = board.exchanges.filter((x) => x.relationshipId === rel.id && (!view.currency || x.currency === view.currency));
  const forward = along.filter((x) => x.from === rel.source && x.to === rel.target);
  const backward = along.filter((x) => x.from === rel.target && x.to === rel.source);
  const oneWay = (forward.length === 0) !== (backward.length === 0);
  const dimmed = edge.dimmed;
  return [
    { id: `${rel.id}>`, from: edge.from, to: edge.to, exchanges: forward, oneWay, dimmed },
    { id: `${rel.id}<`, from: edge.to, to: edge.from, exchanges: backward, oneWay, dimmed },
  ].filter((f) => f.exchanges.length > 0);
}

/**
 * A partnership's name just outside its outline, above or below, clear of everything placed and,
 * where it can be, of every relationship's line.
 */
function placeName(hull: Hull, size: number, area: Rect, taken: readonly Rect[], edges: readonly DrawnEdge[]): PlacedName | undefined {
  const text = hull.partnership.name || 'Unnamed partnership';
  const box = { width: textWidth(text, size, true) + 4, height: size * 1.3 };
  const clear = (rect: Rect) => inside(rect, area) && !taken.some((r) => overlaps(grow(r, 1), rect));
  const rect = placeHullName(hull.bounds, box, clear, edges) ?? placeHullName(hull.bounds, box, clear);
  return rect && { text, rect, size, dimmed: false };
}

function symbolsUsed(
  cards: readonly (Card & { dimmed: boolean })[],
  edges: readonly DrawnEdge[],
  partnerships: boolean,
  disagreement: boolean,
  labels: readonly (PlacedLabel & { dimmed: boolean })[],
): KeySymbol[] {
  const out: KeySymbol[] = [];
  for (const sector of new Set(cards.map((c) => c.agency.sector))) out.push({ kind: 'sector', sector });
  for (const degree of new Set(edges.map((e) => e.relationship.integration))) out.push({ kind: 'degree', degree });
  if (partnerships) out.push({ kind: 'partnership' });
  if (labels.some((l) => l.tier !== 'count')) out.push({ kind: 'exchange' });
  if (labels.some((l) => l.oneWay)) out.push({ kind: 'one-way' });
  if (labels.some((l) => l.tier === 'count')) out.push({ kind: 'count' });
  if (disagreement) out.push({ kind: 'disagreement' });
  if (cards.some((c) => c.dimmed) || edges.some((e) => e.dimmed) || labels.some((l) => l.dimmed)) out.push({ kind: 'dimmed' });
  return out;
}

/** The box around everything the map draws, for a page that fits its key to the drawing. */
export function mapBounds(map: MapScene): Rect | undefined {
  const boxes: Rect[] = [
    ...map.cards.map((c) => c.rect),
    ...map.labels.map((l) => l.rect),
    ...map.marks.map((m) => m.rect),
    ...map.hulls.flatMap((h) => (h.name ? [h.bounds, h.name.rect] : [h.bounds])),
  ];
  return boxes.length ? boundsOfRects(boxes) : undefined;
}

/** The same map moved up by `dy`: every shape, line and label together. */
export function shiftMap(map: MapScene, dy: number): MapScene {
  const up = <T extends Rect>(r: T): T => ({ ...r, y: r.y - dy });
  const upPoint = (p: Point): Point => ({ x: p.x, y: p.y - dy });
  return {
    ...map,
    cards: map.cards.map((c) => ({ ...c, rect: up(c.rect) })),
    edges: map.edges.map((e) => ({ ...e, from: upPoint(e.from), to: upPoint(e.to) })),
    hulls: map.hulls.map((h) => ({ ...h, points: h.points.map(upPoint), bounds: up(h.bounds), name: h.name && { ...h.name, rect: up(h.name.rect) } })),
    marks: map.marks.map((m) => ({ ...m, rect: up(m.rect) })),
    labels: map.labels.map((l) => ({ ...l, rect: up(l.rect) })),
  };
}
