import { useReactFlow } from '@xyflow/react';
import { useCallback, useRef } from 'react';
import { addAgency, type BoardDoc } from '@partnermap/shared/doc';
import { DEFAULT_CARD, freeSpot } from '@partnermap/shared/layout';
import type { Position } from '@partnermap/shared/model';
import { nodeRect, type Rect } from './geometry.ts';

interface Hooks {
  /** Clears the selection before the new agency is selected. */
  clearSelection(): void;
  selectOnArrival(id: string): void;
  focusName(id: string): void;
}

/** Where new agencies land: at a point of the board, or in free space near the middle of the view. */
export function usePlacement(doc: BoardDoc, { clearSelection, selectOnArrival, focusName }: Hooks) {
  const area = useRef<HTMLElement>(null);
  const { screenToFlowPosition, getNodes } = useReactFlow();

  /** Adds an agency with its top-left corner at a point of the board, selects it and focuses its name. */
  const addAgencyAtCorner = useCallback(
    (corner: Position) => {
      const id = addAgency(doc, { position: { x: Math.round(corner.x), y: Math.round(corner.y) } });
      clearSelection();
      selectOnArrival(id);
      focusName(id);
    },
    [doc, clearSelection, selectOnArrival, focusName],
  );

  /** Adds an agency centred on a point of the board (a double-click there). */
  const addAgencyAt = useCallback(
    (centre: Position) => addAgencyAtCorner({ x: centre.x - DEFAULT_CARD.width / 2, y: centre.y - DEFAULT_CARD.height / 2 }),
    [addAgencyAtCorner],
  );

  const addInView = () => {
    const r = area.current?.getBoundingClientRect();
    if (!r) return;
    const middle = screenToFlowPosition({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
    const taken = getNodes()
      .map((n) => nodeRect(n) ?? { ...n.position, ...DEFAULT_CARD })
      .filter((x): x is Rect => x !== undefined);
    addAgencyAtCorner(freeSpot(middle, DEFAULT_CARD, taken));
  };

  return { area, addAgencyAt, addInView };
}
