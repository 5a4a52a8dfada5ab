import type { Exchange } from '../model/exchange.ts';
import { inside, lerp, overlaps, grow, type Point, type Rect } from './geometry.ts';
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
/** Places along the line to try, from the flow's own side of the middle outwards. */
const ALONG = [0.35, 0.5, 0.25, 0.62, 0.18, 0.75, 0.82];

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
 * Greedy placement: each flow in turn takes the first free place along its line (centred on it,
 * then moved off it to either side), saying as much as fits: every exchange, else its currencies,
 * else a count ("3 exchanges"). A place is free when it is inside the map and clear of every
 * agency, every mark and every label already placed. A flow with no free place is left off and
 * reported, never drawn over something.
 */
export function placeLabels(flows: readonly FlowToLabel[], size: number, area: Rect, obstacles: readonly Rect[]): LabelPlacement {
  const taken: Rect[] = obstacles.map((r) => grow(r, 1.5));
  const placed: PlacedLabel[] = [];
  const leftOff: string[] = [];
  for (const flow of flows) {
    const label = placeOne(flow, size, area, taken);
    if (!label) {
      leftOff.push(flow.id);
      continue;
    }
    placed.push(label);
    taken.push(grow(label.rect, 1));
  }
  return { placed, leftOff };
}

function placeOne(flow: FlowToLabel, size: number, area: Rect, taken: readonly Rect[]): PlacedLabel | undefined {
  const angle = Math.atan2(flow.to.y - flow.from.y, flow.to.x - flow.from.x);
  const normal = { x: -Math.sin(angle), y: Math.cos(angle) };
  for (const tier of ['exchanges', 'currencies', 'count'] as const) {
    const lines = labelLines(flow, tier, size);
    if (!lines) continue;
    const { width, height } = labelSize(lines, size);
    // Moving off the line by the label's own extent across it clears the line itself.
    const across = Math.abs(normal.x) * width + Math.abs(normal.y) * height;
    for (const t of ALONG) {
      const at = lerp(flow.from, flow.to, t);
      for (const off of [0, across / 2 + 3, -(across / 2 + 3), across + 6, -(across + 6)]) {
        const rect = { x: at.x + normal.x * off - width / 2, y: at.y + normal.y * off - height / 2, width, height };
        if (inside(rect, area) && !taken.some((r) => overlaps(r, rect))) {
          return { id: flow.id, rect, lines, size, tier, angle, oneWay: flow.oneWay };
        }
      }
    }
  }
  return undefined;
}
