import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { openBoardDoc, setReadOnly, type BoardDoc } from '@partnermap/shared/doc';
import { BoardView } from './BoardView.tsx';
import { ProblemsNotice } from './ProblemsNotice.tsx';
import { ShareButton } from '../share/ShareButton.tsx';
import { ExportMenu } from '../export/ExportMenu.tsx';
import { VersionsButton } from '../versions/VersionsButton.tsx';
import { BoardAccessContext } from '../versions/boardAccess.ts';
import { useBoard } from './useBoard.ts';
import { forgetBoardCopy, useOfflineCache } from '../sync/useOfflineCache.ts';
import { useProvider } from '../sync/useProvider.ts';
import { copyGate } from '../sync/copyGate.ts';
import { reachesServer } from '../sync/connectionStatus.ts';
import { lookUpAccess, replaceLinks, type AccessLookup } from './api.ts';
import { earlyAnswer, takeEarlyCheck } from './earlyAccess.ts';
import { markOpened, readRecent, rememberBoard } from '../home/recentBoards.ts';
import { navigate } from './router.ts';
import { BoardErrorBoundary } from './BoardErrorBoundary.tsx';
import { Notice } from './Notice.tsx';
import { keepAppForOffline } from './keepAppOffline.ts';
import { saveFile } from '../export/dataFiles.ts';
import { boardToJson, fileBase } from '@partnermap/shared/formats';

const FIRST_RENDER_WAIT_MS = 200;

const UNSENT_KEPT =
  'Edits made here that never reached the server are kept in this browser: open the board with the new link on this device and they will be sent.';

interface Props {
  id: string;
  token: string;
}

/** `/b/<id>#<token>`: checks the link, then opens the board live. */
export function BoardPage({ id, token }: Props) {
  const [lookup, setLookup] = useState<AccessLookup | 'checking'>(() => earlyAnswer(id, token) ?? 'checking');
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!token) return;
    let current = true;
    // The check started as the app loaded (checkLinkEarly) stands for the first one.
    const early = attempt === 0 ? takeEarlyCheck(id, token) : undefined;
    if (!early) setLookup('checking');
    void (early ?? lookUpAccess(id, token)).then((r) => {
      if (r.state === 'gone') forgetBoardCopy(id);
      if (current) setLookup(r);
    });
    return () => {
      current = false;
    };
  }, [id, token, attempt]);

  if (!token) return <Notice title="This link is incomplete">The part of the link after “#” is missing. Ask for the full link.</Notice>;
  // A link this browser has opened before opens at once, with the role it had, while it is checked:
  // the board shows from the browser's copy and the socket opens alongside the check.
  const known = readRecent().find((r) => r.id === id && r.token === token);
  const answer = lookup === 'checking' ? undefined : lookup;
  if (!answer && !known) return <Notice title="Opening the board…" busy />;
  if (answer?.state === 'gone')
    return <Notice title="This board no longer exists">It may have been deleted by its coordinator.</Notice>;
  if (answer?.state === 'refused')
    return <Notice title="This link does not open the board">The links may have been replaced. Ask the coordinator for a new one.</Notice>;
  // Offline, a board opened before on this device opens from the browser's copy.
  if (answer?.state === 'unreachable' && !known)
    return (
      <Notice title="The server cannot be reached" onRetry={() => setAttempt((a) => a + 1)}>
        Check your connection, then try again.
      </Notice>
    );
  const readOnly = answer?.state === 'found' ? answer.access.role === 'view' : known?.role === 'view';
  return (
    <BoardErrorBoundary>
      <ReactFlowProvider>
        {/* Another link, or a role the check corrects, starts the board again. */}
        <FreshBoard key={`${token}/${readOnly ? 'view' : 'edit'}`} id={id} token={token} readOnly={readOnly} />
      </ReactFlowProvider>
    </BoardErrorBoundary>
  );
}

/** Why the board was started again from the server, with the browser's copy deleted. */
type Restart = 'stray-edits' | 'board-full';

/**
 * Starts the board again from the server, and says why: a view-only page found that the browser's
 * copy held edits the server never took, or the person chose to drop the edits a full board refused.
 */
function FreshBoard(props: Props & { readOnly: boolean }) {
  const [restarts, setRestarts] = useState<{ count: number; why?: Restart }>({ count: 0 });
  const restart = useCallback((why: Restart) => setRestarts((r) => ({ count: r.count + 1, why })), []);
  const onStrayEdits = useCallback(() => restart('stray-edits'), [restart]);
  const onDropRefused = useCallback(() => {
    forgetBoardCopy(props.id);
    restart('board-full');
  }, [props.id, restart]);
  return <LiveBoard key={`${props.id}/${restarts.count}`} {...props} restarted={restarts.why} onStrayEdits={onStrayEdits} onDropRefused={onDropRefused} />;
}

interface LiveProps extends Props {
  readOnly: boolean;
  restarted: Restart | undefined;
  onStrayEdits: () => void;
  /** Deletes the browser's copy, with the edits the server refused, and opens the board as saved. */
  onDropRefused: () => void;
}

function LiveBoard({ id, token, readOnly, restarted, onStrayEdits, onDropRefused }: LiveProps) {
  const [doc] = useState<BoardDoc>(() => {
    const d = openBoardDoc();
    // Every operation on a view-only board throws, so no gesture can make a local-only edit.
    setReadOnly(d, readOnly);
    return d;
  });
  const [gate] = useState(copyGate);
  const { connection, provider, serverState, socketOpen } = useProvider(doc, id, token, readOnly, gate.wait);
  // Replaced links: the copy goes unless it holds edits that never reached the server.
  const forget = connection.boardGone || (connection.linkReplaced && !connection.unsaved);
  const { fromCache, copyRead } = useOfflineCache(doc, id, { forget, serverState, onStrayEdits, onRead: gate.open });
  // The map's first render (a few hundred milliseconds on a big board) waits for the board, from
  // the server or the browser's copy: begun before, it held back the board's reading by its own
  // length, and the board's arrival rendered the map again. Without the board by then, the map
  // shows FIRST_RENDER_WAIT_MS after the socket opens, and twice that after the page opens at most.
  const [ready, setReady] = useState(false);
  const haveBoard = connection.boardIn || fromCache;
  useEffect(() => {
    if (haveBoard) {
      setReady(true);
      return;
    }
    const timer = setTimeout(() => setReady(true), 2 * FIRST_RENDER_WAIT_MS);
    return () => clearTimeout(timer);
  }, [haveBoard]);
  useEffect(() => {
    if (!socketOpen) return;
    const timer = setTimeout(() => setReady(true), FIRST_RENDER_WAIT_MS);
    return () => clearTimeout(timer);
  }, [socketOpen]);
  const { board, problems } = useBoard(doc);
  const loaded = connection.state !== 'connecting' || fromCache;
  const access = useMemo(() => ({ boardId: id, token }), [id, token]);

  /** The coordinator's page moves to the new edit link; everyone else on the old links is disconnected. */
  const onReplaceLinks = useCallback(async () => {
    // Leave first, so that this page is not told its own link was replaced.
    provider?.disconnect();
    try {
      const created = await replaceLinks(id, token);
      rememberBoard({ id, token: created.editToken, role: 'edit', title: board.meta.title });
      navigate(created.editPath, { replace: true });
    } catch (error) {
      provider?.connect();
      throw error;
    }
  }, [provider, id, token, board.meta.title]);

  useEffect(() => {
    if (loaded) markOpened(id);
  }, [id, loaded]);
  // Shown, and the server reachable (the app's files come from it): the app is kept for offline reloads.
  const reachable = reachesServer(connection.state);
  useEffect(() => {
    if (reachable) keepAppForOffline();
  }, [reachable]);

  useEffect(() => {
    if (loaded) rememberBoard({ id, token, role: readOnly ? 'view' : 'edit', title: board.meta.title });
    document.title = `${board.meta.title} · Partnermap`;
  }, [id, token, readOnly, board.meta.title, loaded]);

  // The refused edits are in this browser's copy, which would send them again on every visit.
  if (connection.boardFull)
    return (
      <Notice
        title="This board is full"
        actions={[
          { label: 'Open the board as saved', onClick: onDropRefused },
          { label: 'Save this browser’s copy as a file', onClick: () => saveFile(new Blob([boardToJson(board)], { type: 'application/json' }), `${fileBase(board.meta.title)} (not saved).json`) },
        ]}
      >
        {connection.explanation} The edits made in this browser that the server has not saved, including any made offline, cannot
        go on this board while it is full. To keep them, save this browser’s copy as a file: it holds the whole board with them,
        so take out what you do not need before importing it as a new board. Opening the board as saved drops them from this
        browser.
      </Notice>
    );
  if (connection.final)
    return (
      <Notice title="This board is closed">
        {connection.explanation}
        {connection.linkReplaced && (connection.unsaved ? ` ${UNSENT_KEPT}` : ' The copy of the board kept in this browser has been removed.')}
      </Notice>
    );
  const veil = <div className="loading-veil" role="status"><span className="spinner" aria-hidden /> Loading the board…</div>;
  if (!ready) return veil;
  return (
    <BoardAccessContext.Provider value={access}>
      <BoardView
        doc={doc}
        board={board}
        readOnly={readOnly}
        notices={
          <>
            {restarted === 'board-full' && (
              <p className="board-notice" role="status" data-testid="refused-dropped">
                The edits this browser had not saved were dropped, as the board has reached its size limit. Removing agencies,
                relationships or exchanges makes room.
              </p>
            )}
            {restarted === 'stray-edits' && (
              <p className="board-notice" role="status" data-testid="copy-replaced">
                This browser held changes to the board that the server never took, as the link is view-only. They have
                been discarded, and the board is shown as saved on the server.
              </p>
            )}
            <ProblemsNotice problems={problems} schemaVersion={board.meta.schemaVersion} />
          </>
        }
        connection={connection}
        boardIn={connection.boardIn && copyRead}
        actions={
          <>
            <VersionsButton boardId={id} token={token} board={board} readOnly={readOnly} />
            <ExportMenu board={board} />
          </>
        }
        awareness={provider?.awareness}
        share={
          !readOnly && (
            <ShareButton boardId={id} editToken={token} onReplaceLinks={onReplaceLinks} />
          )
        }
      />
      {!loaded && veil}
    </BoardAccessContext.Provider>
  );
}
