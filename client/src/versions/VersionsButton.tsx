import { lazy, Suspense, useRef, useState } from 'react';
import type { Board } from '@partnermap/shared/model';
import { usePerson } from '../presence/usePerson.ts';

/** The dialog and the measures it compares load only when someone opens it. */
const VersionsDialog = lazy(() => import('./VersionsDialog.tsx'));

interface Props {
  boardId: string;
  token: string;
  board: Board;
  readOnly: boolean;
}

/** The top bar's Versions button; focus comes back to it when the dialog closes. */
export function VersionsButton(props: Props) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const { person } = usePerson();
  const close = () => {
    setOpen(false);
    // After the modal dialog has gone: while it is open, everything outside it is inert.
    setTimeout(() => button.current?.focus(), 0);
  };
  return (
    <>
      <button ref={button} type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Versions
      </button>
      {open && (
        <Suspense fallback={null}>
          <VersionsDialog {...props} personName={person?.name ?? ''} onClose={close} />
        </Suspense>
      )}
    </>
  );
}
