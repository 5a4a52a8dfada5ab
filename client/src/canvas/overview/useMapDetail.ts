import { useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AgencyNode, RelationshipFlowEdge } from '../toFlow.ts';
import { CARD_ESTIMATE, OVERVIEW_MIN_AGENCIES, countInView, nextMode, shownNear, viewBox, type MapMode } from './scene.ts';

const NO_EDGES: RelationshipFlowEdge[] = [];

export interface MapDetail {
  mode: MapMode;
  /** Whether this board is big enough for the overview at all. */
  big: boolean;
  /** What React Flow is given: on a big board, only the agencies near the view (none in overview). */
  nodes: AgencyNode[];
  edges: RelationshipFlowEdge[];
  /**
   * The agencies shown as cards: every one on a small board, those near the view on a big one. The
   * same array while they are the same nodes, so that what is placed around the cards (a deferred
   * value) is not redone for a move the cards do not show.
   */
  cards: AgencyNode[];
  /** Relationships the canvas draws because React Flow does not (an end is hidden, or the overview). */
  drawnLines: ReadonlySet<string> | undefined;
}

function viewOf(s: Pick<ReactFlowState, 'transform' | 'width' | 'height'>) {
  const [x, y, zoom] = s.transform;
  return { view: viewBox({ x, y, zoom }, s), zoom };
}

/**
 * Level of detail for the map. A small board passes through untouched. A big board opens in the
 * overview (every card hidden from React Flow, the canvas draws the map) until the view is close
 * enough for cards; then React Flow shows the agencies near the view and the lines between them,
 * and the canvas draws the lines that reach agencies further away.
 */
export function useMapDetail(nodes: AgencyNode[], edges: RelationshipFlowEdge[], fitted: boolean): MapDetail {
  const big = nodes.length > OVERVIEW_MIN_AGENCIES;
  const store = useStoreApi<AgencyNode, RelationshipFlowEdge>();
  const latest = useRef({ nodes, mode: 'overview' as MapMode });
  useEffect(() => {
    latest.current.nodes = nodes;
  }, [nodes]);

  // Until the first fit the view means nothing yet: a big board stays in the overview.
  const mode = useStore(
    useCallback(
      (s: ReactFlowState) => {
        if (!big) return 'detail';
        if (!fitted || !s.width) return latest.current.mode;
        const { view, zoom } = viewOf(s);
        const shown = latest.current.nodes;
        return nextMode(latest.current.mode, shown.length, (enough) => countInView(shown, view, enough), zoom);
      },
      [big, fitted],
    ),
  );
  // Only a big board's mode is kept: a board that was empty until its agencies arrived must not
  // start in the full map, or the cards at the unfitted view's corner are drawn and measured.
  useEffect(() => {
    if (big) latest.current.mode = mode;
  }, [big, mode]);

  // In the full map, which agencies are near the view changes only when the view has moved by a
  // quarter of itself or zoomed: React Flow is handed new nodes that often, not on every frame.
  const viewStep = useStore(
    useCallback(
      (s: ReactFlowState) => {
        if (!big || mode === 'overview') return '';
        const { view, zoom } = viewOf(s);
        const step = view.width / 4;
        return [Math.round(view.x / step), Math.round(view.y / step), Math.round(Math.log2(zoom) * 4), s.width, s.height].join(' ');
      },
      [big, mode],
    ),
  );

  const [copies] = useState(() => new WeakMap<AgencyNode, AgencyNode>());
  // The edges handed on keep their array while they are the same ones: a colleague's move then
  // leaves the map's labels to be placed again only where it touches them.
  const [keepEdges] = useState(() => arrayKeeper<RelationshipFlowEdge>());
  const [keepCards] = useState(() => arrayKeeper<AgencyNode>());
  // The lines the canvas draws keep their set while they are the same: the canvas's painter is
  // told of a new set (every relationship's id copied to it) only when the lines change.
  const [keepLines] = useState(() => setKeeper());
  return useMemo((): MapDetail => {
    if (!big) return { mode, big, nodes, edges, cards: nodes, drawnLines: undefined };
    const shown = mode === 'overview' || !viewStep ? new Set<string>() : shownNear(nodes, viewOf(store.getState()).view);
    // The map's Tab stop stays an element, so that the keyboard can always reach the map.
    if (mode === 'detail') for (const n of nodes) if (n.domAttributes?.tabIndex === 0) shown.add(n.id);
    // Hidden nodes carry an estimated size, so that "fit view" still takes in the whole board.
    const hide = (n: AgencyNode) => {
      const kept = copies.get(n);
      if (kept) return kept;
      const copy: AgencyNode = { ...n, hidden: true, initialWidth: CARD_ESTIMATE.width, initialHeight: CARD_ESTIMATE.height };
      copies.set(n, copy);
      return copy;
    };
    const passedNodes = nodes.map((n) => (shown.has(n.id) ? n : hide(n)));
    const cards = keepCards(nodes.filter((n) => shown.has(n.id)));
    if (mode === 'overview') return { mode, big, nodes: passedNodes, edges: NO_EDGES, cards, drawnLines: undefined };
    const passedEdges: RelationshipFlowEdge[] = [];
    const drawnLines = new Set<string>();
    for (const e of edges) {
      if (shown.has(e.source) && shown.has(e.target)) passedEdges.push(e);
      else drawnLines.add(e.id);
    }
    return { mode, big, nodes: passedNodes, edges: keepEdges(passedEdges), cards, drawnLines: keepLines(drawnLines) };
  }, [big, mode, viewStep, nodes, edges, store, copies, keepEdges, keepCards, keepLines]);
}

/** The array given last time while the new one holds the same items in the same order. */
function arrayKeeper<T>(): (next: T[]) => T[] {
  let last: T[] | undefined;
  return (next) => {
    if (last && last.length === next.length && last.every((x, i) => x === next[i])) return last;
    last = next;
    return next;
  };
}

/** The set given last time while the new one holds the same members. */
function setKeeper(): (next: Set<string>) => Set<string> {
  let last: Set<string> | undefined;
  return (next) => {
    if (last && last.size === next.size && [...next].every((x) => last!.has(x))) return last;
    last = next;
    return next;
  };
}
