import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { WebsocketProvider } from 'y-websocket';
import { observeBoard, type BoardDoc } from '@partnermap/shared/doc';
import { SAVED_QUERY_MESSAGE } from '@partnermap/shared/protocol';
import { NOTHING_TO_SAVE, answered, edited, isUnsaved, queried, type SaveState } from './saveTracker.ts';

/** Edits come in bursts (typing, dragging): one query after the burst is enough. */
const QUERY_DEBOUNCE_MS = 300;

/**
 * Asks the server, after this page's edits, to confirm they are stored, and reports whether any
 * edit is still unconfirmed. Queries go out only on a synced socket: the provider has then sent
 * everything the server lacked, so the answer covers edits made offline too.
 */
export function trackSaves(provider: WebsocketProvider, doc: BoardDoc, onChange: (unsaved: boolean) => void): () => void {
  let state: SaveState = NOTHING_TO_SAVE;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const set = (next: SaveState) => {
    const was = isUnsaved(state);
    state = next;
    if (isUnsaved(next) !== was) onChange(isUnsaved(next));
  };

  const sendQuery = () => {
    clearTimeout(timer);
    timer = undefined;
    const ws = provider.ws;
    if (!provider.synced || !ws || ws.readyState !== WebSocket.OPEN || !isUnsaved(state)) return;
    set(queried(state));
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, SAVED_QUERY_MESSAGE);
    encoding.writeVarUint(encoder, state.sent);
    ws.send(encoding.toUint8Array(encoder));
  };

  // y-websocket calls the handler for message type 4 with the decoder positioned after the type.
  provider.messageHandlers[SAVED_QUERY_MESSAGE] = (_encoder, decoder) => set(answered(state, decoding.readVarUint(decoder)));

  const stopObserving = observeBoard(doc, (origin) => {
    // Updates from the server are stored already; anything else (this person, the offline cache) is sent.
    if (origin === provider) return;
    set(edited(state));
    clearTimeout(timer);
    timer = setTimeout(sendQuery, QUERY_DEBOUNCE_MS);
  });
  const onSync = (synced: boolean) => {
    if (synced) sendQuery();
  };
  provider.on('sync', onSync);

  return () => {
    clearTimeout(timer);
    stopObserving();
    provider.off('sync', onSync);
    delete provider.messageHandlers[SAVED_QUERY_MESSAGE];
  };
}
