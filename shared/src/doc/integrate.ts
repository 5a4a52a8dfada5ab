import * as Y from 'yjs';
import { yDocOf, type BoardDoc } from './brand.ts';

/** Yjs threw while applying an update; `partial` if the doc took part of it before. */
export class UpdateFailedError extends Error {
  constructor(
    message: string,
    readonly partial: boolean,
  ) {
    super(message);
  }
}

/**
 * Applies a checked update from a client and returns what the doc integrated: the update(s) the
 * doc emitted for that transaction, which is what the server stores and forwards, never the
 * client's bytes. Parts whose dependencies the server lacks are not kept waiting: Yjs would
 * integrate them later, unchecked, so they are dropped and the client sends them again with
 * their dependencies on its next sync. Throws UpdateFailedError if Yjs throws.
 */
export function integrateUpdate(board: BoardDoc, update: Uint8Array, origin: unknown): Uint8Array[] {
  const doc = yDocOf(board);
  const emitted: Uint8Array[] = [];
  const collect = (u: Uint8Array, o: unknown) => {
    if (o === origin) emitted.push(u);
  };
  doc.on('update', collect);
  try {
    Y.applyUpdate(doc, update, origin);
  } catch (err) {
    throw new UpdateFailedError((err as Error).message || String(err), emitted.length > 0);
  } finally {
    doc.off('update', collect);
    doc.store.pendingStructs = null;
    doc.store.pendingDs = null;
  }
  return emitted;
}

/** Whether part of what the doc was given waits, unapplied, for updates it lacks (Yjs holds it aside). */
export function waitsForMissing(board: BoardDoc): boolean {
  const { store } = yDocOf(board);
  return store.pendingStructs !== null || store.pendingDs !== null;
}

/** Roughly how many bytes of an update the doc does not have yet (what storing it would add). */
export function newBytesIn(doc: BoardDoc, update: Uint8Array): number {
  return Y.diffUpdate(update, Y.encodeStateVector(yDocOf(doc))).byteLength;
}
