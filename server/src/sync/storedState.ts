import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import { mergeUpdates, updateBeyond } from '@partnermap/shared/doc';
import type { Deflated, StoredUpdate } from '../storage/store.ts';
import { isEmptyStateVector } from './encodedState.ts';
import { compressedSyncStep2Message, MessageType, syncStep2Message, updateMessage } from './messages.ts';

/**
 * A board's stored bytes, read before its doc is built: a page joining while the doc is being
 * built gets its sync step 2 from them at once. Its other frames wait for the doc, which checks
 * them as usual; whatever the build adds (a migration) follows, and if a stored piece failed to
 * apply (quarantined) the page is closed so it loads the board again as the server holds it.
 */
export class StoredState {
  /** The pieces as one update, merged when first asked for; null if they do not merge. */
  private merged: Uint8Array | null | undefined;
  private wholeMessage: Uint8Array | undefined;
  /** The frames of a compressed answer; null if there is none (see compressedAnswer). */
  private compressedFrames: Uint8Array[] | null | undefined;
  private awaited = 0;
  private release: (() => void) | undefined;

  constructor(private readonly pieces: StoredUpdate[]) {}

  /**
   * The frames answering a client's sync step 1: the stored board as is for an empty state
   * vector, else what it lacks. Undefined if the pieces do not merge (the page waits for the doc,
   * whose build quarantines what is wrong). Throws if the state vector is malformed. A client
   * that accepts `compressed` answers, joining a board whose snapshot is stored compressed, is
   * sent the snapshot as stored, without the server decompressing it.
   */
  syncStep2(clientStateVector: Uint8Array, compressed = false): Uint8Array[] | undefined {
    const [first, ...log] = this.pieces;
    if (compressed && first?.deflated && isEmptyStateVector(clientStateVector)) {
      if (this.compressedFrames === undefined) this.compressedFrames = compressedAnswer(first.deflated, log);
      if (this.compressedFrames) return this.compressedFrames;
    }
    const bytes = this.bytes();
    if (!bytes) return undefined;
    if (isEmptyStateVector(clientStateVector)) {
      this.wholeMessage ??= syncStep2Message(bytes);
      return [this.wholeMessage];
    }
    return [syncStep2Message(updateBeyond(bytes, clientStateVector))];
  }

  private bytes(): Uint8Array | null {
    if (this.merged === undefined) {
      try {
        this.merged = this.pieces.length === 1 ? this.pieces[0]!.data : this.pieces.length > 1 ? mergeUpdates(this.pieces.map((p) => p.data)) : null;
      } catch {
        this.merged = null;
      }
    }
    return this.merged;
  }

  /** A joiner to be answered from these bytes; the returned function says it was (or left). */
  expect(): () => void {
    this.awaited++;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.awaited--;
      if (this.awaited === 0) this.release?.();
    };
  }

  /**
   * Resolves once every expected joiner has been answered, or after `maxMs`: building the doc
   * holds the event loop, so it starts after the answers are sent rather than before.
   */
  answered(maxMs: number): Promise<void> {
    if (this.awaited === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, maxMs);
      this.release = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}

/**
 * The log since the snapshot as one update, then the snapshot as stored: Yjs holds the update
 * until the snapshot it builds on arrives, so the page is whole when its sync step 2 is applied.
 * Null if the log does not merge, or is so big that the second frame would find the first still
 * unsent past a slow client's allowance (the page then gets the plain answer, one frame).
 */
function compressedAnswer(snapshot: Deflated, log: StoredUpdate[]): Uint8Array[] | null {
  const step2 = compressedSyncStep2Message(snapshot.bytes, snapshot.rawLength);
  if (log.length === 0) return [step2];
  if (log.reduce((n, p) => n + p.data.byteLength, 0) > MAX_LOG_BEFORE_COMPRESSED) return null;
  try {
    return [updateMessage(log.length === 1 ? log[0]!.data : mergeUpdates(log.map((p) => p.data))), step2];
  } catch {
    return null;
  }
}

/** Far below the default allowance for a connection's unsent data (MAX_BUFFERED_BYTES, 8 MiB). */
const MAX_LOG_BEFORE_COMPRESSED = 1024 * 1024;

/** The state vector of a frame that is a sync step 1, else undefined (the frame waits for the doc). */
export function syncStep1StateVector(frame: Uint8Array): Uint8Array | undefined {
  try {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== MessageType.Sync) return undefined;
    if (decoding.readVarUint(decoder) !== syncProtocol.messageYjsSyncStep1) return undefined;
    return decoding.readVarUint8Array(decoder);
  } catch {
    // Malformed: left for the connection's own handling, which closes it once the doc is there.
    return undefined;
  }
}
