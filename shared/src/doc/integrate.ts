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

/** What an item takes besides its content (id, origins, info), roughly. */
const ITEM_BYTES = 8;

/** Roughly what a content takes in an update. A type's entries are items of their own; deleted content holds nothing. */
function contentBytes(content: Y.Item["content"]): number {
  if (content instanceof Y.ContentString) return content.str.length;
  if (content instanceof Y.ContentAny || content instanceof Y.ContentJSON) return JSON.stringify(content.arr)?.length ?? 0;
  if (content instanceof Y.ContentBinary) return content.content.byteLength;
  if (content instanceof Y.ContentEmbed) return JSON.stringify(content.embed)?.length ?? 0;
  return 0;
}

/** Roughly how many bytes of content the doc holds, not yet deleted, in one client's clocks [clock, end). */
function liveBytesIn(structs: ReadonlyArray<Y.Item | Y.GC>, clock: number, end: number): number {
  const last = structs.at(-1);
  if (!last || clock >= last.id.clock + last.length) return 0;
  let bytes = 0;
  for (let i = Y.findIndexSS(structs as Array<Y.Item | Y.GC>, clock); i < structs.length; i++) {
    const s = structs[i]!;
    if (s.id.clock >= end) break;
    if (!(s instanceof Y.Item) || s.deleted) continue;
    // Part of a longer item (a run of characters or values) counts for its share.
    const overlap = Math.min(end, s.id.clock + s.length) - Math.max(clock, s.id.clock);
    bytes += ((ITEM_BYTES + (s.parentSub?.length ?? 0) + contentBytes(s.content)) * overlap) / s.length;
  }
  return bytes;
}

/**
 * Whether an update makes a board smaller: it deletes content the doc holds (not content already
 * deleted, nor the update's own), and what it adds is smaller than that (a removal rewrites, say, a
 * partnership's list of members without the agency that went). What lets people make room on a board
 * at its size limit; renames, moves and additions do not pass, however they are bundled.
 */
export function freesRoom(doc: BoardDoc, update: Uint8Array): boolean {
  const y = yDocOf(doc);
  const stateVector = Y.encodeStateVector(y);
  const fresh = Y.diffUpdate(update, stateVector);
  const { structs, ds } = Y.decodeUpdate(fresh);
  let freed = 0;
  for (const [client, deletions] of ds.clients) {
    const held = y.store.clients.get(client);
    if (held) for (const d of deletions) freed += liveBytesIn(held, d.clock, d.clock + d.len);
  }
  if (freed === 0) return false;
  if (structs.length === 0) return true;
  // The new items' bytes: the update less what a doc already holding them would still take (the deletions).
  const withNew = Y.decodeStateVector(stateVector);
  for (const s of structs) withNew.set(s.id.client, Math.max(withNew.get(s.id.client) ?? 0, s.id.clock + s.length));
  return fresh.byteLength - Y.diffUpdate(fresh, Y.encodeStateVector(withNew)).byteLength < freed;
}
