import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import type { WebsocketProvider } from 'y-websocket';
import { COMPRESSED_SYNC_MESSAGE, COMPRESSED_SYNC_PARAM, SYNC_MESSAGE, varUintHeader } from '@partnermap/shared/protocol';

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
 * If it does not decompress, the page asks again, for the plain one. It is handed on once `before`
 * has also resolved (see copyGate).
 */
export function acceptCompressedSync(provider: WebsocketProvider, before: () => Promise<void> = () => Promise.resolve()): () => void {
  provider.messageHandlers[COMPRESSED_SYNC_MESSAGE] = (encoder, decoder, p, emitSynced) => {
    const socket = provider.ws;
    const rawLength = decoding.readVarUint(decoder);
    const deflated = decoding.readVarUint8Array(decoder);
    // A socket opened since asks for, and gets, the board afresh: what this one brought is dropped.
    Promise.all([plainSyncStep2(deflated, rawLength), before()])
      .then(
        ([message]) => {
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

const MAX_DEFLATE_RATIO = 1032;

/**
 * A sync message holding the update decompressed. Rejects unless it is exactly `rawLength` bytes.
 * The stream is fed and read here, into one buffer of the size announced: through a Blob and a
 * Response it took a tenth of a second longer on a big board, waiting on the browser's own process.
 */
export async function plainSyncStep2(deflated: Uint8Array, rawLength: number): Promise<Uint8Array> {
  // Deflate shrinks by 1032 to 1 at most: a larger claim is a broken message, not a board to make room for.
  if (rawLength > deflated.byteLength * MAX_DEFLATE_RATIO + 64) throw new Error(`the board cannot decompress to the ${rawLength} bytes announced`);
  const head = varUintHeader([syncProtocol.messageYjsSyncStep2], rawLength);
  const inflate = new DecompressionStream('deflate-raw');
  const writer = inflate.writable.getWriter();
  // A copy, as the stream's type takes only memory that cannot be shared. A failure to
  // decompress reaches the reader below; the writer's own copy of it is not news.
  writer.write(deflated.slice()).then(() => writer.close()).catch(() => undefined);
  const reader = inflate.readable.getReader();
  const message = new Uint8Array(head.byteLength + rawLength);
  message.set(head);
  let at = head.byteLength;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (at + value.byteLength > message.byteLength) {
      reader.cancel().catch(() => undefined);
      throw new Error(`the board decompressed to more than ${rawLength} bytes`);
    }
    message.set(value, at);
    at += value.byteLength;
  }
  if (at !== message.byteLength) throw new Error(`the board decompressed to ${at - head.byteLength} bytes, not ${rawLength}`);
  return message;
}
