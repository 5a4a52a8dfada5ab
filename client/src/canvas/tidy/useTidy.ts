import { getViewportForBounds, useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback, useEffect, useRef } from 'react';
import { moveAgencies } from '@partnermap/shared/doc';
import { DEFAULT_CARD, tidyLayout } from '@partnermap/shared/layout';
import { boundsOfRects } from '@partnermap/shared/render';
import { useBoardContext } from '../../app/BoardContext.ts';
import { nodeRect } from '../geometry.ts';
import { fitOptions, usePanelRoom } from '../room/panelRoom.ts';
import { MOVE_MS } from './moves.ts';

/**
 * "Tidy the map": lays the board out from the agencies' measured sizes and writes every new
 * position as one change (one undo step; colleagues see the agencies glide there), then brings
 * the tidied map into view, clear of the panels, as the agencies arrive. The view is fitted to
 * where they are going, not to where they are shown: on a busy machine the glide may not have
 * ended when the view moves, and a card never drawn (out of view, or on a big board's overview)
 * has no shown size; either way an agency would be left out of sight.
 */
export function useTidy(): () => void {
  const { doc, board } = useBoardContext();
  const { getNodes, setViewport } = useReactFlow();
  const store = useStoreApi();
  const room = usePanelRoom();
  const fit = useRef<number>(undefined);
  useEffect(() => () => clearTimeout(fit.current), []);
  return useCallback(() => {
    const sizes = new Map(getNodes().map((n) => [n.id, nodeRect(n)]));
    const layout = tidyLayout(board, (id) => sizes.get(id));
    moveAgencies(doc, layout);
    // At the size the layout gave each agency: its measured one, or a card's.
    const arrived = [...layout].map(([id, at]) => ({ ...(sizes.get(id) ?? DEFAULT_CARD), ...at }));
    if (arrived.length === 0) return;
    clearTimeout(fit.current);
    fit.current = window.setTimeout(() => {
      const { width, height, minZoom } = store.getState();
      if (!width || !height) return;
      const { maxZoom, padding } = fitOptions(room, { width, height });
      void setViewport(getViewportForBounds(boundsOfRects(arrived), width, height, minZoom, maxZoom, padding), { duration: 300 });
    }, MOVE_MS + 50);
  }, [doc, board, getNodes, setViewport, store, room]);
}
