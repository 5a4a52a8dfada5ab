import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { mergeUpdates } from '@partnermap/shared/doc';
import type { TokenHashes } from '../auth/tokens.ts';
import type { BoardStore, StoredBoard, StoredUpdate } from './store.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS boards (
  id TEXT PRIMARY KEY,
  edit_token_hash TEXT NOT NULL,
  view_token_hash TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS snapshots (
  board_id TEXT PRIMARY KEY REFERENCES boards(id) ON DELETE CASCADE,
  state BLOB NOT NULL
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
CREATE TABLE IF NOT EXISTS write_probe (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  at TEXT NOT NULL,
  room BLOB NOT NULL
);
`;

/** How often a store that failed to write tries again on its own (for /healthz). */
const PROBE_INTERVAL_MS = 1000;
/** The probe writes as much as a large edit: a tiny write can fit where an edit cannot. */
const PROBE_BYTES = 64 * 1024;

interface BoardRow {
  id: string;
  edit_token_hash: string;
  view_token_hash: string;
  created_at: string;
}

/**
 * SQLite in WAL mode. better-sqlite3 is synchronous, so an append has been committed to the
 * WAL when appendUpdates returns: with synchronous=FULL (the default) it has reached the disk and
 * survives a power cut; with NORMAL it survives a process kill only.
 */
export class SqliteStore implements BoardStore {
  private readonly db: Database.Database;
  private readonly statements;
  private writeFailed = false;
  private lastProbe = 0;

  constructor(
    file: string,
    private readonly compactAfterUpdates: number,
    synchronous: 'full' | 'normal' = 'full',
  ) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
    this.db.pragma('foreign_keys = ON');
    this.db.exec(SCHEMA);
    this.statements = {
      insertBoard: this.db.prepare(
        'INSERT INTO boards (id, edit_token_hash, view_token_hash, created_at) VALUES (?, ?, ?, ?)',
      ),
      getBoard: this.db.prepare<[string], BoardRow>('SELECT * FROM boards WHERE id = ?'),
      setTokens: this.db.prepare('UPDATE boards SET edit_token_hash = ?, view_token_hash = ? WHERE id = ?'),
      deleteBoard: this.db.prepare('DELETE FROM boards WHERE id = ?'),
      snapshot: this.db.prepare<[string], { state: Buffer }>('SELECT state FROM snapshots WHERE board_id = ?'),
      putSnapshot: this.db.prepare(
        'INSERT INTO snapshots (board_id, state) VALUES (?, ?) ON CONFLICT(board_id) DO UPDATE SET state = excluded.state',
      ),
      updates: this.db.prepare<[string], { seq: number; data: Buffer }>(
        'SELECT seq, data FROM updates WHERE board_id = ? ORDER BY seq',
      ),
      countUpdates: this.db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM updates WHERE board_id = ?'),
      append: this.db.prepare('INSERT INTO updates (board_id, data) VALUES (?, ?)'),
      deleteUpTo: this.db.prepare('DELETE FROM updates WHERE board_id = ? AND seq <= ?'),
      deleteUpdate: this.db.prepare('DELETE FROM updates WHERE board_id = ? AND seq = ?'),
      deleteSnapshot: this.db.prepare('DELETE FROM snapshots WHERE board_id = ?'),
      quarantine: this.db.prepare(
        'INSERT INTO quarantine (board_id, seq, data, reason, quarantined_at) VALUES (?, ?, ?, ?, ?)',
      ),
      storedBytes: this.db.prepare<[string, string], { n: number }>(
        `SELECT COALESCE((SELECT length(state) FROM snapshots WHERE board_id = ?), 0)
              + COALESCE((SELECT SUM(length(data)) FROM updates WHERE board_id = ?), 0) AS n`,
      ),
      probe: this.db.prepare(
        'INSERT INTO write_probe (id, at, room) VALUES (1, ?, zeroblob(?)) ON CONFLICT(id) DO UPDATE SET at = excluded.at, room = excluded.room',
      ),
    };
  }

  async createBoard(board: StoredBoard, initialState: Uint8Array): Promise<void> {
    this.write(() => this.db.transaction(() => {
      this.statements.insertBoard.run(board.id, board.editTokenHash, board.viewTokenHash, board.createdAt);
      this.statements.putSnapshot.run(board.id, Buffer.from(initialState));
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
    this.write(() => this.statements.setTokens.run(hashes.editTokenHash, hashes.viewTokenHash, id));
  }

  async deleteBoard(id: string): Promise<void> {
    this.write(() => this.statements.deleteBoard.run(id));
  }

  async loadUpdates(id: string): Promise<StoredUpdate[]> {
    const snapshot = this.statements.snapshot.get(id);
    const log = this.statements.updates.all(id).map((r) => ({ seq: r.seq, data: new Uint8Array(r.data) }));
    return snapshot ? [{ seq: null, data: new Uint8Array(snapshot.state) }, ...log] : log;
  }

  async quarantine(id: string, piece: StoredUpdate, reason: string): Promise<void> {
    this.write(() => this.db.transaction(() => {
      this.statements.quarantine.run(id, piece.seq, Buffer.from(piece.data), reason, new Date().toISOString());
      if (piece.seq === null) this.statements.deleteSnapshot.run(id);
      else this.statements.deleteUpdate.run(id, piece.seq);
    })());
  }

  async storedBytes(id: string): Promise<number> {
    return this.statements.storedBytes.get(id, id)?.n ?? 0;
  }

  async appendUpdates(id: string, updates: readonly Uint8Array[]): Promise<void> {
    if (updates.length === 0) return;
    this.write(() => this.db.transaction(() => {
      for (const update of updates) this.statements.append.run(id, Buffer.from(update.buffer, update.byteOffset, update.byteLength));
    })());
  }

  async compactIfNeeded(id: string): Promise<void> {
    if ((this.statements.countUpdates.get(id)?.n ?? 0) < this.compactAfterUpdates) return;
    // One transaction: the merged snapshot replaces exactly the rows it was made from.
    this.write(() => this.db.transaction(() => {
      const rows = this.statements.updates.all(id);
      const last = rows.at(-1);
      if (!last) return;
      const snapshot = this.statements.snapshot.get(id);
      const parts = rows.map((r) => new Uint8Array(r.data));
      const merged = mergeUpdates(snapshot ? [new Uint8Array(snapshot.state), ...parts] : parts);
      this.statements.putSnapshot.run(id, Buffer.from(merged));
      this.statements.deleteUpTo.run(id, last.seq);
    })());
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
        this.write(() => this.statements.probe.run(new Date().toISOString(), PROBE_BYTES));
      } catch {
        // Still failing: reported as not writable.
      }
    }
    return !this.writeFailed;
  }

  private write<T>(fn: () => T): T {
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
    if (this.db.open) this.db.close();
  }
}
