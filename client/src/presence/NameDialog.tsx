import { useEffect, useRef, useState, type FormEvent } from 'react';
import { MAX_NAME_LENGTH, cleanName } from './person.ts';
import { useReturnFocus } from '../common/useReturnFocus.ts';
import { focusLandmark } from '../app/landmarks.ts';

interface Props {
  /** The current name when renaming; absent on a first visit. */
  current?: string;
  onSave: (name: string) => void;
  onCancel?: () => void;
}

/** Asks for the name colleagues see next to this person's cursor; remembered on this device. */
export function NameDialog({ current, onSave, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState(current ?? '');
  // On a first visit nothing had focus: the map's tools ("Add agency") are where work starts.
  useReturnFocus(() => focusLandmark('tools'));
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const clean = cleanName(name);
    if (clean) onSave(clean);
  };

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="name-dialog-title"
      onCancel={(e) => {
        // A first visit needs a name: Escape does not skip it.
        if (!onCancel) e.preventDefault();
        else onCancel();
      }}
    >
      <form onSubmit={submit}>
        <h2 id="name-dialog-title">{current ? 'Change your name' : 'Who is joining?'}</h2>
        <p className="dialog__help">Others on the board see this name next to your pointer. It is remembered on this device.</p>
        <label className="field">
          <span className="field__label">Your name</span>
          <input
            type="text"
            autoFocus
            value={name}
            maxLength={MAX_NAME_LENGTH}
            placeholder="e.g. Priya Shah, Northshire Council"
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <div className="dialog__actions">
          {onCancel && (
            <button type="button" className="button" onClick={onCancel}>
              Cancel
            </button>
          )}
          <button type="submit" className="button button--primary" disabled={!cleanName(name)}>
            {current ? 'Save' : 'Join the board'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
