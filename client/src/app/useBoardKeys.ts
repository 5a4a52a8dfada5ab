import { useEffect } from 'react';
import { dissolvePartnership } from '@partnermap/shared/doc';
import { useBoardContext } from './BoardContext.ts';
import { isTyping } from './shortcuts.ts';
import { useSelection } from '../selection/selection.ts';

/** Escape leaves a field or clears the selection; Delete dissolves a selected partnership. */
export function useBoardKeys(): void {
  const { doc, readOnly } = useBoardContext();
  const { selection, select } = useSelection();
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
