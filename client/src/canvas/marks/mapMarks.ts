import {
  boundsOfRects,
  grow,
  overlaps,
  partnershipHulls,
  placeHullName,
  placeLabels,
  SCREEN_PADS,
  textWidth,
  type FlowToLabel,
  type Hull,
  type PlacedLabel,
  type Point,
  type Rect,
} from '@partnermap/shared/render';
import { PARTNERSHIP_MODEL_LABELS, type Exchange, type Partnership } from '@partnermap/shared/model';
import { edgeEnds } from '../geometry.ts';

/** A relationship as the marks need it: its two agencies and the exchanges each way shown. */
export interface EdgeToMark {
  id: string;
  source: string;
  target: string;
  forward: readonly Exchange[];
  backward: readonly Exchange[];
  /** Whether the two sides disagree: a mark sits just above the line's middle. */
  disagreement: boolean;
}

export interface ScreenName {
  rect: Rect;
  text: string;
  model: string;
}

export interface MapMarks {
  hulls: (Hull & { name: ScreenName })[];
  /** Exchange labels by flow id (`<relationship id>>` forward, `<relationship id><` backward). */
  labels: Map<string, PlacedLabel>;
  /** Flows with no free place for even a count; their exchanges show on hover and selection of the line. */
  leftOff: string[];
}

/** Label text on screen, in board pixels (as the map's CSS draws it). */
export const LABEL_SIZE = 11;
export const NAME_SIZE = 11.5;
const NAME_PAD_X = 10;
const NAME_HEIGHT = 22;
/** The disagreement mark: 18 px, 22 px above the middle of the line. */
const MARK = { size: 18, above: 22 };

/**
 * Everything the screen's map places besides agencies and lines, by the same rules as the exported
 * image (shared/src/render): a padded hull around each partnership's members only, with its name
 * just outside it, clear of agencies and of relationship lines; then exchange labels along their
 * lines, clear of agencies, names, marks and each other, collapsing to counts ("3 exchanges")
 * where crowded. Screen labels say at most the currencies: descriptions show on hover and focus.
 */
export function mapMarks(agencies: ReadonlyMap<string, Rect>, edges: readonly EdgeToMark[], partnerships: readonly Partnership[]): MapMarks {
  const lines = linesOf(agencies, edges);
  const cards = [...agencies.values()];
  const taken: Rect[] = [...cards, ...disagreementMarks(lines)];
  const hulls = namedHulls(partnerships, agencies, lines, taken);
  const area = grow(boundsOfRects([...cards, ...hulls.map((h) => h.bounds)]), 600);
  const { placed, leftOff } = placeLabels(flowsOf(lines), LABEL_SIZE, area, taken, ['currencies']);
  return { hulls, labels: new Map(placed.map((p) => [p.id, p])), leftOff };
}

/**
 * The marks while agencies are being dragged: only what the move touches is placed again (the
 * outlines of partnerships with a moved member, the labels of lines to a moved agency and labels
 * the moved agencies or outlines now cover), around everything else where it was. Cheap enough
 * for every frame; still by the same rule, so nothing overlaps. Greedy placement depends on
 * order, so once the drag ends the whole map is placed afresh (`mapMarks`).
 */
export function moveMarks(
  previous: MapMarks,
  agencies: ReadonlyMap<string, Rect>,
  edges: readonly EdgeToMark[],
  partnerships: readonly Partnership[],
  moved: ReadonlySet<string>,
): MapMarks {
  const lines = linesOf(agencies, edges);
  const cards = [...agencies.values()];
  const taken: Rect[] = [...cards, ...disagreementMarks(lines)];
  // Outlines are cheap to draw again (and their nesting depends on each other); names are kept
  // unless a member moved or a moved agency now covers the name.
  const movedCards = [...moved].flatMap((id) => agencies.get(id) ?? []).map((r) => grow(r, 2));
  const keptNames = new Map(
    previous.hulls
      .filter((h) => !h.partnership.memberIds.some((m) => moved.has(m)) && !movedCards.some((c) => overlaps(c, h.name.rect)))
      .map((h) => [h.partnership.id, h.name]),
  );
  taken.push(...[...keptNames.values()].map((n) => n.rect));
  const freshNames: Rect[] = [];
  const hulls = partnershipHulls(partnerships, (id) => agencies.get(id), SCREEN_PADS).map((hull) => {
    const kept = keptNames.get(hull.partnership.id);
    if (kept) return { ...hull, name: kept };
    const named = nameHull(hull, lines, taken);
    freshNames.push(named.name.rect);
    return named;
  });
  const covering = [...movedCards, ...freshNames.map((r) => grow(r, 2))].map((t) => grow(t, 0.5));
  const covered = (r: Rect) => covering.some((t) => overlaps(t, r));
  const touched = new Set(lines.filter((l) => moved.has(l.edge.source) || moved.has(l.edge.target)).map((l) => l.id));
  const flows = flowsOf(lines);
  const again = flows.filter((f) => {
    if (touched.has(f.id.slice(0, -1))) return true;
    const label = previous.labels.get(f.id);
    return label ? covered(label.rect) : false;
  });
  const againIds = new Set(again.map((f) => f.id));
  const flowIds = new Set(flows.map((f) => f.id));
  const labels = new Map([...previous.labels].filter(([id]) => !againIds.has(id) && flowIds.has(id)));
  const area = grow(boundsOfRects([...cards, ...hulls.map((h) => h.bounds)]), 600);
  const { placed, leftOff } = placeLabels(again, LABEL_SIZE, area, [...taken, ...[...labels.values()].map((l) => l.rect)], ['currencies']);
  for (const p of placed) labels.set(p.id, p);
  return { hulls, labels, leftOff: [...previous.leftOff.filter((id) => !againIds.has(id)), ...leftOff] };
}

type Line = { id: string; from: Point; to: Point; edge: EdgeToMark };

function linesOf(agencies: ReadonlyMap<string, Rect>, edges: readonly EdgeToMark[]): Line[] {
  const lines: Line[] = [];
  for (const e of edges) {
    const s = agencies.get(e.source);
    const t = agencies.get(e.target);
    if (s && t && e.source !== e.target) lines.push({ id: e.id, ...edgeEnds(s, t), edge: e });
  }
  return lines;
}

function disagreementMarks(lines: readonly Line[]): Rect[] {
  return lines
    .filter((l) => l.edge.disagreement)
    .map((l) => {
      const mid = { x: (l.from.x + l.to.x) / 2, y: (l.from.y + l.to.y) / 2 - MARK.above };
      return { x: mid.x - MARK.size / 2, y: mid.y - MARK.size / 2, width: MARK.size, height: MARK.size };
    });
}

/** Hulls with their names placed clear of what is `taken` (which each name then joins). */
function namedHulls(partnerships: readonly Partnership[], agencies: ReadonlyMap<string, Rect>, lines: readonly Line[], taken: Rect[]): MapMarks['hulls'] {
  return partnershipHulls(partnerships, (id) => agencies.get(id), SCREEN_PADS).map((hull) => nameHull(hull, lines, taken));
}

function nameHull(hull: Hull, lines: readonly Line[], taken: Rect[]): MapMarks['hulls'][number] {
  const text = hull.partnership.name || 'Unnamed partnership';
  const model = PARTNERSHIP_MODEL_LABELS[hull.partnership.model];
  const box = {
    width: textWidth(text, NAME_SIZE, true) + 6 + textWidth(model, NAME_SIZE) + 2 * NAME_PAD_X + 2,
    height: NAME_HEIGHT,
  };
  const clear = (r: Rect) => !taken.some((t) => overlaps(grow(t, 2), r));
  // Clear of lines if it can be, else at least of agencies and other names; else at its place above.
  const rect =
    placeHullName(hull.bounds, box, clear, lines) ??
    placeHullName(hull.bounds, box, clear) ??
    { x: hull.bounds.x + 8, y: hull.bounds.y - box.height - 2, ...box };
  taken.push(rect);
  return { ...hull, name: { rect, text, model } };
}

function flowsOf(lines: readonly Line[]): FlowToLabel[] {
  return lines.flatMap((l) => {
    const { forward, backward } = l.edge;
    const oneWay = (forward.length === 0) !== (backward.length === 0);
    return [
      { id: `${l.id}>`, from: l.from, to: l.to, exchanges: forward, oneWay },
      { id: `${l.id}<`, from: l.to, to: l.from, exchanges: backward, oneWay },
    ].filter((f) => f.exchanges.length > 0);
  });
}
