import { useEffect, useMemo, useState } from 'react';
import { createBoardUndo, type BoardDoc, type BoardUndo } from '@partnermap/shared/doc';
import { historyCommand, isTyping } from './shortcuts.ts';

export interface UndoControls {
  undo(): void;
  redo(): void;
  canUndo: boolean;
  canRedo: boolean;
  /** Hold one undo step open (a drag), however long it lasts. */
  beginStep(): void;
  endStep(): void;
}

/**
 * Undo and redo of this person's own edits only (never a colleague's), with the buttons' state
 * and the keyboard shortcuts. Disabled for a view-only link.
 */
export function useUndo(doc: BoardDoc, enabled: boolean): UndoControls {
  const [history, setHistory] = useState<BoardUndo>();
  const [can, setCan] = useState({ undo: false, redo: false });

  useEffect(() => {
    const h = createBoardUndo(doc);
    const stop = h.onChange(() => setCan({ undo: h.canUndo(), redo: h.canRedo() }));
    setHistory(h);
    return () => {
      stop();
      h.destroy();
      setHistory(undefined);
    };
  }, [doc]);

  useEffect(() => {
    if (!enabled || !history) return;
    const onKey = (e: KeyboardEvent) => {
      const command = historyCommand(e, isTyping(e.target));
      if (!command) return;
      e.preventDefault();
      history[command]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [history, enabled]);

  return useMemo(
    () => ({
      undo: () => history?.undo(),
      redo: () => history?.redo(),
      canUndo: enabled && can.undo,
      canRedo: enabled && can.redo,
      beginStep: () => history?.beginStep(),
      endStep: () => history?.endStep(),
    }),
    [history, enabled, can],
  );
}
