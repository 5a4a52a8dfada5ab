import { useReactFlow } from '@xyflow/react';
import { useCallback, useRef } from 'react';
import { addAgency, type BoardDoc } from '@partnermap/shared/doc';
import type { Position } from '@partnermap/shared/model';

interface Hooks {
  /** Clears the selection before the new agency is selected. */
  clearSelection(): void;
  selectOnArrival(id: string): void;
  focusName(id: string): void;
}

/** Where new agencies land: at a point of the board, or in the middle of the visible canvas. */
export function usePlacement(doc: BoardDoc, agencyCount: number, { clearSelection, selectOnArrival, focusName }: Hooks) {
  const area = useRef<HTMLElement>(null);
  const { screenToFlowPosition } = useReactFlow();

  /** Adds an agency centred on a point of the board, selects it and focuses its name. */
  const addAgencyAt = useCallback(
    (centre: Position) => {
      const position = { x: Math.round(centre.x - 100), y: Math.round(centre.y - 36) };
      const id = addAgency(doc, { position });
      clearSelection();
      selectOnArrival(id);
      focusName(id);
    },
    [doc, clearSelection, selectOnArrival, focusName],
  );

  const addInView = () => {
    const r = area.current?.getBoundingClientRect();
    if (!r) return;
    // Each agency added from the toolbar lands a little further along, so they never pile up.
    const nudge = (agencyCount % 6) * 28;
    addAgencyAt(screenToFlowPosition({ x: r.left + r.width / 2 + nudge, y: r.top + r.height / 2 + nudge }));
  };

  return { area, addAgencyAt, addInView };
}
