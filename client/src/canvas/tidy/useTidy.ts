import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { moveAgencies } from '@partnermap/shared/doc';
import { tidyLayout } from '@partnermap/shared/layout';
import { useBoardContext } from '../../app/BoardContext.ts';
import { nodeRect } from '../geometry.ts';
import { MOVE_MS } from './moves.ts';

/**
 * "Tidy the map": lays the board out from the agencies' measured sizes and writes every new
 * position as one change (one undo step; colleagues see the agencies glide there), then brings
 * the tidied map into view once the agencies have arrived.
 */
export function useTidy(): () => void {
  const { doc, board } = useBoardContext();
  const { getNodes, fitView } = useReactFlow();
  return useCallback(() => {
    const sizes = new Map(getNodes().map((n) => [n.id, nodeRect(n)]));
    moveAgencies(doc, tidyLayout(board, (id) => sizes.get(id)));
    window.setTimeout(() => void fitView({ duration: 300, padding: 0.15, maxZoom: 1 }), MOVE_MS + 50);
  }, [doc, board, getNodes, fitView]);
}
