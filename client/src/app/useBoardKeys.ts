import { useEffect } from 'react';
import { dissolvePartnership, type BoardDoc } from '@partnermap/shared/doc';
import type { SelectionControls } from '../selection/selection.ts';
import { isTyping } from './shortcuts.ts';
import { focusInspectorHeading } from '../inspector/focusHeading.ts';

/**
 * Escape in the inspector's fields moves focus to the inspector's heading, so the board's keys
 * reach the board again; in other fields (the title, a dialog's) it stays where it is. Never to
 * the page's body, where a keyboard user would lose their place (issue 16).
 */
function leaveField(field: HTMLElement): void {
  if (field.closest('dialog')) return;
  field.closest('.inspector')?.querySelector<HTMLElement>('.inspector__body h2')?.focus();
}

/** Escape leaves a field or clears the selection; Delete dissolves a selected partnership. */
export function useBoardKeys(doc: BoardDoc, readOnly: boolean, { selection, select }: SelectionControls): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        if (e.defaultPrevented) return;
        if (isTyping(e.target)) leaveField(e.target as HTMLElement);
        else {
          const inInspector = !!(e.target as HTMLElement | null)?.closest?.('.inspector');
          select({});
          // The inspector's controls go with the selection: focus its new heading, not the page's body.
          if (inInspector) focusInspectorHeading();
        }
      } else if ((e.key === 'Delete' || e.key === 'Backspace') && !isTyping(e.target) && selection.partnershipId && !readOnly) {
        dissolvePartnership(doc, selection.partnershipId);
        select({});
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [doc, select, selection.partnershipId, readOnly]);
}
