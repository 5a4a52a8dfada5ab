import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { BoardDoc } from '@partnermap/shared/doc';
import type { Position } from '@partnermap/shared/model';
import { applyOps, type BoardOp } from './flowChanges.ts';
import { KeyedThrottle } from './throttle.ts';

/** Peers see a dragged agency move at about this rate; the drop is always written at once. */
const DRAG_WRITE_MS = 80;

/** Marks the start and end of a drag, so that undo takes it back in one step. */
export interface DragSteps {
  beginStep(): void;
  endStep(): void;
}

/**
 * Writes the board operations of a node change: moves during a drag throttled per agency, the
 * drop at once, the whole drag held as one undo step; everything else straight away.
 */
export function useDragWrites(doc: BoardDoc, steps?: DragSteps): (ops: readonly BoardOp[]) => void {
  const dragging = useRef(false);
  const throttle = useMemo(
    () =>
      new KeyedThrottle<Position>(
        (moves) => applyOps(doc, moves.map(([id, position]) => ({ op: 'move', id, position, final: true }))),
        DRAG_WRITE_MS,
      ),
    [doc],
  );
  useEffect(() => () => throttle.flushAll(), [throttle]);

  return useCallback(
    (ops: readonly BoardOp[]) => {
      if (!dragging.current && ops.some((o) => o.op === 'move' && !o.final)) {
        dragging.current = true;
        steps?.beginStep();
      }
      for (const o of ops) {
        if (o.op === 'move' && !o.final) throttle.push(o.id, o.position);
        else if (o.op === 'move') throttle.flush(o.id, o.position);
      }
      if (dragging.current && ops.some((o) => o.op === 'move' && o.final)) {
        dragging.current = false;
        steps?.endStep();
      }
      applyOps(doc, ops.filter((o) => o.op !== 'move'));
    },
    [doc, throttle, steps],
  );
}
