import { inflateSync } from 'fflate';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import type { WebsocketProvider } from 'y-websocket';
import { COMPRESSED_SYNC_MESSAGE, COMPRESSED_SYNC_PARAM } from '@partnermap/shared/protocol';

/** y-websocket's message type for sync messages. */
const SYNC_MESSAGE = 0;

/** The provider's address parameters that ask the server for big sync step 2s compressed. */
export const compressedSyncParams = { [COMPRESSED_SYNC_PARAM.name]: COMPRESSED_SYNC_PARAM.value };

/**
 * Reads the server's compressed sync step 2 (a big board, about a tenth of its size on the
 * wire) as the plain one it stands for: decompressed in place behind a sync step 2 header and
 * handed to the sync handler, so everything that wraps that handler sees it as if it had come so.
 */
export function acceptCompressedSync(provider: WebsocketProvider): () => void {
  provider.messageHandlers[COMPRESSED_SYNC_MESSAGE] = (encoder, decoder, p, emitSynced) => {
    const rawLength = decoding.readVarUint(decoder);
    const deflated = decoding.readVarUint8Array(decoder);
    const header = encoding.createEncoder();
    encoding.writeVarUint(header, syncProtocol.messageYjsSyncStep2);
    encoding.writeVarUint(header, rawLength);
    const head = encoding.toUint8Array(header);
    const message = new Uint8Array(head.byteLength + rawLength);
    message.set(head);
    const update = inflateSync(deflated, { out: message.subarray(head.byteLength) });
    if (update.byteLength !== rawLength) throw new Error(`a compressed board decompressed to ${update.byteLength} bytes, not ${rawLength}`);
    const handleSync = provider.messageHandlers[SYNC_MESSAGE];
    if (!handleSync) throw new Error('y-websocket has no sync message handler');
    handleSync(encoder, decoding.createDecoder(message), p, emitSynced, SYNC_MESSAGE);
  };
  return () => {
    delete provider.messageHandlers[COMPRESSED_SYNC_MESSAGE];
  };
}
