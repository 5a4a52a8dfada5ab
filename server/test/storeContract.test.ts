import fs from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addAgency, applyBoardUpdate, createBoardDoc, destroyBoardDoc, encodeBoard, newId, observeBoard, openBoardDoc, readBoard, removeAgency } from '@partnermap/shared/doc';
import { createLogger } from '../src/log.ts';
import { migrate } from '../src/storage/migrate.ts';
import { POSTGRES_MIGRATIONS } from '../src/storage/migrations/postgres.ts';
import { PostgresStore } from '../src/storage/postgres.ts';
import { COMPRESS_SNAPSHOTS_FROM } from '../src/storage/snapshotCompression.ts';
import { SqliteStore } from '../src/storage/sqlite.ts';
import { ATTRIBUTIONS_KEPT, type BoardStore, type StoredBoard, type StoredUpdate } from '../src/storage/store.ts';
import { startPostgres, type Postgres } from './engines.ts';

const log = createLogger('silent');

interface Engine {
  name: string;
  start(): Promise<void>;
  /** Another handle on the same storage, as a second server instance would have. */
  open(compactAfterUpdates?: number): Promise<BoardStore>;
  /** Whether one server writes it alone, so that it may compact from the server's state. */
  soleWriter: boolean;
  stop(): Promise<void>;
}

const sqlite = (sync: 'full' | 'normal'): Engine => {
  let dir = '';
  return {
    name: `SQLite (SQLITE_SYNC=${sync})`,
    soleWriter: true,
    start: async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'partnermap-store-'));
    },
    open: async (n = 1000) => new SqliteStore(path.join(dir, 'partnermap.sqlite'), { compactAfterUpdates: n, synchronous: sync }),
    stop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
};

const postgres = (): Engine => {
  let server: Postgres | undefined;
  return {
    name: 'PostgreSQL',
    soleWriter: false,
    start: async () => {
      server = await startPostgres();
    },
    open: (n = 1000) => PostgresStore.open(server!.url, n, log),
    stop: async () => server?.stop(),
  };
};

function newBoard(): { board: StoredBoard; state: Uint8Array } {
  const doc = createBoardDoc({ title: 'Discharge to assess' });
  const state = encodeBoard(doc);
  destroyBoardDoc(doc);
  return { board: { id: newId(), editTokenHash: 'e'.repeat(64), viewTokenHash: 'v'.repeat(64), createdAt: new Date().toISOString() }, state };
}

/** Real edits: each agency added is one update, as a client's would be. */
function agencyUpdates(names: string[]): Uint8Array[] {
  const doc = openBoardDoc();
  const updates: Uint8Array[] = [];
  const stop = observeBoard(doc, (_origin, update) => updates.push(update));
  for (const name of names) addAgency(doc, { name });
  stop();
  destroyBoardDoc(doc);
  return updates;
}

function agencyNames(pieces: StoredUpdate[]): string[] {
  const doc = openBoardDoc();
  for (const piece of pieces) applyBoardUpdate(doc, piece.data);
  const names = readBoard(doc).board.agencies.map((a) => a.name).sort();
  destroyBoardDoc(doc);
  return names;
}

describe.each([sqlite('full'), sqlite('normal'), postgres()])('the board store contract on $name', { timeout: 60_000 }, (engine) => {
  const opened: BoardStore[] = [];
  const open = async (n?: number) => {
    const store = await engine.open(n);
    opened.push(store);
    return store;
  };
  beforeAll(() => engine.start(), 60_000);
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close();
  });
  afterAll(() => engine.stop());

  it('creates a board with its first state and refuses a second board with the same id', async () => {
    const store = await open();
    const { board, state } = newBoard();
    await store.createBoard(board, state);
    expect(await store.getBoard(board.id)).toEqual(board);
    expect(await store.loadUpdates(board.id)).toEqual([{ seq: null, data: state }]);
    await expect(store.createBoard(board, state)).rejects.toThrow();
    expect(store.isWritable()).toBe(true);
    expect(await store.getBoard(newId())).toBeUndefined();
    expect(await store.loadUpdates(newId())).toEqual([]);
  });

  it('gives back the snapshot, then every appended update in order, and counts their bytes', async () => {
    const store = await open();
    const { board, state } = newBoard();
    await store.createBoard(board, state);
    const updates = agencyUpdates(['Ward 7', 'Reablement team', 'Carers centre']);
    for (const u of updates) await store.appendUpdates(board.id, [u]);
    const pieces = await store.loadUpdates(board.id);
    expect(pieces.map((p) => p.data)).toEqual([state, ...updates]);
    expect(pieces[0]!.seq).toBeNull();
    const seqs = pieces.slice(1).map((p) => p.seq!);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    expect(await store.storedBytes(board.id)).toBe([state, ...updates].reduce((n, u) => n + u.byteLength, 0));
  });

  it('stores a batch of updates (one group commit) whole and in its order', async () => {
    const store = await open();
    const { board, state } = newBoard();
    await store.createBoard(board, state);
    const updates = agencyUpdates(['Ward 7', 'Reablement team', 'Carers centre', 'Hospice at home']);
    await store.appendUpdates(board.id, updates.slice(0, 1));
    await store.appendUpdates(board.id, updates.slice(1));
    expect((await store.loadUpdates(board.id)).map((p) => p.data)).toEqual([state, ...updates]);
  });

  it('an update appended through one handle is read through another (another instance)', async () => {
    const [a, b] = [await open(), await open()];
    const { board, state } = newBoard();
    await a.createBoard(board, state);
    const [update] = agencyUpdates(['Hospice at home']);
    await a.appendUpdates(board.id, [update!]);
    expect(agencyNames(await b.loadUpdates(board.id))).toEqual(['Hospice at home']);
  });

  it('replaces the token hashes and deletes a board with everything stored for it', async () => {
    const store = await open();
    const { board, state } = newBoard();
    await store.createBoard(board, state);
    await store.appendUpdates(board.id, [agencyUpdates(['GP practice'])[0]!]);
    await store.setTokens(board.id, { editTokenHash: 'f'.repeat(64), viewTokenHash: 'w'.repeat(64) });
    expect(await store.getBoard(board.id)).toMatchObject({ editTokenHash: 'f'.repeat(64), viewTokenHash: 'w'.repeat(64) });
    await store.deleteBoard(board.id);
    expect(await store.getBoard(board.id)).toBeUndefined();
    expect(await store.loadUpdates(board.id)).toEqual([]);
    expect(await store.storedBytes(board.id)).toBe(0);
  });

  it("keeps a board's summary for the home page, replaces it, and deletes it with the board", async () => {
    const [a, b] = [await open(), await open()];
    const { board, state } = newBoard();
    await a.createBoard(board, state);
    expect(await a.getSummary(board.id)).toBeUndefined();
    await a.putSummary(board.id, { title: 'Discharge to assess', goal: '', agencies: 0 });
    expect(await b.getSummary(board.id)).toEqual({ title: 'Discharge to assess', goal: '', agencies: 0 });
    const other = newBoard();
    await a.createBoard(other.board, other.state, { title: 'Falls prevention', goal: 'Fewer falls at home', agencies: 3 });
    expect(await b.getSummary(other.board.id)).toEqual({ title: 'Falls prevention', goal: 'Fewer falls at home', agencies: 3 });
    await a.putSummary(board.id, { title: 'Discharge to assess, Northshire', goal: 'Home the same day', agencies: 12 });
    expect(await b.getSummary(board.id)).toEqual({ title: 'Discharge to assess, Northshire', goal: 'Home the same day', agencies: 12 });
    await a.deleteBoard(board.id);
    expect(await b.getSummary(board.id)).toBeUndefined();
    // A board leaving memory as it is deleted keeps nothing, and the store stays writable.
    await a.putSummary(board.id, { title: 'Gone', goal: '', agencies: 0 });
    expect(await a.getSummary(board.id)).toBeUndefined();
    expect(a.isWritable()).toBe(true);
  });

  it('gives a summary only while no update stored after it (through any handle) or a compaction has made it out of date', async () => {
    const [a, b] = [await open(2), await open(2)];
    const { board, state } = newBoard();
    const summary = { title: 'Discharge to assess', goal: '', agencies: 0 };
    await a.createBoard(board, state, summary);
    expect(await b.getSummary(board.id)).toEqual(summary);
    const [ward, team, centre] = agencyUpdates(['Ward 7', 'Social work team', 'Carers centre']);
    await b.appendUpdates(board.id, [ward!]);
    expect(await a.getSummary(board.id)).toBeUndefined();
    await a.putSummary(board.id, { ...summary, agencies: 1 });
    expect(await b.getSummary(board.id)).toEqual({ ...summary, agencies: 1 });
    await b.appendUpdates(board.id, [team!]);
    await b.appendUpdates(board.id, [centre!]);
    await a.putSummary(board.id, { ...summary, agencies: 3 });
    expect(await b.getSummary(board.id)).toEqual({ ...summary, agencies: 3 });
    await b.compactIfNeeded(board.id);
    expect((await b.loadUpdates(board.id)).length).toBe(1);
    expect(await a.getSummary(board.id)).toBeUndefined();
  });

  it('quarantines a log row or the snapshot out of the board and keeps the rest', async () => {
    const store = await open();
    const { board, state } = newBoard();
    await store.createBoard(board, state);
    for (const u of agencyUpdates(['Ward 7', 'Social work team'])) await store.appendUpdates(board.id, [u]);
    const [snapshot, first, second] = await store.loadUpdates(board.id);
    await store.quarantine(board.id, first!, 'does not apply');
    expect(await store.loadUpdates(board.id)).toEqual([snapshot, second]);
    await store.quarantine(board.id, snapshot!, 'corrupt');
    expect(await store.loadUpdates(board.id)).toEqual([second]);
  });

  it('merges the log into the snapshot past the threshold only, and the board reads the same', async () => {
    const store = await open(5);
    const { board, state } = newBoard();
    await store.createBoard(board, state);
    const names = Array.from({ length: 5 }, (_, i) => `Agency ${i}`);
    const updates = agencyUpdates(names);
    for (const u of updates.slice(0, 4)) await store.appendUpdates(board.id, [u]);
    await store.compactIfNeeded(board.id);
    expect(await store.loadUpdates(board.id)).toHaveLength(5);
    await store.appendUpdates(board.id, [updates[4]!]);
    await store.compactIfNeeded(board.id);
    const pieces = await store.loadUpdates(board.id);
    expect(pieces).toHaveLength(1);
    expect(pieces[0]!.seq).toBeNull();
    expect(agencyNames(pieces)).toEqual([...names].sort());
  });

  it('compacts a short log when asked to (a board past its size limit), without the content of what was removed', async () => {
    const store = await open(500);
    const { board, state } = newBoard();
    await store.createBoard(board, state);
    const doc = openBoardDoc();
    applyBoardUpdate(doc, state);
    const updates: Uint8Array[] = [];
    const stop = observeBoard(doc, (_origin, update) => updates.push(update));
    const gone = addAgency(doc, { name: 'Closed service', description: 'Short-term placements. '.repeat(200) });
    addAgency(doc, { name: 'Ward 7' });
    removeAgency(doc, gone);
    stop();
    for (const u of updates) await store.appendUpdates(board.id, [u]);
    const before = await store.storedBytes(board.id);

    await store.compactIfNeeded(board.id);
    expect(await store.loadUpdates(board.id)).toHaveLength(4);
    await store.compactIfNeeded(board.id, engine.soleWriter ? () => encodeBoard(doc) : undefined, { evenIfShort: true });
    const pieces = await store.loadUpdates(board.id);
    expect(pieces).toHaveLength(1);
    expect(agencyNames(pieces)).toEqual(['Ward 7']);
    // The removed agency's 4,600 characters are gone from what is stored.
    expect(await store.storedBytes(board.id)).toBeLessThan(before - 4000);
    destroyBoardDoc(doc);
  });

  it('keeps a big board\'s snapshot compressed: read back whole, counted at its full size, compacted with the log', async () => {
    const store = await open(3);
    const doc = createBoardDoc({ title: 'County-wide care network' });
    for (let i = 0; i < 400; i++) addAgency(doc, { name: `Agency ${i}`, description: 'Runs services for people at home across the north of the county. '.repeat(3) });
    const state = encodeBoard(doc);
    destroyBoardDoc(doc);
    expect(state.byteLength).toBeGreaterThan(COMPRESS_SNAPSHOTS_FROM);
    const board = { ...newBoard().board };
    await store.createBoard(board, state);
    const [snapshot] = await store.loadUpdates(board.id);
    // What a joining page can be sent as is: far smaller than the board, and the board when decompressed.
    expect(snapshot!.deflated!.rawLength).toBe(state.byteLength);
    expect(snapshot!.deflated!.bytes.byteLength).toBeLessThan(state.byteLength / 4);
    expect(inflateRawSync(snapshot!.deflated!.bytes)).toEqual(Buffer.from(state));
    expect(snapshot!.data).toEqual(state);

    const updates = agencyUpdates(['Ward 7', 'Reablement team', 'Carers centre']);
    for (const u of updates) await store.appendUpdates(board.id, [u]);
    // The size limit counts the board, not its compressed bytes.
    expect(await store.storedBytes(board.id)).toBe([state, ...updates].reduce((n, u) => n + u.byteLength, 0));
    await store.compactIfNeeded(board.id);
    const pieces = await store.loadUpdates(board.id);
    expect(pieces).toHaveLength(1);
    expect(pieces[0]!.deflated).toBeDefined();
    const names = agencyNames(pieces);
    expect(names).toHaveLength(403);
    expect(names).toEqual(expect.arrayContaining(['Agency 0', 'Agency 399', 'Ward 7', 'Carers centre']));
    expect(await store.storedBytes(board.id)).toBe(pieces[0]!.data.byteLength);
  });

  it('keeps a small board\'s snapshot as it is', async () => {
    const store = await open();
    const { board, state } = newBoard();
    await store.createBoard(board, state);
    const [snapshot] = await store.loadUpdates(board.id);
    expect(snapshot!.deflated).toBeUndefined();
    expect(snapshot!.data).toEqual(state);
  });

  it('compacts from the state the server holds only if it writes alone; otherwise it merges what it stores', async () => {
    const store = await open(3);
    const { board, state } = newBoard();
    await store.createBoard(board, state);
    const names = ['Ward 7', 'Reablement team', 'Carers centre'];
    for (const u of agencyUpdates(names)) await store.appendUpdates(board.id, [u]);
    // What the server holds: the stored board with one more agency (its edit still on the way).
    const held = openBoardDoc();
    for (const piece of await store.loadUpdates(board.id)) applyBoardUpdate(held, piece.data);
    addAgency(held, { name: 'Hospice at home' });
    await store.compactIfNeeded(board.id, () => encodeBoard(held));
    destroyBoardDoc(held);
    const pieces = await store.loadUpdates(board.id);
    expect(pieces).toHaveLength(1);
    expect(agencyNames(pieces)).toEqual([...names, ...(engine.soleWriter ? ['Hospice at home'] : [])].sort());
  });

  it('loses no update appended by another instance while this one compacts', async () => {
    const [compacting, appending] = [await open(3), await open(3)];
    const { board, state } = newBoard();
    await compacting.createBoard(board, state);
    const names = Array.from({ length: 60 }, (_, i) => `Agency ${String(i).padStart(2, '0')}`);
    const updates = agencyUpdates(names);
    let done = false;
    const appends = (async () => {
      for (const u of updates) await appending.appendUpdates(board.id, [u]);
      done = true;
    })();
    const compactions = (async () => {
      while (!done) {
        await Promise.all([compacting.compactIfNeeded(board.id), appending.compactIfNeeded(board.id)]);
        // A store may finish a write off the event loop (SQLite's WAL sync): spinning on promises would starve it.
        await new Promise((r) => setImmediate(r));
      }
    })();
    await Promise.all([appends, compactions]);
    expect(agencyNames(await compacting.loadUpdates(board.id))).toEqual(names);
  });

  it('keeps versions apart from the log: listed oldest first, read back whole, through compaction, until deleted', async () => {
    const [store, other] = [await open(2), await open(2)];
    const { board, state } = newBoard();
    await store.createBoard(board, state);
    const named = { id: newId(), name: 'Before the 2026 review', createdAt: '2026-03-01T09:00:00.000Z', createdBy: 'Sam', auto: false, state: new Uint8Array([1, 2, 3]) };
    const auto = { id: newId(), name: 'Start of 2 March 2026', createdAt: '2026-03-02T09:00:00.000Z', createdBy: '', auto: true, state: new Uint8Array([4, 5]) };
    await store.createVersion(board.id, auto);
    await store.createVersion(board.id, named);
    const { state: _s, ...namedInfo } = named;
    const { state: _t, ...autoInfo } = auto;
    expect(await other.listVersions(board.id)).toEqual([namedInfo, autoInfo]);
    for (const u of agencyUpdates(['Ward 7', 'Reablement team', 'Carers centre'])) await store.appendUpdates(board.id, [u]);
    await store.compactIfNeeded(board.id);
    expect(await store.loadUpdates(board.id)).toHaveLength(1);
    expect(await other.getVersion(board.id, named.id)).toEqual(named);
    expect(await store.getVersion(newId(), named.id)).toBeUndefined();
    expect(await store.deleteVersion(board.id, named.id)).toBe(true);
    expect(await store.deleteVersion(board.id, named.id)).toBe(false);
    expect(await store.getVersion(board.id, named.id)).toBeUndefined();
    expect((await store.listVersions(board.id)).map((v) => v.id)).toEqual([auto.id]);
    await store.deleteBoard(board.id);
    expect(await store.listVersions(board.id)).toEqual([]);
  });

  it('stores who changed which field with the updates, newest first, per entity', async () => {
    const store = await open();
    const { board, state } = newBoard();
    await store.createBoard(board, state);
    const [first, second] = agencyUpdates(['Ward 7', 'Ward 8']);
    await store.appendUpdates(board.id, [first!], [
      { entityId: 'rel-1', field: 'integration', value: '2', name: 'Sam', at: '2026-03-03T10:00:00.000Z' },
      { entityId: 'other', field: 'name', value: 'GP', name: 'Ana', at: '2026-03-03T10:00:00.000Z' },
    ]);
    await store.appendUpdates(board.id, [second!], [
      { entityId: 'rel-1', field: 'integration', value: '3', name: 'Ana', at: '2026-03-04T10:00:00.000Z' },
    ]);
    expect(await store.attributions(board.id, 'rel-1', 10)).toEqual([
      { entityId: 'rel-1', field: 'integration', value: '3', name: 'Ana', at: '2026-03-04T10:00:00.000Z' },
      { entityId: 'rel-1', field: 'integration', value: '2', name: 'Sam', at: '2026-03-03T10:00:00.000Z' },
    ]);
    expect(await store.attributions(board.id, 'rel-1', 1)).toHaveLength(1);
    expect((await store.loadUpdates(board.id)).map((p) => p.data)).toEqual([state, first, second]);
  });

  it('keeps who changed what for the newest changes of each entity, and drops older ones as newer ones are stored', async () => {
    const store = await open();
    const { board, state } = newBoard();
    await store.createBoard(board, state);
    const [update] = agencyUpdates(['Ward 7']);
    const change = (entityId: string, i: number) => ({ entityId, field: 'name', value: `${entityId}${i}`, name: 'Sam', at: '2026-03-03T10:00:00.000Z' });
    await store.appendUpdates(board.id, [update!], [change('b', 0), change('b', 1)]);
    // More changes to one agency than are kept, one edit a turn of the event loop as they arrive,
    // past the 256 at which SQLite moves them (after the turn's commits).
    for (let i = 0; i < 300; i++) {
      await store.appendUpdates(board.id, [update!], [change('a', i)]);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const kept = (await store.attributions(board.id, 'a', 1000)).map((a) => a.value);
    expect(kept.slice(0, ATTRIBUTIONS_KEPT)).toEqual(Array.from({ length: ATTRIBUTIONS_KEPT }, (_, i) => `a${299 - i}`));
    expect(kept.length).toBeLessThan(300);
    expect(kept).toEqual([...kept].sort((x, y) => Number(y.slice(1)) - Number(x.slice(1))));
    expect((await store.attributions(board.id, 'b', 1000)).map((a) => a.value)).toEqual(['b1', 'b0']);
  });

  it('a closed store refuses to read rather than answer with an empty board', async () => {
    const store = await engine.open();
    const { board, state } = newBoard();
    await store.createBoard(board, state);
    await store.close();
    expect(store.isOpen()).toBe(false);
    expect(store.isWritable()).toBe(false);
    await expect(store.loadUpdates(board.id)).rejects.toThrow();
  });
});

describe('PostgreSQL schema migrations', { timeout: 60_000 }, () => {
  let server: Postgres;
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(() => server.stop());

  it('several instances starting at once on an empty database migrate it once', async () => {
    const url = await server.createDatabase('fresh');
    const stores = await Promise.all(Array.from({ length: 4 }, () => PostgresStore.open(url, 100, log)));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      expect(rows.map((r) => r.version)).toEqual(POSTGRES_MIGRATIONS.map((m) => m.version));
    } finally {
      await client.end();
      for (const s of stores) await s.close();
    }
  });

  it('applies only the steps a database lacks, and refuses a database from a newer version', async () => {
    const url = await server.createDatabase('older');
    const pool = new pg.Pool({ connectionString: url });
    try {
      const first = POSTGRES_MIGRATIONS[0]!;
      const later = { version: first.version + 1, name: 'a later step', sql: 'CREATE TABLE later_step (id integer)' };
      expect(await migrate(pool, [first])).toBe(first.version);
      expect(await migrate(pool, [first, later])).toBe(later.version);
      expect((await pool.query('SELECT COUNT(*)::int AS n FROM later_step')).rows[0]).toEqual({ n: 0 });
      await expect(migrate(pool, [first])).rejects.toThrow(/newer than this Partnermap knows/);
    } finally {
      await pool.end();
    }
  });
});

describe('a SQLite file from a newer Partnermap', () => {
  it('is refused, and left as it was', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'partnermap-newer-'));
    const file = path.join(dir, 'partnermap.sqlite');
    const newer = new Database(file);
    newer.pragma('user_version = 99');
    newer.close();
    try {
      expect(() => new SqliteStore(file, { compactAfterUpdates: 100, synchronous: 'normal' })).toThrow(/newer than this Partnermap knows/);
      const db = new Database(file, { readonly: true });
      expect(db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'boards'").get()).toEqual({ n: 0 });
      db.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a SQLite file shared with other instances', () => {
  it('is compacted from what it stores, not from one server\'s state', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'partnermap-shared-'));
    const store = new SqliteStore(path.join(dir, 'partnermap.sqlite'), { compactAfterUpdates: 2, synchronous: 'normal', soleWriter: false });
    try {
      const { board, state } = newBoard();
      await store.createBoard(board, state);
      for (const u of agencyUpdates(['Ward 7', 'Carers centre'])) await store.appendUpdates(board.id, [u]);
      await store.compactIfNeeded(board.id, () => state);
      const pieces = await store.loadUpdates(board.id);
      expect(pieces).toHaveLength(1);
      expect(agencyNames(pieces)).toEqual(['Carers centre', 'Ward 7']);
    } finally {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a SQLite file from before snapshots were compressed', () => {
  it('opens, its boards load as they were, and a big snapshot written since is kept compressed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'partnermap-old-'));
    const file = path.join(dir, 'partnermap.sqlite');
    const { board, state } = newBoard();
    const old = new Database(file);
    old.exec(`CREATE TABLE boards (id TEXT PRIMARY KEY, edit_token_hash TEXT NOT NULL, view_token_hash TEXT NOT NULL, created_at TEXT NOT NULL);
      CREATE TABLE snapshots (board_id TEXT PRIMARY KEY REFERENCES boards(id) ON DELETE CASCADE, state BLOB NOT NULL);`);
    old.prepare('INSERT INTO boards VALUES (?, ?, ?, ?)').run(board.id, board.editTokenHash, board.viewTokenHash, board.createdAt);
    old.prepare('INSERT INTO snapshots VALUES (?, ?)').run(board.id, Buffer.from(state));
    old.close();

    const store = new SqliteStore(file, { compactAfterUpdates: 1, synchronous: 'normal' });
    try {
      expect(await store.loadUpdates(board.id)).toEqual([{ seq: null, data: state }]);
      // Past COMPRESS_SNAPSHOTS_FROM (64 KiB).
      const names = Array.from({ length: 600 }, (_, i) => `Agency ${i} with a long enough name to make the board big`);
      await store.appendUpdates(board.id, agencyUpdates(names));
      await store.compactIfNeeded(board.id);
      const [snapshot] = await store.loadUpdates(board.id);
      expect(snapshot!.deflated).toBeDefined();
      expect(agencyNames([snapshot!])).toEqual([...names].sort());
    } finally {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('attributions in SQLite, committed with their updates and moved in bulk into the table indexed by entity', () => {
  it('read newest first across the move, kept by a process killed with some still staged, and gone with their board', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'partnermap-attributions-'));
    const file = path.join(dir, 'partnermap.sqlite');
    const staged = () => {
      const db = new Database(file, { readonly: true });
      try {
        return (db.prepare('SELECT COUNT(*) AS n FROM attributions_staged').get() as { n: number }).n;
      } finally {
        db.close();
      }
    };
    const { board, state } = newBoard();
    const [update] = agencyUpdates(['Ward 7']);
    // Three entities changed in every batch, as a board with several people on it is.
    const batch = (i: number) => ['a', 'b', 'c'].map((entity) => ({ entityId: entity, field: 'name', value: `${entity}${i}`, name: `P${i}`, at: `2026-03-03T10:00:${String(i % 60).padStart(2, '0')}.000Z` }));
    const first = new SqliteStore(file, { compactAfterUpdates: 1000, synchronous: 'full' });
    await first.createBoard(board, state);
    // 150 batches: 450 attributions, past the 256 at which they are moved, and some staged after.
    for (let i = 0; i < 150; i++) await first.appendUpdates(board.id, [update!], batch(i));
    expect(staged()).toBeGreaterThan(0);
    expect(staged()).toBeLessThan(256);
    // 64 of b's still staged, then those moved (older than the newest ATTRIBUTIONS_KEPT moved, dropped).
    const newest = (await first.attributions(board.id, 'b', 100)).map((a) => a.value);
    expect(newest).toEqual(Array.from({ length: 100 }, (_, i) => `b${149 - i}`));
    expect(await first.attributions(board.id, 'b', 2)).toEqual([
      { entityId: 'b', field: 'name', value: 'b149', name: 'P149', at: '2026-03-03T10:00:29.000Z' },
      { entityId: 'b', field: 'name', value: 'b148', name: 'P148', at: '2026-03-03T10:00:28.000Z' },
    ]);
    // Not closed, as after a kill -9: a second process opens the file as it was left.
    const second = new SqliteStore(file, { compactAfterUpdates: 1000, synchronous: 'full' });
    try {
      expect((await second.attributions(board.id, 'b', 100)).map((a) => a.value)).toEqual(newest);
      await second.deleteBoard(board.id);
      expect(await second.attributions(board.id, 'b', 200)).toEqual([]);
      expect(staged()).toBe(0);
    } finally {
      await second.close();
      await first.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
