import { useEffect, useId, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busyLabel: string;
  busy: boolean;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** Where focus goes if the button that asked is gone (its version was deleted). */
  fallbackFocus?: () => void;
}

/** Asks before something that changes the board or its versions. Focus returns to the button that asked. */
export function ConfirmDialog({ title, children, confirmLabel, busyLabel, busy, danger, onConfirm, onCancel, fallbackFocus }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const fallback = useRef(fallbackFocus);
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const focusElsewhere = fallback.current;
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => {
      // After this modal has gone: while it is open, everything outside it is inert.
      setTimeout(() => (opener?.isConnected ? opener.focus() : focusElsewhere?.()), 0);
    };
  }, []);
  return (
    <dialog ref={dialog} className="dialog" role="alertdialog" aria-labelledby={titleId} aria-describedby={`${titleId}-what`} onCancel={onCancel}>
      <h2 id={titleId}>{title}</h2>
      <p id={`${titleId}-what`} className="dialog__help">{children}</p>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onCancel} disabled={busy}>Cancel</button>
        <button type="button" className={`button ${danger ? 'button--danger versions-confirm--danger' : 'button--primary'}`} onClick={onConfirm} disabled={busy}>
          {busy ? busyLabel : confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
