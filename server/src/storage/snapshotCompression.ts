import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { StoredUpdate } from './store.ts';

/**
 * Snapshots from this size are kept compressed. A big board's Yjs state is mostly repeated keys
 * and ids: 5 MB deflate to about 0.6 MB, which SQLite reads in a fraction of the time and a
 * joining page that accepts it is sent as is.
 */
export const COMPRESS_SNAPSHOTS_FROM = 64 * 1024;

/** A snapshot as a store keeps it: `rawLength` is null if `state` is the Yjs update itself. */
export interface SnapshotRow {
  state: Buffer;
  rawLength: number | null;
}

/** Compressed at the fastest level: it is done inside the commit that stores it. */
export function snapshotRow(state: Uint8Array): SnapshotRow {
  if (state.byteLength < COMPRESS_SNAPSHOTS_FROM) {
    return { state: Buffer.from(state.buffer, state.byteOffset, state.byteLength), rawLength: null };
  }
  return { state: deflateRawSync(state, { level: 1 }), rawLength: state.byteLength };
}

/** The Yjs update a stored snapshot holds. Throws if a compressed one does not decompress to its recorded length. */
export function snapshotState(row: SnapshotRow): Uint8Array {
  const { state, rawLength } = row;
  if (rawLength === null) return new Uint8Array(state.buffer, state.byteOffset, state.byteLength);
  let raw: Buffer;
  try {
    raw = inflateRawSync(state, { maxOutputLength: rawLength });
  } catch (err) {
    throw new Error(`the stored snapshot could not be decompressed: ${(err as Error).message}`);
  }
  if (raw.byteLength !== rawLength) {
    throw new Error(`the stored snapshot decompressed to ${raw.byteLength} bytes, not the ${rawLength} recorded`);
  }
  return new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
}

/**
 * A board's snapshot as loaded. A compressed one keeps its stored bytes (`deflated`) and is
 * decompressed only when its update is first read: a page joining a cold board can be answered
 * with the compressed bytes before the server has decompressed anything.
 */
export function snapshotPiece(row: SnapshotRow): StoredUpdate {
  if (row.rawLength === null) return { seq: null, data: snapshotState(row) };
  let data: Uint8Array | undefined;
  return {
    seq: null,
    deflated: { bytes: new Uint8Array(row.state.buffer, row.state.byteOffset, row.state.byteLength), rawLength: row.rawLength },
    get data() {
      data ??= snapshotState(row);
      return data;
    },
  };
}

/**
 * What quarantine keeps of a piece that failed: its update, or the bytes as stored if they do
 * not decompress (said in the reason).
 */
export function quarantinedBytes(piece: StoredUpdate, reason: string): { data: Buffer; reason: string } {
  try {
    const data = piece.data;
    return { data: Buffer.from(data.buffer, data.byteOffset, data.byteLength), reason };
  } catch {
    const kept = piece.deflated?.bytes ?? new Uint8Array();
    return { data: Buffer.from(kept.buffer, kept.byteOffset, kept.byteLength), reason: `${reason} (kept as stored: deflate-raw compressed)` };
  }
}
