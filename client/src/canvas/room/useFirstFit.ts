import { useReactFlow, useStore, useStoreApi, type FitViewOptions, type ReactFlowState, type Viewport } from '@xyflow/react';
import { createContext, useContext, useEffect, useState, type RefObject } from 'react';
import { viewCentre } from '../geometry.ts';
import type { AgencyNode, RelationshipFlowEdge } from '../toFlow.ts';

/** Where a map was left: its view, and the size of the map then, so that it opens on the same middle at another size. */
export interface LeftView {
  viewport: Viewport;
  width: number;
  height: number;
}

/** React Flow holds the board's agencies, sized or hidden, and can pan and zoom. */
const canFit = (s: ReactFlowState) => s.panZoom !== null && s.width > 0 && s.height > 0 && s.nodes.length > 0 && s.nodesInitialized;

/**
 * Fits the view to the board once, when its agencies are first in the map, and says whether that
 * has happened. Not React Flow's own fit on first nodes: it runs as the nodes are set, before its
 * pan and zoom exist when the board is already in the page (the map shown again after another view,
 * or opened from the browser's copy), and before the zoom limits and fit options of a board that has
 * just grown big are in its store, so a big board would open on its corner or at the small-board zoom.
 * This hook's effect runs after React Flow's own have taken in the map's props. A map made afresh
 * after another view (`leftAt`) is put back where it was left instead.
 *
 * A board that came in empty (`cameInEmpty`: from the server and the browser's copy, with no
 * agencies) counts as fitted, and its first agencies are fitted only if some are out of sight (a
 * colleague's far away, a restored version): the first agency put in view here must not make the
 * view jump away from where the person is working.
 */
export function useFirstFit(options: FitViewOptions, cameInEmpty: boolean, leftAt?: RefObject<LeftView | undefined>): boolean {
  const { fitView, getNodes, getNodesBounds, setCenter } = useReactFlow<AgencyNode, RelationshipFlowEdge>();
  const store = useStoreApi<AgencyNode, RelationshipFlowEdge>();
  const ready = useStore(canFit);
  const queued = useStore((s) => s.fitViewQueued);
  // Read once, as the map is made: the view this map then takes is kept in it too.
  const [resumeAt] = useState(() => leftAt?.current);
  const [startedEmpty, setStartedEmpty] = useState(false);
  const [asked, setAsked] = useState(false);
  const [fitted, setFitted] = useState(false);
  useEffect(() => {
    if (asked) return;
    if (cameInEmpty) {
      setStartedEmpty(true);
      return;
    }
    if (!ready) return;
    // The map made afresh after another view opens where it was left, on the same middle if its size changed.
    if (resumeAt) {
      const middle = viewCentre(resumeAt.viewport, resumeAt);
      // Within the zoom limits the board has now (it may have grown or shrunk meanwhile).
      const { minZoom, maxZoom } = store.getState();
      void setCenter(middle.x, middle.y, { zoom: Math.min(Math.max(middle.zoom, minZoom), maxZoom) });
      setFitted(true);
    } else if (!startedEmpty || !inView(getNodesBounds(getNodes()), store.getState())) void fitView(options);
    // No fit asked for: done now, so that the map does not count as unfitted for a render.
    else setFitted(true);
    setAsked(true);
  }, [ready, asked, cameInEmpty, startedEmpty, resumeAt, options, fitView, setCenter, getNodes, getNodesBounds, store]);
  // Done once React Flow has taken the request from its queue, not when its promise settles: a
  // later fit with a duration shares that promise, and an interrupted glide never settles it.
  // Kept once done: later fits (the fit button, a tidy) queue too.
  useEffect(() => {
    if (asked && !queued) setFitted(true);
  }, [asked, queued]);
  return fitted || (startedEmpty && !asked);
}

/** Whether a box in board units is wholly on screen at the store's pan and zoom. */
function inView(box: { x: number; y: number; width: number; height: number }, s: Pick<ReactFlowState, 'transform' | 'width' | 'height'>): boolean {
  const [x, y, zoom] = s.transform;
  const left = -x / zoom;
  const top = -y / zoom;
  return box.x >= left && box.y >= top && box.x + box.width <= left + s.width / zoom && box.y + box.height <= top + s.height / zoom;
}

/** Whether the map's first fit is done: a view asked for before it would be undone by it. */
export const MapFitted = createContext(false);

export const useMapFitted = () => useContext(MapFitted);
