import { useReactFlow } from '@xyflow/react';
import { useEffect, useEffectEvent, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { agencyName, agencyNames, type Board } from '@partnermap/shared/model';
import { announce } from '../../common/announce.ts';
import { focusWhenDrawn } from '../../common/focusWhenDrawn.ts';
import { focusInspectorHeading } from '../../inspector/focusHeading.ts';
import { centre, type Point, type Rect } from '../geometry.ts';
import { mapOnScreen, screenRect } from '../mapOnScreen.ts';
import { agencyRect, type OverviewAgencyInput } from '../overview/scene.ts';
import type { AgencyNode, RelationshipFlowEdge } from '../toFlow.ts';
import type { CanvasFlow } from '../useCanvasState.ts';
import { ARROW_DIRECTIONS, clockwise, isInView, firstInReadingOrder, matchByName, nearestInDirection, nearestTo } from './navigation.ts';

/** The id of the map's keyboard help, which every agency and relationship points to. */
export const MAP_KEYS_HELP_ID = 'map-keys-help';

/** How far Shift+arrow pans, in screen pixels. */
const PAN_STEP = 120;

/** What the map's keys read of a key press: React's event or the browser's own. */
type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'timeStamp' | 'preventDefault' | 'stopPropagation'>;

/**
 * Where an agency's card is on the board: as measured, else at its estimated size. On a big board
 * React Flow holds the agencies far from the view unmeasured (it does not draw them), and the
 * keyboard must still be able to go to them.
 */
const cardRect = (node: Pick<OverviewAgencyInput, 'position' | 'measured'> | undefined): Rect | undefined => node && agencyRect(node);

/** Letters typed within this long of each other make one type-ahead search. */
const TYPE_AHEAD_MS = 900;

type Focusable = { kind: 'agency' | 'relationship'; id: string };

/** The agency or relationship a key press or focus is on: only the element itself, never a field inside it. */
function focusableOf(target: EventTarget | null): Focusable | undefined {
  if (!(target instanceof Element)) return undefined;
  const id = target.getAttribute('data-id');
  if (!id) return undefined;
  if (target.classList.contains('react-flow__node')) return { kind: 'agency', id };
  if (target.classList.contains('react-flow__edge')) return { kind: 'relationship', id };
  return undefined;
}

const elementOf = (root: ParentNode | null | undefined, f: Focusable) =>
  root?.querySelector<HTMLElement | SVGElement>(
    `${f.kind === 'agency' ? '.react-flow__node' : '.react-flow__edge'}[data-id="${CSS.escape(f.id)}"]`,
  ) ?? undefined;

/**
 * The map as one Tab stop (issue 16): Tab reaches one agency (the last one focused, else the
 * first in reading order); arrow keys go to the nearest agency that way; R and Shift+R walk the
 * focused agency's relationships; C connects it to another agency, chosen with the arrows or by
 * typing its name, with Enter; Shift+arrows pan, + and - zoom, 0 shows the whole board. Enter
 * selects and Ctrl/Cmd+Enter adds to the selection (React Flow's own keys); Alt+arrows move a
 * selected agency. Whatever takes focus is brought into view, clear of the panels over the map.
 */
export function useCanvasKeyboard(flow: CanvasFlow, board: Board, readOnly: boolean) {
  const rf = useReactFlow<AgencyNode, RelationshipFlowEdge>();
  const [activeId, setActiveId] = useState<string>();
  const [connectFrom, setConnectFrom] = useState<string>();
  const typed = useRef({ text: '', at: 0 });
  /** The agency whose relationships R walks, and where it is in them. */
  const walk = useRef<{ agencyId: string; index: number }>(undefined);

  const centreOf = (id: string): Point | undefined => {
    const rect = cardRect(rf.getInternalNode(id));
    return rect ? centre(rect) : undefined;
  };
  const agencyPoints = () =>
    board.agencies.flatMap((a) => {
      const c = centreOf(a.id);
      return c ? [{ id: a.id, name: agencyName(a), centre: c }] : [];
    });

  // The agency that holds the map's Tab stop: the last focused, else the first in reading order.
  // Worked out again only when the agencies change, not on every render of the map.
  const tabStop = useMemo(
    () =>
      board.agencies.some((a) => a.id === activeId)
        ? activeId
        : firstInReadingOrder(board.agencies.map((a) => ({ id: a.id, centre: a.position })))?.id,
    [board.agencies, activeId],
  );

  // Only nodes whose Tab stop changes are copied, so React Flow re-renders no others.
  // A cache, not state: kept across renders and never a reason to render.
  const [copies] = useState(() => new WeakMap<AgencyNode, { stop: boolean; node: AgencyNode }>());
  const nodes = useMemo(
    () =>
      flow.nodes.map((n) => {
        const stop = n.id === tabStop;
        const kept = copies.get(n);
        if (kept && kept.stop === stop) return kept.node;
        const node: AgencyNode = {
          ...n,
          domAttributes: {
            tabIndex: stop ? 0 : -1,
            'aria-roledescription': 'agency',
            'aria-describedby': MAP_KEYS_HELP_ID,
          },
        };
        copies.set(n, { stop, node });
        return node;
      }),
    [flow.nodes, tabStop, copies],
  );

  const edges = useMemo(
    () =>
      flow.edges.map(
        (e): RelationshipFlowEdge => ({
          ...e,
          domAttributes: { tabIndex: -1, 'aria-roledescription': 'relationship', 'aria-describedby': MAP_KEYS_HELP_ID },
        }),
      ),
    [flow.edges],
  );

  const mapRoot = () => document.getElementById('board-map');

  /** Where an agency or relationship is on the board: its centre, or its line's middle. */
  const pointOf = (f: Focusable) => (f.kind === 'agency' ? centreOf(f.id) : relationshipMiddle(f.id));

  /** The wait for something brought into view to be drawn; a newer move of focus ends it. */
  const pendingFocus = useRef<() => void>(undefined);
  useEffect(() => () => pendingFocus.current?.(), []);
  /**
   * Where focus is on its way to while the view moves there. The card that had focus may be gone
   * from the view already, leaving focus on the page's body: keys pressed meanwhile (the rest of
   * a name being typed) act on where focus is going, rather than being lost.
   */
  const goingTo = useRef<Focusable>(undefined);

  const focus = (f: Focusable) => {
    pendingFocus.current?.();
    if (f.kind === 'agency') setActiveId(f.id);
    const drawn = elementOf(mapRoot(), f) as HTMLElement | undefined;
    if (drawn) return drawn.focus();
    // React Flow draws only what is in view: one off it is brought there, then focused once drawn,
    // unless focus has gone elsewhere meanwhile (the page's body is where a focused card that
    // scrolled away leaves it; a click on something that takes no focus leaves it there too).
    const point = pointOf(f);
    if (!point) return announce('That could not be shown on the map.');
    void rf.setCenter(point.x, point.y, { zoom: rf.getZoom() });
    const from = document.activeElement;
    goingTo.current = f;
    const cancel = focusWhenDrawn(() => elementOf(mapRoot(), f) as HTMLElement | undefined, {
      wanted: () => document.activeElement === from || document.activeElement === document.body,
      onGiveUp: () => {
        goingTo.current = undefined;
        announce('That could not be shown on the map.');
      },
    });
    pendingFocus.current = () => {
      cancel();
      goingTo.current = undefined;
    };
  };

  /** Brings a focused agency or relationship into view when it is off the map or under a panel. */
  const reveal = (element: Element, f: Focusable) => {
    const map = mapOnScreen();
    if (!map || isInView(screenRect(element), map.bounds, map.panels)) return;
    const point = pointOf(f);
    if (point) void rf.setCenter(point.x, point.y, { zoom: rf.getZoom(), duration: 200 });
  };

  const relationshipMiddle = (id: string): Point | undefined => {
    const r = board.relationships.find((x) => x.id === id);
    const a = r && centreOf(r.source);
    const b = r && centreOf(r.target);
    return a && b ? { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } : undefined;
  };

  const moveByArrow = (from: Focusable, key: string) => {
    const direction = ARROW_DIRECTIONS[key]!;
    const anchor = from.kind === 'agency' ? from.id : walk.current?.agencyId;
    const start = pointOf(from);
    if (!start) return;
    const others = agencyPoints().filter((p) => p.id !== anchor || from.kind === 'relationship');
    const next = nearestInDirection(start, others, direction);
    if (next) focus({ kind: 'agency', id: next.id });
    else announce(`No agency further ${direction}.`);
  };

  const walkRelationships = (from: Focusable, backwards: boolean) => {
    const agencyId = from.kind === 'agency' ? from.id : walk.current?.agencyId;
    const here = agencyId && centreOf(agencyId);
    if (!agencyId || !here) return;
    const around = clockwise(
      here,
      board.relationships
        .filter((r) => r.source === agencyId || r.target === agencyId)
        .flatMap((r) => {
          const other = centreOf(r.source === agencyId ? r.target : r.source);
          return other ? [{ id: r.id, other }] : [];
        }),
    );
    if (around.length === 0) {
      announce(`${agencyName(board.agencies.find((a) => a.id === agencyId)!)} has no relationships yet.`);
      return;
    }
    const was = from.kind === 'relationship' ? around.findIndex((r) => r.id === from.id) : backwards ? 0 : -1;
    const index = (was + (backwards ? -1 : 1) + around.length) % around.length;
    walk.current = { agencyId, index };
    focus({ kind: 'relationship', id: around[index]!.id });
  };

  const startConnecting = (agencyId: string) => {
    const others = board.agencies.filter((a) => a.id !== agencyId);
    if (others.length === 0) {
      announce('Add another agency first: there is nothing to connect to.');
      return;
    }
    setConnectFrom(agencyId);
    typed.current = { text: '', at: 0 };
    const nameOf = agencyNames(board);
    announce(
      `Connecting ${nameOf(agencyId)}. Choose the other agency with the arrow keys or by typing its name, then press Enter. Escape cancels.`,
    );
  };

  const finishConnecting = (targetId: string) => {
    const source = connectFrom;
    setConnectFrom(undefined);
    if (!source || source === targetId) return;
    flow.onConnect({ source, target: targetId, sourceHandle: null, targetHandle: null });
    focusInspectorHeading();
  };

  /**
   * `at` is when the key was pressed (the event's time), not when it is handled: on a big board the
   * view's move to one match can hold the page while the next letters are typed.
   */
  const typeAhead = (letter: string, from: Focusable, at: number) => {
    const text = at - typed.current.at < TYPE_AHEAD_MS ? typed.current.text + letter : letter;
    typed.current = { text, at };
    const candidates = board.agencies.filter((a) => a.id !== connectFrom).map((a) => ({ id: a.id, name: agencyName(a) }));
    const match = matchByName(candidates, text, text.length > 1 ? undefined : from.id);
    if (match) focus({ kind: 'agency', id: match.id });
  };

  const pan = (key: string) => {
    const { x, y, zoom } = rf.getViewport();
    const dx = key === 'ArrowLeft' ? PAN_STEP : key === 'ArrowRight' ? -PAN_STEP : 0;
    const dy = key === 'ArrowUp' ? PAN_STEP : key === 'ArrowDown' ? -PAN_STEP : 0;
    void rf.setViewport({ x: x + dx, y: y + dy, zoom }, { duration: 120 }).then(keepFocusOnMap);
  };

  /**
   * After the keyboard moved the view: if that carried the focused agency off the map, React Flow
   * stopped drawing it and focus fell to the page, so it goes to the agency drawn nearest the
   * middle of the map, and says which.
   */
  const keepFocusOnMap = () => {
    if (goingTo.current || (document.activeElement && document.activeElement !== document.body)) return;
    const map = mapOnScreen();
    if (!map) return;
    const middle = rf.screenToFlowPosition({ x: map.bounds.x + map.bounds.width / 2, y: map.bounds.y + map.bounds.height / 2 });
    const drawnIds = new Set([...(mapRoot()?.querySelectorAll<HTMLElement>('.react-flow__node[data-id]') ?? [])].map((n) => n.dataset.id));
    const drawn = agencyPoints().filter((p) => drawnIds.has(p.id));
    const next = nearestTo(middle, drawn);
    // None drawn: a big board zoomed out is its overview, painted, with no cards to focus.
    if (!next) return announce('The map now shows the whole board as an overview, and no agency has focus.');
    focus({ kind: 'agency', id: next.id });
    announce(`${next.name}, the agency nearest the middle of the map.`);
  };

  /** Remembers where a deleted agency or relationship was, to put focus on the nearest agency left. */
  const afterDelete = (f: Focusable) => {
    const was = pointOf(f);
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (document.activeElement && document.activeElement !== document.body) return;
        const left = agencyPointsNow();
        const next = was ? nearestTo(was, left) : left[0];
        if (next) focus({ kind: 'agency', id: next.id });
        else focusInspectorHeading();
      }),
    );
  };
  // Read after the deletion, from React Flow's store rather than this render's board.
  const agencyPointsNow = () =>
    rf.getNodes().flatMap((n) => {
      const rect = cardRect(rf.getInternalNode(n.id));
      return rect ? [{ id: n.id, centre: centre(rect) }] : [];
    });

  // On a card, a key acts on where focus is going if it is on its way (the card it was on may
  // still hold it for a few frames), else on the card.
  const onKeyDownCapture = (e: KeyboardEvent) => {
    const on = focusableOf(e.target);
    if (on) onKey(e, goingTo.current ?? on);
  };

  // Keys pressed while focus is on its way (goingTo) reach the page's body, outside the map.
  const keyOnTheWay = useEffectEvent((e: globalThis.KeyboardEvent) => {
    const on = goingTo.current;
    if (on && (!document.activeElement || document.activeElement === document.body)) onKey(e, on);
  });
  useEffect(() => {
    const onBodyKey = (e: globalThis.KeyboardEvent) => keyOnTheWay(e);
    // Focus landing anywhere (on the card gone to, or wherever the person put it) ends the way there.
    const landed = () => (goingTo.current = undefined);
    window.addEventListener('keydown', onBodyKey, true);
    window.addEventListener('focusin', landed, true);
    return () => {
      window.removeEventListener('keydown', onBodyKey, true);
      window.removeEventListener('focusin', landed, true);
    };
  }, []);

  function onKey(e: KeyLike, on: Focusable) {
    const plain = !e.ctrlKey && !e.metaKey && !e.altKey;
    const handled = () => {
      e.preventDefault();
      e.stopPropagation();
    };
    if (e.key === 'Tab') {
      if (connectFrom) setConnectFrom(undefined);
      return;
    }
    if (e.key in ARROW_DIRECTIONS) {
      if (e.altKey) {
        // React Flow moves the selected agencies; Alt+Left must never mean "back" to the browser.
        e.preventDefault();
        return;
      }
      if (!plain) return;
      handled();
      if (e.shiftKey) pan(e.key);
      else moveByArrow(on, e.key);
      return;
    }
    if (connectFrom) {
      if (e.key === 'Escape') {
        handled();
        setConnectFrom(undefined);
        announce('Connecting cancelled.');
      } else if (e.key === 'Enter' && on.kind === 'agency') {
        handled();
        if (on.id === connectFrom) announce('Choose another agency to connect to.');
        else finishConnecting(on.id);
      } else if (plain && e.key.length === 1 && /\S/.test(e.key)) {
        handled();
        typeAhead(e.key, on, e.timeStamp);
      }
      return;
    }
    if (!plain) return;
    const key = e.key.toLowerCase();
    if (key === 'c' && on.kind === 'agency' && !readOnly && !e.shiftKey) {
      handled();
      startConnecting(on.id);
    } else if (key === 'r') {
      handled();
      walkRelationships(on, e.shiftKey);
    } else if (e.key === '+' || e.key === '=') {
      handled();
      void rf.zoomIn({ duration: 150 }).then(keepFocusOnMap);
    } else if (e.key === '-' || e.key === '_') {
      handled();
      void rf.zoomOut({ duration: 150 }).then(keepFocusOnMap);
    } else if (e.key === '0') {
      handled();
      // Hidden cards too: on a big board React Flow holds those far from the view hidden.
      void rf.fitView({ padding: 0.3, maxZoom: 1, duration: 200, includeHiddenNodes: true }).then(keepFocusOnMap);
    } else if ((e.key === 'Delete' || e.key === 'Backspace') && !readOnly) {
      // React Flow deletes what is selected; focus then goes to the nearest agency left.
      afterDelete(on);
    }
  }

  const onFocusCapture = (e: FocusEvent) => {
    const on = focusableOf(e.target);
    if (!on) return;
    if (on.kind === 'agency') setActiveId(on.id);
    // A click shows where the pointer already is: only keyboard focus may move the view.
    if ((e.target as Element).matches(':focus-visible')) reveal(e.target as Element, on);
  };

  const connecting = connectFrom ? agencyNames(board)(connectFrom) : undefined;
  return { nodes, edges, onKeyDownCapture, onFocusCapture, connecting, cancelConnecting: () => setConnectFrom(undefined) };
}
