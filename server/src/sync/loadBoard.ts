import { applyBoardUpdate, destroyBoardDoc, migrateDoc, observeBoard, openBoardDoc, waitsForMissing, LOAD_ORIGIN, type BoardDoc } from '@partnermap/shared/doc';
import type { Logger } from '../log.ts';
import type { BoardStore, Deflated, StoredUpdate } from '../storage/store.ts';

export class BoardLoadError extends Error {}

export interface LoadedBoard {
  doc: BoardDoc;
  /**
   * The stored bytes the doc was built from, when they were one piece applied whole with nothing
   * migrated since: an encoding of the whole doc as it is, which a joining page can be sent as is.
   */
  wholeState?: { update: Uint8Array; deflated?: Deflated };
  /** What the doc holds beyond the stored pieces: the migration's updates, stored by now. */
  migration: Uint8Array[];
  /** Whether a stored piece failed to apply and was left out: the doc lacks part of what is stored. */
  quarantined: boolean;
  /**
   * Whether the doc holds all that is stored: no piece left out, and nothing held aside for want
   * of one left out before (Yjs drops what it holds aside at the next edit).
   */
  holdsAllStored: boolean;
}

/** Reads a board's stored pieces (its snapshot and update log). */
export async function readStoredPieces(id: string, store: BoardStore): Promise<StoredUpdate[]> {
  try {
    return await store.loadUpdates(id);
  } catch (err) {
    throw new BoardLoadError(`board ${id} could not be read: ${(err as Error).message}`);
  }
}

/**
 * Builds a board's doc from storage. A stored piece that fails to apply is moved to quarantine
 * and the rest loads; the board is refused only when storage cannot be read at all (or it was
 * saved by a newer version). Migrations are stored before the doc is served. `read` are the
 * pieces if they were read already.
 */
export async function loadBoard(id: string, store: BoardStore, log: Logger, read?: StoredUpdate[]): Promise<LoadedBoard> {
  const pieces = read ?? (await readStoredPieces(id, store));
  if (pieces.length === 0) throw new BoardLoadError(`board ${id} has no stored state`);

  let doc = openBoardDoc();
  const applied: Uint8Array[] = [];
  for (const piece of pieces) {
    try {
      // Reading a compressed snapshot's data decompresses it, which can fail like applying it.
      const data = piece.data;
      applyBoardUpdate(doc, data, LOAD_ORIGIN);
      applied.push(data);
    } catch (err) {
      const reason = (err as Error).message || String(err);
      log.error({ board: id, seq: piece.seq, reason }, 'a stored update could not be applied; it is quarantined and the rest of the board loads');
      await store.quarantine(id, piece, reason).catch((qerr: unknown) => {
        log.error({ board: id, err: qerr }, 'could not quarantine a stored update; it stays and is skipped again next load');
      });
      // Yjs may have applied part of it: start again from the pieces that applied whole.
      destroyBoardDoc(doc);
      doc = openBoardDoc();
      for (const data of applied) applyBoardUpdate(doc, data, LOAD_ORIGIN);
    }
  }

  const migration: Uint8Array[] = [];
  const stop = observeBoard(doc, (_origin, update) => migration.push(update));
  try {
    migrateDoc(doc);
    await store.appendUpdates(id, migration);
  } catch (err) {
    destroyBoardDoc(doc);
    throw new BoardLoadError((err as Error).message);
  } finally {
    stop();
  }
  const quarantined = applied.length < pieces.length;
  const holdsAllStored = !quarantined && !waitsForMissing(doc);
  const only = applied.length === 1 && pieces.length === 1 && migration.length === 0 ? applied[0] : undefined;
  const loaded = { doc, migration, quarantined, holdsAllStored };
  return only ? { ...loaded, wholeState: { update: only, deflated: pieces[0]!.deflated } } : loaded;
}
