import { useCallback, useEffect, useRef, type Dispatch, type SetStateAction } from 'react';
import type { AgencyNode } from '../toFlow.ts';
import { MOVE_MS, positionAt, type Move } from './moves.ts';

/**
 * Shows a rearrangement of the map (a tidy, or its undo, by anyone) as agencies gliding to their
 * new places over 400 ms instead of jumping, on every page alike: the board holds only the end
 * positions, written once. A new change to the board during the glide starts it again from
 * where the agencies are shown.
 */
export function useMoveAnimation(setNodes: Dispatch<SetStateAction<AgencyNode[]>>) {
  const frame = useRef<number | undefined>(undefined);
  const stop = useCallback(() => {
    if (frame.current !== undefined) cancelAnimationFrame(frame.current);
    frame.current = undefined;
  }, []);
  useEffect(() => stop, [stop]);

  const glide = useCallback(
    (moves: ReadonlyMap<string, Move>) => {
      stop();
      if (moves.size === 0) return;
      const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      const start = performance.now();
      const step = (now: number) => {
        const t = reduced ? 1 : (now - start) / MOVE_MS;
        setNodes((ns) =>
          ns.map((n) => {
            const move = moves.get(n.id);
            return move && !n.dragging ? { ...n, position: positionAt(move, t) } : n;
          }),
        );
        frame.current = t < 1 ? requestAnimationFrame(step) : undefined;
      };
      frame.current = requestAnimationFrame(step);
    },
    [setNodes, stop],
  );

  return { glide };
}
