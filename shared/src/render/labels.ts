import type { Exchange } from '../model/exchange.ts';
import { inside, lerp, grow, overlaps, type Point, type Rect } from './geometry.ts';
import { BoxGrid } from './boxGrid.ts';
import { CURRENCY_SHORT } from './style.ts';
import { ellipsize, textWidth } from './textWidth.ts';

/** How much a label says: every exchange with its description, the currencies, or only a count. */
export type LabelTier = 'exchanges' | 'currencies' | 'count';

/** The exchanges flowing one way along one relationship, to be labelled on its line. */
export interface FlowToLabel {
  id: string;
  from: Point;
  to: Point;
  exchanges: readonly Exchange[];
  oneWay: boolean;
}

export interface PlacedLabel {
  id: string;
  rect: Rect;
  lines: string[];
  size: number;
  tier: LabelTier;
  /** The direction of flow, in radians, for the arrow. */
  angle: number;
  oneWay: boolean;
}

export interface LabelPlacement {
  placed: PlacedLabel[];
  /** Flows with no free place even for a count. */
  leftOff: string[];
}

export const LABEL_PAD = 2.5;
export const LABEL_LINE = 1.25;
const MAX_LINE_EM = 26;
const MAX_EXCHANGE_LINES = 3;
/** Between a label and its line: clear of a disagreement mark on the line. */
const GAP = 6;
/** Places along the line to try, from the flow's own side of the middle outwards. */
const ALONG = [0.35, 0.5, 0.25, 0.42, 0.6, 0.18, 0.7, 0.12, 0.8, 0.88];

/** Room for the arrow before the text. */
export function arrowSlot(size: number): number {
  return size * 1.1;
}

/** The lines of a label at one tier; undefined when that tier says nothing useful. */
export function labelLines(flow: Pick<FlowToLabel, 'exchanges' | 'oneWay'>, tier: LabelTier, size: number): string[] | undefined {
  const suffix = flow.oneWay ? ' (one-way)' : '';
  const max = MAX_LINE_EM * size;
  const fit = (t: string) => ellipsize(t, max, (s) => textWidth(s, size));
  const n = flow.exchanges.length;
  if (tier === 'count') return [`${n} exchange${n === 1 ? '' : 's'}${flow.oneWay ? ', one-way' : ''}`];
  if (tier === 'currencies') return [fit([...new Set(flow.exchanges.map((e) => CURRENCY_SHORT[e.currency]))].join(' · ') + suffix)];
  if (n > MAX_EXCHANGE_LINES || flow.exchanges.every((e) => !e.description)) return undefined;
  return flow.exchanges.map((e, i) =>
    fit(`${CURRENCY_SHORT[e.currency]}${e.description ? `: ${e.description.replace(/\s+/g, ' ')}` : ''}${i === 0 ? suffix : ''}`),
  );
}

export function labelSize(lines: readonly string[], size: number): { width: number; height: number } {
  const text = Math.max(...lines.map((l) => textWidth(l, size)));
  return { width: arrowSlot(size) + text + 2 * LABEL_PAD, height: lines.length * size * LABEL_LINE + 2 * LABEL_PAD };
}

/**
 * Greedy placement in two passes. First every flow, in turn, takes the first free place along its
 * line for a count ("3 exchanges"), so that as many flows as possible show their direction at
 * all. Then each placed label, in turn, says as much as the room around it allows: every exchange
 * with its description, else its currencies (the screen, which shows descriptions on hover, asks
 * for currencies at most). A place is free when it is inside the map and clear
 * of every agency, every mark and every other label. A flow with no free place is left off and
 * reported, never drawn over something.
 */
export function placeLabels(
  flows: readonly FlowToLabel[],
  size: number,
  area: Rect,
  obstacles: readonly Rect[],
  richest: readonly LabelTier[] = ['exchanges', 'currencies'],
): LabelPlacement {
  const fixed = new BoxGrid<number>();
  // Only an obstacle within a label's reach of some flow's line can be in its way: when a
  // colleague's move places a few flows again, most of the map's obstacles are not.
  const reachable = grow(boundsOf(flows), labelReach(size));
  obstacles.forEach((r, i) => {
    if (overlaps(r, reachable)) fixed.add(i, grow(r, 1.5));
  });
  const labels: (PlacedLabel | undefined)[] = [];
  const placedBoxes = new BoxGrid<number>();
  const setLabel = (i: number, label: PlacedLabel | undefined) => {
    const old = labels[i];
    if (old) placedBoxes.remove(i, grow(old.rect, 1));
    labels[i] = label;
    if (label) placedBoxes.add(i, grow(label.rect, 1));
  };
  const freeOf = (skip: number) => (rect: Rect) =>
    inside(rect, area) && !fixed.overlapsAny(rect) && !placedBoxes.overlapsAny(rect, skip);
  for (const [i, flow] of flows.entries()) setLabel(i, placeOne(flow, ['count'], size, freeOf(i)));
  for (const [i, flow] of flows.entries()) {
    if (labels[i]) setLabel(i, placeOne(flow, richest, size, freeOf(i)) ?? labels[i]);
  }
  return {
    placed: labels.filter((l): l is PlacedLabel => l !== undefined),
    leftOff: flows.filter((_f, i) => !labels[i]).map((f) => f.id),
  };
}

/** The box around every flow's line. */
function boundsOf(flows: readonly FlowToLabel[]): Rect {
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { from, to } of flows) {
    left = Math.min(left, from.x, to.x);
    top = Math.min(top, from.y, to.y);
    right = Math.max(right, from.x, to.x);
    bottom = Math.max(bottom, from.y, to.y);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * How far from its line any part of a label can reach: its centre is off the line by at most half
 * its extent across it and the gap, and its edge half its width or height further.
 */
function labelReach(size: number): number {
  const widest = arrowSlot(size) + MAX_LINE_EM * size + 2 * LABEL_PAD;
  const tallest = MAX_EXCHANGE_LINES * size * LABEL_LINE + 2 * LABEL_PAD;
  return widest + tallest + GAP + 2;
}

function placeOne(flow: FlowToLabel, tiers: readonly LabelTier[], size: number, free: (r: Rect) => boolean): PlacedLabel | undefined {
  const angle = Math.atan2(flow.to.y - flow.from.y, flow.to.x - flow.from.x);
  const normal = { x: -Math.sin(angle), y: Math.cos(angle) };
  for (const tier of tiers) {
    const lines = labelLines(flow, tier, size);
    if (!lines) continue;
    const { width, height } = labelSize(lines, size);
    // Beside the line by half the label's extent across it, on the flow's own side (the two
    // directions' normals point to opposite sides, so they never compete), else on the line,
    // else on the other side; further away, a label could be read as another line's.
    const across = Math.abs(normal.x) * width + Math.abs(normal.y) * height;
    for (const t of ALONG) {
      const at = lerp(flow.from, flow.to, t);
      for (const off of [across / 2 + GAP, 0, -(across / 2 + GAP)]) {
        const rect = { x: at.x + normal.x * off - width / 2, y: at.y + normal.y * off - height / 2, width, height };
        if (free(rect)) return { id: flow.id, rect, lines, size, tier, angle, oneWay: flow.oneWay };
      }
    }
  }
  return undefined;
}
