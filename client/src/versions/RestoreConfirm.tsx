import { useEffect, useId, useRef } from 'react';
import type { VersionSummary } from '@partnermap/shared/protocol';

interface Props {
  version: VersionSummary;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before the board goes back to a version; says that nothing is lost. Focus returns to the Restore button. */
export function RestoreConfirm({ version, busy, onConfirm, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => {
      setTimeout(() => opener?.focus(), 0);
    };
  }, []);
  return (
    <dialog ref={dialog} className="dialog" role="alertdialog" aria-labelledby={titleId} aria-describedby={`${titleId}-what`} onCancel={onCancel}>
      <h2 id={titleId}>Restore “{version.name}”?</h2>
      <p id={`${titleId}-what`} className="dialog__help">
        Everyone on the board sees it change back to this version at once. The board as it is now is kept as a version
        first, so nothing is lost: you can come back to it from this list.
      </p>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onCancel} disabled={busy}>Cancel</button>
        <button type="button" className="button button--primary" onClick={onConfirm} disabled={busy}>
          {busy ? 'Restoring…' : 'Restore this version'}
        </button>
      </div>
    </dialog>
  );
}
