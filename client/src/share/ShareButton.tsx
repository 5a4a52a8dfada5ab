import { useState } from 'react';
import { ShareDialog } from './ShareDialog.tsx';

interface Props {
  boardId: string;
  editToken: string;
  onReplaceLinks: () => Promise<void>;
}

/** The top bar's Share button and its dialog. */
export function ShareButton(props: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button--primary" onClick={() => setOpen(true)}>
        Share
      </button>
      {open && <ShareDialog {...props} onClose={() => setOpen(false)} />}
    </>
  );
}
