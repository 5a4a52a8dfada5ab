import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { diffBoards } from '@partnermap/shared/history';
import type { Board } from '@partnermap/shared/model';
import { MAX_VERSION_NAME_LENGTH, type VersionSummary } from '@partnermap/shared/protocol';
import { CompareMap } from './CompareMap.tsx';
import { compareScene } from './compareScene.ts';
import { CompareView } from './CompareView.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { deleteVersion, listVersions, makeVersion, restoreVersion, versionBoard, type BoardAccess } from './versionsApi.ts';
import './versions.css';

interface Props extends BoardAccess {
  /** The live board, for comparing with now. */
  board: Board;
  readOnly: boolean;
  /** The name this person gave on the board, recorded with what they make. */
  personName: string;
  onClose: () => void;
}

const NOW = 'now';

type Screen =
  | { kind: 'list' }
  | { kind: 'open'; id: string; board?: Board }
  | { kind: 'compare'; from: string; to: string; boards?: { from: Board; to: Board } };

const DATE = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
export const versionDate = (iso: string) => DATE.format(new Date(iso));

/**
 * The board's versions: make one, open one read-only, compare two (or one with now), and bring
 * the board back to one. A view-only link may look and compare, not make or restore.
 */
export default function VersionsDialog({ boardId, token, board, readOnly, personName, onClose }: Props) {
  const access = { boardId, token };
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [versions, setVersions] = useState<VersionSummary[]>();
  const [screen, setScreen] = useState<Screen>({ kind: 'list' });
  const [name, setName] = useState('');
  const [status, setStatus] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState<{ action: 'restore' | 'delete'; version: VersionSummary }>();
  const [from, setFrom] = useState<string>('');
  const [to, setTo] = useState<string>(NOW);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  const refresh = useCallback(() => {
    listVersions({ boardId, token }).then(
      (list) => {
        setVersions(list);
        setFrom((current) => current || list.at(-1)?.id || '');
      },
      (err: unknown) => setFailure((err as Error).message),
    );
  }, [boardId, token]);
  useEffect(refresh, [refresh]);

  const label = (id: string) => (id === NOW ? 'now' : (versions?.find((v) => v.id === id)?.name ?? 'a version'));
  const boardAt = (id: string) => (id === NOW ? Promise.resolve(board) : versionBoard(access, id));

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setFailure(undefined);
    setStatus(undefined);
    try {
      await work();
    } catch (err) {
      setFailure((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const make = () => run(async () => {
    const made = await makeVersion(access, name.trim(), personName);
    setName('');
    setStatus(`Version “${made.name}” made.`);
    refresh();
  });

  const open = (id: string) => run(async () => {
    setScreen({ kind: 'open', id });
    const b = await versionBoard(access, id);
    setScreen({ kind: 'open', id, board: b });
  });

  const compare = (fromId: string, toId: string) => run(async () => {
    setFrom(fromId);
    setTo(toId);
    setScreen({ kind: 'compare', from: fromId, to: toId });
    const [a, b] = await Promise.all([boardAt(fromId), boardAt(toId)]);
    setScreen({ kind: 'compare', from: fromId, to: toId, boards: { from: a, to: b } });
  });

  const restore = (v: VersionSummary) => run(async () => {
    const result = await restoreVersion(access, v.id, personName);
    setAsking(undefined);
    setScreen({ kind: 'list' });
    setStatus(`The board is back to “${v.name}”. How it was just before is kept as the version “${result.before.name}”.`);
    refresh();
  });

  const remove = (v: VersionSummary) => run(async () => {
    await deleteVersion(access, v.id);
    const list = await listVersions(access);
    // In one render with the confirm closing: focus then finds the row gone and goes to the heading.
    setVersions(list);
    setAsking(undefined);
    setFrom((current) => (current === v.id ? (list.at(-1)?.id ?? '') : current));
    setTo((current) => (current === v.id ? NOW : current));
    setStatus(`Version “${v.name}” deleted.`);
  });

  const back = (
    <button type="button" className="button" onClick={() => setScreen({ kind: 'list' })}>
      ← All versions
    </button>
  );

  return (
    <dialog ref={dialog} className="dialog versions-dialog" aria-labelledby={titleId} onCancel={onClose} data-testid="versions-dialog">
      <div className="versions-dialog__head">
        <h2 id={titleId} ref={heading} tabIndex={-1}>Versions</h2>
        <button type="button" className="button" onClick={onClose}>Close</button>
      </div>
      {failure && <p className="versions-failure" role="alert">{failure}</p>}
      <p className="versions-status" role="status">{status}</p>

      {screen.kind === 'list' && (
        <>
          {!readOnly && (
            <form className="versions-make" onSubmit={(e) => { e.preventDefault(); if (name.trim()) void make(); }}>
              <label htmlFor={`${titleId}-name`}>Name of a new version of the board as it is now</label>
              <div className="versions-make__row">
                <input
                  id={`${titleId}-name`}
                  type="text"
                  value={name}
                  maxLength={MAX_VERSION_NAME_LENGTH}
                  placeholder="For example: Before the 2026 review"
                  onChange={(e) => setName(e.target.value)}
                />
                <button type="submit" className="button button--primary" disabled={busy || !name.trim()}>Make version</button>
              </div>
            </form>
          )}
          <section aria-labelledby={`${titleId}-compare`} className="versions-pick">
            <h3 id={`${titleId}-compare`}>Compare</h3>
            <label>
              From{' '}
              <select value={from} onChange={(e) => setFrom(e.target.value)} disabled={!versions?.length}>
                {versions?.map((v) => <option key={v.id} value={v.id}>{v.name} ({versionDate(v.createdAt)})</option>)}
              </select>
            </label>
            <label>
              To{' '}
              <select value={to} onChange={(e) => setTo(e.target.value)} disabled={!versions?.length}>
                <option value={NOW}>The board now</option>
                {versions?.map((v) => <option key={v.id} value={v.id}>{v.name} ({versionDate(v.createdAt)})</option>)}
              </select>
            </label>
            <button type="button" className="button" disabled={busy || !from} onClick={() => void compare(from, to)}>Compare</button>
          </section>
          {versions === undefined && !failure && <p>Loading the versions…</p>}
          {versions?.length === 0 && (
            <p className="versions-empty">
              No versions yet. A version is kept automatically at the first change of each day and before any restore;
              {readOnly ? ' people with the edit link can also make named ones.' : ' name one above to keep the board as it is now.'}
            </p>
          )}
          {versions && versions.length > 0 && (
            <table className="versions-list">
              <thead>
                <tr><th scope="col">Name</th><th scope="col">Made</th><th scope="col">By</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr>
              </thead>
              <tbody>
                {[...versions].reverse().map((v) => (
                  <tr key={v.id} data-version={v.name}>
                    <th scope="row">{v.name}</th>
                    <td>{versionDate(v.createdAt)}</td>
                    <td>{v.auto ? <span className="badge">Automatic</span> : v.createdBy || '—'}</td>
                    <td className="versions-list__actions">
                      <button type="button" className="button" aria-label={`Open ${v.name}`} onClick={() => void open(v.id)}>Open</button>
                      <button type="button" className="button" aria-label={`Compare ${v.name} with now`} onClick={() => void compare(v.id, NOW)}>Compare with now</button>
                      {!readOnly && (
                        <>
                          <button type="button" className="button" aria-label={`Restore ${v.name}`} onClick={() => setAsking({ action: 'restore', version: v })}>Restore…</button>
                          <button type="button" className="button" aria-label={`Delete ${v.name}`} onClick={() => setAsking({ action: 'delete', version: v })}>Delete…</button>
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}

      {screen.kind === 'open' && (
        <section className="versions-open" aria-label={`Version ${label(screen.id)}, read-only`}>
          <div className="versions-dialog__bar">
            {back}
            <p><strong>{label(screen.id)}</strong>: read-only. Nothing here changes the board.</p>
            <button type="button" className="button" onClick={() => void compare(screen.id, NOW)}>Compare with now</button>
          </div>
          {screen.board ? (
            screen.board.agencies.length ? (
              <div className="versions-compare__canvas">
                <CompareMap
                  scene={compareScene(screen.board, screen.board, diffBoards(screen.board, screen.board))}
                  label={`Map of the board as it was in ${label(screen.id)}`}
                />
              </div>
            ) : <p className="versions-empty">The board had no agencies then.</p>
          ) : <p>Opening the version…</p>}
        </section>
      )}

      {screen.kind === 'compare' && (
        <section aria-label="Comparison">
          <div className="versions-dialog__bar">{back}</div>
          {screen.boards ? (
            <CompareView from={screen.boards.from} to={screen.boards.to} fromLabel={label(screen.from)} toLabel={label(screen.to)} />
          ) : <p>Comparing…</p>}
        </section>
      )}

      {asking?.action === 'restore' && (
        <ConfirmDialog
          title={`Restore “${asking.version.name}”?`}
          confirmLabel="Restore this version"
          busyLabel="Restoring…"
          busy={busy}
          onConfirm={() => void restore(asking.version)}
          onCancel={() => setAsking(undefined)}
        >
          Everyone on the board sees it change back to this version at once. The board as it is now is kept as a version
          first, so nothing is lost: you can come back to it from this list.
        </ConfirmDialog>
      )}
      {asking?.action === 'delete' && (
        <ConfirmDialog
          title={`Delete the version “${asking.version.name}”?`}
          confirmLabel="Delete this version"
          busyLabel="Deleting…"
          danger
          busy={busy}
          fallbackFocus={() => heading.current?.focus()}
          onConfirm={() => void remove(asking.version)}
          onCancel={() => setAsking(undefined)}
        >
          The version goes for everyone and cannot be brought back. The board itself does not change.
        </ConfirmDialog>
      )}
    </dialog>
  );
}
