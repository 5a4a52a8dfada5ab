import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { mergeUpdates, withoutRemovedContent } from '@partnermap/shared/doc';
import type { TokenHashes } from '../auth/tokens.ts';
import type { Logger } from '../log.ts';
import { ATTRIBUTIONS_KEPT, type Attribution, type BoardStore, type BoardSummary, type StoredBoard, type StoredUpdate, type StoredVersion, type VersionInfo } from './store.ts';
import { quarantinedBytes, snapshotPiece, snapshotRow, snapshotState, type SnapshotRow } from './snapshotCompression.ts';
import { WalFlush } from './walFlush.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS boards (
  id TEXT PRIMARY KEY,
  edit_token_hash TEXT NOT NULL,
  view_token_hash TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS snapshots (
  board_id TEXT PRIMARY KEY REFERENCES boards(id) ON DELETE CASCADE,
  state BLOB NOT NULL,
  -- Null: state is the Yjs update. Else state is that many bytes compressed (deflate-raw).
  raw_length INTEGER
);
CREATE TABLE IF NOT EXISTS updates (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS updates_by_board ON updates(board_id, seq);
CREATE TABLE IF NOT EXISTS quarantine (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  seq INTEGER,
  data BLOB NOT NULL,
  reason TEXT NOT NULL,
  quarantined_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS versions (
  id TEXT PRIMARY KEY,
  board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  auto INTEGER NOT NULL,
  state BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS versions_by_board ON versions(board_id, created_at);
CREATE TABLE IF NOT EXISTS attributions (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  entity_id TEXT NOT NULL,
  field TEXT NOT NULL,
  value TEXT NOT NULL,
  name TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS attributions_by_entity ON attributions(board_id, entity_id, seq);
-- Attributions are committed here with their updates, in insertion order: one page for a batch,
-- where the index by entity takes a page for each entity the batch changed. They are moved into
-- attributions in bulk (STAGED_ATTRIBUTIONS), newer there than every row already in it.
CREATE TABLE IF NOT EXISTS attributions_staged (
  -- Declared, so that the order survives a VACUUM (which may renumber an implicit rowid).
  seq INTEGER PRIMARY KEY,
  board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  entity_id TEXT NOT NULL,
  field TEXT NOT NULL,
  value TEXT NOT NULL,
  name TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS summaries (
  board_id TEXT PRIMARY KEY REFERENCES boards(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  goal TEXT NOT NULL,
  agencies INTEGER NOT NULL,
  -- The last update it takes in: a later one (from any instance) makes it out of date.
  covered_seq INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS write_probe (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  at TEXT NOT NULL,
  room BLOB NOT NULL
);
`;

/**
 * The version of the tables, kept in the file (`user_version`): 1 since big snapshots are
 * compressed, 2 since attributions are staged. A file from a newer Partnermap is refused rather
 * than written with an older idea of its tables (an older one would take compressed snapshots for
 * broken updates, and not see the attributions staged).
 */
const SCHEMA_VERSION = 2;

/**
 * Staged attributions past which they are moved into the indexed table, in a transaction of
 * their own after a commit: a few milliseconds at most, and the reads of the staged rows, which
 * have no index, stay short.
 */
const STAGED_ATTRIBUTIONS = 256;

function checkSchemaVersion(db: Database.Database, file: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    throw new Error(`${file} has tables of version ${version}, newer than this Partnermap knows (${SCHEMA_VERSION}): upgrade Partnermap`);
  }
  if (version < SCHEMA_VERSION) db.pragma(`user_version = ${SCHEMA_VERSION}`);
}

/** Databases made before snapshots could be compressed lack the column saying so. */
function addSnapshotRawLength(db: Database.Database): void {
  const columns = db.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('snapshots')").all();
  if (!columns.some((c) => c.name === 'raw_length')) db.exec('ALTER TABLE snapshots ADD COLUMN raw_length INTEGER');
}

const snapshotRowOf = (r: { state: Buffer; raw_length: number | null }): SnapshotRow => ({ state: r.state, rawLength: r.raw_length });

/** How often a store that failed to write tries again on its own (for /healthz). */
const PROBE_INTERVAL_MS = 1000;
/** The probe writes as much as a large edit: a tiny write can fit where an edit cannot. */
const PROBE_BYTES = 64 * 1024;

interface VersionRow {
  id: string;
  name: string;
  created_at: string;
  created_by: string;
  auto: number;
  state?: Buffer;
}

const versionInfo = (r: VersionRow): VersionInfo => ({
  id: r.id,
  name: r.name,
  createdAt: r.created_at,
  createdBy: r.created_by,
  auto: r.auto === 1,
});

interface AttributionRow {
  entity_id: string;
  field: string;
  value: string;
  name: string;
  at: string;
}

interface BoardRow {
  id: string;
  edit_token_hash: string;
  view_token_hash: string;
  created_at: string;
}

export interface SqliteOptions {
  /** Updates logged for a board before they are folded into its snapshot. */
  compactAfterUpdates: number;
  /** 'full' syncs each commit to the disk before it is acknowledged; 'normal' leaves that to the system. */
  synchronous?: 'full' | 'normal';
  /** False when other instances write the same file (REDIS_URL without DATABASE_URL). */
  soleWriter?: boolean;
  log?: Logger;
}

/**
 * SQLite in WAL mode. better-sqlite3 is synchronous, so a write has been committed to the WAL
 * when its statement returns. With SQLITE_SYNC=full (the default) its promise resolves only once
 * the WAL has been synced to the disk (one sync for the commits of a turn of the event loop, see
 * WalFlush), so it survives a power cut; with normal it resolves at once and survives a process
 * kill only.
 */
export class SqliteStore implements BoardStore {
  private readonly db: Database.Database;
  private readonly statements;
  private writeFailed = false;
  private lastProbe = 0;
  /** Absent with SQLITE_SYNC=normal: writes are not synced at all. */
  private readonly walFlush: WalFlush | undefined;
  /** Made once: better-sqlite3 builds four wrappers each time a transaction function is made. */
  private readonly append: (id: string, updates: readonly Uint8Array[], attributions: readonly Attribution[]) => void;
  /** Attributions staged, as far as this process knows (other instances may stage and move some). */
  private staged: number;
  private unstageAt = STAGED_ATTRIBUTIONS;
  private unstaging = false;

  private readonly compactAfterUpdates: number;
  private readonly soleWriter: boolean;
  private readonly log: Logger | undefined;

  constructor(file: string, { compactAfterUpdates, synchronous = 'full', soleWriter = true, log }: SqliteOptions) {
    this.compactAfterUpdates = compactAfterUpdates;
    this.soleWriter = soleWriter;
    this.log = log;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    try {
      checkSchemaVersion(this.db, file);
    } catch (err) {
      this.db.close();
      throw err;
    }
    this.db.pragma('journal_mode = WAL');
    // NORMAL either way: with 'full' the WAL is synced after each commit by walFlush, not inside it.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.exec(SCHEMA);
    addSnapshotRawLength(this.db);
    this.walFlush = synchronous === 'full' ? new WalFlush(file) : undefined;
    this.statements = {
      insertBoard: this.db.prepare(
        'INSERT INTO boards (id, edit_token_hash, view_token_hash, created_at) VALUES (?, ?, ?, ?)',
      ),
      getBoard: this.db.prepare<[string], BoardRow>('SELECT * FROM boards WHERE id = ?'),
      getSummary: this.db.prepare<[string], BoardSummary>(
        'SELECT title, goal, agencies FROM summaries s WHERE board_id = ? AND NOT EXISTS (SELECT 1 FROM updates u WHERE u.board_id = s.board_id AND u.seq > s.covered_seq)',
      ),
      // Nothing for a board deleted meanwhile (a board leaving memory as it is deleted).
      putSummary: this.db.prepare<{ id: string; title: string; goal: string; agencies: number }>(
        `INSERT INTO summaries (board_id, title, goal, agencies, covered_seq)
         SELECT @id, @title, @goal, @agencies, COALESCE((SELECT MAX(seq) FROM updates WHERE board_id = @id), 0)
         WHERE EXISTS (SELECT 1 FROM boards WHERE id = @id)
         ON CONFLICT(board_id) DO UPDATE SET title = excluded.title, goal = excluded.goal, agencies = excluded.agencies, covered_seq = excluded.covered_seq`,
      ),
      deleteSummary: this.db.prepare('DELETE FROM summaries WHERE board_id = ?'),
      setTokens: this.db.prepare('UPDATE boards SET edit_token_hash = ?, view_token_hash = ? WHERE id = ?'),
      deleteBoard: this.db.prepare('DELETE FROM boards WHERE id = ?'),
      snapshot: this.db.prepare<[string], { state: Buffer; raw_length: number | null }>('SELECT state, raw_length FROM snapshots WHERE board_id = ?'),
      putSnapshot: this.db.prepare<[string, Buffer, number | null]>(
        'INSERT INTO snapshots (board_id, state, raw_length) VALUES (?, ?, ?) ON CONFLICT(board_id) DO UPDATE SET state = excluded.state, raw_length = excluded.raw_length',
      ),
      updates: this.db.prepare<[string], { seq: number; data: Buffer }>(
        'SELECT seq, data FROM updates WHERE board_id = ? ORDER BY seq',
      ),
      countUpdates: this.db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM updates WHERE board_id = ?'),
      append: this.db.prepare('INSERT INTO updates (board_id, data) VALUES (?, ?)'),
      deleteUpTo: this.db.prepare('DELETE FROM updates WHERE board_id = ? AND seq <= ?'),
      deleteLog: this.db.prepare('DELETE FROM updates WHERE board_id = ?'),
      deleteUpdate: this.db.prepare('DELETE FROM updates WHERE board_id = ? AND seq = ?'),
      deleteSnapshot: this.db.prepare('DELETE FROM snapshots WHERE board_id = ?'),
      quarantine: this.db.prepare(
        'INSERT INTO quarantine (board_id, seq, data, reason, quarantined_at) VALUES (?, ?, ?, ?, ?)',
      ),
      storedBytes: this.db.prepare<[string, string], { n: number }>(
        `SELECT COALESCE((SELECT COALESCE(raw_length, length(state)) FROM snapshots WHERE board_id = ?), 0)
              + COALESCE((SELECT SUM(length(data)) FROM updates WHERE board_id = ?), 0) AS n`,
      ),
      attribute: this.db.prepare(
        'INSERT INTO attributions_staged (board_id, entity_id, field, value, name, at) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      countStaged: this.db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM attributions_staged'),
      unstage: this.db.prepare(
        'INSERT INTO attributions (board_id, entity_id, field, value, name, at) SELECT board_id, entity_id, field, value, name, at FROM attributions_staged ORDER BY seq',
      ),
      // Those of the entities just moved that are older than the newest ATTRIBUTIONS_KEPT: each
      // entity's cut-off found once (by the index on entity), not once for each of its rows.
      pruneAttributions: this.db.prepare(
        `WITH cut AS MATERIALIZED (
           SELECT s.board_id, s.entity_id,
                  (SELECT b.seq FROM attributions b WHERE b.board_id = s.board_id AND b.entity_id = s.entity_id
                   ORDER BY b.seq DESC LIMIT 1 OFFSET ${ATTRIBUTIONS_KEPT - 1}) AS seq
           FROM (SELECT DISTINCT board_id, entity_id FROM attributions_staged) s)
         DELETE FROM attributions WHERE seq IN (
           SELECT a.seq FROM cut JOIN attributions a ON a.board_id = cut.board_id AND a.entity_id = cut.entity_id AND a.seq < cut.seq)`,
      ),
      clearStaged: this.db.prepare('DELETE FROM attributions_staged'),
      stagedAttributions: this.db.prepare<[string, string, number], AttributionRow>(
        'SELECT entity_id, field, value, name, at FROM attributions_staged WHERE board_id = ? AND entity_id = ? ORDER BY seq DESC LIMIT ?',
      ),
      attributions: this.db.prepare<[string, string, number], AttributionRow>(
        'SELECT entity_id, field, value, name, at FROM attributions WHERE board_id = ? AND entity_id = ? ORDER BY seq DESC LIMIT ?',
      ),
      insertVersion: this.db.prepare(
        'INSERT INTO versions (id, board_id, name, created_at, created_by, auto, state) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      listVersions: this.db.prepare<[string], VersionRow>(
        'SELECT id, name, created_at, created_by, auto FROM versions WHERE board_id = ? ORDER BY created_at, rowid',
      ),
      getVersion: this.db.prepare<[string, string], VersionRow>('SELECT * FROM versions WHERE board_id = ? AND id = ?'),
      deleteVersion: this.db.prepare('DELETE FROM versions WHERE board_id = ? AND id = ?'),
      probe: this.db.prepare(
        'INSERT INTO write_probe (id, at, room) VALUES (1, ?, zeroblob(?)) ON CONFLICT(id) DO UPDATE SET at = excluded.at, room = excluded.room',
      ),
    };
    this.staged = this.statements.countStaged.get()?.n ?? 0;
    this.append = this.db.transaction((id: string, updates: readonly Uint8Array[], attributions: readonly Attribution[]) => {
      for (const update of updates) this.statements.append.run(id, Buffer.from(update.buffer, update.byteOffset, update.byteLength));
      for (const a of attributions) this.statements.attribute.run(id, a.entityId, a.field, a.value, a.name, a.at);
    });
  }

  async createBoard(board: StoredBoard, initialState: Uint8Array, summary?: BoardSummary): Promise<void> {
    await this.write(() => this.db.transaction(() => {
      this.statements.insertBoard.run(board.id, board.editTokenHash, board.viewTokenHash, board.createdAt);
      this.putSnapshot(board.id, initialState);
      if (summary) this.statements.putSummary.run({ id: board.id, ...summary });
    })());
  }

  async getBoard(id: string): Promise<StoredBoard | undefined> {
    const row = this.statements.getBoard.get(id);
    return row && {
      id: row.id,
      editTokenHash: row.edit_token_hash,
      viewTokenHash: row.view_token_hash,
      createdAt: row.created_at,
    };
  }

  async setTokens(id: string, hashes: TokenHashes): Promise<void> {
    await this.write(() => this.statements.setTokens.run(hashes.editTokenHash, hashes.viewTokenHash, id));
  }

  async deleteBoard(id: string): Promise<void> {
    await this.write(() => this.statements.deleteBoard.run(id));
  }

  async getSummary(id: string): Promise<BoardSummary | undefined> {
    const row = this.statements.getSummary.get(id);
    return row && { title: row.title, goal: row.goal, agencies: row.agencies };
  }

  async putSummary(id: string, summary: BoardSummary): Promise<void> {
    await this.write(() => this.statements.putSummary.run({ id, ...summary }));
  }

  async loadUpdates(id: string): Promise<StoredUpdate[]> {
    const snapshot = this.statements.snapshot.get(id);
    const log = this.statements.updates.all(id).map((r) => ({ seq: r.seq, data: new Uint8Array(r.data) }));
    return snapshot ? [snapshotPiece(snapshotRowOf(snapshot)), ...log] : log;
  }

  async quarantine(id: string, piece: StoredUpdate, reason: string): Promise<void> {
    const kept = quarantinedBytes(piece, reason);
    await this.write(() => this.db.transaction(() => {
      this.statements.quarantine.run(id, piece.seq, kept.data, kept.reason, new Date().toISOString());
      if (piece.seq === null) this.statements.deleteSnapshot.run(id);
      else this.statements.deleteUpdate.run(id, piece.seq);
    })());
  }

  async storedBytes(id: string): Promise<number> {
    return this.statements.storedBytes.get(id, id)?.n ?? 0;
  }

  async appendUpdates(id: string, updates: readonly Uint8Array[], attributions: readonly Attribution[] = []): Promise<void> {
    if (updates.length === 0) return;
    await this.write(() => {
      this.append(id, updates, attributions);
      this.staged += attributions.length;
    });
    // After this batch's promise: the batch that crosses the mark is forwarded without waiting for the move.
    if (this.staged >= this.unstageAt && !this.unstaging) {
      this.unstaging = true;
      setImmediate(() => {
        this.unstaging = false;
        if (this.db.open) this.unstage();
      });
    }
  }

  /**
   * Moves the staged attributions into the indexed table, in their order, and drops those of the
   * same entities past the newest ATTRIBUTIONS_KEPT, as one transaction. A failure loses nothing
   * (they stay staged, and are read there) and is tried again once as many more are staged.
   */
  private unstage(): void {
    try {
      this.db.transaction(() => {
        this.statements.unstage.run();
        this.statements.pruneAttributions.run();
        this.statements.clearStaged.run();
      })();
      this.staged = 0;
      this.unstageAt = STAGED_ATTRIBUTIONS;
    } catch (err) {
      this.unstageAt = this.staged + STAGED_ATTRIBUTIONS;
      this.log?.warn({ err, staged: this.staged }, 'attributions could not be moved into their index; they stay staged, are read there, and are moved later');
    }
  }

  async createVersion(boardId: string, v: StoredVersion): Promise<void> {
    await this.write(() => this.statements.insertVersion.run(v.id, boardId, v.name, v.createdAt, v.createdBy, v.auto ? 1 : 0, Buffer.from(v.state)));
  }

  async listVersions(boardId: string): Promise<VersionInfo[]> {
    return this.statements.listVersions.all(boardId).map(versionInfo);
  }

  async getVersion(boardId: string, versionId: string): Promise<StoredVersion | undefined> {
    const row = this.statements.getVersion.get(boardId, versionId);
    return row?.state && { ...versionInfo(row), state: new Uint8Array(row.state) };
  }

  async deleteVersion(boardId: string, versionId: string): Promise<boolean> {
    return (await this.write(() => this.statements.deleteVersion.run(boardId, versionId))).changes > 0;
  }

  async attributions(boardId: string, entityId: string, limit: number): Promise<Attribution[]> {
    // The staged rows are newer than every row moved before them. One read transaction: another
    // instance sharing the file may move them in between.
    const rows = this.db.transaction(() => {
      const staged = this.statements.stagedAttributions.all(boardId, entityId, limit);
      return staged.length < limit ? [...staged, ...this.statements.attributions.all(boardId, entityId, limit - staged.length)] : staged;
    })();
    return rows.map((r) => ({ entityId: r.entity_id, field: r.field, value: r.value, name: r.name, at: r.at }));
  }

  async compactIfNeeded(id: string, current?: () => Uint8Array, { evenIfShort = false } = {}): Promise<void> {
    const logged = this.statements.countUpdates.get(id)?.n ?? 0;
    if (logged === 0 || (!evenIfShort && logged < this.compactAfterUpdates)) return;
    // One transaction: the new snapshot replaces exactly the rows it holds. From `current` only if
    // this process is the file's only writer: nothing else appends between reading it and this commit.
    await this.write(() => this.db.transaction(() => {
      if (current && this.soleWriter) {
        this.putSnapshot(id, current());
        this.statements.deleteLog.run(id);
        this.statements.deleteSummary.run(id);
        return;
      }
      const rows = this.statements.updates.all(id);
      const last = rows.at(-1);
      if (!last) return;
      const snapshot = this.statements.snapshot.get(id);
      const parts = rows.map((r) => new Uint8Array(r.data));
      const whole = mergeUpdates(snapshot ? [snapshotState(snapshotRowOf(snapshot)), ...parts] : parts);
      const merged = evenIfShort ? withoutRemovedContent(whole) : whole;
      this.putSnapshot(id, merged);
      this.statements.deleteUpTo.run(id, last.seq);
      // The log it was checked against is gone: the home page reads the board until it is kept again.
      this.statements.deleteSummary.run(id);
    })());
  }

  private putSnapshot(id: string, state: Uint8Array): void {
    const row = snapshotRow(state);
    this.statements.putSnapshot.run(id, row.state, row.rawLength);
  }

  isOpen(): boolean {
    return this.db.open;
  }

  /** After a failed write, tries a one-row write at most once a second to notice recovery. */
  isWritable(): boolean {
    if (!this.db.open) return false;
    if (this.writeFailed && Date.now() - this.lastProbe >= PROBE_INTERVAL_MS) {
      this.lastProbe = Date.now();
      try {
        this.committed(() => this.statements.probe.run(new Date().toISOString(), PROBE_BYTES));
      } catch {
        // Still failing: reported as not writable.
      }
    }
    // A failed sync of the log is not mended by a later write: only a restart (SQLite's recovery) is.
    return !this.writeFailed && !this.walFlush?.failed;
  }

  /** Commits `fn`'s writes; resolves once they are durable as SQLITE_SYNC asks. */
  private async write<T>(fn: () => T): Promise<T> {
    const result = this.committed(fn);
    if (!this.walFlush) return result;
    try {
      await this.walFlush.flush();
    } catch (err) {
      this.writeFailed = true;
      throw err;
    }
    return result;
  }

  /** Runs `fn` now; committed to the WAL (not yet synced) when it returns. */
  private committed<T>(fn: () => T): T {
    try {
      const result = fn();
      this.writeFailed = false;
      return result;
    } catch (err) {
      this.writeFailed = true;
      throw err;
    }
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    await this.walFlush?.close();
    this.db.close();
  }
}
