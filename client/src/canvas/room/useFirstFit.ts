import { useReactFlow, useStore, type FitViewOptions, type ReactFlowState } from '@xyflow/react';
import { createContext, useContext, useEffect, useState } from 'react';

/** React Flow holds the board's agencies, sized or hidden, and can pan and zoom. */
const canFit = (s: ReactFlowState) => s.panZoom !== null && s.width > 0 && s.height > 0 && s.nodes.length > 0 && s.nodesInitialized;

/**
 * Fits the view to the board once, when its agencies are first in the map, and says whether that
 * has happened (or was not needed: `cameInEmpty`, the board synced with the server with none). Not React Flow's own fit on first nodes: it runs as the nodes are set, before its
 * pan and zoom exist when the board is already in the page (the map shown again after another view,
 * or opened from the browser's copy), and before the zoom limits and fit options of a board that has
 * just grown big are in its store, so a big board would open on its corner or at the small-board zoom.
 * This hook's effect runs after React Flow's own have taken in the map's props.
 */
export function useFirstFit(options: FitViewOptions, cameInEmpty: boolean): boolean {
  const { fitView } = useReactFlow();
  const ready = useStore(canFit);
  const queued = useStore((s) => s.fitViewQueued);
  const [asked, setAsked] = useState(false);
  const [fitted, setFitted] = useState(false);
  useEffect(() => {
    if (asked) return;
    // A board that came in from the server empty has nothing to fit: fitting its first agency,
    // put where the person chose, would move the view away from where they are working.
    if (cameInEmpty) setAsked(true);
    else if (ready) {
      void fitView(options);
      setAsked(true);
    }
  }, [ready, asked, cameInEmpty, options, fitView]);
  // Done once React Flow has taken the request from its queue, not when its promise settles: a
  // later fit with a duration shares that promise, and an interrupted glide never settles it.
  // Kept once done: later fits (the fit button, a tidy) queue too.
  useEffect(() => {
    if (asked && !queued) setFitted(true);
  }, [asked, queued]);
  return fitted;
}

/** Whether the map's first fit is done: a view asked for before it would be undone by it. */
export const MapFitted = createContext(false);

export const useMapFitted = () => useContext(MapFitted);
