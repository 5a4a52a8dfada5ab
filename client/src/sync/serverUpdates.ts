import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import type { WebsocketProvider } from 'y-websocket';
import type { BoardDoc } from '@partnermap/shared/doc';
import { applyAsReceived, yDocForSync } from '@partnermap/shared/doc/transport';
import { SYNC_MESSAGE } from '@partnermap/shared/protocol';


/**
 * Applies the server's updates (its sync step 2, which on opening is the whole board, and relayed
 * edits) as y-websocket would, but hands the doc's update listeners (the browser's copy, the
 * provider, save tracking) the bytes as they came instead of an update Yjs encodes again from the
 * transaction: on opening a 2,000-agency board that was half a second of the main thread.
 */
export function applyServerUpdatesAsSent(provider: WebsocketProvider, doc: BoardDoc): () => void {
  const handleSync = provider.messageHandlers[SYNC_MESSAGE];
  if (!handleSync) throw new Error('y-websocket has no sync message handler');
  const ydoc = yDocForSync(doc);
  provider.messageHandlers[SYNC_MESSAGE] = (encoder, decoder, p, emitSynced, type) => {
    const step = decoding.readVarUint(decoding.clone(decoder));
    if (step !== syncProtocol.messageYjsSyncStep2 && step !== syncProtocol.messageYjsUpdate) {
      handleSync(encoder, decoder, p, emitSynced, type);
      return;
    }
    decoding.readVarUint(decoder);
    try {
      applyAsReceived(ydoc, decoding.readVarUint8Array(decoder), provider);
    } catch (error) {
      // As y-protocols does: a bad update or a failing observer is reported, and the connection goes on.
      console.error('Caught error while handling a Yjs update', error);
    }
    if (emitSynced && step === syncProtocol.messageYjsSyncStep2 && !provider.synced) provider.synced = true;
  };
  return () => {
    provider.messageHandlers[SYNC_MESSAGE] = handleSync;
  };
}
