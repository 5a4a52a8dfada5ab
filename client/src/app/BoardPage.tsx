import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useEffect, useState } from 'react';
import { openBoardDoc, type BoardDoc } from '@partnermap/shared/doc';
import { BoardView } from './BoardView.tsx';
import { ShareButton } from '../share/ShareButton.tsx';
import { ExportMenu } from '../export/ExportMenu.tsx';
import { useBoard } from './useBoard.ts';
import { forgetBoardCopy, useOfflineCache } from '../sync/useOfflineCache.ts';
import { useProvider } from '../sync/useProvider.ts';
import { lookUpBoard, replaceLinks, type BoardLookup } from './api.ts';
import { readRecent, rememberBoard } from '../home/recentBoards.ts';
import { navigate } from './router.ts';
import { Notice } from './Notice.tsx';

interface Props {
  id: string;
  token: string;
}

/** `/b/<id>#<token>`: checks the link, then opens the board live. */
export function BoardPage({ id, token }: Props) {
  const [lookup, setLookup] = useState<BoardLookup | 'checking'>('checking');
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setLookup('checking');
    if (token) {
      void lookUpBoard(id, token).then((r) => {
        if (r.state === 'gone') forgetBoardCopy(id);
        if (current) setLookup(r);
      });
    }
    return () => {
      current = false;
    };
  }, [id, token, attempt]);

  if (!token) return <Notice title="This link is incomplete">The part of the link after “#” is missing. Ask for the full link.</Notice>;
  if (lookup === 'checking') return <Notice title="Opening the board…" busy />;
  if (lookup.state === 'gone')
    return <Notice title="This board no longer exists">It may have been deleted by its coordinator.</Notice>;
  if (lookup.state === 'refused')
    return <Notice title="This link does not open the board">The links may have been replaced. Ask the coordinator for a new one.</Notice>;
  // Offline, a board opened before on this device opens from the browser's copy.
  const known = readRecent().find((r) => r.id === id && r.token === token);
  if (lookup.state === 'unreachable' && known)
    return (
      <ReactFlowProvider>
        <LiveBoard key={id} id={id} token={token} readOnly={known.role === 'view'} />
      </ReactFlowProvider>
    );
  if (lookup.state === 'unreachable')
    return (
      <Notice title="The server cannot be reached" onRetry={() => setAttempt((a) => a + 1)}>
        Check your connection, then try again.
      </Notice>
    );
  return (
    <ReactFlowProvider>
      <LiveBoard key={id} id={id} token={token} readOnly={lookup.info.role === 'view'} />
    </ReactFlowProvider>
  );
}

function LiveBoard({ id, token, readOnly }: Props & { readOnly: boolean }) {
  const [doc] = useState<BoardDoc>(openBoardDoc);
  const { connection, provider } = useProvider(doc, id, token);
  const { fromCache } = useOfflineCache(doc, id, connection.boardGone);
  const { board } = useBoard(doc);
  const loaded = connection.state !== 'connecting' || fromCache;

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
    if (loaded) rememberBoard({ id, token, role: readOnly ? 'view' : 'edit', title: board.meta.title });
    document.title = `${board.meta.title} · Partnermap`;
  }, [id, token, readOnly, board.meta.title, loaded]);

  if (connection.final) return <Notice title="This board is closed">{connection.explanation}</Notice>;
  return (
    <>
      <BoardView
        doc={doc}
        board={board}
        readOnly={readOnly}
        connection={connection}
        actions={<ExportMenu board={board} />}
        awareness={provider?.awareness}
        share={
          !readOnly && (
            <ShareButton boardId={id} editToken={token} onReplaceLinks={onReplaceLinks} />
          )
        }
      />
      {!loaded && <div className="loading-veil" role="status"><span className="spinner" aria-hidden /> Loading the board…</div>}
    </>
  );
}
