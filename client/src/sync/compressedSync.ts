import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import type { WebsocketProvider } from 'y-websocket';
import { COMPRESSED_SYNC_MESSAGE, COMPRESSED_SYNC_PARAM, SYNC_MESSAGE, withVarUintHeader } from '@partnermap/shared/protocol';

/**
 * The provider's address parameters that ask the server for big sync step 2s compressed: only
 * where the browser decompresses natively (every current browser does).
 */
export const compressedSyncParams: Record<string, string> = decompressesDeflateRaw()
  ? { [COMPRESSED_SYNC_PARAM.name]: COMPRESSED_SYNC_PARAM.value }
  : {};

/** Chromium had DecompressionStream two years before it took 'deflate-raw'. */
function decompressesDeflateRaw(): boolean {
  try {
    new DecompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads the server's compressed sync step 2 (a big board, about a sixth of its size on the wire)
 * as the plain one it stands for: decompressed by the browser, natively (in script it was a tenth
 * of a second of a 2,000-agency board's opening), behind a sync step 2 header, and handed to the
 * sync handler, so everything that wraps that handler sees it as if it had come so. Messages after
 * it may be applied first: Yjs holds an update that needs the board back until the board is in.
 * If it does not decompress, the page asks again, for the plain one.
 */
export function acceptCompressedSync(provider: WebsocketProvider): () => void {
  provider.messageHandlers[COMPRESSED_SYNC_MESSAGE] = (encoder, decoder, p, emitSynced) => {
    const socket = provider.ws;
    const rawLength = decoding.readVarUint(decoder);
    const deflated = decoding.readVarUint8Array(decoder);
    // A socket opened since asks for, and gets, the board afresh: what this one brought is dropped.
    plainSyncStep2(deflated, rawLength)
      .then(
        (message) => {
          if (provider.ws !== socket) return;
          const handleSync = provider.messageHandlers[SYNC_MESSAGE];
          if (!handleSync) throw new Error('y-websocket has no sync message handler');
          // A sync step 2 has no reply, so nothing is written to `encoder` for the provider to send.
          handleSync(encoder, decoding.createDecoder(message), p, emitSynced, SYNC_MESSAGE);
        },
        (error: unknown) => {
          if (provider.ws !== socket) return;
          console.error('The board could not be decompressed; asking for it uncompressed', error);
          delete provider.params[COMPRESSED_SYNC_PARAM.name];
          socket?.close();
        },
      )
      .catch((error: unknown) => console.error('Caught error while handling the board', error));
  };
  return () => {
    delete provider.messageHandlers[COMPRESSED_SYNC_MESSAGE];
  };
}

/** A sync message holding the update decompressed. Rejects unless it is exactly `rawLength` bytes. */
async function plainSyncStep2(deflated: Uint8Array, rawLength: number): Promise<Uint8Array> {
  // A copy: a Blob takes only memory that cannot be shared.
  const stream = new Blob([deflated.slice()]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const update = new Uint8Array(await new Response(stream).arrayBuffer());
  if (update.byteLength !== rawLength) throw new Error(`the board decompressed to ${update.byteLength} bytes, not ${rawLength}`);
  return withVarUintHeader([syncProtocol.messageYjsSyncStep2], update);
}
