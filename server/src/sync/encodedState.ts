import { deflateRaw } from 'node:zlib';
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import { observeBoard, type BoardDoc } from '@partnermap/shared/doc';
import { COMPRESS_SNAPSHOTS_FROM } from '../storage/snapshotCompression.ts';
import type { Deflated } from '../storage/store.ts';
import { compressedSyncStep2Message, syncMessage, syncStep2Message } from './messages.ts';
import { yDocForSync } from '@partnermap/shared/doc/transport';

/**
 * A loaded board's sync messages, encoded once and kept until the board changes: every client
 * joining a quiet board gets the same bytes, so a crowd joining costs one encoding, not one each.
 */
export class EncodedState {
  private step1: Uint8Array | undefined;
  private fullState: Uint8Array | undefined;
  /** The whole board compressed: as stored, or compressed since for a joiner; until the board changes. */
  private compressedFullState: Uint8Array | undefined;
  /** Counts the board's changes: a compression finishing after one is thrown away. */
  private changes = 0;
  private compressing = false;
  private destroyed = false;
  private readonly stopObserving: () => void;

  /**
   * `wholeState`, if known, is an update holding exactly the doc (and, if it was stored
   * compressed, its stored bytes): the first joiner is sent it as is.
   */
  constructor(
    private readonly doc: BoardDoc,
    wholeState?: { update: Uint8Array; deflated?: Deflated },
  ) {
    if (wholeState) {
      this.fullState = syncStep2Message(wholeState.update);
      if (wholeState.deflated) this.compressedFullState = compressedSyncStep2Message(wholeState.deflated.bytes, wholeState.deflated.rawLength);
    }
    this.stopObserving = observeBoard(doc, () => {
      this.changes++;
      this.step1 = undefined;
      this.fullState = undefined;
      this.compressedFullState = undefined;
    });
  }

  /** Sync step 1: our state vector, which asks the client for what we lack. */
  syncStep1(): Uint8Array {
    this.step1 ??= syncMessage((encoder) => syncProtocol.writeSyncStep1(encoder, yDocForSync(this.doc)));
    return this.step1;
  }

  /**
   * Sync step 2 answering a client's state vector: what it lacks. To a client that accepts it,
   * the whole board compressed if that is at hand; if not, a big board is compressed off the event
   * loop after this answer, for the joiners that follow while it stays unchanged.
   */
  syncStep2(clientStateVector: Uint8Array, compressed = false): Uint8Array {
    // A client with nothing (a first visit, a cold cache) gets the whole board: the cached case.
    if (!isEmptyStateVector(clientStateVector)) {
      return syncMessage((encoder) => syncProtocol.writeSyncStep2(encoder, yDocForSync(this.doc), clientStateVector));
    }
    if (compressed && this.compressedFullState) return this.compressedFullState;
    this.fullState ??= syncMessage((encoder) => syncProtocol.writeSyncStep2(encoder, yDocForSync(this.doc)));
    if (compressed) this.compressForNextJoiners(this.fullState);
    return this.fullState;
  }

  private compressForNextJoiners(fullState: Uint8Array): void {
    if (this.compressing || fullState.byteLength < COMPRESS_SNAPSHOTS_FROM) return;
    const decoder = decoding.createDecoder(fullState);
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    const update = decoding.readVarUint8Array(decoder);
    const changes = this.changes;
    this.compressing = true;
    deflateRaw(update, { level: 1 }, (err, deflated) => {
      this.compressing = false;
      if (err || this.destroyed || changes !== this.changes) return;
      this.compressedFullState = compressedSyncStep2Message(deflated, update.byteLength);
    });
  }

  destroy(): void {
    this.destroyed = true;
    this.stopObserving();
    this.step1 = undefined;
    this.fullState = undefined;
    this.compressedFullState = undefined;
  }
}

/** An encoded state vector with no clients in it (Yjs writes the count, 0, and nothing else). */
export function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.byteLength === 1 && stateVector[0] === 0;
}
