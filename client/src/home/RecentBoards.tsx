import { useEffect, useRef, useState } from 'react';
import { boardPath, type BoardInfo } from '@partnermap/shared/protocol';
import { lookUpBoard, type BoardLookup } from '../app/api.ts';
import { navigate } from '../app/router.ts';
import { forgetBoardCopy } from '../sync/useOfflineCache.ts';
import { summariseBoards } from './boardSummary.ts';
import { DeleteBoardDialog } from './DeleteBoardDialog.tsx';
import { forgetBoard, readRecent, type RecentBoard } from './recentBoards.ts';

type Status = BoardLookup['state'] | 'checking';

/** The boards opened on this device: what each is, and a way to open, forget or delete it. */
export function RecentBoards() {
  const [boards, setBoards] = useState<RecentBoard[]>(() => readRecent());
  const [status, setStatus] = useState<Record<string, Status>>({});
  const [infos, setInfos] = useState<Record<string, BoardInfo>>({});
  const [deleting, setDeleting] = useState<RecentBoard>();
  const [said, setSaid] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  /** Where focus goes when the dialog closes: its button, or the heading once that button is gone. */
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    for (const b of boards) {
      void lookUpBoard(b.id, b.token).then((r) => {
        setStatus((s) => ({ ...s, [b.id]: r.state }));
        if (r.state === 'found') setInfos((all) => ({ ...all, [b.id]: r.info }));
      });
    }
    // Checked once per visit; removing a board from the list needs no new check.
    // oxlint-disable-next-line react/exhaustive-deps -- on purpose: once per visit, as said above
  }, []);

  const forget = (id: string) => {
    forgetBoard(id);
    forgetBoardCopy(id);
    setBoards(readRecent());
  };
  const summaries = summariseBoards(boards, infos);
  const closeDialog = () => setDeleting(undefined);
  // Once the dialog has left the page (and the page is no longer inert), focus goes back to the
  // button that opened it; after a deletion that button is gone and `opener` was cleared.
  useEffect(() => {
    if (deleting) return;
    opener.current?.focus();
    opener.current = null;
  }, [deleting]);

  return (
    <section className="card recent" aria-labelledby="recent-heading">
      <h2 id="recent-heading" ref={heading} tabIndex={-1}>
        Boards opened on this device
      </h2>
      <p role="status" className="recent__said">
        {said}
      </p>
      {boards.length === 0 ? (
        <p className="hint">Boards you create or open from a shared link will be listed here.</p>
      ) : (
        <ul className="recent__list">
          {boards.map((b, i) => {
            const s = status[b.id] ?? 'checking';
            const gone = s === 'gone' || s === 'refused';
            const { title, goal, facts } = summaries[i]!;
            return (
              <li key={b.id} className={`recent__item${gone ? ' is-gone' : ''}`} data-testid="recent-board">
                <div className="recent__what">
                  {gone ? (
                    <span className="recent__title">{title}</span>
                  ) : (
                    <a
                      className="recent__title"
                      href={boardPath(b.id, b.token)}
                      title={title}
                      onClick={(e) => {
                        e.preventDefault();
                        navigate(boardPath(b.id, b.token));
                      }}
                    >
                      {title}
                    </a>
                  )}
                  {goal && (
                    <span className="recent__goal" title={goal}>
                      {goal}
                    </span>
                  )}
                  <span className="recent__meta">
                    {s === 'checking' && 'Checking… · '}
                    {s === 'gone' && 'No longer exists · '}
                    {s === 'refused' && 'Link replaced · '}
                    {s === 'unreachable' && 'Server not reachable · '}
                    {facts.join(' · ')}
                  </span>
                </div>
                {b.role === 'edit' && s === 'found' && (
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={`Delete ${title}…`}
                    onClick={(e) => {
                      opener.current = e.currentTarget;
                      setDeleting(b);
                    }}
                  >
                    Delete…
                  </button>
                )}
                <button type="button" className="icon-button" aria-label={`Remove ${title} from this list`} onClick={() => forget(b.id)}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {deleting && (
        <DeleteBoardDialog
          board={{ id: deleting.id, token: deleting.token, title: infos[deleting.id]?.title || deleting.title, goal: infos[deleting.id]?.goal ?? '' }}
          onClose={closeDialog}
          onDeleted={() => {
            const title = infos[deleting.id]?.title || deleting.title;
            forget(deleting.id);
            opener.current = heading.current;
            setDeleting(undefined);
            setSaid(`“${title}” was deleted.`);
          }}
        />
      )}
    </section>
  );
}
