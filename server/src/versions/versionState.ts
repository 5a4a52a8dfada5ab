import { gunzipSync, gzipSync } from 'node:zlib';
import { applyBoardUpdate, destroyBoardDoc, encodeBoard, migrateDoc, openBoardDoc, readBoard, type BoardDoc } from '@partnermap/shared/doc';
import type { Board } from '@partnermap/shared/model';

/** A stored version never decompresses past this: a board is far smaller, so more means damage. */
const MAX_STATE_BYTES = 256 * 1024 * 1024;

/** The doc's whole Yjs state, compressed: what a version stores. */
export function versionState(doc: BoardDoc): Uint8Array {
  return gzipSync(encodeBoard(doc));
}

/** The board a version holds, migrated to the current schema as a loaded board would be. */
export function boardOfVersion(state: Uint8Array): Board {
  const doc = openBoardDoc();
  try {
    applyBoardUpdate(doc, gunzipSync(state, { maxOutputLength: MAX_STATE_BYTES }));
    migrateDoc(doc);
    return readBoard(doc).board;
  } finally {
    destroyBoardDoc(doc);
  }
}

// Not Intl.DateTimeFormat: the first use maps in the ICU data, several MiB of every server's memory.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The automatic version kept before the first edit of a day (UTC), named for that day ("Start of 3 March 2026"). */
export function dailyVersionName(at: Date): string {
  return `Start of ${at.getUTCDate()} ${MONTHS[at.getUTCMonth()]} ${at.getUTCFullYear()}`;
}

export function restoreVersionName(restored: string): string {
  return `Before restoring “${restored}”`.slice(0, 200);
}

/** The UTC day of a time, as the versions' timestamps are kept. */
export function dayOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}
