import { useReactFlow, type NodeChange } from '@xyflow/react';
import { useCallback, useRef, type MouseEvent, type PointerEvent, type RefObject } from 'react';
import type { Point } from '@partnermap/shared/render';
import type { SelectionControls } from '../../selection/selection.ts';
import type { AgencyNode } from '../toFlow.ts';
import { agencyShownAt, type OverviewAgencyInput } from './scene.ts';

/** A press that moves less than this many screen pixels is a click, not a drag. */
const CLICK_SLOP = 4;
/** Small shapes far out can be hit this close around them, in screen pixels. */
const HIT_SLOP = 5;

interface Options {
  active: boolean;
  /** The agencies the overview paints. */
  agenciesRef: RefObject<readonly OverviewAgencyInput[] | undefined>;
  onNodesChange: (changes: NodeChange<AgencyNode>[]) => void;
  selection: SelectionControls;
  readOnly: boolean;
}

interface Press {
  id: string;
  start: Point;
  from: Point;
  position?: Point;
}

/**
 * Clicking and dragging agencies in the overview, where they are painted rather than elements:
 * a press on the pane is hit-tested in board coordinates. A click selects the agency (Shift, Ctrl
 * or Cmd adds it to the selection), which opens its inspector; a drag moves it as dragging a card
 * does, through the same node changes (so peers see it move and undo takes it back in one step).
 * A press beside every agency pans, as before.
 */
export function useOverviewPointer({ active, agenciesRef, onNodesChange, selection, readOnly }: Options) {
  const { screenToFlowPosition, getZoom } = useReactFlow();
  const press = useRef<Press>(undefined);
  const swallowClick = useRef(false);

  /** The agency painted under a point of the screen, in the overview. */
  const agencyUnder = useCallback(
    (e: { clientX: number; clientY: number; target: EventTarget | null }) => {
      const agencies = agenciesRef.current;
      if (!active || !agencies || !(e.target as Element).classList.contains('react-flow__pane')) return undefined;
      return agencyShownAt(agencies, screenToFlowPosition({ x: e.clientX, y: e.clientY }), HIT_SLOP / getZoom());
    },
    [active, agenciesRef, screenToFlowPosition, getZoom],
  );

  const onPointerDownCapture = useCallback(
    (e: PointerEvent) => {
      const agency = e.button === 0 ? agencyUnder(e) : undefined;
      if (!agency) return;
      // Not a pan: React Flow's pane never hears of this press.
      e.stopPropagation();
      const current: Press = { id: agency.id, start: { x: e.clientX, y: e.clientY }, from: { x: agency.rect.x, y: agency.rect.y } };
      press.current = current;
      const zoom = getZoom();
      const move = (m: globalThis.PointerEvent) => {
        const dx = m.clientX - current.start.x;
        const dy = m.clientY - current.start.y;
        if (readOnly || (!current.position && Math.hypot(dx, dy) < CLICK_SLOP)) return;
        current.position = { x: current.from.x + dx / zoom, y: current.from.y + dy / zoom };
        onNodesChange([{ type: 'position', id: current.id, position: current.position, dragging: true }]);
      };
      const up = (u: globalThis.PointerEvent) => {
        window.removeEventListener('pointermove', move);
        window.removeEventListener('pointerup', up);
        window.removeEventListener('pointercancel', up);
        press.current = undefined;
        swallowClick.current = true;
        if (current.position) {
          onNodesChange([{ type: 'position', id: current.id, position: current.position, dragging: false }]);
          return;
        }
        if (u.type === 'pointercancel') return;
        const { selection: now, select } = selection;
        const adding = u.shiftKey || u.ctrlKey || u.metaKey;
        const ids = adding
          ? now.agencyIds.includes(current.id)
            ? now.agencyIds.filter((x) => x !== current.id)
            : [...now.agencyIds, current.id]
          : [current.id];
        select({ agencyIds: ids, relationshipIds: adding ? now.relationshipIds : [] });
      };
      window.addEventListener('pointermove', move);
      window.addEventListener('pointerup', up);
      window.addEventListener('pointercancel', up);
    },
    [agencyUnder, getZoom, onNodesChange, selection, readOnly],
  );

  // React Flow pans on mousedown and clears the selection on click: neither may follow a press on an agency.
  const onMouseDownCapture = useCallback((e: MouseEvent) => {
    if (press.current) e.stopPropagation();
  }, []);
  const onClickCapture = useCallback((e: MouseEvent) => {
    if (!swallowClick.current) return;
    swallowClick.current = false;
    e.stopPropagation();
  }, []);

  return { agencyUnder, onPointerDownCapture, onMouseDownCapture, onClickCapture };
}
