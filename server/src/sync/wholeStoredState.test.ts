import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addAgency, applyBoardUpdate, createBoardDoc, destroyBoardDoc, encodeBoard, newId, observeBoard, openBoardDoc, readBoard, updateAgency } from '@partnermap/shared/doc';
import { singleInstanceFanout } from '../fanout/fanout.ts';
import { createLogger } from '../log.ts';
import { SqliteStore } from '../storage/sqlite.ts';
import { loadBoard } from './loadBoard.ts';
import { Room } from './room.ts';

const log = createLogger('silent');

/** A stored board: a snapshot of one agency, and `log` (updates made after it) in the update log. */
async function storedBoard(store: SqliteStore, logUpdates: (doc: ReturnType<typeof createBoardDoc>, agencyId: string) => void) {
  const doc = createBoardDoc({ title: 'Discharge to assess' });
  const agencyId = addAgency(doc, { name: 'Ward 7' });
  const id = newId();
  await store.createBoard({ id, editTokenHash: 'e'.repeat(64), viewTokenHash: 'v'.repeat(64), createdAt: new Date().toISOString() }, encodeBoard(doc));
  const updates: Uint8Array[] = [];
  const stop = observeBoard(doc, (_origin, update) => updates.push(update));
  logUpdates(doc, agencyId);
  stop();
  destroyBoardDoc(doc);
  return { id, updates };
}

describe('when a board may be compacted from the doc the server holds', () => {
  const dirs: string[] = [];
  const stores: SqliteStore[] = [];
  const openStore = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'partnermap-whole-'));
    dirs.push(dir);
    const store = new SqliteStore(path.join(dir, 'partnermap.sqlite'), { compactAfterUpdates: 1000, synchronous: 'normal' });
    stores.push(store);
    return store;
  };
  afterEach(async () => {
    for (const s of stores.splice(0)) await s.close();
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  it('a loaded board holds all that is stored; a room gives its state until it is dropped', async () => {
    const store = openStore();
    const { id, updates } = await storedBoard(store, (doc) => addAgency(doc, { name: 'Carers centre' }));
    await store.appendUpdates(id, updates);
    expect((await loadBoard(id, store, log)).holdsAllStored).toBe(true);

    const room = await Room.load(id, { store, fanout: singleInstanceFanout, log }, () => {});
    const state = room.wholeStoredState();
    expect(state).toBeDefined();
    const check = openBoardDoc();
    applyBoardUpdate(check, state!());
    expect(readBoard(check).board.agencies.map((a) => a.name).sort()).toEqual(['Carers centre', 'Ward 7']);
    destroyBoardDoc(check);
    // A room loaded after this one left may have stored more than this one holds.
    room.destroy();
    expect(room.wholeStoredState()).toBeUndefined();
  });

  it('a board whose stored edits wait for a piece it lacks is not compacted from its doc', async () => {
    const store = openStore();
    // Two edits; only the second is stored, as if the first had been quarantined and the second
    // merged into the log's snapshot since: it applies without error, but Yjs holds it aside.
    const { id, updates } = await storedBoard(store, (doc, agencyId) => {
      const added = addAgency(doc, { name: 'Carers centre' });
      updateAgency(doc, added, { name: 'Carers centre (north)' });
      updateAgency(doc, agencyId, { name: 'Ward 7 (day unit)' });
    });
    await store.appendUpdates(id, updates.slice(1));
    const loaded = await loadBoard(id, store, log);
    expect(loaded.quarantined).toBe(false);
    expect(loaded.holdsAllStored).toBe(false);
    const room = await Room.load(id, { store, fanout: singleInstanceFanout, log }, () => {});
    expect(room.wholeStoredState()).toBeUndefined();
    room.destroy();
  });
});
