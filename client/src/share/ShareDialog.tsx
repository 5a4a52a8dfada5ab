import { useEffect, useRef, useState } from 'react';
import { viewTokenFor } from '@partnermap/shared/links';
import { boardPath } from '@partnermap/shared/protocol';
import { CopyField } from './CopyField.tsx';
import { useReturnFocus } from '../common/useReturnFocus.ts';

interface Props {
  boardId: string;
  /** The edit token in use; the view-only link follows from it. */
  editToken: string;
  onReplaceLinks: () => Promise<void>;
  onClose: () => void;
}

const absolute = (path: string) => new URL(path, window.location.origin).href;

/** The edit and view-only links to hand on, and the way to replace both. */
export function ShareDialog({ boardId, editToken, onReplaceLinks, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  useReturnFocus();
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  const replace = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      await onReplaceLinks();
    } catch (error) {
      setFailure((error as Error).message);
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} className="dialog dialog--wide" aria-labelledby="share-title" onCancel={onClose}>
      <h2 id="share-title">Share this board</h2>
      <CopyField
        label="Edit link"
        value={absolute(boardPath(boardId, editToken))}
        meaning="Anyone with this link can change the board: agencies, relationships, exchanges and partnerships."
      />
      <CopyField
        label="View-only link"
        value={absolute(boardPath(boardId, viewTokenFor(editToken)))}
        meaning="Anyone with this link can see the map and who is on it, but cannot change anything."
      />
      <section className="share__replace">
        <h3>Replace links</h3>
        <p className="dialog__help">
          Makes a new edit link and a new view-only link. The current ones stop working at once, and anyone using them is
          disconnected.
        </p>
        {failure && <p className="share__failure" role="alert">{failure}</p>}
        {confirming ? (
          <div className="dialog__actions dialog__actions--start">
            <button type="button" className="button button--danger" disabled={busy} onClick={() => void replace()}>
              {busy ? 'Replacing…' : 'Yes, replace both links'}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => setConfirming(false)}>
              Keep the current links
            </button>
          </div>
        ) : (
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            Replace links…
          </button>
        )}
      </section>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={onClose}>
          Done
        </button>
      </div>
    </dialog>
  );
}
