import { inflateSync } from 'fflate';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import type { WebsocketProvider } from 'y-websocket';
import { COMPRESSED_SYNC_MESSAGE, COMPRESSED_SYNC_PARAM, SYNC_MESSAGE } from '@partnermap/shared/protocol';

/** The provider's address parameters that ask the server for big sync step 2s compressed. */
export const compressedSyncParams = { [COMPRESSED_SYNC_PARAM.name]: COMPRESSED_SYNC_PARAM.value };

/**
 * Reads the server's compressed sync step 2 (a big board, about a fifth of its size on the wire)
 * as the plain one it stands for: decompressed in place behind a sync step 2 header and handed
 * to the sync handler, so everything that wraps that handler sees it as if it had come so. If it
 * does not decompress, the page asks again, for the plain one.
 */
export function acceptCompressedSync(provider: WebsocketProvider): () => void {
  provider.messageHandlers[COMPRESSED_SYNC_MESSAGE] = (encoder, decoder, p, emitSynced) => {
    let message: Uint8Array;
    try {
      message = plainSyncStep2(decoder);
    } catch (error) {
      console.error('The board could not be decompressed; asking for it uncompressed', error);
      delete provider.params[COMPRESSED_SYNC_PARAM.name];
      provider.ws?.close();
      return;
    }
    const handleSync = provider.messageHandlers[SYNC_MESSAGE];
    if (!handleSync) throw new Error('y-websocket has no sync message handler');
    handleSync(encoder, decoding.createDecoder(message), p, emitSynced, SYNC_MESSAGE);
  };
  return () => {
    delete provider.messageHandlers[COMPRESSED_SYNC_MESSAGE];
  };
}

/** The body of a sync message holding the update decompressed. Throws if it is not `rawLength` bytes. */
function plainSyncStep2(decoder: decoding.Decoder): Uint8Array {
  const rawLength = decoding.readVarUint(decoder);
  const deflated = decoding.readVarUint8Array(decoder);
  const header = encoding.createEncoder();
  encoding.writeVarUint(header, syncProtocol.messageYjsSyncStep2);
  encoding.writeVarUint(header, rawLength);
  const head = encoding.toUint8Array(header);
  // One byte to spare: fflate cuts what does not fit, so a longer result would pass unseen.
  const message = new Uint8Array(head.byteLength + rawLength + 1);
  message.set(head);
  const update = inflateSync(deflated, { out: message.subarray(head.byteLength) });
  if (update.byteLength !== rawLength) throw new Error(`the board decompressed to ${update.byteLength} bytes, not ${rawLength}`);
  return message;
}
