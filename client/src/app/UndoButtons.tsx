import type { UndoControls } from './useUndo.ts';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';

/** Undo and redo of this person's own changes; a colleague's edits are never undone from here. */
export function UndoButtons({ undo }: { undo: UndoControls }) {
  return (
    <div className="undo-buttons" role="group" aria-label="Your changes">
      <button type="button" className="button button--icon" disabled={!undo.canUndo} onClick={undo.undo} aria-label="Undo" title={`Undo your last change (${mod}Z)`}>
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden>
          <path d="M5 3L2 6l3 3M2.5 6H10a4 4 0 010 8H7" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </button>
      <button type="button" className="button button--icon" disabled={!undo.canRedo} onClick={undo.redo} aria-label="Redo" title={`Redo your change (${mod}Shift+Z)`}>
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden>
          <path d="M11 3l3 3-3 3M13.5 6H6a4 4 0 000 8h3" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </button>
    </div>
  );
}
