import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { openBoardDoc, type BoardDoc } from '../../../shared/src/index.ts';
import { BoardView } from '../board/BoardView.tsx';
import { ExportMenu } from '../export/ExportMenu.tsx';
import { useBoard } from '../hooks/useBoard.ts';
import { useProvider } from '../hooks/useProvider.ts';
import { lookUpBoard, type BoardLookup } from '../lib/api.ts';
import { rememberBoard } from '../lib/recentBoards.ts';
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
    if (token) void lookUpBoard(id, token).then((r) => current && setLookup(r));
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
  const { connection } = useProvider(doc, id, token);
  const { board } = useBoard(doc);
  const loaded = connection.state !== 'connecting';

  useEffect(() => {
    if (loaded) rememberBoard({ id, token, role: readOnly ? 'view' : 'edit', title: board.meta.title });
    document.title = `${board.meta.title} · Partnermap`;
  }, [id, token, readOnly, board.meta.title, loaded]);

  if (connection.final) return <Notice title="This board is closed">{connection.explanation}</Notice>;
  return (
    <>
      <BoardView doc={doc} board={board} readOnly={readOnly} connection={connection} actions={<ExportMenu board={board} />} />
      {!loaded && <div className="loading-veil" role="status"><span className="spinner" aria-hidden /> Loading the board…</div>}
    </>
  );
}
