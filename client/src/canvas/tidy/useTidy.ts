import { getViewportForBounds, useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import { moveAgencies } from '@partnermap/shared/doc';
import { tidyLayout } from '@partnermap/shared/layout';
import { boundsOfRects } from '@partnermap/shared/render';
import { useBoardContext } from '../../app/BoardContext.ts';
import { nodeRect } from '../geometry.ts';
import { useFitViewOptions } from '../room/useFitViewOptions.ts';
import { MOVE_MS } from './moves.ts';

/**
 * "Tidy the map": lays the board out from the agencies' measured sizes and writes every new
 * position as one change (one undo step; colleagues see the agencies glide there), then brings
 * the tidied map into view, clear of the panels, as the agencies arrive. The view is fitted to
 * where they are going, not to where they are shown: on a busy machine the glide may not have
 * ended when the view moves, and an agency would be left out of sight.
 */
export function useTidy(): () => void {
  const { doc, board } = useBoardContext();
  const { getNodes, setViewport } = useReactFlow();
  const store = useStoreApi();
  const options = useFitViewOptions();
  return useCallback(() => {
    const sizes = new Map(getNodes().map((n) => [n.id, nodeRect(n)]));
    const layout = tidyLayout(board, (id) => sizes.get(id));
    moveAgencies(doc, layout);
    const arrived = [...sizes].flatMap(([id, rect]) => (rect ? [{ ...rect, ...layout.get(id) }] : []));
    if (arrived.length === 0) return;
    window.setTimeout(() => {
      const { width, height, minZoom } = store.getState();
      const view = getViewportForBounds(boundsOfRects(arrived), width, height, minZoom, options.maxZoom ?? 1, options.padding ?? 0.15);
      void setViewport(view, { duration: 300 });
    }, MOVE_MS + 50);
  }, [doc, board, getNodes, setViewport, store, options]);
}
