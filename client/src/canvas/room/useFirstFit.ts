import { useReactFlow, useStore, type FitViewOptions, type ReactFlowState } from '@xyflow/react';
import { useEffect, useRef, useState } from 'react';

/** React Flow holds the board's agencies, sized or hidden, and can pan and zoom. */
const canFit = (s: ReactFlowState) => s.panZoom !== null && s.width > 0 && s.height > 0 && s.nodes.length > 0 && s.nodesInitialized;

/**
 * Fits the view to the board once, when its agencies are first in the map, and says whether that
 * has happened. Not React Flow's own fit on first nodes: it runs as the nodes are set, before its
 * pan and zoom exist when the board is already in the page (the map shown again after another view,
 * or opened from the browser's copy), and before the zoom limits and fit options of a board that has
 * just grown big are in its store, so a big board would open on its corner or at the small-board zoom.
 * This hook's effect runs after React Flow's own have taken in the map's props.
 */
export function useFirstFit(options: FitViewOptions): boolean {
  const { fitView } = useReactFlow();
  const ready = useStore(canFit);
  const [fitted, setFitted] = useState(false);
  const asked = useRef(false);
  useEffect(() => {
    if (!ready || asked.current) return;
    asked.current = true;
    void fitView(options).then(() => setFitted(true));
  }, [ready, options, fitView]);
  return fitted;
}
