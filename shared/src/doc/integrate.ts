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

/** New content a removal may carry: rewriting a partnership's members when one of them goes. */
const FREEING_EDIT_NEW_BYTES = 1024;

/**
 * Whether an update removes something the doc holds, and adds little besides (a removal can
 * rewrite a list that named what went): what lets people make room on a board at its size limit.
 * Every deletion must be of what the doc holds (or of the update's own new items), so that none is
 * kept waiting for items that never come, and so that sending the same removal again adds nothing.
 */
export function freesRoom(doc: BoardDoc, update: Uint8Array): boolean {
  const stateVector = Y.encodeStateVector(yDocOf(doc));
  const fresh = Y.diffUpdate(update, stateVector);
  const { structs, ds } = Y.decodeUpdate(fresh);
  if (ds.clients.size === 0) return false;
  // What the doc would hold with the update's new items (which its own deletions may name too).
  const withNew = Y.decodeStateVector(stateVector);
  for (const s of structs) withNew.set(s.id.client, Math.max(withNew.get(s.id.client) ?? 0, s.id.clock + s.length));
  for (const [client, deletions] of ds.clients) {
    const end = withNew.get(client) ?? 0;
    if (deletions.some((d) => d.clock + d.len > end)) return false;
  }
  if (structs.length === 0) return true;
  // The new items' bytes: the update less what a doc already holding them would still take (the deletions).
  return fresh.byteLength - Y.diffUpdate(fresh, Y.encodeStateVector(withNew)).byteLength <= FREEING_EDIT_NEW_BYTES;
}
