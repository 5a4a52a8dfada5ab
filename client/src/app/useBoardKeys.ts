import { useEffect } from 'react';
import { dissolvePartnership, type BoardDoc } from '@partnermap/shared/doc';
import type { SelectionControls } from '../selection/selection.ts';
import { isTyping } from './shortcuts.ts';

/** Escape leaves a field or clears the selection; Delete dissolves a selected partnership. */
export function useBoardKeys(doc: BoardDoc, readOnly: boolean, { selection, select }: SelectionControls): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        if (isTyping(e.target)) (e.target as HTMLElement).blur();
        else select({});
      } else if ((e.key === 'Delete' || e.key === 'Backspace') && !isTyping(e.target) && selection.partnershipId && !readOnly) {
        dissolvePartnership(doc, selection.partnershipId);
        select({});
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [doc, select, selection.partnershipId, readOnly]);
}
