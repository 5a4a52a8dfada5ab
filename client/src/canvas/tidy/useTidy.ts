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
    // Measured, or a card's: the layout and the fit after it must see the same sizes.
    const sizeOf = (id: string) => sizes.get(id) ?? DEFAULT_CARD;
    const layout = tidyLayout(board, sizeOf);
    moveAgencies(doc, layout);
    const arrived = [...layout].map(([id, at]) => ({ ...sizeOf(id), ...at }));
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
