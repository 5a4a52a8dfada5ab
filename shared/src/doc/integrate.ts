import * as encoding from 'lib0/encoding';
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

/**
 * Bytes of content an item holds at offsets [from, to) of its run, as Yjs encodes them. Only the
 * content: whether its header is freed too depends on its parent (liveIn).
 */
function contentBytes(content: Y.Item['content'], from: number, to: number): number {
  if (content instanceof Y.ContentString) return utf8Bytes(content.str.slice(from, to));
  if (content instanceof Y.ContentAny) {
    const encoder = encoding.createEncoder();
    for (const value of content.arr.slice(from, to)) encoding.writeAny(encoder, value as Parameters<typeof encoding.writeAny>[1]);
    return encoding.length(encoder);
  }
  if (content instanceof Y.ContentJSON) return content.arr.slice(from, to).reduce((n: number, v) => n + utf8Bytes(JSON.stringify(v) ?? 'undefined'), 0);
  if (content instanceof Y.ContentBinary) return content.content.byteLength;
  // A type's entries are items of their own; other contents (formats, embeds, subdocs) are not on a board.
  return 0;
}

const utf8 = new TextEncoder();
const utf8Bytes = (s: string) => utf8.encode(s).byteLength;

/** Bytes a lib0 varuint takes. */
const varBytes = (n: number) => (n < 0x80 ? 1 : n < 0x4000 ? 2 : n < 0x200000 ? 3 : n < 0x10000000 ? 4 : 5);
const idBytes = (id: Y.ID) => varBytes(id.client) + varBytes(id.clock);
const stringBytes = (s: string) => {
  const n = utf8Bytes(s);
  return varBytes(n) + n;
};

/**
 * What an entry of a nested type (an agency's name, a partnership's member) takes in its header,
 * as Yjs writes it: info, origins, and when it has none its parent and key.
 */
function headerBytes(s: Y.Item, parentItem: Y.Item): number {
  let n = 1;
  if (s.origin) n += idBytes(s.origin);
  if (s.rightOrigin) n += idBytes(s.rightOrigin);
  if (!s.origin && !s.rightOrigin) n += 1 + idBytes(parentItem.id) + (s.parentSub === null ? 0 : stringBytes(s.parentSub));
  return n;
}

/**
 * Bytes the doc holds, not yet deleted, in one client's clocks [clock, end) that a rewrite frees,
 * and how many live runs (several values or characters in one item) the range cuts inside: each
 * cut leaves a new item header behind. An item's content is freed; its header too when its parent
 * type goes in the same update (`goes`), since Yjs then merges it into a bare range, but a deleted
 * entry of a type that stays keeps its header as a tombstone.
 */
function liveIn(structs: ReadonlyArray<Y.Item | Y.GC>, clock: number, end: number, goes: (id: Y.ID) => boolean): { bytes: number; cuts: number } {
  const last = structs.at(-1);
  if (!last || clock >= last.id.clock + last.length) return { bytes: 0, cuts: 0 };
  let bytes = 0;
  let cuts = 0;
  for (let i = Y.findIndexSS(structs as Array<Y.Item | Y.GC>, clock); i < structs.length; i++) {
    const s = structs[i]!;
    if (s.id.clock >= end) break;
    if (!(s instanceof Y.Item) || s.deleted) continue;
    const from = Math.max(clock, s.id.clock) - s.id.clock;
    const to = Math.min(end, s.id.clock + s.length) - s.id.clock;
    bytes += contentBytes(s.content, from, to);
    if (from > 0) cuts++;
    if (to < s.length) cuts++;
    const parentItem = (s.parent as Y.AbstractType<unknown> | null)?._item;
    if (from === 0 && to === s.length && parentItem && goes(parentItem.id)) bytes += headerBytes(s, parentItem);
  }
  return { bytes, cuts };
}

/** What a deleted range leaves, roughly: a delete set entry (client, clock, length) and a bare range where its items were. */
const RANGE_BYTES = 10;
/** What an item's header takes (info, origins, parent), roughly: a cut run leaves one more. */
const ITEM_HEADER_BYTES = 10;
/** What an update that adds content must free beyond it, and beyond its deletions' bookkeeping. */
const FREEING_MARGIN_BYTES = 32;
/** And per client the board has not seen before (a state vector entry, a delete set entry). */
const NEW_CLIENT_BYTES = 16;

/**
 * Whether an update makes a board smaller: the content it deletes that the doc holds (not content
 * already deleted, nor the update's own; each range counted once) is more than all it adds and all
 * its deletions leave behind (delete set entries, headers of cut runs), with a margin when it adds
 * anything. A removal passes, even one that rewrites a partnership's list of members without the
 * agency that went; an addition, or an overwrite that is not shorter, does not, however it is
 * bundled. What lets people make room on a board at its size limit. False for anything it cannot read.
 */
export function freesRoom(doc: BoardDoc, update: Uint8Array): boolean {
  try {
    const y = yDocOf(doc);
    const stateVector = Y.encodeStateVector(y);
    const fresh = Y.diffUpdate(update, stateVector);
    const { structs, ds } = Y.decodeUpdate(fresh);
    let freed = 0;
    let cost = 0;
    const deleted = Y.mergeDeleteSets([ds]);
    const goes = (id: Y.ID) => Y.isDeleted(deleted, id);
    for (const [client, deletions] of deleted.clients) {
      const held = y.store.clients.get(client);
      for (const d of deletions) {
        const live = held ? liveIn(held, d.clock, d.clock + d.len, goes) : { bytes: 0, cuts: 0 };
        freed += live.bytes;
        cost += RANGE_BYTES + live.cuts * ITEM_HEADER_BYTES;
      }
    }
    if (freed === 0) return false;
    // Deletions alone: each must take content the board holds, so they cannot go on for ever (a client's
    // first deletion may leave a few bytes of delete set uncharged, once per client).
    if (structs.length === 0) return cost <= freed;
    // The new items' bytes: the update less what a doc already holding them would still take (the deletions).
    const held = Y.decodeStateVector(stateVector);
    const withNew = new Map(held);
    for (const s of structs) withNew.set(s.id.client, Math.max(withNew.get(s.id.client) ?? 0, s.id.clock + s.length));
    const added = fresh.byteLength - Y.diffUpdate(fresh, Y.encodeStateVector(withNew)).byteLength;
    const newClients = [...withNew.keys()].filter((c) => !held.has(c)).length;
    return added + cost + FREEING_MARGIN_BYTES + NEW_CLIENT_BYTES * newClients <= freed;
  } catch {
    return false;
  }
}
