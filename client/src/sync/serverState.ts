import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import type { WebsocketProvider } from 'y-websocket';
import {
  decodeStateVector,
  extendStateVector,
  observeBoard,
  type BoardDoc,
  type StateVector,
} from '@partnermap/shared/doc';
import { yDocForSync } from '@partnermap/shared/doc/transport';
import { SYNC_MESSAGE } from '@partnermap/shared/protocol';


/**
 * For a view-only page. Sends nothing of the doc to the server (which would refuse it anyway), so
 * that nothing in this browser can pass for an edit; and learns what the server holds: its state
 * vector from each sync step 1, extended by every update it relays. `onServerState` is called
 * with it at each (re)connection; the map is then kept up to date in place.
 */
export function followServerState(
  provider: WebsocketProvider,
  doc: BoardDoc,
  onServerState: (known: StateVector) => void,
): () => void {
  let known: StateVector | undefined;
  const handleSync = provider.messageHandlers[SYNC_MESSAGE];
  if (!handleSync) throw new Error('y-websocket has no sync message handler');
  provider.messageHandlers[SYNC_MESSAGE] = (encoder, decoder, p, emitSynced, type) => {
    const peek = decoding.clone(decoder);
    if (decoding.readVarUint(peek) === syncProtocol.messageYjsSyncStep1) {
      // The server asks for what it lacks; a view-only page answers nothing.
      known = decodeStateVector(decoding.readVarUint8Array(peek));
      onServerState(known);
      return;
    }
    handleSync(encoder, decoder, p, emitSynced, type);
  };
  // The provider sends every update not its own: here only the browser's copy loading.
  yDocForSync(doc).off('update', provider._updateHandler);
  const stopObserving = observeBoard(doc, (origin, update) => {
    if (origin === provider && known) extendStateVector(known, update);
  });
  return () => {
    stopObserving();
    provider.messageHandlers[SYNC_MESSAGE] = handleSync;
  };
}
