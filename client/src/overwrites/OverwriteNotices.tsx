import { useEffect, useId, useRef, useState } from 'react';
import { watchOverwrites, type BoardDoc, type Overwrite } from '@partnermap/shared/doc';
import type { Board } from '@partnermap/shared/model';
import type { Peer } from '@partnermap/shared/presence';
import { lossWords } from './lossWords.ts';
import './overwrites.css';

interface Props {
  doc: BoardDoc;
  board: Board;
  peers: readonly Peer[];
}

interface Notice {
  key: number;
  loss: Overwrite;
  /** The colleague's name when the loss was seen (they may leave before it is read). */
  who: string | undefined;
}

/**
 * Tells this person when a colleague's concurrent edit replaced their text, or when something
 * they added was dropped because what it joined was removed, with their work to copy back.
 */
export function OverwriteNotices({ doc, board, peers }: Props) {
  const [notices, setNotices] = useState<Notice[]>([]);
  // Names of everyone seen on the board this visit: the winner of a merge may have left since.
  const names = useRef(new Map<number, string>());
  useEffect(() => {
    for (const p of peers) names.current.set(p.clientId, p.name);
  }, [peers]);

  useEffect(() => {
    let next = 0;
    return watchOverwrites(doc, (loss) => {
      const who = loss.kind === 'text' ? names.current.get(loss.by) : undefined;
      setNotices((all) => [...all, { key: next++, loss, who }]);
    });
  }, [doc]);

  if (notices.length === 0) return null;
  return (
    <div className="overwrites" data-testid="overwrite-notices">
      {notices.map((n) => (
        <LossNotice key={n.key} notice={n} board={board} onDismiss={() => setNotices((all) => all.filter((x) => x.key !== n.key))} />
      ))}
    </div>
  );
}

function LossNotice({ notice, board, onDismiss }: { notice: Notice; board: Board; onDismiss: () => void }) {
  const id = useId();
  const text = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState(false);
  // Worded once: the board changes on, but the notice says what happened when it happened.
  const [words] = useState(() => lossWords(notice.loss, board, notice.who));
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(words.lost);
    } catch {
      text.current?.select();
      document.execCommand('copy');
    }
    setCopied(true);
  };
  return (
    <section className="overwrite" role="alert" aria-labelledby={`${id}-headline`}>
      <p id={`${id}-headline`} className="overwrite__headline">
        {words.headline}
      </p>
      <label htmlFor={`${id}-lost`} className="overwrite__label">
        Your work
      </label>
      <div className="overwrite__row">
        <textarea id={`${id}-lost`} ref={text} readOnly rows={Math.min(4, words.lost.split('\n').length)} value={words.lost} onFocus={(e) => e.target.select()} />
        <button type="button" className="button" onClick={() => void copy()}>
          {copied ? 'Copied' : 'Copy'}
        </button>
        <button type="button" className="button" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </section>
  );
}
