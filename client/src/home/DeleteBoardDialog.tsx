import { useEffect, useRef, useState } from 'react';
import { deleteBoard } from '../app/api.ts';

interface Props {
  board: { id: string; token: string; title: string; goal: string };
  onDeleted: () => void;
  onClose: () => void;
}

/**
 * Asks before deleting a board for everyone: it names the board (and its goal, when two share a
 * title), says what is lost, and starts on "Keep the board" so Enter alone deletes nothing.
 */
export function DeleteBoardDialog({ board, onDeleted, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    keep.current?.focus();
  }, []);

  const remove = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      await deleteBoard(board.id, board.token);
      onDeleted();
    } catch (error) {
      setFailure((error as Error).message);
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="dialog"
      role="alertdialog"
      aria-labelledby="delete-board-title"
      aria-describedby="delete-board-help"
      onCancel={(e) => {
        // The page closes the dialog by removing it, so that focus returns once it is gone.
        e.preventDefault();
        if (!busy) onClose();
      }}
    >
      <h2 id="delete-board-title">Delete “{board.title}”?</h2>
      {board.goal && <p className="dialog__help">Goal: {board.goal}</p>}
      <p className="dialog__help" id="delete-board-help">
        The board is deleted for everyone who has its links: its agencies, relationships, exchanges and partnerships. This
        cannot be undone. Export it first if you may need it again.
      </p>
      {failure && (
        <p className="share__failure" role="alert">
          {failure}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" ref={keep} disabled={busy} onClick={onClose}>
          Keep the board
        </button>
        <button type="button" className="button button--danger" disabled={busy} onClick={() => void remove()}>
          {busy ? 'Deleting…' : 'Delete for everyone'}
        </button>
      </div>
    </dialog>
  );
}
