import { useCallback, useEffect, useRef, useState } from 'react';
import type { Board } from '@partnermap/shared/model';
import type { Lit } from './filters.ts';
import { jumpsBetween, type Move } from './tidy/moves.ts';
import { useMoveAnimation } from './tidy/useMoveAnimation.ts';
import { mergeNodes, type AgencyNode } from './toFlow.ts';

/**
 * React Flow's nodes for the board, re-merged after each change so that what is local to this
 * page (selection, measured size, a drag in progress) survives a colleague's edit. A
 * rearrangement of several agencies is shown gliding rather than jumping.
 */
export function useNodeMirror(board: Board, lit: Lit) {
  const [nodes, setNodes] = useState<AgencyNode[]>([]);
  const selectWhenShown = useRef<string | undefined>(undefined);
  const { glide, stop } = useMoveAnimation(setNodes);
  // What is shown now, for telling which agencies jumped (a state updater must stay pure).
  const shownNow = useRef<AgencyNode[]>([]);
  useEffect(() => {
    shownNow.current = nodes;
  });

  useEffect(() => {
    stop();
    const moves: Map<string, Move> = jumpsBetween(shownNow.current, mergeNodes(shownNow.current, board, lit));
    setNodes((prev) => {
      const merged = mergeNodes(prev, board, lit);
      // The glide starts from where the agencies are shown now.
      const shown = moves.size ? merged.map((n) => (moves.has(n.id) ? { ...n, position: moves.get(n.id)!.from } : n)) : merged;
      const want = selectWhenShown.current;
      if (!want || !shown.some((n) => n.id === want)) return shown;
      selectWhenShown.current = undefined;
      return shown.map((n) => (n.selected === (n.id === want) ? n : { ...n, selected: n.id === want }));
    });
    glide(moves);
  }, [board, lit, glide, stop]);

  /** Selects an agency just added once the board read back holds it. */
  const selectOnArrival = useCallback((id: string) => {
    selectWhenShown.current = id;
  }, []);

  return { nodes, setNodes, selectOnArrival };
}
