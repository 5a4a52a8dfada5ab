import { useCallback, useEffect, useRef, useState } from 'react';
import type { Board } from '@partnermap/shared/model';
import type { Lit } from './filters.ts';
import { mergeNodes, type AgencyNode } from './toFlow.ts';

/**
 * React Flow's nodes for the board, re-merged after each change so that what is local to this
 * page (selection, measured size, a drag in progress) survives a colleague's edit.
 */
export function useNodeMirror(board: Board, lit: Lit) {
  const [nodes, setNodes] = useState<AgencyNode[]>([]);
  const selectWhenShown = useRef<string | undefined>(undefined);

  useEffect(() => {
    setNodes((prev) => {
      const merged = mergeNodes(prev, board, lit);
      const want = selectWhenShown.current;
      if (!want || !merged.some((n) => n.id === want)) return merged;
      selectWhenShown.current = undefined;
      return merged.map((n) => (n.selected === (n.id === want) ? n : { ...n, selected: n.id === want }));
    });
  }, [board, lit]);

  /** Selects an agency just added once the board read back holds it. */
  const selectOnArrival = useCallback((id: string) => {
    selectWhenShown.current = id;
  }, []);

  return { nodes, setNodes, selectOnArrival };
}
