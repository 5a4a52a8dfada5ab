import { useCallback, type RefObject } from 'react';
import type { OnMoveEnd, OnMoveStart } from '@xyflow/react';

/**
 * While the view pans or zooms, the map is a compositing layer of its own: the browser moves the
 * drawing it has, instead of drawing every agency, line and label again for each frame. Only
 * while it moves: a layer costs every change inside it (a drag, a colleague's edit) a fresh
 * rasterising of its tiles, and zoomed in it would stay blurred at the scale it was drawn at.
 */
export function useMovingLayer(container: RefObject<HTMLElement | null>, onMoveStart?: OnMoveStart) {
  const start = useCallback<OnMoveStart>(
    (event, viewport) => {
      // An attribute React does not manage, so that a render cannot take it away mid-move.
      container.current?.setAttribute('data-moving', '');
      onMoveStart?.(event, viewport);
    },
    [container, onMoveStart],
  );
  const end = useCallback<OnMoveEnd>(() => container.current?.removeAttribute('data-moving'), [container]);
  return { onMoveStart: start, onMoveEnd: end };
}
