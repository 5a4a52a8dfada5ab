import { useDeferredValue, useState } from 'react';
import { sidesDisagree, type Currency, type Partnership } from '@partnermap/shared/model';
import { nodeRect, type Rect } from '../geometry.ts';
import type { AgencyNode, RelationshipFlowEdge } from '../toFlow.ts';
import { sidesShown } from '../../views/flows/currencyShown.ts';
import { useCurrencyShown } from '../../views/mapLens.ts';
import { mapMarks, moveMarks, type EdgeToMark, type MapMarks } from './mapMarks.ts';

export interface Placed {
  marks: MapMarks;
  shown: readonly AgencyNode[];
  rects: ReadonlyMap<string, Rect>;
  edges: readonly RelationshipFlowEdge[];
  partnerships: readonly Partnership[];
  currency: Currency | null;
  /** React's deferred nodes when these were placed at once: older than `shown`, not to be placed. */
  outdated?: readonly AgencyNode[];
}

/** A move of this many agencies at most, not a drag (a colleague's, or by the keyboard), is placed where it touches. */
export const FEW_MOVED = 8;

/**
 * The map's outlines and exchange labels, placed from where the agencies are shown now (so they
 * follow a drag or a tidy's glide) and from what the map shows: with one currency chosen, only
 * its exchanges are labelled. While agencies are dragged, each frame places again only what the
 * moved agencies touch; when the drag ends, the whole map is placed as it would be from scratch.
 * A colleague's move of an agency is placed the same way as a drag's frame: the labels it does
 * not touch stay where the reader last saw them.
 */
export function useMapMarks(nodes: readonly AgencyNode[], edges: readonly RelationshipFlowEdge[], partnerships: readonly Partnership[]) {
  const currency = useCurrencyShown();
  // On a large board placing every label takes a while: during a drag or a glide React may skip
  // frames of it.
  const deferred = useDeferredValue(nodes);
  // The last placement, kept as state from the previous render (React's own pattern for it), so a
  // drag's frame can start from it.
  const [last, setLast] = useState<Placed>();
  // A move of a few agencies (a colleague's, or by the keyboard) is placed in the render that
  // shows it: deferred, it cost the page a second render and a second drawing of the whole map.
  const rects = last && movedByFew(last, nodes, edges, partnerships, currency);
  const now = rects !== undefined;
  // Until React's deferred render has caught up, its value is older than what was placed at once.
  if (!now && last?.outdated === deferred) return last.marks;
  const shown = now ? nodes : deferred;
  if (last && last.shown === shown && last.edges === edges && last.partnerships === partnerships && last.currency === currency) return last.marks;
  const placed = placeMarks(last, shown, edges, partnerships, currency, rects);
  if (now && deferred !== nodes) placed.outdated = deferred;
  setLast(placed);
  return placed.marks;
}

function rectsOf(shown: readonly AgencyNode[]): Map<string, Rect> {
  return new Map(shown.map((n) => [n.id, nodeRect(n)]).filter((e): e is [string, Rect] => e[1] !== undefined));
}

/**
 * The cards' places if the map's change since `before` is a move of a few agencies, not a drag:
 * placed where the move touches, quickly enough to be placed in the render that shows it. Else
 * nothing, and the cards' places are not worked out (a drag's every frame would pay for them).
 */
export function movedByFew(
  before: Placed,
  shown: readonly AgencyNode[],
  edges: readonly RelationshipFlowEdge[],
  partnerships: readonly Partnership[],
  currency: Currency | null,
): ReadonlyMap<string, Rect> | undefined {
  const sameMap = before.edges === edges && before.partnerships === partnerships && before.currency === currency;
  if (!sameMap || shown.some((n) => n.dragging) || before.shown.some((n) => n.dragging)) return undefined;
  const rects = before.shown === shown ? before.rects : rectsOf(shown);
  return movedSince(before.rects, rects).size <= FEW_MOVED ? rects : undefined;
}

export function placeMarks(
  before: Placed | undefined,
  shown: readonly AgencyNode[],
  edges: readonly RelationshipFlowEdge[],
  partnerships: readonly Partnership[],
  currency: Currency | null,
  rects: ReadonlyMap<string, Rect> = rectsOf(shown),
): Placed {
  const toMark: EdgeToMark[] = edges.flatMap((e) =>
    e.data ? [{ id: e.id, source: e.source, target: e.target, ...sidesShown(e.data, currency), disagreement: sidesDisagree(e.data.relationship) }] : [],
  );
  const next = { rects, shown, edges, partnerships, currency };
  const sameMap = before && before.edges === edges && before.partnerships === partnerships && before.currency === currency;
  const dragging = shown.some((n) => n.dragging);
  const dragEnded = !dragging && before?.shown.some((n) => n.dragging);
  if (sameMap && !dragEnded) {
    const moved = movedSince(before.rects, rects);
    if (moved.size === 0) return { ...next, marks: before.marks };
    if (dragging || moved.size <= FEW_MOVED) return { ...next, marks: moveMarks(before.marks, rects, toMark, partnerships, moved) };
  }
  return { ...next, marks: mapMarks(rects, toMark, partnerships) };
}

/** Agencies whose card moved, appeared, resized or went. */
function movedSince(before: ReadonlyMap<string, Rect>, now: ReadonlyMap<string, Rect>): Set<string> {
  const moved = new Set<string>();
  for (const [id, r] of now) {
    const b = before.get(id);
    if (!b || b.x !== r.x || b.y !== r.y || b.width !== r.width || b.height !== r.height) moved.add(id);
  }
  for (const id of before.keys()) if (!now.has(id)) moved.add(id);
  return moved;
}
