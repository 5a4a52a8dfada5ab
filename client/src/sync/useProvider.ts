import { useEffect, useRef, useState } from 'react';
import { WebsocketProvider } from 'y-websocket';
import { type BoardDoc, type StateVector } from '@partnermap/shared/doc';
import { yDocForSync } from '@partnermap/shared/doc/transport';
import { CloseCode, FINAL_CLOSE_CODES } from '@partnermap/shared/protocol';
import { lookUpAccess } from '../app/api.ts';
import { acceptCompressedSync, compressedSyncParams } from './compressedSync.ts';
import { describeConnection, type ConnectionView, type SocketFacts } from './connectionStatus.ts';
import { sendOwnPresenceOnly } from './ownPresence.ts';
import { manageReconnect } from './reconnect.ts';
import { applyServerUpdatesAsSent } from './serverUpdates.ts';
import { trackSaves } from './savedQueries.ts';
import { followServerState } from './serverState.ts';

function wsBase(): string {
  return window.location.origin.replace(/^http/, 'ws');
}

/**
 * Connects the board's doc to the server and reports the connection in plain terms: whether
 * edits made here are stored yet, and whether the page is offline or reconnecting. A view-only
 * page sends no edits, so it is never "saving" or "saved"; instead it learns what the server
 * holds (`serverState`), so that a browser copy holding more can be told apart.
 */
export function useProvider(
  doc: BoardDoc,
  boardId: string,
  token: string,
  readOnly: boolean,
  /** What a big board from the server waits for before it is applied (see copyGate). */
  beforeBigBoard?: () => Promise<void>,
): {
  connection: ConnectionView;
  provider: WebsocketProvider | undefined;
  serverState: StateVector | undefined;
  /** The socket is open: y-websocket has asked the server for what this page lacks (sync step 1) as it opened. */
  socketOpen: boolean;
} {
  const [facts, setFacts] = useState<SocketFacts>(() => ({
    status: 'connecting',
    synced: false,
    everSynced: false,
    editedHere: false,
    unsaved: false,
    online: navigator.onLine,
    closeCode: undefined,
  }));
  const [provider, setProvider] = useState<WebsocketProvider>();
  // Read through a ref: a new function from the caller must not make a new connection.
  const before = useRef(beforeBigBoard);
  useEffect(() => {
    before.current = beforeBigBoard;
  }, [beforeBigBoard]);
  const [serverState, setServerState] = useState<StateVector>();

  useEffect(() => {
    const p = new WebsocketProvider(`${wsBase()}/ws`, boardId, yDocForSync(doc), {
      params: { token, ...compressedSyncParams },
      // Another tab must get the board through the server, which checks its token.
      disableBc: true,
      shouldReconnect: (event) => !FINAL_CLOSE_CODES.has(event.code),
    });
    const stopPresence = sendOwnPresenceOnly(p);
    // Before followServerState, which wraps the same handler.
    const stopApplying = applyServerUpdatesAsSent(p, doc);
    const stopAcceptingCompressed = acceptCompressedSync(p, () => before.current?.() ?? Promise.resolve());
    const update = (patch: Partial<SocketFacts>) => setFacts((f) => ({ ...f, ...patch }));
    p.on('status', ({ status }) => update(status === 'connected' ? { status, closeCode: undefined } : { status }));
    p.on('sync', (synced) => setFacts((f) => ({ ...f, synced, everSynced: f.everSynced || synced })));
    p.on('connection-close', (event) => {
      if (event) update({ closeCode: event.code, synced: false });
    });
    // Edits from this page or kept from an offline session: once stored, the page says "saved".
    // A view-only page has none to send, and follows what the server holds instead.
    const stopTracking = readOnly
      ? followServerState(p, doc, setServerState)
      : trackSaves(p, doc, (unsaved) => update(unsaved ? { unsaved, editedHere: true } : { unsaved }));
    const stopReconnecting = manageReconnect(p, {
      onOnline: (online) => update({ online }),
      checkLink: async () => {
        const lookup = await lookUpAccess(boardId, token);
        if (lookup.state === 'refused') return CloseCode.LinkReplaced;
        return lookup.state === 'gone' ? CloseCode.BoardGone : undefined;
      },
      onFinal: (closeCode) => update({ closeCode, status: 'disconnected' }),
    });
    setProvider(p);
    return () => {
      stopReconnecting();
      stopTracking();
      stopAcceptingCompressed();
      stopApplying();
      stopPresence();
      p.destroy();
      setProvider(undefined);
    };
  }, [doc, boardId, token, readOnly]);

  return { connection: describeConnection(facts), provider, serverState, socketOpen: facts.status === 'connected' };
}
