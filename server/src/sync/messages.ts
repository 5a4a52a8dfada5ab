import * as encoding from 'lib0/encoding';
import * as authProtocol from 'y-protocols/auth';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import { COMPRESSED_SYNC_MESSAGE, SAVED_QUERY_MESSAGE, SYNC_MESSAGE, withVarUintHeader } from '@partnermap/shared/protocol';

/** Message types of the y-websocket protocol (the first varUint of every frame). */
export const MessageType = {
  Sync: SYNC_MESSAGE,
  Awareness: 1,
  Auth: 2,
  QueryAwareness: 3,
  /**
   * Partnermap's own: "tell me when everything I sent before this is stored", answered with the
   * same number. The stock provider never sends it, so it never receives the answer either.
   */
  SavedQuery: SAVED_QUERY_MESSAGE,
  /** Partnermap's own: a sync step 2 compressed, sent only to clients that asked for it. */
  CompressedSync: COMPRESSED_SYNC_MESSAGE,
} as const;

/** The frames the server sends, built in one place: every other module hands them bytes. */
function frame(type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** A sync message whose body `write` puts down (step 1, step 2 or an update). */
export function syncMessage(write: (encoder: encoding.Encoder) => void): Uint8Array {
  return frame(MessageType.Sync, write);
}

/** Sync step 2 carrying an update as it is (a stored board's bytes, not re-encoded): one allocation, one copy. */
export function syncStep2Message(update: Uint8Array): Uint8Array {
  return withVarUintHeader([MessageType.Sync, syncProtocol.messageYjsSyncStep2], update);
}

/** Sync step 2 carrying an update of `rawLength` bytes compressed as `deflated` (a stored snapshot as kept). */
export function compressedSyncStep2Message(deflated: Uint8Array, rawLength: number): Uint8Array {
  return frame(MessageType.CompressedSync, (encoder) => {
    encoding.writeVarUint(encoder, rawLength);
    encoding.writeVarUint8Array(encoder, deflated);
  });
}

/** An update for the board's other connections. */
export function updateMessage(update: Uint8Array): Uint8Array {
  return syncMessage((encoder) => syncProtocol.writeUpdate(encoder, update));
}

/** The length of updateMessage(update) for an update of `updateBytes` bytes. */
export function updateMessageBytes(updateBytes: number): number {
  // The two message types are one byte each (0 and 2), then the update's varUint length.
  let lengthBytes = 1;
  for (let n = updateBytes; n > 0x7f; n = Math.floor(n / 0x80)) lengthBytes++;
  return 2 + lengthBytes + updateBytes;
}

/** Writes updateMessage(update) into `into` at `at`, where a batch's frames are built; returns where it ends. */
export function writeUpdateMessage(into: Uint8Array, at: number, update: Uint8Array): number {
  into[at++] = MessageType.Sync;
  into[at++] = syncProtocol.messageYjsUpdate;
  let n = update.byteLength;
  while (n > 0x7f) {
    into[at++] = 0x80 | (n & 0x7f);
    n = Math.floor(n / 0x80);
  }
  into[at++] = n;
  into.set(update, at);
  return at + update.byteLength;
}

/** The answer to a "saved?" query: everything sent before it is stored. */
export function savedAnswer(query: number): Uint8Array {
  return frame(MessageType.SavedQuery, (encoder) => encoding.writeVarUint(encoder, query));
}

export function permissionDeniedMessage(reason: string): Uint8Array {
  return frame(MessageType.Auth, (encoder) => authProtocol.writePermissionDenied(encoder, reason));
}

/** The presence entries of `clients`, as the awareness protocol sends them. */
export function awarenessMessage(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  return frame(MessageType.Awareness, (encoder) =>
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clients)),
  );
}
